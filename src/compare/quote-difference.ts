import type { Article, Passage } from "../ingest/article.js";
import type { Swap } from "./comparison.js";
import { readSentences } from "./passage-reading.js";
import type { QuotedSpan } from "./quoted-words.js";
import type { Alignment } from "./word-diff.js";
import { displayWord, type Word } from "./word-forms.js";

/**
 * The word-level difference between a quotation and the original it was aligned to: words
 * dropped, added or swapped, read as phrases, with the quote's start and end lined up against
 * the original sentence (a quote presented as a whole sentence that cut words before it; words
 * tacked on at the end).
 */

export interface PassageWords {
  readonly article: Article;
  readonly index: number;
  readonly passage: Passage;
  readonly words: readonly Word[];
  readonly norms: readonly string[];
  readonly normSet: ReadonlySet<string>;
  readonly spans: readonly QuotedSpan[];
}

export interface Found {
  readonly at: PassageWords;
  readonly alignment: Alignment;
  readonly quoteWords: readonly Word[];
  /** The text the quote's words were read from (their positions stand in it). */
  readonly quoteText?: string;
}

export interface Difference {
  readonly dropped: string[];
  readonly added: string[];
  readonly swapped: Swap[];
  readonly droppedPhrases: string[];
  readonly addedPhrases: string[];
  /** The original's words covered, inclusive. */
  readonly range: [number, number];
}

/** Collects dropped and added words, and the runs of them that read as phrases. */
class WordChanges {
  readonly dropped: string[] = [];
  readonly added: string[] = [];
  readonly swapped: Swap[] = [];
  readonly droppedPhrases: string[] = [];
  readonly addedPhrases: string[] = [];
  private dropRun: Word[] = [];
  private addRun: Word[] = [];

  /** `originalText`, `quoteText`: the texts the words stand in, to give a phrase as printed. */
  constructor(
    private readonly originalText: string,
    private readonly quoteText: string | null,
  ) {}

  drop(word: Word | undefined): void {
    if (!word) return;
    this.dropped.push(displayWord(word.text));
    this.dropRun.push(word);
  }

  add(word: Word | undefined): void {
    if (!word) return;
    this.added.push(displayWord(word.text));
    this.addRun.push(word);
  }

  swap(was: Word | undefined, now: Word | undefined): void {
    if (!was || !now) return;
    this.drop(was);
    this.add(now);
    this.swapped.push({ from: displayWord(was.text), to: displayWord(now.text) });
  }

  /** A kept word: whatever was dropped or added before it is one phrase. */
  keep(): void {
    if (this.dropRun.length > 0) this.droppedPhrases.push(phrase(this.dropRun, this.originalText));
    if (this.addRun.length > 0) this.addedPhrases.push(phrase(this.addRun, this.quoteText));
    this.dropRun = [];
    this.addRun = [];
  }

  /** Lines up quoted words with the original words they replace, keeping the ones that agree. */
  pairUp(quoted: readonly Word[], original: readonly Word[]): void {
    const kept = new Set(original.map((word) => word.norm));
    const used = new Set(quoted.map((word) => word.norm));
    const gone = original.filter((word) => !used.has(word.norm));
    const come = quoted.filter((word) => !kept.has(word.norm));
    if (gone.length === come.length) {
      gone.forEach((word, i) => {
        this.swap(word, come[i]);
      });
    } else {
      for (const word of gone) this.drop(word);
      for (const word of come) this.add(word);
    }
    this.keep();
  }
}

/**
 * A run of words as printed ("section 12B(4)"), when they stand side by side in the text;
 * else the words one after another.
 */
