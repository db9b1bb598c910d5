import { Index } from "flexsearch";
import Fuse from "fuse.js";
import type { Article, Passage } from "../ingest/article.js";
import { DeskLexicon, isDeskKey } from "../text/desk-lexicon.js";
import { type MatchToken, matchTokens } from "../text/match-terms.js";
import { firstLetters, nameVariantQuality } from "../text/name-variants.js";
import { answerQuality, Tag, tagTokens } from "./answer-tagger.js";
import { ArticleContext } from "./article-context.js";
import {
  articleWeight,
  type ConceptHit,
  type ConceptMatcher,
  coverageOf,
  findConcepts,
  inheritFromArticle,
  proximity,
  withStatedUnit,
} from "./passage-scoring.js";
import { type QuestionTerms, readQuestion } from "./question-terms.js";
import {
  type DeskVocabulary,
  NO_DESK_VOCABULARY,
  SearchConfig,
  type SearchSettings,
} from "./search-config.js";
import { TermTable } from "./term-table.js";
import { activeThesaurus } from "./thesaurus.js";
import { TypoCorrector } from "./typo-corrector.js";
import { isUnitWord, statesUnit } from "./unit-words.js";

/** A passage with how well it answers a question (score 0..1, higher is better). */
export interface RankedPassage {
  readonly passage: Passage;
  readonly score: number;
  /** Share of the question's weight that the passage covers, 0..1. */
  readonly coverage: number;
  /** The question words the passage matched. */
  readonly matched: readonly string[];
}

/** Postings fetched from another store: index term → the ids of the passages that hold it. */
export type CandidatePostings = ReadonlyMap<string, readonly number[]>;

export interface PassageSearch {
  readonly question: QuestionTerms;
  /** Every re-ranked passage, best first. */
  readonly ranked: readonly RankedPassage[];
}

/** The index's own data, as saved in the index cache and loaded from it. */
export interface PassageIndexSnapshot {
  readonly terms: ReturnType<TermTable["toJSON"]>;
  /** Each passage's tokens as term ids, one array after the other. */
  readonly codes: Int32Array;
  /** Where each passage's tokens start in `codes`; one more entry than passages. */
  readonly offsets: Uint32Array;
  /** FlexSearch's exported postings. */
  readonly postings: Record<string, string>;
  /** The desk equivalents the passages were read with (see `vocabularyKey`). */
  readonly vocabulary?: string;
}

interface Scored {
  readonly id: number;
  readonly coverage: number;
  /** Coverage through `coverageExponent`. */
  readonly covered: number;
  readonly matched: string[];
  /** Coverage and proximity: everything but Fuse.js's share and the answer type. */
  readonly base: number;
  readonly hits: readonly ConceptHit[];
}

/** The salience of a name (see question-terms): names get no synonyms. */
const NAME_SALIENCE = 1.25;

/** Light verbs and generic nouns ("played", "people") get no synonyms: theirs are noise. */
const MIN_SYNONYM_SALIENCE = 0.6;

/** The part of speech the question's tagger gave a word, from its salience. */
function partOfSpeech(salience: number): "noun" | "verb" | "adj" | null {
  if (salience === 1) return "noun";
  if (salience === 0.8) return "adj";
  if (salience === 0.6) return "verb";
  return null;
}

/** Kinds of answer a passage plainly states or lacks. */
const MEASURABLE_ANSWERS: ReadonlySet<string> = new Set(["number", "date", "time", "place"]);

/** How much a number away from the counted noun answers "how many X" (when X is there). */
const COUNT_ELSEWHERE = 0.5;

/** Passages whose answer tags are kept between questions. */
const TAG_CACHE_SIZE = 4096;

/** Whether the question asks for a kind of answer the tagger can find. */
function wantsAnswerType(question: QuestionTerms): boolean {
  return question.analysis.answerType !== "none";
}

