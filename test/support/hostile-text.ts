import fc from "fast-check";

/**
 * Text a hostile or careless person, or a strange article, might hold: any Unicode, controls,
 * right-to-left marks, emoji, Slack markup and broadcasts, mrkdwn and code fences, Fuse.js
 * extended-search operators, entities that look already escaped, and very long runs.
 */
export const NASTY_PIECES = Object.freeze([
  "<!channel>",
  "<!here>",
  "<!here|here>",
  "<!everyone>",
  "<!channel|channel>",
  "<@U123ABC>",
  "<@U123ABC|someone>",
  "<#C123|general>",
  "<!subteam^S0123|@editors>",
  "<https://evil.example/|click>",
  "<mailto:a@b.c|mail>",
  "@channel",
  "@here",
  "@everyone",
  "&lt;!channel&gt;",
  "&amp;",
  "&",
  "<",
  ">",
  "|",
  "```",
  "`",
  "*",
  "_",
  "~",
  ">quote",
  "'",
  "!",
  "^",
  "=",
  "$",
  "\u202E",
  "\u202C",
  "\u200F",
  "\u2066",
  "\u2060",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\r\n",
  "\n",
  "\t",
  "🚀",
  "👩🏽‍🚀",
  "🇮🇶",
  "مرحبا",
  "Taji",
  "who",
  "attacked",
  "rockets",
  "said",
  "compare",
  "help",
  "sources",
]);

/** A piece of hostile text, of up to about 200 characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(...NASTY_PIECES),
  fc
    .array(fc.constantFrom(...NASTY_PIECES), { maxLength: 40 })
    .chain((pieces) => fc.constantFrom(pieces.join(" "), pieces.join(""), pieces.join("\n"))),
);

/** The first `count` code points of `text` (what `[...text].slice(0, count).join("")` gives). */
function firstCodePoints(text: string, count: number): string {
  if (text.length <= count) return text;
  let end = 0;
  for (let i = 0; i < count && end < text.length; i++)
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return text.slice(0, end);
}

/** A long run of one nasty piece, cut on a code point: up to `max` characters. */
export function longRun(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...NASTY_PIECES, "x", "word & "), fc.integer({ min, max }))
    .map(([piece, length]) =>
      firstCodePoints(piece.repeat(Math.ceil(length / piece.length)), length),
    );
}

/** Hostile text of any length up to `max` (20,000 for a question). */
export function hostileTextUpTo(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileText },
    { weight: 1, arbitrary: longRun(Math.min(1000, max), max) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom(...NASTY_PIECES), { minLength: 100, maxLength: 2000 })
        .map((pieces) => firstCodePoints(pieces.join(""), max)),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(hostileText, longRun(1, max)).map(([start, run]) => `${start} ${run}`),
    },
  );
}

/** Something Slack could send as a user id, or something a forged payload could. */
export const askedByArbitrary: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("U123ABC", "W0123456789", "UABC|x", "U1> <!channel", "", "u123"),
  fc.stringMatching(/^[A-Z0-9]{1,12}$/),
  hostileText,
);

/** A URL an article might declare: fine, or not a URL at all, or one carrying markup. */
export const articleUrl: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "https://example.org/news/a?id=1&page=2",
    "https://example.org/<!channel>",
    "https://example.org/a|<!here>",
    "http://example.org/ path with spaces",
    "javascript:alert(1)",
    "https://example.org/\u202Eevil",
    `https://example.org/${"x".repeat(2990)}`,
  ),
  fc.webUrl(),
  hostileText,
);
