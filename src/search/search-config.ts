/** Search defaults in one frozen object, as Fuse.js keeps its own `Config`. */
export const SearchConfig = Object.freeze({
  /** A passage must score at least this (0..1) to count as answering the question. */
  relevanceFloor: 0.6,
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
  /** How much a thesaurus synonym, or a form derived from the word, counts against the word itself. */
  synonymQuality: 0.6,
  derivedQuality: 0.75,
  /** A verb one step broader in WordNet ("mediate" for "broker"). */
  broaderQuality: 0.45,
  /** A day the question names, in a passage that names no day (see `withImpliedDays`). */
  impliedDayQuality: 0.6,
  /** A first name the passage lacks, when it names the person by the surname the question gives. */
  surnameQuality: 0.9,
  /** An acronym the desk's copy spells out, against its full name (either way round). */
  acronymQuality: 0.9,
  /** Fuse.js threshold for correcting a mistyped word against the index's vocabulary. */
  typoThreshold: 0.34,
  /**
   * In a desk of at least `commonTermsFrom` passages, terms in more than `commonTermShare` of them
   * do not select candidates (they still count in the score).
   */
  commonTermShare: 0.2,
  commonTermsFrom: 10_000,
  /**
   * Shares of a passage's word score, each times its coverage of the question: the coverage
   * itself (rarer words weigh more), how close together the matched words stand, and Fuse.js's
   * fuzzy token search. They add up to 1: a passage holding every question word side by side
   * scores 1 before the answer type is weighed.
   */
  coverageWeight: 0.84,
  /**
   * Coverage counts through this power (below 1): a passage missing one word of a long question
   * loses a little, not its share of the words.
   */
  coverageExponent: 0.8,
  proximityWeight: 0.08,
  fuzzyWeight: 0.08,
  /**
   * When the question asks for a kind of answer (a person, a place, a date, a number…), a passage
   * holding none keeps this share of its score; one holding it away from the matched words keeps
   * `answerTypeFloor + (1 - answerTypeFloor) * answerAwayShare`.
   */
  answerTypeFloor: 0.8,
  /** `answerTypeFloor` for a number, a date, a time or a place, which a passage plainly states or lacks. */
  measurableAnswerFloor: 0.8,
  /**
   * `answerTypeFloor` for a figure ("how many were hurt", "how much will it cost"): copy on the
   * asked topic without a figure does not answer it. Dates, times and places keep
   * `measurableAnswerFloor`, which copy also tells in words ("after six seasons", "across the bay").
   */
  figureAnswerFloor: 0.7,
  answerAwayShare: 0.5,
  /** `answerTypeFloor` for "what did X say", X a name: a passage holds X's words or it does not. */
  speakerAnswerFloor: 0.5,
  /** An answer stands "near" the matched words within this many words of one of them. */
  answerNearWords: 12,
  /** At most this many candidates, best first, are read by the answer tagger. */
  typedPool: 64,
  /** A question word no passage holds weighs at most this share of the mean of those some do. */
  unknownWordShare: 1,
  /** A common word that no passage uses weighs this share of a missing name. */
  unknownWordFactor: 0.5,
  /** A verb or an adjective that no passage uses weighs this share of a missing name. */
  unknownVerbFactor: 0.5,
  /**
   * A question word a passage lacks but its article's headline, lead or repeated subject holds
   * counts this much of a match, when the passage's own words cover at least `articleOwnShare`
   * of the question's weight.
   */
  articleContextQuality: 0.7,
  articleOwnShare: 0.35,
  /** How much a figure in the asked measure ("58 per cent") counts for the word naming it ("share"). */
  unitQuality: 0.7,
  /** A verb weighs at most this share of the mean of the question's other words. */
  verbCapShare: 2,
  /** Captions answer less than body text, unless the question asks about a picture. */
  captionFactor: 0.85,
  /** A line that reads as a heading (short, not closed as a sentence), against the copy under it. */
  headingFactor: 0.9,
  /** Body text, when the question asks about a picture. */
  pictureBodyFactor: 0.9,
  /** A "when" question's light verb ("start") in a passage that states a date or a time (see `withToldWhen`). */
  toldWhenQuality: 0.7,
  /**
   * Passages are ordered by their score plus this much times the share of other outlets giving
   * the same answer (see `answer-agreement`); the score itself is left as it is.
   */
  agreementWeight: 0.3,
  /**
   * A name held by more than this share of a desk's passages is the story's own subject, not an
   * answer outlets agree on (see `answer-agreement`); only on a desk of at least
   * `storySubjectFrom` passages, where a share says something.
   */
  storySubjectShare: 0.12,
  storySubjectFrom: 60,
  /**
   * A word of the question's clause of circumstance ("how high was the jet when the panel came
   * off") weighs this share of what it would: it sets the scene, which copy often leaves untold.
   */
  sceneWordShare: 0.5,
  /**
   * A passage answering one part of a question of two parts ("which regulator shut the lender,
   * and who runs it now?") covers this share of that part's weight (see `partCoverage`).
   */
  partQuality: 0.85,
  /** Questions are cut to this many characters before anything else is done. */
  maxQuestionLength: 500,
});

/** Search settings: the defaults' fields, each free to take another value (a desk's or a test's). */
export type SearchSettings = { readonly [K in keyof typeof SearchConfig]: number };

/**
 * What one desk adds to the built-in lexicons: groups of words or names that mean the same on
 * this story (from its `desk.yml`).
 */
export interface DeskVocabulary {
  readonly equivalents: readonly (readonly string[])[];
}

export const NO_DESK_VOCABULARY: DeskVocabulary = Object.freeze({ equivalents: Object.freeze([]) });