/**
 * The desk's passages behind an inverted index (FlexSearch) that selects candidates,
 * re-ranked by term coverage and Fuse.js's fuzzy token search.
 */
export class PassageIndex {
  private readonly passages: Passage[];
  private readonly table: TermTable;
  private readonly codes: Int32Array;
  private readonly offsets: Uint32Array;
  private readonly postings: Index;
  private readonly corrector: TypoCorrector;
  private readonly sortedVocabulary: string[];
  private readonly tagCache = new Map<number, Uint16Array>();
  private readonly context: ArticleContext;

  private constructor(
    passages: Passage[],
    table: TermTable,
    codes: Int32Array,
    offsets: Uint32Array,
    postings: Index,
    private readonly settings: SearchSettings,
    private readonly vocabulary: DeskVocabulary,
    private readonly lexicon: DeskLexicon,
    headlines: ReadonlyMap<string, string | null>,
  ) {
    this.passages = passages;
    this.table = table;
    this.codes = codes;
    this.offsets = offsets;
    this.postings = postings;
    // What the first question would otherwise pay for: the sorted vocabulary and the typo searchers.
    this.sortedVocabulary = [...table.terms].sort();
    this.corrector = new TypoCorrector(table.terms, settings.typoThreshold);
    this.corrector.warm();
    activeThesaurus().warm();
    this.context = new ArticleContext({
      passageCount: passages.length,
      articleOf: (id) => passages[id]?.articleId ?? "",
      isCaption: (id) => passages[id]?.kind === "caption",
      codesOf: (id) => codes.subarray(offsets[id] ?? 0, offsets[id + 1] ?? 0),
      headlineCodes: (articleId) =>
        lexicon
          .apply(matchTokens(headlines.get(articleId) ?? "", "article"))
          .map((token) => (token.stop ? -1 : (table.idOf(token.term) ?? -1))),
    });
  }

  /** Builds the index over every passage of the articles. */
  static build(
    articles: readonly Article[],
    settings: SearchSettings = SearchConfig,
    onProgress?: (done: number, total: number) => void,
    vocabulary: DeskVocabulary = NO_DESK_VOCABULARY,
  ): PassageIndex {
    const lexicon = new DeskLexicon(vocabulary.equivalents);
    const passages = articles.flatMap((article) => article.passages);
    const table = new TermTable();
    const postings = newPostings();
    const offsets = new Uint32Array(passages.length + 1);
    let codes = new Int32Array(Math.max(1024, passages.length * 64));
    passages.forEach((passage, id) => {
      const passageCodes = table.encode(lexicon.apply(matchTokens(passage.text, "article")));
      const start = offsets[id] ?? 0;
      if (start + passageCodes.length > codes.length) {
        const grown = new Int32Array(Math.max(codes.length * 2, start + passageCodes.length));
        grown.set(codes);
        codes = grown;
      }
      codes.set(passageCodes, start);
      offsets[id + 1] = start + passageCodes.length;
      const distinct = new Set<number>();
      for (const code of passageCodes) if (code >= 0) distinct.add(code);
      if (distinct.size > 0)
        postings.add(id, [...distinct].map((code) => table.terms[code]).join(" "));
      if (onProgress && (id + 1) % 2000 === 0) onProgress(id + 1, passages.length);
    });
    codes = codes.slice(0, offsets[passages.length] ?? 0);
    onProgress?.(passages.length, passages.length);
    return new PassageIndex(
      passages,
      table,
      codes,
      offsets,
      postings,
      settings,
      vocabulary,
      lexicon,
      headlinesOf(articles),
    );
  }

