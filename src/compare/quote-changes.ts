import { type Article, outletName, type Passage, passageKey } from "../ingest/article.js";
import { STOP_WORDS } from "../text/stop-words.js";
import type { QuoteChange, Swap } from "./comparison.js";
import {
  differenceOf,
  type Found,
  type PassageWords,
  sentencesCovering,
} from "./quote-difference.js";
import { type QuotedSpan, quotedSpans } from "./quoted-words.js";
import { type Alignment, alignWords } from "./word-diff.js";
import { foldPhrase, textWords, type Word, wordsOf } from "./word-forms.js";

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

const deskCache = new WeakMap<readonly Article[], readonly QuoteChange[]>();

/** Every changed quote on the desk, computed once per set of articles. */
export function deskQuoteChanges(articles: readonly Article[]): readonly QuoteChange[] {
  const known = deskCache.get(articles);
  if (known) return known;
  const changes = findQuoteChanges(articles);
  deskCache.set(articles, changes);
  return changes;
}

/**
 * The changed quotes among these articles. `quotingFrom` (optional) limits the quotations read to
 * those passages ("<article id>#<paragraph>"); originals are looked for in every passage.
 */
export function findQuoteChanges(
  articles: readonly Article[],
  quotingFrom?: ReadonlySet<string>,
): QuoteChange[] {
  // No quotation in the passages quoting: nothing to look for, and no other passage is read.
  if (quotingFrom && !quotesAny(articles, quotingFrom)) return [];
  const passages: PassageWords[] = articles.flatMap((article, index) =>
    article.passages.map((passage) => ({ article, index, passage, ...wordsOfPassage(passage) })),
  );
  const changes: QuoteChange[] = [];
  for (const quoting of passages) {
    if (
      quotingFrom &&
      !quotingFrom.has(
        passageKey(quoting.article.id, quoting.passage.kind, quoting.passage.paragraph),
      )
    )
      continue;
    for (const span of quoting.spans) {
      const change = changeOf(quoting, span, passages);
      if (change) changes.push(change);
    }
  }
  return changes;
}

/** Whether any of the passages quoting (`quotingFrom`) holds a quotation. */
function quotesAny(articles: readonly Article[], quotingFrom: ReadonlySet<string>): boolean {
  return articles.some((article) =>
    article.passages.some(
      (passage) =>
        quotingFrom.has(passageKey(article.id, passage.kind, passage.paragraph)) &&
        wordsOfPassage(passage).spans.length > 0,
    ),
  );
}

type PassageReading = Pick<PassageWords, "words" | "norms" | "normSet" | "spans">;

/** Passages read for their words and quotations, kept: an archive compares the same few often. */
const readingCache = new Map<Passage, PassageReading>();
const READING_CACHE_LIMIT = 4000;

function wordsOfPassage(passage: Passage): PassageReading {
  const known = readingCache.get(passage);
  if (known) return known;
  const words = textWords(passage.text);
  const norms = words.map((word) => word.norm);
  const reading = { words, norms, normSet: new Set(norms), spans: quotedSpans(passage.text) };
  if (readingCache.size >= READING_CACHE_LIMIT) readingCache.clear();
  readingCache.set(passage, reading);
  return reading;
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
    if (best) found.push({ ...best, quoteWords, quoteText: segment });
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
    const diff = differenceOf(
      f,
      segments.length === 1 ? span.text : null,
      QuoteChangeConfig.maxLeadingDrop,
    );
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
    kind: quoting.passage.kind,
    quoted: span.text,
    original: {
      source: first.at.article.id,
      outlet: outletName(first.at.article),
      paragraph: first.at.passage.paragraph,
      kind: first.at.passage.kind,
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
    // A version that marks an elision inside the words ("my duty… to refuse") is no original:
    // the fuller version, if a page has one, says what was left out.
    if (best && elidedThere(at, alignment) && !elidedThere(best.at, best.alignment)) continue;
    const better =
      !best ||
      rank(alignment) > rank(best.alignment) ||
      (rank(alignment) === rank(best.alignment) &&
        quotedThere(best.at, best.alignment) &&
        !quotedThere(at, alignment));
    const fuller =
      best !== null && elidedThere(best.at, best.alignment) && !elidedThere(at, alignment);
    if (better || (fuller && best !== null && alignment.same >= best.alignment.same * 0.8))
      best = { at, alignment };
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

/** The aligned words of the original hold a marked elision ("…", "...", "[…]"). */
function elidedThere(at: PassageWords, alignment: Alignment): boolean {
  const from = at.words[alignment.originalFrom];
  const to = at.words[alignment.originalTo];
  if (!from || !to) return false;
  return /…|\.\s?\.\s?\.|\[[^\]]*\]/.test(at.passage.text.slice(from.start, to.end));
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
