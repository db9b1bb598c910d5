/**
 * How each outlet tells the story, claim by claim: a plain data model that renderers turn into
 * terminal text, JSON or Slack blocks.
 */

/** What kind of source a claim is put down to. */
export type SourceKind = "person" | "official" | "institution" | "outlet";

/** Who a passage says a claim comes from, and the words that say so. */
export interface Attribution {
  /** The source as the outlet names it: "a defense official, speaking on the condition of anonymity". */
  readonly who: string;
  /** The attribution cue: "said", "according to", "blamed by". */
  readonly cue: string;
  /** True for a source identified by name (a person, or a named institution or outlet). */
  readonly named: boolean;
  readonly kind: SourceKind;
  /** A named person's role when the outlet gives one. */
  readonly role: string | null;
  /** The source spoke on condition of anonymity or the like. */
  readonly anonymous: boolean;
  /** The pronoun ("he", "she") this attribution was resolved from, else null. */
  readonly resolvedFrom: string | null;
  readonly paragraph: number;
}

/** One outlet's side of the comparison, over its passages that answer the question. */
export interface SourceComparison {
  readonly source: string;
  readonly outlet: string;
  /** The paragraphs compared: the outlet's best passage and close seconds. */
  readonly paragraphs: readonly number[];
  readonly attributions: readonly Attribution[];
  /** Words by which the outlet distances itself from a claim: "alleging", "without any evidence". */
  readonly hedges: readonly string[];
  /** How the outlet names the actors and acts in play. */
  readonly terms: readonly string[];
}

export type FactKind = "number" | "person" | "organisation";

/** A fact that only one outlet reports, with where it says so. */
export interface Fact {
  readonly text: string;
  readonly paragraph: number;
  readonly kind: FactKind;
  /** The sentence the fact comes from, verbatim. */
  readonly sentence: string;
}

export interface OnlyIn {
  readonly source: string;
  readonly outlet: string;
  readonly facts: readonly Fact[];
}

/** A word swapped for another inside a quotation. */
export interface Swap {
  readonly from: string;
  readonly to: string;
}

/** Words an outlet put in quotation marks that differ from the source it took them from. */
export interface QuoteChange {
  /** The outlet that quotes. */
  readonly source: string;
  readonly outlet: string;
  readonly paragraph: number;
  /** The quotation as printed, without its marks. */
  readonly quoted: string;
  readonly original: {
    readonly source: string;
    readonly outlet: string;
    readonly paragraph: number;
    /** The original sentence(s), verbatim. */
    readonly text: string;
  };
  /** Original words left out of the quotation. */
  readonly dropped: readonly string[];
  /** Words in the quotation that the original does not have (added or swapped in). */
  readonly added: readonly string[];
  readonly swapped: readonly Swap[];
  /** The dropped words as the phrases they formed in the original. */
  readonly droppedPhrases: readonly string[];
  /** The added words as the phrases they form in the quotation. */
  readonly addedPhrases: readonly string[];
}

export interface Comparison {
  /** Every covered source, in desk order. */
  readonly sources: readonly SourceComparison[];
  /** Sources with at least one fact no other outlet reports. */
  readonly onlyIn: readonly OnlyIn[];
  readonly quoteChanges: readonly QuoteChange[];
}

export const EMPTY_COMPARISON: Comparison = Object.freeze({
  sources: [],
  onlyIn: [],
  quoteChanges: [],
});
