import type { Article } from "../ingest/article.js";
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
  return article.passages.some((passage) => {
    const unquoted = quotedSpans(passage.text)
      .filter((span) => !span.nested)
      .sort((a, b) => b.start - a.start)
      .reduce((text, span) => `${text.slice(0, span.start)} ${text.slice(span.end)}`, passage.text);
    return ` ${foldPhrase(unquoted)} `.includes(` ${folded} `);
  });
}