  /**
   * Reopens an index from a snapshot of the same articles, without tokenising anything. A
   * snapshot read with other desk equivalents than `vocabulary` is not used: the index is built.
   */
  static fromSnapshot(
    articles: readonly Article[],
    snapshot: PassageIndexSnapshot,
    settings: SearchSettings = SearchConfig,
    vocabulary: DeskVocabulary = NO_DESK_VOCABULARY,
  ): PassageIndex {
    if ((snapshot.vocabulary ?? vocabularyKey(NO_DESK_VOCABULARY)) !== vocabularyKey(vocabulary))
      return PassageIndex.build(articles, settings, undefined, vocabulary);
    const postings = newPostings();
    for (const [key, data] of Object.entries(snapshot.postings)) postings.import(key, data);
    const passages = articles.flatMap((article) => article.passages);
    return new PassageIndex(
      passages,
      TermTable.fromJSON(snapshot.terms),
      snapshot.codes,
      // A copy: a deserialised typed array can be a view that keeps a whole cache file in memory.
      snapshot.offsets.slice(),
      postings,
      settings,
      vocabulary,
      new DeskLexicon(vocabulary.equivalents),
      headlinesOf(articles),
    );
  }

  async snapshot(): Promise<PassageIndexSnapshot> {
    const postings: Record<string, string> = {};
    await this.postings.export((key: string, data: string) => {
      postings[key] = data;
    });
    return {
      terms: this.table.toJSON(),
      codes: this.codes,
      offsets: this.offsets,
      postings,
      vocabulary: vocabularyKey(this.vocabulary),
    };
  }

  get passageCount(): number {
    return this.passages.length;
  }

  /** Ranks the passages that answer a question; each source's best is among them when it has any. */
  search(questionText: string, postings?: CandidatePostings): PassageSearch {
    const { question, concepts } = this.conceptsOf(questionText);
    if (concepts.length === 0) return { question, ranked: [] };
    const candidates = this.candidates(concepts, postings);
    return { question, ranked: this.rerank(question, concepts, candidates) };
  }

  /**
   * The index terms whose postings a search for this question reads (exact words, words they
   * begin, typo corrections, of the concepts that select candidates). A store that keeps the
   * postings elsewhere (a database) fetches these, then passes them to `search`.
   */
  candidateTerms(questionText: string): string[] {
    const { concepts } = this.conceptsOf(questionText);
    const terms = new Set<string>();
    for (const concept of this.selectingConcepts(concepts))
      for (const termId of concept.qualityById.keys()) terms.add(this.table.terms[termId] ?? "");
    return [...terms];
  }

  /** The passage id (its place in the desk's order) of an article's n-th passage, by article id. */
  passageIdsByArticle(): ReadonlyMap<string, number> {
    const starts = new Map<string, number>();
    this.passages.forEach((passage, id) => {
      if (!starts.has(passage.articleId)) starts.set(passage.articleId, id);
    });
    return starts;
  }

  private conceptsOf(questionText: string): {
    question: QuestionTerms;
    concepts: ConceptMatcher[];
  } {
    const question = readQuestion(
      questionText.slice(0, this.settings.maxQuestionLength),
      this.lexicon,
    );
    if (question.concepts.length === 0 || this.passages.length === 0)
      return { question, concepts: [] };
    const { unit } = question.analysis;
    const concepts = capVerbs(
      question.concepts.map((concept) => ({
        ...this.matcher(concept.word, concept.term, concept.salience),
        unit: isUnitWord(unit, concept.word),
      })),
      question.concepts.map((concept) => concept.isVerb),
      this.settings.verbCapShare,
    );
    return { question, concepts: weighUnknownWords(concepts, this.settings.unknownWordShare) };
  }

