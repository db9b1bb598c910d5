/** Search defaults in one frozen object, as Fuse.js keeps its own `Config`. */
export const SearchConfig = Object.freeze({
  /** A passage must score at least this (0..1) to count as answering the question. */
  relevanceFloor: 0.5,
  /** Quotes listed across all sources, best first. */
  maxQuotes: 5,
  /** Passages kept per source besides its best, when they score close to it. */
  closeSecondsPerSource: 2,
  /** A second passage is "close" when it scores at least this share of the source's best. */
  closeSecondShare: 0.85,
  /** Candidates taken from the inverted index before re-ranking. */
  candidatePool: 60,
  /** At most this many candidates are re-ranked, however many sources there are. */
  maxReranked: 1500,
  /** Per source, this many of its best index hits are re-ranked. */
  candidatesPerSource: 2,
  /** At most this many candidates are re-ranked by Fuse.js's token search (the costly part). */
  fuzzyPool: 24,
  /** Stems this long or longer also match words they begin (retaliation ~ retaliatory). */
  prefixFromLength: 6,
  /** How much a prefix match counts against an exact one. */
  prefixQuality: 0.8,
  /** Fuse.js threshold for correcting a mistyped word against the index's vocabulary. */
  typoThreshold: 0.34,
  /**
   * In a desk of at least `commonTermsFrom` passages, terms in more than `commonTermShare` of them
   * do not select candidates (they still count in the score).
   */
  commonTermShare: 0.2,
  commonTermsFrom: 10_000,
  /**
   * Shares of the final score: term coverage (rarer words weigh more), Fuse.js's fuzzy token
   * search, and how close together the matched words stand.
   */
  coverageWeight: 0.72,
  fuzzyWeight: 0.12,
  proximityWeight: 0.1,
  /** Added to (or taken from) the score when a passage has what the question asks for. */
  intentBonus: 0.06,
  /** A common word that no passage uses weighs this share of a missing name. */
  unknownWordFactor: 0.5,
  /** Captions answer less than body text. */
  captionFactor: 0.92,
  /** Questions are cut to this many characters before anything else is done. */
  maxQuestionLength: 500,
});

export type SearchSettings = typeof SearchConfig;

/**
 * What one desk adds to the built-in lexicons: groups of words or names that mean the same on
 * this story (from its `desk.yml`).
 */
export interface DeskVocabulary {
  readonly equivalents: readonly (readonly string[])[];
}

export const NO_DESK_VOCABULARY: DeskVocabulary = Object.freeze({ equivalents: Object.freeze([]) });
