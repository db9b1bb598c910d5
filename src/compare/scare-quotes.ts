import type { Article, Passage } from "../ingest/article.js";
import { quotedSpans } from "./quoted-words.js";
import { foldPhrase, wordsOf } from "./word-forms.js";

/**
 * Scare quotes: a short label an outlet puts in quotation marks ("so-called" by punctuation)
 * where another outlet on the desk uses the same words plainly. A label, not a speaker's words:
 * it modifies the noun after it and no attribution verb introduces it.
 */

const INTRODUCED =
  /\b(?:as|called|calls|call|described|describing|dubbed|termed|labelled|labeled|named|said|says|word|words|phrase|term)\s*$/i;

/** Quoted labels in a passage that other articles print without quotation marks. */
export function scareQuotes(text: string, others: readonly Article[]): string[] {
  const found: string[] = [];
  for (const span of quotedSpans(text)) {
    if (span.nested) continue;
    const words = wordsOf(span.text);
    if (words.length === 0 || words.length > 3) continue;
    const after = text.slice(span.end).replace(/^["”’'»]/, "");
    if (!/^\s+\p{Ll}/u.test(after) || /^\s+(?:and|or|but|of|to|in|on|at|as)\b/.test(after))
      continue;
    if (INTRODUCED.test(text.slice(Math.max(0, span.start - 20), span.start).replace(/["“«]$/, "")))
      continue;
    const folded = foldPhrase(span.text);
    if (others.some((article) => printsPlainly(article, folded)))
      found.push(`“${span.text}” (in quotation marks)`);
  }
  return found;
}

function printsPlainly(article: Article, folded: string): boolean {
  return article.passages.some((passage) => plainText(passage).includes(` ${folded} `));
}

/** Passages' folded words outside quotation marks, kept: the same few are compared often. */
const plainTexts = new Map<Passage, string>();
const PLAIN_TEXTS_KEPT = 4000;

function plainText(passage: Passage): string {
  const known = plainTexts.get(passage);
  if (known !== undefined) return known;
  const unquoted = quotedSpans(passage.text)
    .filter((span) => !span.nested)
    .sort((a, b) => b.start - a.start)
    .reduce((text, span) => `${text.slice(0, span.start)} ${text.slice(span.end)}`, passage.text);
  const plain = ` ${foldPhrase(unquoted)} `;
  if (plainTexts.size >= PLAIN_TEXTS_KEPT) plainTexts.clear();
  plainTexts.set(passage, plain);
  return plain;
}