  private idf(documentFrequency: number): number {
    const n = this.passages.length;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /** A question word's term ids (exact, words it begins, typo corrections), weighted by rarity and salience. */
  private matcher(word: string, term: string, salience: number): ConceptMatcher {
    const qualityById = new Map<number, number>();
    const add = (candidate: string, quality: number) => {
      const id = this.table.idOf(candidate);
      if (id !== undefined && (qualityById.get(id) ?? 0) < quality) qualityById.set(id, quality);
    };
    const known = this.table.idOf(term) !== undefined;
    add(term, 1);
    const canStretch = !term.startsWith("~") && !/\d/.test(term);
    if (canStretch && term.length >= this.settings.prefixFromLength) {
      for (const longer of this.termsStartingWith(term.slice(0, this.settings.prefixFromLength))) {
        add(longer, this.settings.prefixQuality);
      }
    }
    // An unknown word weighs as much as the words it was corrected to; with none, as a word no passage has.
    let frequency = this.table.frequencyOf(term);
    const relatedIds = new Set<number>();
    if (!known && canStretch) {
      for (const correction of this.corrector.correct(term)) {
        const id = this.table.idOf(correction.term);
        if (id !== undefined && !qualityById.has(id)) relatedIds.add(id);
        add(correction.term, correction.quality);
        frequency = Math.max(frequency, this.table.frequencyOf(correction.term));
      }
    }
    // A name's spelling variants: transliterations and misspellings the articles use.
    if (canStretch && salience >= NAME_SALIENCE && !isDeskKey(term)) {
      for (const variant of this.nameVariants(term, known)) {
        add(variant.term, variant.quality);
        if (!known) frequency = Math.max(frequency, this.table.frequencyOf(variant.term));
      }
    }
    // Synonyms and derived forms, never of names: weaker than the word itself.
    if (
      canStretch &&
      salience >= MIN_SYNONYM_SALIENCE &&
      salience < NAME_SALIENCE &&
      !isDeskKey(term)
    ) {
      const { synonymQuality, derivedQuality } = this.settings;
      for (const related of activeThesaurus().related(word, partOfSpeech(salience))) {
        const relatedTerm = this.lexicon.apply(matchTokens(related.word, "question"))[0];
        if (!relatedTerm || relatedTerm.stop || relatedTerm.term === term) continue;
        const id = this.table.idOf(relatedTerm.term);
        if (id === undefined || qualityById.has(id)) continue;
        relatedIds.add(id);
        add(relatedTerm.term, related.relation === "derived" ? derivedQuality : synonymQuality);
        if (!known) frequency = Math.max(frequency, this.table.frequencyOf(relatedTerm.term));
      }
    }
    // A common word no passage uses may be a synonym the desk words differently ("staff" for
    // "personnel"); it counts for less than a name no passage has, which is a subject of its own.
    // A verb or an adjective no passage uses says least: the desk words it another way.
    const unknownFactor =
      qualityById.size > 0 || salience >= NAME_SALIENCE
        ? 1
        : salience < 1
          ? this.settings.unknownVerbFactor
          : this.settings.unknownWordFactor;
    return {
      word,
      weight: salience * unknownFactor * this.idf(frequency),
      qualityById,
      relatedIds,
      subject: salience >= 1 && salience < NAME_SALIENCE,
    };
  }

  /** Terms of the desk that spell the same name another way (its own equivalents too). */
  private nameVariants(term: string, known: boolean): Array<{ term: string; quality: number }> {
    const variants: Array<{ term: string; quality: number }> = [];
    if (term.length < 5) return variants;
    // A name the desk has is looked for under its own first letter; an unknown one more widely.
    for (const letter of known ? [term[0] ?? ""] : firstLetters(term)) {
      for (const other of this.termsStartingWith(letter)) {
        if (Math.abs(other.length - term.length) > 2) continue;
        const quality = nameVariantQuality(term, other);
        if (quality > 0) variants.push({ term: other, quality });
      }
    }
    for (const spelling of this.lexicon.oneWordSpellings()) {
      const quality = nameVariantQuality(term, spelling.term);
      if (quality > 0) variants.push({ term: spelling.key, quality });
    }
    return variants.sort((a, b) => b.quality - a.quality).slice(0, 4);
  }

  /** Index terms beginning with a prefix, from the vocabulary kept in sorted order. */
  private termsStartingWith(prefix: string): string[] {
    const vocabulary = this.sortedVocabulary;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((vocabulary[mid] ?? "") < prefix) low = mid + 1;
      else high = mid;
    }
    const terms: string[] = [];
    for (let i = low; i < vocabulary.length && vocabulary[i]?.startsWith(prefix); i++)
      terms.push(vocabulary[i] ?? "");
    return terms;
  }

