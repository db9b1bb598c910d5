/**
 * Text cut or cleaned for display stays whole by what a reader sees as one character (a grapheme
 * cluster): an emoji joined with zero-width joiners (a family), one with a skin tone, a flag (two
 * regional indicators, or a black flag with tag characters), a keycap, a character with its
 * variation selector or accents. Pure; Intl.Segmenter decides the boundaries.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Positions that are a grapheme boundary whatever surrounds them: two plain ASCII characters, or
 * two letters, digits, punctuation marks or spaces of the Basic Multilingual Plane that no rule
 * joins (Hangul jamo and syllables, a prepended sign, the halfwidth sound marks are left out).
 * Intl.Segmenter takes time quadratic in the length of what it is given, so long text is given
 * to it in pieces cut at such positions.
 */
const CERTAIN_BREAK =
  /(?<=[\t\n\r\x20-\x7E])[\x20-\x7E]|(?<=[\p{L}\p{N}\p{P}\p{Zs}])(?<![\u0D4E\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7FF\u{10000}-\u{10FFFF}])(?![\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\uFF9E\uFF9F])[\p{L}\p{N}\p{P}\p{Zs}]/gu;
/** The size of the pieces Intl.Segmenter is given (longer only where no certain break is found). */
const PIECE = 128;

/** The first certain boundary at or after `from`, or the end of the text. */
function certainBreakFrom(text: string, from: number): number {
  if (from >= text.length) return text.length;
  const pattern = new RegExp(CERTAIN_BREAK.source, "gu");
  pattern.lastIndex = Math.max(1, from);
  return pattern.exec(text)?.index ?? text.length;
}

/** The start of every cluster of `text` from `from` (itself a boundary) on, in order. */
function* clusterStarts(text: string, from = 0): Generator<number> {
  let start = from;
  while (start < text.length) {
    const end = certainBreakFrom(text, start + PIECE);
    for (const segment of segmenter.segment(text.slice(start, end))) yield start + segment.index;
    start = end;
  }
}

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
  const clusters: string[] = [];
  let last = -1;
  for (const start of clusterStarts(text)) {
    if (last >= 0) clusters.push(text.slice(last, start));
    last = start;
  }
  if (last >= 0) clusters.push(text.slice(last));
  return clusters;
}

/**
 * The longest start of `text` that is at most `max` UTF-16 units long and ends on a grapheme
 * boundary: a cluster that does not fit is left out whole.
 */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  // Whether a position is a boundary depends on what comes before it and on the one code point
  // at it (up to two UTF-16 units): a prefix two longer than `max` has every boundary the whole
  // text has up to `max`. Segmenting starts at a certain boundary shortly before `max`.
  const near = certainBreakFrom(text, Math.max(0, max - PIECE));
  const from = near <= max ? near : 0;
  let end = from;
  for (const start of clusterStarts(text.slice(0, max + 2), from)) {
    if (start > max) break;
    end = start;
  }
  return text.slice(0, end);
}

/** Emoji, regional indicators (flags) and the keycap mark: a cluster holding one is an emoji sequence. */
const EMOJI_PART = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/** Whether a grapheme cluster is (or holds) an emoji sequence. */
export function isEmojiCluster(cluster: string): boolean {
  return EMOJI_PART.test(cluster);
}

/**
 * `text` with each run of characters matched by `unwanted` (say, control and format characters)
 * replaced by `by`, except inside an emoji sequence: the zero-width joiners of a family emoji and
 * the tag characters of a flag are format characters that belong to it.
 */
export function replaceOutsideEmoji(text: string, unwanted: RegExp, by: string): string {
  if (!unwanted.global) throw new RangeError("replaceOutsideEmoji needs a global pattern");
  if (!EMOJI_PART.test(text)) return text.replace(unwanted, by);
  let out = "";
  let plain = "";
  for (const cluster of graphemes(text)) {
    if (isEmojiCluster(cluster)) {
      out += plain.replace(unwanted, by) + cluster;
      plain = "";
    } else {
      plain += cluster;
    }
  }
  return out + plain.replace(unwanted, by);
}

/** Snaps positions in one text outward to grapheme boundaries. */
export interface BoundarySnap {
  /** The last boundary at or before `at`. */
  readonly back: (at: number) => number;
  /** The first boundary at or after `at`. */
  readonly forward: (at: number) => number;
}

const IDENTITY_SNAP: BoundarySnap = Object.freeze({
  back: (at: number) => at,
  forward: (at: number) => at,
});

/** Characters that can make a cluster of more than one code point: joiners, marks, astral ones, jamo. */
const MAY_JOIN =
  /\u200C|\u200D|[\u1100-\u11FF]|[\u{10000}-\u{10FFFF}]|\p{M}|\p{Extended_Pictographic}/u;

/**
 * A way to widen spans of `text` (a word found by offsets, say) to whole characters, so that a
 * slice by them never cuts an emoji sequence in two. Plain text costs nothing.
 */
export function boundarySnap(text: string): BoundarySnap {
  if (!MAY_JOIN.test(text)) return IDENTITY_SNAP;
  const starts = [...clusterStarts(text), text.length];
  /** Index of the last boundary at or before `at`. */
  const floor = (at: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return {
    back: (at) => starts[floor(at)] ?? at,
    forward: (at) => {
      const i = floor(at);
      const boundary = starts[i] ?? at;
      return boundary === at ? at : (starts[i + 1] ?? at);
    },
  };
}
