import { insideQuote, quotedSpans } from "./quoted-words.js";

/**
 * Hedges and disputes: the words by which an outlet keeps its distance from a claim
 * ("alleging", "without any evidence", "reportedly", "it is not clear"). General English only;
 * words inside quotation marks are the speaker's, not the outlet's, and are left out.
 */
export const HEDGE_PATTERNS: readonly RegExp[] = Object.freeze([
  /\ballegedly\b|\balleg(?:e|es|ed|ing|ation|ations)\b/gi,
  /\bpurported(?:ly)?\b|\bsupposedly\b|\bostensibly\b|\breportedly\b|\bapparently\b/gi,
  /\bclaim(?:s|ed|ing)\b/gi,
  /\bso-called\b|\bself-styled\b|\bself-proclaimed\b/gi,
  /\b(?:unverified|unconfirmed|unsubstantiated|unfounded|baseless|uncorroborated|disputed)\b/gi,
  /\bwithout\s+(?:any\s+|providing\s+(?:any\s+)?|offering\s+(?:any\s+)?|presenting\s+(?:any\s+)?|giving\s+(?:any\s+)?)?(?:evidence|proof)\b/gi,
  /\b(?:there\s+(?:is|was|has\s+been)\s+)?no\s+(?:evidence|proof)\b/gi,
  /\bit\s+(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+)?clear|unclear)\b/gi,
  /\b(?:could|can|cannot|can't)\s+(?:not\s+)?(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)\b/gi,
  /\bcould\s+not\s+(?:independently\s+)?(?:verify|confirm)\b/gi,
  /\b(?:said|believed|thought|alleged)\s+to\s+(?:be|have)\b/gi,
  /\bdenied\b|\bdenies\b|\brejected\s+(?:the\s+)?(?:claim|allegation|accusation)s?\b/gi,
  /\bwhat\s+(?:it|they|he|she)\s+(?:called|calls|described\s+as|termed)\b/gi,
]);

/** The hedges in a passage, in reading order, each once. */
export function findHedges(text: string): string[] {
  const spans = quotedSpans(text);
  const found: { at: number; words: string }[] = [];
  for (const pattern of HEDGE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      if (insideQuote(spans, at)) continue;
      found.push({ at, words: match[0].replace(/\s+/g, " ") });
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((hit) => hit.words)
    .filter((words) => {
      const key = words.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
