import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openDesk } from "../src/desk/story-desk.js";
import { readArticle } from "../src/ingest/read-article.js";
import { oneLine } from "../src/render/answer-text.js";
import { decodeButtonValue, encodeButtonValue } from "../src/render/blocks/answer-actions.js";
import { clip, clipMrkdwn } from "../src/render/blocks/mrkdwn.js";
import { answerReply } from "../src/slack/desk-reply.js";
import { boundarySnap, cutToLength, graphemes, isEmojiCluster } from "../src/text/graphemes.js";

/** Emoji sequences that are one character to a reader, though several code points long. */
const SEQUENCES = Object.freeze([
  "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}", // family: man, woman, girl, boy
  "\u{1F469}\u{1F3FD}\u200D\u{1F4BB}", // woman technologist, medium skin tone
  "\u{1F44D}\u{1F3FF}", // thumbs up, dark skin tone
  "\u{1F1EF}\u{1F1F5}", // a flag: two regional indicators
  "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}", // a flag with tag characters
  "1\uFE0F\u20E3", // keycap one
  "#\uFE0F\u20E3", // keycap number sign
  "\u2764\uFE0F", // heart with its emoji variation selector
  "\u{1F3F3}\uFE0F\u200D\u{1F308}", // rainbow flag
  "\u{1F9D1}\u200D\u{1F91D}\u200D\u{1F9D1}", // people holding hands
  "e\u0301", // a letter with a combining accent
]);

const word = fc.constantFrom("gauge", "river", "council", "flood", "bridge", "said", "the", "on");
const piece = fc.oneof(word, fc.constantFrom(...SEQUENCES), fc.constantFrom(" ", ", ", ". "));
const mixedText = fc.array(piece, { minLength: 1, maxLength: 120 }).map((parts) => parts.join(""));

const emojiClusters = (text: string) => graphemes(text).filter(isEmojiCluster);

/** Every emoji cluster of `output` is one that `input` holds whole. */
function expectWholeEmoji(output: string, input: string): void {
  const known = new Set(emojiClusters(input));
  for (const cluster of emojiClusters(output)) expect(known.has(cluster), cluster).toBe(true);
}

/** Text of many scripts and joining rules, long enough to be segmented in pieces. */
const otherScripts = fc.constantFrom(
  "\uD55C\uAD6D\uC5B4 ", // Hangul syllables
  "\u1100\u1161\u11A8", // Hangul jamo that join into one syllable
  "\u0915\u094D\u0937", // Devanagari conjunct (virama)
  "\u0600\u0661", // an Arabic sign that joins the number after it
  "\r\n",
  "\uFF76\uFF9E", // halfwidth katakana with its sound mark
  "\u203C\u200D\u{1F469}",
  "x\u200D",
  "\u{1F1EF}\u{1F1F5}\u{1F1EF}",
);
const longMixed = fc
  .array(fc.oneof(piece, otherScripts), { minLength: 50, maxLength: 400 })
  .map((parts) => parts.join(""));

describe("cutting text on grapheme boundaries", () => {
  it("segments long text exactly as Intl.Segmenter does, though in pieces", () => {
    const reference = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    fc.assert(
      fc.property(longMixed, (text) => {
        expect(graphemes(text)).toEqual(Array.from(reference.segment(text), (s) => s.segment));
      }),
      { numRuns: 60 },
    );
  });

  it("cutToLength gives the longest start of whole characters that fits", () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 0, max: 400 }), (text, max) => {
        const cut = cutToLength(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(cut)).toBe(true);
        const whole = graphemes(text);
        const kept = graphemes(cut);
        expect(kept).toEqual(whole.slice(0, kept.length));
        // Longest: the next character would not have fitted.
        if (kept.length < whole.length)
          expect(cut.length + (whole[kept.length]?.length ?? 0)).toBeGreaterThan(max);
      }),
      { numRuns: 300 },
    );
  });

  it("clip and clipMrkdwn end on a whole character and stay within the limit", () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 1, max: 300 }), (text, max) => {
        for (const clipped of [clip(text, max), clipMrkdwn(text, max)]) {
          expect(clipped.length).toBeLessThanOrEqual(max);
          const body = clipped.endsWith("…") && clipped !== text ? clipped.slice(0, -1) : clipped;
          expect(graphemes(body)).toEqual(graphemes(text).slice(0, graphemes(body).length));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("an echoed question keeps its emoji sequences whole, joiners and tags included", () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 5, max: 300 }), (text, max) => {
        const line = oneLine(`${text}\n\u0007${text}`, max);
        expect(line.length).toBeLessThanOrEqual(max);
        expectWholeEmoji(line, text);
        expect(line.includes("\n") || line.includes("\u0007")).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(oneLine(`family ${SEQUENCES[0]} here`)).toBe(`family ${SEQUENCES[0]} here`);
    // A format character outside any emoji still goes.
    expect(oneLine("soft\u200Bspace")).toBe("soft space");
  });

  it("spans found by offsets widen to whole characters", () => {
    fc.assert(
      fc.property(mixedText, fc.nat(), fc.nat(), (text, a, b) => {
        const snap = boundarySnap(text);
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const start = snap.back(from ?? 0);
        const end = snap.forward(to ?? 0);
        expect(start).toBeLessThanOrEqual(from ?? 0);
        expect(end).toBeGreaterThanOrEqual(to ?? 0);
        const inside = graphemes(text.slice(start, end));
        const before = graphemes(text.slice(0, start));
        expect([...before, ...inside]).toEqual(
          graphemes(text).slice(0, before.length + inside.length),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a button's question, however long, is cut on a whole character", () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 1, max: 40 }), (text, times) => {
        const question = Array.from({ length: times }, () => text).join(" ");
        const decoded = decodeButtonValue(encodeButtonValue({ question, mode: "ask", from: 0 }));
        if (decoded === null) return;
        expect(graphemes(decoded.question)).toEqual(
          graphemes(question).slice(0, graphemes(decoded.question).length),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe("emoji sequences through ingest and replies", () => {
  it("reading an article keeps every emoji sequence whole", () => {
    fc.assert(
      fc.property(fc.array(mixedText, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const page = ["A headline about the river gauge", "", ...paragraphs.map((p) => `${p}.\n`)];
        const text = page.join("\n");
        const read = readArticle("emoji.txt", Buffer.from(text));
        if (!read.ok) return;
        for (const passage of read.article.passages) expectWholeEmoji(passage.text, text);
      }),
      { numRuns: 150 },
    );
  });

  it("answers in Slack, their quotes clipped at any length, keep every emoji sequence whole", () => {
    fc.assert(
      fc.property(fc.array(mixedText, { minLength: 3, maxLength: 8 }), (paragraphs) => {
        // Long paragraphs, so that quotes and excerpts are cut somewhere inside them.
        const long = paragraphs.map((p) => `The flood gauge on the river bridge ${p}`.repeat(6));
        const text = ["Council notes on the river gauge", "", ...long.map((p) => `${p}.\n`)].join(
          "\n",
        );
        const read = readArticle("emoji-desk.txt", Buffer.from(text));
        if (!read.ok) return;
        const desk = openDesk([read.article]);
        for (const mode of ["ask", "compare"] as const) {
          const reply = answerReply(desk, "what did the council say about the flood gauge", mode, {
            shareable: true,
          });
          for (const shown of [reply.text, ...stringsIn(reply.blocks)])
            expectWholeEmoji(shown, text);
        }
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
