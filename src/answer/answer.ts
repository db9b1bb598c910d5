import type { Comparison } from "../compare/comparison.js";
import type { PassageKind } from "../ingest/article.js";

/** A verbatim passage, cited: outlet, headline, date, paragraph. */
export interface Quote {
  /** The article id. */
  readonly source: string;
  readonly outlet: string;
  readonly headline: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly paragraph: number;
  readonly kind: PassageKind;
  /** The passage exactly as the outlet printed it. */
  readonly text: string;
  /** How well it answers the question, 0..1 (higher is better). */
  readonly score: number;
}

/** How one source answers: its best passage, or not covered. */
export interface SourceAnswer {
  readonly source: string;
  readonly outlet: string;
  readonly headline: string | null;
  readonly published: string | null;
  readonly covered: boolean;
  readonly quote: Quote | null;
  /** Other passages of this source that answer nearly as well. */
  readonly seconds: readonly Quote[];
}

/** How current the desk was when it answered: how many articles it holds, and the newest one's date. */
export interface AsOf {
  readonly articles: number;
  /** The latest ISO date among the articles' dates; null when none is dated. */
  readonly newest: string | null;
}

/** The plain data model of an answer: what every renderer turns into text or blocks. */
export interface Answer {
  readonly query: string;
  /** Best first across all sources, at most SearchConfig.maxQuotes. */
  readonly quotes: readonly Quote[];
  /** Every loaded article, in desk order. */
  readonly sources: readonly SourceAnswer[];
  /** How the outlets tell it, over the passages that answer the question. */
  readonly comparison: Comparison;
  /** The desk's size and newest date when it answered (answerQuestion always sets it). */
  readonly asOf?: AsOf;
  /** Milliseconds spent answering, not counting start-up and loading. */
  readonly ms: number;
}