  /** The concepts whose postings choose candidates: on a large desk, those with a rare enough term. */
  private selectingConcepts(concepts: readonly ConceptMatcher[]): readonly ConceptMatcher[] {
    const n = this.passages.length;
    const isSelective = (concept: ConceptMatcher) =>
      [...concept.qualityById.keys()].some(
        (id) => (this.table.documentFrequency[id] ?? n) <= n * this.settings.commonTermShare,
      );
    // A word naming the asked measure is answered by a figure as often as by itself.
    const worded = concepts.filter((concept) => !concept.unit);
    const pool = worded.length > 0 ? worded : concepts;
    const selective = n < this.settings.commonTermsFrom ? pool : pool.filter(isSelective);
    return selective.length > 0 ? selective : pool;
  }

  /**
   * Candidate passages from the inverted index (or from `postings` fetched elsewhere): the best
   * overall and the best of each source.
   */
  private candidates(concepts: readonly ConceptMatcher[], postings?: CandidatePostings): number[] {
    const n = this.passages.length;
    const used = this.selectingConcepts(concepts);
    // Weights add up per passage in typed arrays: the postings of a common term can be long.
    const weights = new Float64Array(n);
    const best = new Float64Array(n);
    const touched: number[] = [];
    for (const concept of used) {
      const seen: number[] = [];
      for (const [termId, quality] of concept.qualityById) {
        const term = this.table.terms[termId] ?? "";
        const limit = this.table.documentFrequency[termId] ?? 0;
        const ids = postings
          ? (postings.get(term) ?? [])
          : (this.postings.search(term, { limit }) as number[]);
        for (const id of ids) {
          const previous = best[id] ?? 0;
          if (previous === 0) seen.push(id);
          if (previous < quality) best[id] = quality;
        }
      }
      for (const id of seen) {
        if (weights[id] === 0) touched.push(id);
        weights[id] = (weights[id] ?? 0) + (best[id] ?? 0) * concept.weight;
        best[id] = 0;
      }
    }
    // A passage whose index hits, with every non-selective concept granted, could not cover enough
    // of the question to clear the relevance floor is not worth re-ranking.
    const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
    const granted = total - used.reduce((sum, concept) => sum + concept.weight, 0);
    const enough = total * this.minimumCoverage() - granted;
    const fromArticle = this.articleBonus(used, total);
    const ranked = byWeightThenId(
      touched.filter((id) => (weights[id] ?? 0) + fromArticle(id, weights[id] ?? 0) >= enough),
      weights,
    );
    // The best overall first; then every source's best, then its second best…, so that no source
    // is crowded out by others whose passages match as well.
    const chosen = new Set<number>(ranked.slice(0, this.settings.candidatePool));
    const rankInSource = new Map<string, number>();
    const rounds: number[][] = Array.from({ length: this.settings.candidatesPerSource }, () => []);
    for (const id of ranked) {
      const articleId = this.passages[id]?.articleId ?? "";
      const rank = rankInSource.get(articleId) ?? 0;
      rankInSource.set(articleId, rank + 1);
      rounds[rank]?.push(id);
    }
    for (const id of rounds.flat()) {
      if (chosen.size >= this.settings.maxReranked) break;
      chosen.add(id);
    }
    return [...chosen];
  }

  /**
   * The most a passage's article can add to its index weight: the article's subject words the
   * passage lacks, for a passage whose own words weigh enough to inherit them.
   */
  private articleBonus(
    concepts: readonly ConceptMatcher[],
    total: number,
  ): (id: number, own: number) => number {
    const { articleContextQuality, articleOwnShare } = this.settings;
    const byArticle = new Map<string, number>();
    return (id, own) => {
      if (own < total * articleOwnShare) return 0;
      const articleId = this.passages[id]?.articleId ?? "";
      let bonus = byArticle.get(articleId);
      if (bonus === undefined) {
        bonus = articleWeight(concepts, this.context.termsOf(articleId), articleContextQuality);
        byArticle.set(articleId, bonus);
      }
      return bonus;
    };
  }

