/**
 * Words related to a question word in general English (synonyms, and forms derived from it),
 * from a thesaurus the I/O side provides: the search only asks, it reads no file.
 */

import { paraphrasesOf } from "../text/news-paraphrases.js";

/** A word related to a question word, and how. */
export interface RelatedWord {
  readonly word: string;
  /** "broader": a verb one step more general ("mediate" for "broker"). */
  readonly relation: "synonym" | "derived" | "broader";
}

export interface Thesaurus {
  /**
   * Words related to a lower-case word (none when it knows none), in the senses of one part of
   * speech when the question's reading says which.
   */
  related(word: string, part?: "noun" | "verb" | "adj" | null): readonly RelatedWord[];
  /** Does now what the first question would otherwise pay for. */
  warm(): void;
}

/** The thesaurus that knows no words: matching is literal. */
export const NO_THESAURUS: Thesaurus = Object.freeze({
  related: () => [],
  warm: () => {},
});

let current: Thesaurus = NO_THESAURUS;

/** Sets the thesaurus every desk's search consults from now on (the I/O side does, at start). */
export function useThesaurus(thesaurus: Thesaurus): void {
  current = thesaurus;
}

/**
 * The thesaurus in use, with the newsroom's loose paraphrases ("stock" for "shares") before
 * its own related words.
 */
export function activeThesaurus(): Thesaurus {
  return withParaphrases;
}

const withParaphrases: Thesaurus = Object.freeze({
  related(word: string, part?: "noun" | "verb" | "adj" | null): readonly RelatedWord[] {
    const loose = paraphrasesOf(word);
    const own = current.related(word, part);
    if (loose.length === 0) return own;
    const seen = new Set(loose);
    return [
      ...loose.map((other): RelatedWord => ({ word: other, relation: "synonym" })),
      ...own.filter((related) => !seen.has(related.word)),
    ];
  },
  warm: () => current.warm(),
});
