import Fuse from "fuse.js";
import MiniSearch, { type Query } from "minisearch";
import type { Article, Passage } from "../ingest/article.js";
import { indexTerms, type MatchToken, matchTokens } from "../text/match-terms.js";
import { intentFit } from "./intent-cues.js";
import { type QuestionTerms, readQuestion } from "./question-terms.js";
import { SearchConfig, type SearchSettings } from "./search-config.js";
import { TypoCorrector } from "./typo-corrector.js";

/** A passage with how well it answers a question (score 0..1, higher is better). */
export interface RankedPassage {
  readonly passage: Passage;
  readonly score: number;
  /** Share of the question's weight that the passage covers, 0..1. */
  readonly coverage: number;
  /** The question words the passage matched. */
  readonly matched: readonly string[];
}

export interface PassageSearch {
  readonly question: QuestionTerms;
  /** Every re-ranked passage, best first. */
  readonly ranked: readonly RankedPassage[];
}

/** A variant a concept may be found as: an index term (or a prefix of one), and how much it counts. */
interface Variant {
  readonly term: string;
  readonly quality: number;
  readonly prefix: boolean;
}

interface WeightedConcept {
  readonly word: string;
  readonly weight: number;
  readonly variants: readonly Variant[];
}

interface IndexedPassage {
  readonly id: number;
  readonly terms: string;
}

/**
 * The desk's passages behind an inverted index (MiniSearch) that selects candidates,
 * re-ranked by term coverage and Fuse.js's fuzzy token search.
 */
export class PassageIndex {
  private readonly passages: Passage[] = [];
  private readonly documentFrequency = new Map<string, number>();
  private readonly miniSearch: MiniSearch<IndexedPassage>;
  private corrector: TypoCorrector | null = null;

  constructor(
    articles: readonly Article[],
    private readonly settings: SearchSettings = SearchConfig,
  ) {
    this.miniSearch = new MiniSearch<IndexedPassage>({
      fields: ["terms"],
      tokenize: (text) => text.split(" "),
      processTerm: (term) => term || null,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    });
    const documents: IndexedPassage[] = [];
    for (const article of articles) {
      for (const passage of article.passages) {
        const terms = [...new Set(indexTerms(passage.text))];
        for (const term of terms)
          this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
        documents.push({ id: this.passages.length, terms: terms.join(" ") });
        this.passages.push(passage);
      }
    }
    this.miniSearch.addAll(documents);
  }

  get passageCount(): number {
    return this.passages.length;
  }

  /** Ranks the passages that answer a question; each source's best is among them when it has any. */
  search(questionText: string): PassageSearch {
    const question = readQuestion(questionText.slice(0, this.settings.maxQuestionLength));
    const concepts = question.concepts.map((concept) =>
      this.weigh(concept.word, concept.term, concept.salience),
    );
    if (concepts.length === 0 || this.passages.length === 0) return { question, ranked: [] };
    const candidates = this.candidates(concepts);
    return { question, ranked: this.rerank(question, concepts, candidates) };
  }

