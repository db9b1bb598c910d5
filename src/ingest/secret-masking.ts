/**
 * Token- and secret-shaped strings in an article (a config file linked into a desk's folder by
 * mistake, a leaked key quoted in a story) are hidden before the article is made, so that no
 * answer, in Slack or printed, ever carries one. This is the one change ever made to an article's
 * words. Pure: text in, text out; every pattern is bounded, so none can backtrack without end.
 */

/** What stands in for a hidden secret: plain text, no mention, link or markup. */
export const SECRET_MASK = "[secret hidden]";

/** One shape of secret, named for the warning. */
interface SecretShape {
  readonly name: string;
  readonly pattern: RegExp;
  /** Which capture group is the secret itself (0: the whole match). */
  readonly group?: number;
}

/** The shapes looked for, from the most specific; each pattern is global and linear. */
const SECRET_SHAPES: readonly SecretShape[] = Object.freeze([
  {
    name: "private key",
    pattern:
      /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[A-Za-z0-9+/=\r\n]{0,16384}(?:-----END [A-Z ]{0,40}PRIVATE KEY-----)?/g,
  },
  {
    name: "Slack token",
    pattern: /(?<![A-Za-z0-9])(?:xox[a-z](?:\.xox[a-z])?|xapp)-[A-Za-z0-9-]{6,256}/g,
  },
  {
    name: "Slack webhook",
    pattern:
      /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{6,256}/g,
  },
  { name: "AWS key", pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  {
    name: "GitHub token",
    pattern: /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})/g,
  },
  { name: "Google API key", pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}/g },
  {
    name: "API key",
    pattern: /(?<![A-Za-z0-9])(?:[sr]k_(?:live|test)_|sk-(?:proj-|ant-)?)[A-Za-z0-9_-]{20,255}/g,
  },
  {
    name: "web token (JWT)",
    pattern:
      /(?<![A-Za-z0-9])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,4096}/g,
  },
  {
    // A config line: `SLACK_SIGNING_SECRET=…`, `API_KEY: "…"`. Only the value is hidden.
    name: "secret setting",
    pattern:
      /\b[A-Z][A-Z0-9_]{0,60}(?:SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY)[A-Z0-9_]{0,30}[ \t]{0,8}[=:][ \t]{0,8}["']?([^\s"']{8,1024}(?![\uDC00-\uDFFF]))/g,
    group: 1,
  },
]);

/** An article's text with its secrets hidden, and which kinds were found (empty: none). */
export interface MaskedText {
  readonly text: string;
  /** How many secrets were hidden. */
  readonly count: number;
  /** The kinds found, each once, in the order of SECRET_SHAPES. */
  readonly kinds: readonly string[];
}

/**
 * Hides every token- or secret-shaped string of `text`, and any of the `known` secrets (say, the
 * configured ones) wherever they appear.
 */
export function maskSecrets(text: string, known: readonly string[] = []): MaskedText {
  let masked = text;
  let count = 0;
  const kinds: string[] = [];
  for (const shape of SECRET_SHAPES) {
    let found = 0;
    masked = masked.replace(shape.pattern, (match: string, ...groups: unknown[]) => {
      const secret = shape.group ? groups[shape.group - 1] : match;
      if (typeof secret !== "string" || secret.length === 0 || SECRET_MASK.startsWith(secret))
        return match;
      found += 1;
      return shape.group ? match.slice(0, match.length - secret.length) + SECRET_MASK : SECRET_MASK;
    });
    if (found > 0) kinds.push(shape.name);
    count += found;
  }
  let knownFound = 0;
  for (const secret of known) {
    // Short values would hide ordinary words: a configured secret is long.
    if (secret.length < 8) continue;
    const parts = masked.split(secret);
    knownFound += parts.length - 1;
    masked = parts.join(SECRET_MASK);
  }
  if (knownFound > 0) kinds.push("configured secret");
  return { text: masked, count: count + knownFound, kinds };
}

/** The note that names a file in which secrets were hidden. */
export const secretsHiddenNote = (masked: MaskedText) =>
  `it holds ${masked.count === 1 ? "a token- or secret-shaped string" : `${masked.count} token- or secret-shaped strings`} (${masked.kinds.join(", ")}); ${masked.count === 1 ? "it is" : "they are"} hidden as ${SECRET_MASK} and never quoted`;
