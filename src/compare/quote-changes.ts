import type { Article, Passage } from "../ingest/article.js";
import { outletName } from "../ingest/article.js";
import { STOP_WORDS } from "../text/stop-words.js";
import type { QuoteChange, Swap } from "./comparison.js";
import { readSentences } from "./passage-reading.js";
import { type QuotedSpan, quotedSpans } from "./quoted-words.js";
import { type Alignment, alignWords } from "./word-diff.js";
import { displayWord, foldPhrase, type Word, wordsOf } from "./word-forms.js";

/**
 * Changed quotes: wherever an outlet puts words in quotation marks that come from another
 * article on the desk, the original sentence and the word-level difference. Differences that
 * change nothing (case, U.S./US, quote marks, dashes, punctuation) are folded away; an elision
 * the outlet marks ("…", "[…]") is not a change; a word-for-word quote is not a change.
 */

export const QuoteChangeConfig = Object.freeze({
  /** Quotations shorter than this many words are not compared (a single word proves nothing). */
  minQuoteWords: 4,
  /** A passage is a candidate when it holds at least this share of the quotation's words. */
  candidateShare: 0.5,
  /** The original must keep at least this share of the quotation's words, in order. */
  keptShare: 0.6,
  /** Words kept that carry meaning of their own (not "the", "is"), at least, unless many are kept. */
  minContentWords: 2,
  /** A quotation shorter than this may differ from its original by one word at most. */
  shortQuoteWords: 8,
  /** Or at least this many words kept in a stretch where most words are kept (a quote extended). */
  minKeptRun: 6,
  /** A quote that starts a sentence where the original did not may drop this many words before it. */
  maxLeadingDrop: 3,
});

interface PassageWords {
  readonly article: Article;
  readonly index: number;
  readonly passage: Passage;
  readonly words: readonly Word[];
  readonly norms: readonly string[];
  readonly normSet: ReadonlySet<string>;
  readonly spans: readonly QuotedSpan[];
}

const deskCache = new WeakMap<readonly Article[], readonly QuoteChange[]>();

/** Every changed quote on the desk, computed once per set of articles. */
export function deskQuoteChanges(articles: readonly Article[]): readonly QuoteChange[] {
  const known = deskCache.get(articles);
  if (known) return known;
  const changes = findQuoteChanges(articles);
  deskCache.set(articles, changes);
  return changes;
}

export function findQuoteChanges(articles: readonly Article[]): QuoteChange[] {
  const passages: PassageWords[] = articles.flatMap((article, index) =>
    article.passages.map((passage) => {
      const words = wordsOf(passage.text);
      const norms = words.map((word) => word.norm);
      return {
        article,
        index,
        passage,
        words,
        norms,
        normSet: new Set(norms),
        spans: quotedSpans(passage.text),
      };
    }),
  );
  const changes: QuoteChange[] = [];
  for (const quoting of passages) {
    for (const span of quoting.spans) {
      const change = changeOf(quoting, span, passages);
      if (change) changes.push(change);
    }
  }
  return changes;
}

interface Found {
  readonly at: PassageWords;
  readonly alignment: Alignment;
  readonly quoteWords: readonly Word[];
}

function changeOf(
  quoting: PassageWords,
  span: QuotedSpan,
  passages: readonly PassageWords[],
): QuoteChange | null {
  const segments = quoteSegments(span.text);
  const found: Found[] = [];
  for (const segment of segments) {
    const quoteWords = wordsOf(segment);
    if (quoteWords.length < QuoteChangeConfig.minQuoteWords) continue;
    const best = bestOriginal(quoting, quoteWords, passages);
    if (best) found.push({ ...best, quoteWords });
  }
  const first = found[0];
  if (!first) return null;
  if (!quotingSideChanged(quoting, span, first)) return null;

  const dropped: string[] = [];
  const added: string[] = [];
  const swapped: Swap[] = [];
  const droppedPhrases: string[] = [];
  const addedPhrases: string[] = [];
  const ranges: [number, number][] = [];
  for (const f of found) {
    const diff = differenceOf(f, segments.length === 1 ? span.text : null);
    dropped.push(...diff.dropped);
    added.push(...diff.added);
    swapped.push(...diff.swapped);
    droppedPhrases.push(...diff.droppedPhrases);
    addedPhrases.push(...diff.addedPhrases);
    if (f.at === first.at) ranges.push(diff.range);
  }
  if (dropped.length === 0 && added.length === 0) return null;
  return {
    source: quoting.article.id,
    outlet: outletName(quoting.article),
    paragraph: quoting.passage.paragraph,
    quoted: span.text,
    original: {
      source: first.at.article.id,
      outlet: outletName(first.at.article),
      paragraph: first.at.passage.paragraph,
      text: sentencesCovering(first.at, ranges),
    },
    dropped,
    added,
    swapped,
    droppedPhrases,
    addedPhrases,
  };
}