  /** The least coverage with which a passage can still clear the relevance floor. */
  private minimumCoverage(): number {
    // A passage's score never exceeds its coverage through the exponent.
    return this.settings.relevanceFloor ** (1 / this.settings.coverageExponent);
  }

  private rerank(
    question: QuestionTerms,
    concepts: readonly ConceptMatcher[],
    ids: readonly number[],
  ): RankedPassage[] {
    const { coverageWeight, coverageExponent, fuzzyWeight, proximityWeight, relevanceFloor } =
      this.settings;
    const { typedPool } = this.settings;
    const hasUnit = concepts.some((concept) => concept.unit);
    const scored = ids.map((id): Scored => {
      const codes = this.codes.subarray(this.offsets[id] ?? 0, this.offsets[id + 1] ?? 0);
      const own = findConcepts(concepts, codes);
      const passage = this.passages[id];
      const hits = inheritFromArticle(
        concepts,
        withStatedUnit(
          concepts,
          own,
          hasUnit && statesUnit(question.analysis.unit, passage?.text ?? ""),
          this.settings.unitQuality,
        ),
        this.context.termsOf(passage?.articleId ?? ""),
        this.settings.articleContextQuality,
        this.settings.articleOwnShare,
      );
      const coverage = coverageOf(concepts, hits);
      const matched = concepts
        .filter((_, i) => (own[i]?.quality ?? 0) > 0)
        .map((concept) => concept.word);
      const closeness = proximity(hits.map((hit) => hit.at));
      const covered = coverage ** coverageExponent;
      const base = covered * (coverageWeight + proximityWeight * closeness);
      return { id, coverage, covered, matched, base, hits };
    });
    // The answer tagger reads the best candidates: each source's best two, then the best overall.
    const byBase = [...scored].sort((a, b) => b.base - a.base || a.id - b.id);
    const typed = new Set<Scored>();
    const perSource = new Map<string, number>();
    // Only a passage that could still clear the floor is worth reading.
    const hopeful = byBase.filter(
      (entry) => entry.base + fuzzyWeight * entry.covered >= relevanceFloor,
    );
    for (const entry of hopeful.slice(0, typedPool)) typed.add(entry);
    for (const entry of hopeful) {
      const source = this.passages[entry.id]?.articleId ?? "";
      const seen = perSource.get(source) ?? 0;
      perSource.set(source, seen + 1);
      if (seen < 2 && typed.size < typedPool * 2) typed.add(entry);
    }
    const typeFactor = new Map<number, number>();
    for (const entry of typed) typeFactor.set(entry.id, this.answerFactor(question, entry));
    const untyped = this.answerFactorWithout(question);
    const prior = (entry: Scored) => entry.base * (typeFactor.get(entry.id) ?? untyped);
    // Fuse.js re-ranks only the passages its share could still lift over the floor, best first.
    const worthFuzzy = scored
      .filter((entry) => prior(entry) + fuzzyWeight * entry.covered >= relevanceFloor * 0.9)
      .sort((a, b) => prior(b) - prior(a))
      .slice(0, this.settings.fuzzyPool);
    const fuzzy = this.fuzzySimilarity(
      question,
      worthFuzzy.map((entry) => entry.id),
    );
    const ranked = scored.map((entry) => {
      const passage = this.passages[entry.id] as Passage;
      const words = entry.base + fuzzyWeight * entry.covered * (fuzzy.get(entry.id) ?? 0);
      const factor = typeFactor.get(entry.id) ?? untyped;
      const score = words * factor * this.kindFactor(question, passage);
      const hit: RankedPassage = {
        passage,
        score: Math.min(1, Math.max(0, score)),
        coverage: entry.coverage,
        matched: entry.matched,
      };
      return { id: entry.id, hit };
    });
    // Best first; among equals, in desk order.
    ranked.sort((a, b) => b.hit.score - a.hit.score || a.id - b.id);
    return ranked.map((entry) => entry.hit);
  }

