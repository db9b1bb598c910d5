/**
 * A passage shortened for a one-line mention: the sentence that answers best, whole, and the
 * next one when the first is short and both fit. What is shown is always the outlet's own words, in order: sentences are
 * cut out of the passage as they stand, never rewritten. A single sentence longer than the room
 * is cut at a space (never inside a word, an emoji or any other character) and ends with "…".
 */

/** Abbreviations after which a full stop does not end a sentence (general news English). */
const ABBREVIATION =
  /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Gov|Sen|Rep|Rev|Hon|Pres|Supt|Insp|Det|St|Jr|Sr|Mt|Ft|No|Nos|Inc|Corp|Co|Ltd|Bros|vs|etc|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.)+[A-Z])\.$/;

/** A full stop, question or exclamation mark (and any closing quote or bracket), then space. */
const SENTENCE_END = /[.!?]+["”’')\]]*\s+/g;
/** What may start the next sentence: a capital, a digit, or an opening quote or bracket. */
const SENTENCE_START = /^["“‘'([]?[\p{Lu}\p{N}]/u;

/** The passage's sentences, exactly as they stand (trailing space trimmed), in order. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index + match[0].trimEnd().length);
    if (!SENTENCE_START.test(text.slice(end))) continue;
    if (ABBREVIATION.test(before.replace(/["”’')\]]+$/, ""))) continue;
    sentences.push(before.trim());
    start = end;
  }
  const last = text.slice(start).trim();
  if (last !== "") sentences.push(last);
  return sentences.filter((sentence) => sentence !== "");
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Words too common to tell which sentence answers. */
const COMMON = new Set(
  "the a an and or of to in on at for by with from is are was were be been has have had did does do what who whom whose when where why how which that this these those it its as about into over after before than then there their they them he she his her we our you your i not no yes many much said says say".split(
    " ",
  ),
);

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(WORD))
    if (word.length > 1 && !COMMON.has(word)) words.add(word);
  return words;
}

/**
 * The best sentences of `passage` for `question`, within `max` characters: the sentence that
 * shares most words with the question (the first on a tie), joined by the next one when it fits.
 */
export function compactQuote(passage: string, question: string, max: number): string {
  const flat = passage.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const sentences = sentencesOf(flat);
  const asked = contentWords(question);
  let best = 0;
  let bestScore = -1;
  sentences.forEach((sentence, i) => {
    let score = 0;
    for (const word of contentWords(sentence)) if (asked.has(word)) score += 1;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  let shown = sentences[best] ?? flat;
  const next = sentences[best + 1];
  // A short sentence says little alone: the next one joins it when both fit.
  if (next && shown.length < max / 3 && shown.length + 1 + next.length <= max)
    shown = `${shown} ${next}`;
  return shown.length <= max ? shown : cutAtSpace(shown, max);
}

/** Text cut to at most `max` characters at the last space, ending with "…". */
export function cutAtSpace(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  const space = room.search(/\s\S*$/);
  if (space > 0) return `${room.slice(0, space).replace(/[\s,;:–—-]+$/, "")}…`;
  // One word longer than the room: cut between whole characters (grapheme clusters).
  let cut = "";
  for (const { segment } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)) {
    if (cut.length + segment.length > room.length) break;
    cut += segment;
  }
  return `${cut}…`;
}