/** The parts of a quotation between marked elisions ("…", "...", "[…]") and bracketed insertions. */
function quoteSegments(text: string): string[] {
  return text
    .split(/\s*(?:\.\s?\.\s?\.|…|\[[^\]]*\])\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function bestOriginal(
  quoting: PassageWords,
  quoteWords: readonly Word[],
  passages: readonly PassageWords[],
): Omit<Found, "quoteWords"> | null {
  const norms = quoteWords.map((word) => word.norm);
  const distinct = new Set(norms);
  let best: Omit<Found, "quoteWords"> | null = null;
  for (const at of passages) {
    if (at.article === quoting.article) continue;
    let shared = 0;
    for (const norm of distinct) if (at.normSet.has(norm)) shared++;
    if (shared < distinct.size * QuoteChangeConfig.candidateShare) continue;
    const alignment = alignWords(norms, at.norms);
    if (!alignment) continue;
    const better =
      !best ||
      rank(alignment) > rank(best.alignment) ||
      (rank(alignment) === rank(best.alignment) &&
        quotedThere(best.at, best.alignment) &&
        !quotedThere(at, alignment));
    if (better) best = { at, alignment };
  }
  if (!best) return null;
  const needed = Math.max(3, Math.ceil(norms.length * QuoteChangeConfig.keptShare));
  const { same, steps } = best.alignment;
  const dense = same >= QuoteChangeConfig.minKeptRun && same / steps.length >= 0.8;
  // A few common words in a row ("the situation is …") do not make a quotation's source.
  const content = steps.filter(
    (step) => step.op === "same" && !STOP_WORDS.has(norms[step.quote] ?? ""),
  ).length;
  const short = norms.length < QuoteChangeConfig.shortQuoteWords;
  if (content < QuoteChangeConfig.minContentWords && same < QuoteChangeConfig.minKeptRun)
    return null;
  if (short && norms.length - same > 1) return null;
  return same >= needed || dense ? best : null;
}

/** The original words are themselves a quotation there (so not the first place they were printed). */
function quotedThere(at: PassageWords, alignment: Alignment): boolean {
  const word = at.words[alignment.originalFrom];
  return word !== undefined && at.spans.some((s) => word.start >= s.start && word.start < s.end);
}

function rank(alignment: Alignment): number {
  return alignment.same * 2 - (alignment.steps.length - alignment.same);
}

/**
 * When the original words are themselves a quotation in the other article, both outlets quote a
 * third party: the change is put down to the later article, else to the shorter version.
 */
function quotingSideChanged(quoting: PassageWords, span: QuotedSpan, found: Found): boolean {
  const other = found.at;
  const from = other.words[found.alignment.originalFrom];
  if (!from || !other.spans.some((s) => from.start >= s.start && from.start < s.end)) return true;
  // The outlet that names the other as its source is the one that quotes it.
  const citesOther = namesOutlet(quoting.article, other.article);
  const citedByOther = namesOutlet(other.article, quoting.article);
  if (citesOther !== citedByOther) return citesOther;
  const mine = quoting.article.metadata.published;
  const theirs = other.article.metadata.published;
  if (mine && theirs && mine !== theirs) return mine > theirs;
  const theirSpan = other.spans.find((s) => from.start >= s.start && from.start < s.end);
  const mineLength = wordsOf(span.text).length;
  const theirLength = theirSpan ? wordsOf(theirSpan.text).length : mineLength;
  if (mineLength !== theirLength) return mineLength < theirLength;
  return quoting.index > other.index;
}

interface Difference {
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
  private dropRun: string[] = [];
  private addRun: string[] = [];

  drop(word: Word | undefined): void {
    if (!word) return;
    this.dropped.push(displayWord(word.text));
    this.dropRun.push(displayWord(word.text));
  }

  add(word: Word | undefined): void {
    if (!word) return;
    this.added.push(displayWord(word.text));
    this.addRun.push(displayWord(word.text));
  }

  swap(was: Word | undefined, now: Word | undefined): void {
    if (!was || !now) return;
    this.drop(was);
    this.add(now);
    this.swapped.push({ from: displayWord(was.text), to: displayWord(now.text) });
  }

  /** A kept word: whatever was dropped or added before it is one phrase. */
  keep(): void {
    if (this.dropRun.length > 0) this.droppedPhrases.push(this.dropRun.join(" "));
    if (this.addRun.length > 0) this.addedPhrases.push(this.addRun.join(" "));
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

function differenceOf(found: Found, wholeQuote: string | null): Difference {
  const { alignment, quoteWords, at } = found;
  const original = at.words;
  const changes = new WordChanges();
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
    from - sentence[0] <= QuoteChangeConfig.maxLeadingDrop
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
function sentencesCovering(at: PassageWords, ranges: readonly [number, number][]): string {
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

/** The article mentions the other article's outlet by name (besides in its own furniture). */
function namesOutlet(article: Article, other: Article): boolean {
  const name = other.metadata.outlet;
  if (!name) return false;
  const folded = foldPhrase(name.replace(/^the\s+/i, ""));
  if (folded.length < 4 || folded === foldPhrase(article.metadata.outlet ?? "")) return false;
  return article.passages.some((passage) =>
    ` ${foldPhrase(passage.text)} `.includes(` ${folded} `),
  );
}