  /** Captions answer a question about a picture; otherwise body text comes first. */
  private kindFactor(question: QuestionTerms, passage: Passage): number {
    const picture = question.analysis.wantsPicture;
    if (passage.kind === "caption") return picture ? 1 : this.settings.captionFactor;
    return picture ? this.settings.pictureBodyFactor : 1;
  }

  /**
   * The share of its score a passage without the asked kind of answer keeps: less for the kinds
   * a passage plainly states or lacks (a number, a date, a time, a place) than for the kinds
   * the tagger reads from cue words (who, why, what was said).
   */
  private typeFloor(question: QuestionTerms): number {
    const measurable = MEASURABLE_ANSWERS.has(question.analysis.answerType);
    return measurable ? this.settings.measurableAnswerFloor : this.settings.answerTypeFloor;
  }

  /** The share of its score a passage keeps when the tagger did not read it. */
  private answerFactorWithout(question: QuestionTerms): number {
    return wantsAnswerType(question) ? this.typeFloor(question) : 1;
  }

  /**
   * The share of its score a passage keeps by what it holds of the asked answer type: all of it
   * when an answer of that type stands near the matched words, less when it stands away, least
   * when there is none. For "how many X", a number just before X answers fully.
   */
  private answerFactor(question: QuestionTerms, entry: Scored): number {
    if (!wantsAnswerType(question)) return 1;
    const { answerAwayShare, answerNearWords } = this.settings;
    const answerTypeFloor = this.typeFloor(question);
    const { answerType, unit } = question.analysis;
    const tokens = this.shapedTokens(entry.id);
    const tags = this.tagsOf(entry.id, tokens);
    const matchedAt = new Set<number>();
    for (const hit of entry.hits) for (const at of hit.at) matchedAt.add(at);
    const anchors = [...matchedAt].sort((a, b) => a - b);
    const verbsAt = new Set<number>();
    question.concepts.forEach((concept, i) => {
      if (concept.isVerb) for (const at of entry.hits[i]?.at ?? []) verbsAt.add(at);
    });
    let fit = 0;
    if (question.counted !== null) {
      const countedAt = entry.hits[question.counted]?.at ?? [];
      const numberBefore = countedAt.some((at) => {
        for (let i = Math.max(0, at - 4); i < at; i++) if ((tags[i] ?? 0) & Tag.number) return true;
        return false;
      });
      if (numberBefore) return 1;
    }
    // "How many X": a number that does not stand by X may count something else.
    const countedHere =
      question.counted !== null && (entry.hits[question.counted]?.at.length ?? 0) > 0;
    const elsewhere = countedHere ? COUNT_ELSEWHERE : 1;
    for (let at = 0; at < tokens.length && fit < 1; at++) {
      if (matchedAt.has(at)) continue;
      const quality = answerQuality(answerType, unit, tags, tokens, at, verbsAt);
      if (quality === 0) continue;
      // Right beside a matched word is best; within `answerNearWords` a little less; away, less.
      let distance = Number.POSITIVE_INFINITY;
      for (const anchor of anchors) distance = Math.min(distance, Math.abs(anchor - at));
      const nearness =
        distance <= 3
          ? 1
          : distance <= answerNearWords
            ? 1 - (0.3 * (distance - 3)) / Math.max(1, answerNearWords - 3)
            : answerAwayShare;
      fit = Math.max(fit, quality * nearness * elsewhere);
    }
    return answerTypeFloor + (1 - answerTypeFloor) * fit;
  }