function phrase(run: readonly Word[], text: string | null): string {
  const first = run[0];
  const last = run[run.length - 1];
  const words = run.map((word) => displayWord(word.text)).join(" ");
  if (!text || !first || !last || last.end < first.start) return words;
  // Side by side: nothing but spaces and punctuation between one word and the next.
  const sideBySide = run.every((word, n) => {
    const before = run[n - 1];
    return !before || /^[^\p{L}\p{N}“”"«»]*$/u.test(text.slice(before.end, word.start));
  });
  return sideBySide ? text.slice(first.start, last.end) : words;
}

export function differenceOf(
  found: Found,
  wholeQuote: string | null,
  maxLeadingDrop: number,
): Difference {
  const { alignment, quoteWords, at } = found;
  const original = at.words;
  const changes = new WordChanges(at.passage.text, found.quoteText ?? null);
  const sentence = withinQuote(
    at,
    alignment.originalFrom,
    sentenceWordRange(at, alignment.originalFrom),
  );
  let from = alignment.originalFrom;
  let to = alignment.originalTo;

  // Quoted words before the first kept word stand in for the original words just before it.
  const leading = quoteWords.slice(0, alignment.quoteFrom);
  if (leading.length > 0) {
    let start = Math.max(sentence[0], from - leading.length);
    while (start > sentence[0] && sameName(at.passage.text, original[start - 1], original[start]))
      start--;
    changes.pairUp(leading, original.slice(start, from));
    from = start;
  } else if (
    wholeQuote !== null &&
    /^\p{Lu}/u.test(wholeQuote) &&
    /^\p{Ll}/u.test(original[from]?.text ?? "") &&
    from > sentence[0] &&
    from - sentence[0] <= maxLeadingDrop
  ) {
    // The quote starts a sentence where the original did not: the words before it were cut.
    for (const word of original.slice(sentence[0], from)) changes.drop(word);
    changes.keep();
    from = sentence[0];
  }

  for (const step of alignment.steps) {
    if (step.op === "drop") changes.drop(original[step.original]);
    else if (step.op === "add") changes.add(quoteWords[step.quote]);
    else if (step.op === "swap") changes.swap(original[step.original], quoteWords[step.quote]);
    else changes.keep();
  }
  changes.keep();

  const trailing = quoteWords.slice(alignment.quoteTo + 1);
  if (trailing.length > 0) {
    const end = Math.min(sentence[1], to + trailing.length);
    changes.pairUp(trailing, original.slice(to + 1, end + 1));
    to = Math.max(to, end);
  }
  const { dropped, added, swapped, droppedPhrases, addedPhrases } = changes;
  return { dropped, added, swapped, droppedPhrases, addedPhrases, range: [from, to] };
}

/** Two capitalised words with only a space between them: one name, not to be split. */
function sameName(text: string, before: Word | undefined, word: Word | undefined): boolean {
  if (!before || !word) return false;
  const capitalised = /^\p{Lu}/u.test(before.text) && /^\p{Lu}/u.test(word.text);
  return capitalised && /^\s+$/.test(text.slice(before.end, word.start));
}

/** When the original words are themselves a quotation, the words around it are not the quote's. */
function withinQuote(
  at: PassageWords,
  wordIndex: number,
  range: [number, number],
): [number, number] {
  const word = at.words[wordIndex];
  const span = at.spans.find(
    (s) => !s.nested && word && word.start >= s.start && word.start < s.end,
  );
  if (!span) return range;
  let [first, last] = range;
  while (first < wordIndex && (at.words[first]?.start ?? 0) < span.start) first++;
  while (last > wordIndex && (at.words[last]?.end ?? 0) > span.end) last--;
  return [first, last];
}

/** The first and last word (inclusive) of the sentence holding a word of the passage. */
function sentenceWordRange(at: PassageWords, wordIndex: number): [number, number] {
  const word = at.words[wordIndex];
  const sentence = readSentences(at.passage.text).find(
    (s) => word !== undefined && word.start >= s.start && word.start < s.end,
  );
  if (!sentence || !word) return [0, at.words.length - 1];
  let first = wordIndex;
  while (first > 0 && (at.words[first - 1]?.start ?? -1) >= sentence.start) first--;
  let last = wordIndex;
  while (last < at.words.length - 1 && (at.words[last + 1]?.start ?? Infinity) < sentence.end)
    last++;
  return [first, last];
}

/** The original sentences that hold the quoted words, verbatim. */
export function sentencesCovering(at: PassageWords, ranges: readonly [number, number][]): string {
  const starts = ranges.map(([from]) => at.words[from]?.start ?? 0);
  const ends = ranges.map(([, to]) => at.words[to]?.end ?? at.passage.text.length);
  const from = Math.min(...starts);
  const to = Math.max(...ends);
  const sentences = readSentences(at.passage.text).filter((s) => s.end > from && s.start < to);
  if (sentences.length === 0) return at.passage.text;
  const first = sentences[0]?.start ?? 0;
  const last = sentences[sentences.length - 1]?.end ?? at.passage.text.length;
  return at.passage.text.slice(first, last).trim();
}
