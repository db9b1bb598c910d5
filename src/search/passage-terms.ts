import { DeskLexicon } from "../text/desk-lexicon.js";
import { matchTokens } from "../text/match-terms.js";
import type { DeskVocabulary } from "./search-config.js";

/**
 * The distinct index terms of a passage, as the passage index files it under them (its words'
 * matching terms through the desk's equivalents, stop words left out). Another store that keeps
 * the postings (a database) files each passage under exactly these.
 */
export function passageTerms(text: string, lexicon: DeskLexicon): string[] {
  const terms = new Set<string>();
  for (const token of lexicon.apply(matchTokens(text, "article")))
    if (!token.stop) terms.add(token.term);
  return [...terms];
}

/** The lexicon a desk's passages are read with. */
export function deskLexicon(vocabulary: DeskVocabulary): DeskLexicon {
  return new DeskLexicon(vocabulary.equivalents);
}