  private idf(documentFrequency: number): number {
    const n = this.passages.length;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /** A question word's variants (exact, prefix, typo corrections) and its weight by rarity. */
  private weigh(word: string, term: string, salience: number): WeightedConcept {
    const variants: Variant[] = [];
    const known = this.documentFrequency.get(term);
    if (known !== undefined) variants.push({ term, quality: 1, prefix: false });
    if (!term.startsWith("~") && term.length >= this.settings.prefixFromLength) {
      variants.push({
        term: term.slice(0, this.settings.prefixFromLength),
        quality: this.settings.prefixQuality,
        prefix: true,
      });
    }
    if (known === undefined && !term.startsWith("~") && !/\d/.test(term)) {
      for (const correction of this.typoCorrector().correct(term)) {
        variants.push({ term: correction.term, quality: correction.quality, prefix: false });
      }
    }
    const frequencies = variants
      .filter((v) => !v.prefix)
      .map((v) => this.documentFrequency.get(v.term) ?? 0);
    const documentFrequency = frequencies.length > 0 ? Math.max(...frequencies) : 0;
    return { word, weight: salience * this.idf(documentFrequency), variants };
  }

  private typoCorrector(): TypoCorrector {
    this.corrector ??= new TypoCorrector(
      this.documentFrequency.keys(),
      this.settings.typoThreshold,
    );
    return this.corrector;
  }

  /** Candidate passages from the inverted index: the best overall and the best of each source. */
  private candidates(concepts: readonly WeightedConcept[]): number[] {
    const n = this.passages.length;
    const selective =
      n < this.settings.commonTermsFrom
        ? concepts
        : concepts.filter((concept) =>
            concept.variants.some(
              (v) =>
                v.prefix ||
                (this.documentFrequency.get(v.term) ?? 0) <= n * this.settings.commonTermShare,
            ),
          );
    const used = selective.length > 0 ? selective : concepts;
    const queries: Query[] = used.flatMap((concept) =>
      concept.variants.map((variant) => ({
        queries: [variant.term],
        prefix: variant.prefix,
        boostTerm: () => variant.quality * concept.weight,
      })),
    );
    const results = this.miniSearch.search({ combineWith: "OR", queries });
    const chosen = new Set<number>();
    const perSource = new Map<string, number>();
    for (const result of results) {
      const id = result.id as number;
      const articleId = this.passages[id]?.articleId ?? "";
      const count = perSource.get(articleId) ?? 0;
      if (chosen.size < this.settings.candidatePool || count < this.settings.candidatesPerSource) {
        chosen.add(id);
        perSource.set(articleId, count + 1);
      }
      if (chosen.size >= this.settings.maxReranked) break;
    }
    return [...chosen];
  }

  private rerank(
    question: QuestionTerms,
    concepts: readonly WeightedConcept[],
    ids: readonly number[],
  ): RankedPassage[] {
    const passages = ids.flatMap((id) => this.passages[id] ?? []);
    const fuzzy = this.fuzzySimilarity(question, passages);
    const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
    const ranked = passages.map((passage): RankedPassage => {
      const tokens = matchTokens(passage.text, "article");
      const positions = concepts.map((concept) => conceptPositions(concept, tokens));
      let covered = 0;
      const matched: string[] = [];
      concepts.forEach((concept, i) => {
        const quality = positions[i]?.quality ?? 0;
        if (quality > 0) matched.push(concept.word);
        covered += concept.weight * quality;
      });
      const coverage = total > 0 ? covered / total : 0;
      const { coverageWeight, fuzzyWeight, proximityWeight, intentBonus, captionFactor } =
        this.settings;
      let score =
        coverageWeight * coverage +
        fuzzyWeight * (fuzzy.get(passage.id) ?? 0) +
        proximityWeight * coverage * proximity(positions.map((found) => found.at));
      if (coverage > 0) {
        const countedAt =
          question.counted === null ? null : (positions[question.counted]?.at ?? []);
        const words = tokens.map((token) => token.word);
        score += intentBonus * intentFit(question.intent, passage.text, words, countedAt);
      }
      if (passage.kind === "caption") score *= captionFactor;
      return { passage, score: clamp(score), coverage, matched };
    });
    return ranked.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
  }

  /** Fuse.js token search over the candidates: typo-tolerant similarity, 0..1 per passage. */
  private fuzzySimilarity(
    question: QuestionTerms,
    passages: readonly Passage[],
  ): Map<string, number> {
    const similarity = new Map<string, number>();
    const pattern = question.words.join(" ").slice(0, 200);
    if (pattern.trim() === "" || passages.length === 0) return similarity;
    const fuse = new Fuse(passages, {
      keys: ["text"],
      includeScore: true,
      useTokenSearch: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.3,
    });
    for (const result of fuse.search(pattern)) {
      similarity.set(result.item.id, 1 - (result.score ?? 1));
    }
    return similarity;
  }
}

/** Where a concept stands in a passage's tokens, and how well its best variant matches there. */
function conceptPositions(
  concept: WeightedConcept,
  tokens: readonly MatchToken[],
): { quality: number; at: number[] } {
  let quality = 0;
  const at: number[] = [];
  tokens.forEach((token, position) => {
    if (token.stop) return;
    let best = 0;
    for (const variant of concept.variants) {
      const hit = variant.prefix
        ? token.term.startsWith(variant.term)
        : token.term === variant.term;
      if (hit && variant.quality > best) best = variant.quality;
    }
    if (best > 0) {
      at.push(position);
      quality = Math.max(quality, best);
    }
  });
  return { quality, at };
}

/**
 * How close together the matched question words stand: 1 when side by side, falling as the
 * smallest stretch of text holding one of each grows.
 */
function proximity(positionLists: ReadonlyArray<readonly number[]>): number {
  const lists = positionLists.filter((list) => list.length > 0);
  if (lists.length <= 1) return lists.length;
  const events = lists.flatMap((list, concept) => list.map((position) => ({ position, concept })));
  events.sort((a, b) => a.position - b.position);
  const counts = new Array<number>(lists.length).fill(0);
  let inWindow = 0;
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  for (const event of events) {
    if ((counts[event.concept] ?? 0) === 0) inWindow++;
    counts[event.concept] = (counts[event.concept] ?? 0) + 1;
    while (inWindow === lists.length) {
      const first = events[left];
      if (!first) break;
      best = Math.min(best, event.position - first.position + 1);
      counts[first.concept] = (counts[first.concept] ?? 1) - 1;
      if (counts[first.concept] === 0) inWindow--;
      left++;
    }
  }
  return 1 / (1 + Math.max(0, best - lists.length) / 8);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