  /** A passage's match tokens with their case, read again as the index read them. */
  private shapedTokens(id: number): MatchToken[] {
    return this.lexicon.apply(matchTokens(this.passages[id]?.text ?? "", "article", true));
  }

  private tagsOf(id: number, tokens: readonly MatchToken[]): Uint16Array {
    const known = this.tagCache.get(id);
    if (known) return known;
    const tags = tagTokens(tokens);
    if (this.tagCache.size >= TAG_CACHE_SIZE) this.tagCache.clear();
    this.tagCache.set(id, tags);
    return tags;
  }

  /** Fuse.js token search over the candidates: typo-tolerant similarity, 0..1 per passage id. */
  private fuzzySimilarity(question: QuestionTerms, ids: readonly number[]): Map<number, number> {
    const similarity = new Map<number, number>();
    const pattern = question.words.join(" ").slice(0, 200);
    if (pattern.trim() === "" || ids.length === 0) return similarity;
    const documents = ids.map((id) => ({ id, text: this.passages[id]?.text ?? "" }));
    const fuse = new Fuse(documents, {
      keys: ["text"],
      includeScore: true,
      useTokenSearch: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.3,
    });
    for (const result of fuse.search(pattern))
      similarity.set(result.item.id, 1 - (result.score ?? 1));
    return similarity;
  }
}

/**
 * A question word no passage holds lowers every passage's score, but it must not blank the answer:
 * it weighs at most `unknownWordShare` of the mean of the words the desk does hold.
 */
function weighUnknownWords(concepts: ConceptMatcher[], share: number): ConceptMatcher[] {
  const known = concepts.filter((concept) => concept.qualityById.size > 0);
  if (known.length === 0 || known.length === concepts.length) return concepts;
  const cap = (share * known.reduce((sum, concept) => sum + concept.weight, 0)) / known.length;
  return concepts.map((concept) =>
    concept.qualityById.size === 0 && concept.weight > cap ? { ...concept, weight: cap } : concept,
  );
}

/**
 * A rare verb must not outweigh the question's subject: "how many rockets hit the base" is about
 * rockets and a base, however few passages say "hit". A verb weighs at most the mean of the others.
 */
function capVerbs(
  concepts: ConceptMatcher[],
  isVerb: readonly boolean[],
  share = 1,
): ConceptMatcher[] {
  const others = concepts.filter((_, i) => !isVerb[i]);
  if (others.length === 0 || others.length === concepts.length) return concepts;
  const cap = (share * others.reduce((sum, concept) => sum + concept.weight, 0)) / others.length;
  return concepts.map((concept, i) =>
    isVerb[i] && concept.weight > cap ? { ...concept, weight: cap } : concept,
  );
}

/**
 * Passage ids, heaviest first, ties in id order. Weights take few distinct values (sums of a few
 * concept weights), so ids are grouped by weight and each group sorted natively: no comparator
 * function runs per comparison, which matters for the first question a process answers.
 */
function byWeightThenId(ids: readonly number[], weights: Float64Array): number[] {
  const groups = new Map<number, number[]>();
  for (const id of ids) {
    const weight = weights[id] ?? 0;
    const group = groups.get(weight);
    if (group) group.push(id);
    else groups.set(weight, [id]);
  }
  const order = Float64Array.from(groups.keys()).sort().reverse();
  const ranked: number[] = [];
  for (const weight of order) {
    for (const id of Int32Array.from(groups.get(weight) ?? []).sort()) ranked.push(id);
  }
  return ranked;
}

/** Each article's headline, by article id. */
function headlinesOf(articles: readonly Article[]): Map<string, string | null> {
  return new Map(articles.map((article) => [article.id, article.metadata.headline]));
}

/** What identifies a desk's equivalents, for telling whether a snapshot was read with them. */
export function vocabularyKey(vocabulary: DeskVocabulary): string {
  return JSON.stringify(vocabulary.equivalents);
}

function newPostings(): Index {
  return new Index({ encode: (text: string) => text.split(" "), resolution: 1, cache: false });
}
