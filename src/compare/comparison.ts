/**
 * How each outlet tells the story, claim by claim: a plain data model that renderers turn into
 * terminal text, JSON or Slack blocks.
 */

import type { PassageKind } from "../ingest/article.js";

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
  /**
   * False for an outlet the answer quotes nothing from, compared by its passage most about the
   * question (on a desk read whole); absent or true for an answering outlet.
   */
  readonly answered?: boolean;
  readonly attributions: readonly Attribution[];
  /** Words by which the outlet itself distances itself from a claim: "alleging", "without any evidence". */
  readonly hedges: readonly string[];
  /** Every hedge in the passages, the outlet's own and its sources', each with whose voice it is. */
  readonly hedgeVoices: readonly Hedge[];
  /** How the outlet names the actors and acts in play. */
  readonly terms: readonly string[];
  /** The names in the passages, typed, each full name once with the short forms it also goes by. */
  readonly names: readonly NamedEntity[];
}

export type NameKind = "person" | "organisation" | "place" | "outlet";

/** A name as an outlet prints it: "Jane Doe" (also "Doe"), "Regional Transit Authority" (also "RTA"). */
export interface NamedEntity {
  readonly text: string;
  readonly kind: NameKind;
  /** Shorter forms of it in the same passages: a surname, an acronym. */
  readonly forms: readonly string[];
  readonly paragraph: number;
}

/** Whose words a hedge is: the outlet's own, or a source it quotes or reports. */
export type HedgeVoice = "outlet" | "source";

export interface Hedge {
  /**
   * The hedge with the claim it is said of, as printed: "has reportedly been killed in a crash",
   * "is said to have been brand new" (the auxiliary before it and a few words of its clause).
   */
  readonly text: string;
  /** The hedging words alone: "reportedly", "said to". */
  readonly words: string;
  readonly voice: HedgeVoice;
  /** The source whose words they are, when the voice is a source's and the sentence names one. */
  readonly who: string | null;
  readonly paragraph: number;
}

/** One outlet's figure for a thing counted. */
export interface FigureValue {
  readonly source: string;
  readonly outlet: string;
  /** The number (18, 1200000), or a tally as printed ("7-2"). */
  readonly value: number | string;
  /** "at least", "about", "up to", … or null. */
  readonly qualifier: string | null;
  /** The figure as printed, verbatim: "at least 18 rockets". */
  readonly text: string;
  readonly paragraph: number;
}

/**
 * A thing two or more outlets count, and their figures; or a count the question asks for that
 * one outlet alone gives (one value, listed after the shared ones).
 */
export interface Figure {
  /** What is counted: "rockets fired", "people killed", "dollars". */
  readonly what: string;
  /** No two outlets' figures contradict each other: one number fits them all, as qualified. */
  readonly agree: boolean;
  readonly values: readonly FigureValue[];
  /** The question asks for this count (its words name what is counted, or no question was asked). */
  readonly asked?: boolean;
}

export type FactKind = "number" | "person" | "organisation" | "place" | "outlet";

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
  /** Whether the quoting passage is a body paragraph or a caption (numbered apart); paragraph when absent. */
  readonly kind?: PassageKind;
  /** The quotation as printed, without its marks. */
  readonly quoted: string;
  readonly original: {
    readonly source: string;
    readonly outlet: string;
    readonly paragraph: number;
    readonly kind?: PassageKind;
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
  /**
   * Where the original words first came from, when the page that has them says whose copy it
   * carries (its credit line: "By …, The Associated Press"): the outlet named there.
   */
  readonly origin?: string;
}

/** Pages that carry the same copy of one outlet or wire service. */
export interface SameCopy {
  /** Whose copy: the outlet or wire the credit lines name ("The Associated Press"). */
  readonly origin: string;
  readonly sources: readonly { readonly source: string; readonly outlet: string }[];
}

export interface Comparison {
  /** Every covered source, in desk order. */
  readonly sources: readonly SourceComparison[];
  /** Sources with at least one fact no other outlet reports. */
  readonly onlyIn: readonly OnlyIn[];
  readonly quoteChanges: readonly QuoteChange[];
  /** Things two or more outlets count, those that disagree first; then asked counts one outlet alone gives. */
  readonly figures: readonly Figure[];
  /** Pages that carry the same wire or outlet copy. */
  readonly sameCopy: readonly SameCopy[];
}

export const EMPTY_COMPARISON: Comparison = Object.freeze({
  sources: [],
  onlyIn: [],
  quoteChanges: [],
  figures: [],
  sameCopy: [],
});
