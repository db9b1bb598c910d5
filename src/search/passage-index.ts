import Fuse from "fuse.js";
import type { Article, Passage } from "../ingest/article.js";
import { isEnglishWord } from "../ingest/english-words.js";
import { DeskLexicon, isDeskKey } from "../text/desk-lexicon.js";
import {
  knownWordTerms,
  learnWordTerms,
  type MatchToken,
  matchTokens,
} from "../text/match-terms.js";
import { firstLetters, nameVariantQuality } from "../text/name-variants.js";
import { equivalentKey } from "../text/newsroom-equivalents.js";
import { AgreedAnswerConfig, answerAgreement, carriedByAgreement } from "./answer-agreement.js";
import { AnswerProfileConfig, carriedByProfile } from "./answer-profile.js";
import {
  answerQuality,
  answerValueAt,
  inAskedName,
  speakerPositions,
  Tag,
  tagTokens,
  tellsConsequence,
} from "./answer-tagger.js";
import { ArticleContext } from "./article-context.js";
import { chooseCandidates } from "./candidate-choice.js";
import { ContextPostings, type SubjectLists } from "./context-postings.js";
import { DeskAcronyms } from "./desk-acronyms.js";
import { equivalentCorrections } from "./equivalent-typos.js";
import { impliedDayWeight, withDayRivals, withImpliedDays } from "./event-days.js";
import { compactIndex, termsInDeskOrder } from "./index-compaction.js";
import { PackedCodes, PackedCodesBuilder } from "./packed-codes.js";
import {
  type ConceptHit,
  type ConceptMatcher,
  choiceCoverage,
  coverageOf,
  findConcepts,
  heavierChoice,
  inheritFromArticle,
  lightestPart,
  partCoverage,
  proximity,
  readsAsHeading,
  toldWhenWeight,
  withStatedUnit,
  withSurnames,
  withToldWhen,
} from "./passage-scoring.js";
import { deskPassages, PassageStore } from "./passage-store.js";
import { type QuestionTerms, readQuestion } from "./question-terms.js";
import {
  type DeskVocabulary,
  NO_DESK_VOCABULARY,
  SearchConfig,
  type SearchSettings,
} from "./search-config.js";
import { mayBeTwoEditsApart } from "./spelling-filter.js";
import { type PostingParts, TermPostings } from "./term-postings.js";
import { TermTable } from "./term-table.js";
import { activeThesaurus, type RelatedWord } from "./thesaurus.js";
import { type Correction, correctionsOfWord, TypoCorrector } from "./typo-corrector.js";
import { isUnitWord, statesCount, statesUnit, statesWhen } from "./unit-words.js";

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

/**
 * Typo candidates fetched from another store (a database's trigram index): a question word the
 * desk lacks → vocabulary words spelled like it. The index corrects the word among these as it
 * would among its whole vocabulary; a word without an entry is corrected in process.
 */
export type Lookalikes = ReadonlyMap<string, readonly string[]>;

export interface PassageSearch {
  readonly question: QuestionTerms;
  /** Every re-ranked passage, best first. */
  readonly ranked: readonly RankedPassage[];
}

/** The index's own data, as saved in the index cache and loaded from it. */
export interface PassageIndexSnapshot {
  readonly terms: ReturnType<TermTable["toJSON"]>;
  /** Each passage's tokens as term ids, one passage after the other, packed (see PackedCodes). */
  readonly codes: Uint8Array;
  /** Where each passage's tokens start in `codes`; one more entry than passages. */
  readonly offsets: Uint32Array;
  /** Which passages hold each term. */
  readonly postings: PostingParts;
  /** The desk equivalents the passages were read with (see `vocabularyKey`). */
  readonly vocabulary?: string;
  /** Each article's subject terms, as the index read them (absent: read again on opening). */
  readonly subjects?: SubjectLists;
  /** Words whose terms were worked out, and their terms (absent: worked out again as met). */
  readonly wordTerms?: WordTerms;
}

/** Words and their matching terms, word i's term being term i (see `knownWordTerms`). */
export interface WordTerms {
  readonly words: readonly string[];
  readonly terms: readonly string[];
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

/** The salience question-terms gives a light verb ("start", "happen"). */
const LIGHT_SALIENCE = 0.3;

/**
 * A question asking when (a date, a time of day) or for how long ("how many days did the
 * strike last"): a passage stating the date or the span tells it, in whatever verb.
 */
function asksWhenOf(question: QuestionTerms): boolean {
  const type = question.analysis.answerType;
  return type === "date" || type === "time" || question.analysis.unit === "duration";
}

/** Kinds of answer whose value outlets agree or disagree on (see `answer-agreement`). */
const ANSWER_VALUES: ReadonlySet<string> = new Set([
  "number",
  "date",
  "time",
  "place",
  "person",
  "organisation",
]);

/** Kinds of answer given by a name (a person, a body, a place, a name asked for). */
const NAMED_ANSWERS: ReadonlySet<string> = new Set(["person", "organisation", "place", "name"]);

/** Kinds of answer a passage plainly states or lacks. */
const MEASURABLE_ANSWERS: ReadonlySet<string> = new Set(["number", "date", "time", "place"]);

/** At most this many passages are read for the desk's agreed answer, per question. */
const CARRY_READS = 64;

/** How much a number away from the counted noun answers "how many X" (when X is there). */
const COUNT_ELSEWHERE = 0.5;

/** Words whose typo corrections are kept between questions. */
const CORRECTIONS_KEPT = 4096;

/** Passages whose tokens and answer tags are kept between questions. */
const READING_CACHE_SIZE = 2048;

/** A passage as the answer tagger read it: its tokens with their case, and their tags. */
interface PassageReading {
  readonly tokens: readonly MatchToken[];
  readonly tags: Uint16Array;
}

/** "What did X say": a statement by the asked speaker, which a passage plainly holds or lacks. */
function asksSpeaker(question: QuestionTerms): boolean {
  return (
    question.analysis.answerType === "statement" &&
    question.concepts.some((concept) => concept.speaker)
  );
}

/** The salience question-terms gives a general noun ("people", "things"). */
const GENERIC_SALIENCE = 0.5;

/**
 * "How many people were arrested": the general noun counted is answered by a count however the
 * copy words it ("31 arrests", "six were rescued"), as a measure's word is by its figure.
 */
function countsGeneric(question: QuestionTerms, i: number): boolean {
  return i === question.counted && question.concepts[i]?.salience === GENERIC_SALIENCE;
}

/**
 * Whether a part of a question of two parts asks a thing of its own: two words or more, one of
 * them a noun or a name, not only words of its scene.
 */
function asksOwnThing(question: QuestionTerms, part: number): boolean {
  const words = question.concepts.filter((concept) => concept.part === part && !concept.scene);
  return words.length >= 2 && words.some((concept) => concept.salience >= 1);
}

/** Whether the question asks for a kind of answer the tagger can find. */
function wantsAnswerType(question: QuestionTerms): boolean {
  return question.analysis.answerType !== "none";
}

/**
 * The desk's passages behind an inverted index (FlexSearch) that selects candidates,
 * re-ranked by term coverage and Fuse.js's fuzzy token search.
 */
export class PassageIndex {
  private readonly store: PassageStore;
  private readonly table: TermTable;
  private readonly postings: TermPostings;
  private corrector: TypoCorrector;
  private sortedVocabulary: string[];
  private readonly readings = new Map<number, PassageReading>();
  /** Typo corrections made in process, by word (see `corrections`); dropped with the corrector. */
  private readonly correctionsKept = new Map<string, Correction[]>();
  /** Per-passage scratch for choosing candidates, all zero between searches. */
  private weights: Float64Array = new Float64Array(0);
  private best: Float64Array = new Float64Array(0);
  /** Scratch for the passages a concept's terms hold while choosing candidates. */
  private seen: Int32Array = new Int32Array(0);
  private context: ArticleContext;
  /** Which articles' subjects hold each term, for weighing every article's subject at once. */
  private subjects: ContextPostings;
  /** Articles' publication dates, read from the store's articles when they change. */
  private published?: {
    articles: readonly Article[];
    byId: ReadonlyMap<string, string | null>;
  };
  /** The acronyms the desk's copy spells out, read as questions ask for them. */
  private readonly acronyms: DeskAcronyms;
  /**
   * The last question's concepts: a store's search (the database) reads a question two or three
   * times (its typos, its candidate terms, its search); forgotten when the index changes.
   */
  private lastConcepts: {
    text: string;
    lookalikes: Lookalikes | undefined;
    thesaurus: unknown;
    found: { question: QuestionTerms; concepts: ConceptMatcher[] };
  } | null = null;
  private lastQuestion: { text: string; question: QuestionTerms } | null = null;

  private constructor(
    store: PassageStore,
    table: TermTable,
    postings: TermPostings,
    private readonly settings: SearchSettings,
    private readonly vocabulary: DeskVocabulary,
    private readonly lexicon: DeskLexicon,
    subjects?: SubjectLists,
  ) {
    this.store = store;
    this.table = table;
    this.postings = postings;
    // What the first question would otherwise pay for: the sorted vocabulary and the typo searchers.
    const terms = table.terms.filter((_, id) => (table.documentFrequency[id] ?? 0) > 0);
    this.sortedVocabulary = [...terms].sort();
    this.corrector = new TypoCorrector(terms, settings.typoThreshold);
    this.corrector.warm();
    activeThesaurus().warm();
    this.context = this.readContext();
    // Subjects a snapshot kept are filed again as read; otherwise every article is read now.
    this.subjects = subjects
      ? ContextPostings.fromLists(this.table.size, subjects)
      : this.readSubjects();
    this.acronyms = this.readAcronyms();
  }

  /** Reads acronyms from the passages that hold them (common terms are not acronyms). */
  private readAcronyms(): DeskAcronyms {
    return new DeskAcronyms({
      textsHolding: (word, limit) => {
        const id = this.table.liveIdOf(
          this.lexicon.apply(matchTokens(word, "article"))[0]?.term ?? "",
        );
        if (id === undefined || (this.table.documentFrequency[id] ?? 0) > MAX_ACRONYM_PASSAGES)
          return [];
        const texts: string[] = [];
        this.postings.forEachPassage(id, (passageId) => {
          if (texts.length < limit) texts.push(this.store.passage(passageId)?.text ?? "");
        });
        return texts;
      },
      termIds: (text) =>
        this.lexicon
          .apply(matchTokens(text, "article"))
          .filter((token) => !token.stop)
          .flatMap((token) => this.table.liveIdOf(token.term) ?? []),
      frequency: (id) => this.table.documentFrequency[id] ?? 0,
    });
  }

  /** Each live article's subject terms (see `readContext`), filed by term. */
  private readSubjects(): ContextPostings {
    const { store } = this;
    const articleOf = new Map<number, string>();
    let last = -1;
    for (const id of store.idsInDeskOrder()) {
      const source = store.sourceOf(id);
      if (source === last) continue;
      last = source;
      articleOf.set(source, store.passage(id)?.articleId ?? "");
    }
    return ContextPostings.build(store.sourceCount, this.table.size, (source) => {
      const articleId = articleOf.get(source);
      return articleId === undefined ? null : this.context.termsOf(articleId);
    });
  }

  /**
   * What each article is about, read from the passages on the desk: a passage taken out by an
   * update belongs to no article.
   */
  private readContext(): ArticleContext {
    const { store, table, lexicon } = this;
    const headlines = new Map(
      store.deskArticles.map((article) => [article.id, article.metadata.headline]),
    );
    return new ArticleContext({
      passageCount: store.capacity,
      articleOf: (id) => (store.isLive(id) ? (store.passage(id)?.articleId ?? "") : ""),
      isCaption: (id) => store.passage(id)?.kind === "caption",
      codesOf: (id) => store.codesOf(id),
      headlineCodes: (articleId) =>
        lexicon
          .apply(matchTokens(headlines.get(articleId) ?? "", "article"))
          .map((token) => (token.stop ? -1 : (table.liveIdOf(token.term) ?? -1))),
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
    const passages = deskPassages(articles);
    const table = new TermTable();
    // Most codes take a byte or two (see PackedCodes): room for about that to begin with.
    const packing = new PackedCodesBuilder(passages.length * 96);
    passages.forEach((passage, id) => {
      packing.add(table.encode(lexicon.apply(matchTokens(passage.text, "article"))));
      if (onProgress && (id + 1) % 2000 === 0) onProgress(id + 1, passages.length);
    });
    const codes = packing.finish();
    onProgress?.(passages.length, passages.length);
    return new PassageIndex(
      new PassageStore(articles, codes),
      table,
      TermPostings.fromCodes(codes, table.size),
      settings,
      vocabulary,
      lexicon,
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
    let passageCount = 0;
    for (const article of articles) passageCount += article.passages.length;
    const table = TermTable.fromJSON(snapshot.terms);
    const { codes, offsets } = snapshot;
    if (offsets.length !== passageCount + 1 || offsets[passageCount] !== codes.length)
      throw new Error(SnapshotProblem.mismatched);
    if (snapshot.postings.starts.length !== table.size + 1)
      throw new Error(SnapshotProblem.mismatched);
    // Every passage's bytes read as whole codes, and every code names a term of the table: in
    // one plain pass (a million passages hold tens of millions of codes).
    const packed = new PackedCodes(codes, offsets);
    if (!(packed.highest() < table.size)) throw new Error(SnapshotProblem.mismatched);
    const store = new PassageStore(articles, packed);
    // The answer tagger reads passages again: their words' terms need not be worked out again.
    if (snapshot.wordTerms) learnWordTerms(snapshot.wordTerms);
    const subjects = snapshot.subjects;
    if (subjects && subjects.gone.length !== store.sourceCount)
      throw new Error(SnapshotProblem.mismatched);
    return new PassageIndex(
      store,
      table,
      TermPostings.fromParts(snapshot.postings, passageCount),
      settings,
      vocabulary,
      new DeskLexicon(vocabulary.equivalents),
      subjects,
    );
  }

  /**
   * The index's own data, for the index cache. After an update it is built again from the
   * passages, in desk order: what a fresh build of the same articles gives.
   */
  async snapshot(): Promise<PassageIndexSnapshot> {
    const vocabulary = vocabularyKey(this.vocabulary);
    if (this.store.inDeskOrder && !this.postings.changed) {
      const { bytes, offsets } = this.store.builtCodes();
      return {
        terms: this.table.toJSON(),
        codes: bytes,
        offsets,
        postings: this.postings.parts(),
        vocabulary,
        subjects: this.subjects.lists(),
        wordTerms: knownWordTerms(),
      };
    }
    return { ...compactIndex(this.store, this.table), vocabulary, wordTerms: knownWordTerms() };
  }

  get passageCount(): number {
    return this.store.liveCount;
  }

  /** Passages taken out by updates whose codes the index still holds (until it is built again). */
  get passagesTakenOut(): number {
    return this.store.capacity - this.store.liveCount;
  }

  /** The desk equivalents the index reads passages with (see `vocabularyKey`). */
  get vocabularyRead(): string {
    return vocabularyKey(this.vocabulary);
  }

  /**
   * Makes the index answer from `articles` (the desk's articles now, in desk order): the
   * passages of articles not indexed before (by identity: a changed article is a new object) are
   * indexed, those of articles no longer there are taken out; nothing else is read again. Answers
   * are then the same as those of an index built afresh from `articles`.
   */
  update(articles: readonly Article[]): { added: number; removed: number } {
    const changed = this.store.update(articles, {
      encode: (passage, id) => {
        const codes = this.table.encode(this.lexicon.apply(matchTokens(passage.text, "article")));
        const terms = new Set<number>();
        for (const code of codes) if (code >= 0) terms.add(code);
        this.postings.add(id, terms);
        return codes;
      },
      forget: (id, codes) => {
        this.table.forget(codes);
        this.postings.remove(id);
      },
    });
    this.readings.clear();
    this.lastConcepts = null;
    this.lastQuestion = null;
    this.acronyms.forget();
    if (changed.added + changed.removed > 0) {
      this.refreshVocabulary();
      this.context = this.readContext();
      this.subjects = this.readSubjects();
    }
    return changed;
  }

  /**
   * The sorted vocabulary and the typo corrector over the terms passages hold, in the order a
   * fresh build meets them (the corrector's ties are broken by it).
   */
  private refreshVocabulary(): void {
    const terms = termsInDeskOrder(this.store, this.table).map((id) => this.table.terms[id] ?? "");
    this.sortedVocabulary = [...terms].sort();
    this.corrector = new TypoCorrector(terms, this.settings.typoThreshold);
    this.corrector.warm();
    this.correctionsKept.clear();
  }

  /** Ranks the passages that answer a question; each source's best is among them when it has any. */
  search(
    questionText: string,
    postings?: CandidatePostings,
    lookalikes?: Lookalikes,
  ): PassageSearch {
    const { question, concepts } = this.conceptsOf(questionText, lookalikes);
    if (concepts.length === 0) return { question, ranked: [] };
    // A question asking for a value reads passages further under the floor: the desk's agreed
    // answer may carry them (see `carriedAnswers`).
    // Every question reads a little under the floor: the desk's answer profile may carry them.
    const reach = ANSWER_VALUES.has(question.analysis.answerType)
      ? Math.min(AgreedAnswerConfig.liftFrom, AnswerProfileConfig.liftFrom)
      : AnswerProfileConfig.liftFrom;
    const candidates = this.candidates(concepts, postings, reach);
    return { question, ranked: this.rerank(question, concepts, candidates) };
  }

  /**
   * The index terms whose postings a search for this question reads (exact words, words they
   * begin, typo corrections, of the concepts that select candidates). A store that keeps the
   * postings elsewhere (a database) fetches these, then passes them to `search`.
   */
  candidateTerms(questionText: string, lookalikes?: Lookalikes): string[] {
    const { concepts } = this.conceptsOf(questionText, lookalikes);
    const terms = new Set<string>();
    for (const concept of this.selectingConcepts(concepts))
      for (const termId of concept.qualityById.keys()) terms.add(this.table.terms[termId] ?? "");
    return [...terms];
  }

  /**
   * The question's words that a search corrects as typos (words the desk's vocabulary lacks): a
   * store with its own vocabulary index looks up their lookalikes, then passes them to `search`.
   */
  typoWords(questionText: string): string[] {
    const question = this.questionOf(questionText);
    const words = question.concepts
      .map((concept) => concept.term)
      .filter((term) => this.table.idOf(term) === undefined && canCorrect(term));
    return [...new Set(words)];
  }

  /** The passage id (its place in the desk's order) of an article's n-th passage, by article id. */
  passageIdsByArticle(): ReadonlyMap<string, number> {
    const starts = new Map<string, number>();
    for (const id of this.store.idsInDeskOrder()) {
      const passage = this.store.passage(id);
      if (passage && !starts.has(passage.articleId)) starts.set(passage.articleId, id);
    }
    return starts;
  }

  private conceptsOf(
    questionText: string,
    lookalikes?: Lookalikes,
  ): {
    question: QuestionTerms;
    concepts: ConceptMatcher[];
  } {
    const memo = this.lastConcepts;
    const thesaurus = activeThesaurus();
    if (
      memo?.text === questionText &&
      memo.lookalikes === lookalikes &&
      memo.thesaurus === thesaurus
    )
      return memo.found;
    const found = this.readConcepts(questionText, lookalikes);
    this.lastConcepts = { text: questionText, lookalikes, thesaurus, found };
    return found;
  }

  /** The question read (the last one kept: a store's search reads it several times). */
  private questionOf(questionText: string): QuestionTerms {
    if (this.lastQuestion?.text !== questionText) {
      const question = readQuestion(
        questionText.slice(0, this.settings.maxQuestionLength),
        this.lexicon,
      );
      this.lastQuestion = { text: questionText, question };
    }
    return this.lastQuestion.question;
  }

  private readConcepts(
    questionText: string,
    lookalikes?: Lookalikes,
  ): {
    question: QuestionTerms;
    concepts: ConceptMatcher[];
  } {
    const question = this.questionOf(questionText);
    if (question.concepts.length === 0 || this.store.liveCount === 0)
      return { question, concepts: [] };
    const { unit } = question.analysis;
    const concepts = capVerbs(
      question.concepts.map((concept, i) => ({
        ...this.scaled(
          this.matcher(concept.word, concept.term, concept.salience, lookalikes),
          concept.scene ? this.settings.sceneWordShare : 1,
        ),
        ...(concept.place ? { subject: true } : {}),
        ...(concept.part !== undefined && asksOwnThing(question, concept.part)
          ? { part: concept.part }
          : {}),
        ...(concept.choice !== undefined ? { choice: concept.choice } : {}),
        unit: isUnitWord(unit, concept.word) || countsGeneric(question, i),
        ...(concept.salience === LIGHT_SALIENCE && concept.isVerb && asksWhenOf(question)
          ? { toldByWhen: true }
          : {}),
      })),
      question.concepts.map((concept) => concept.isVerb),
      this.settings.verbCapShare,
    );
    const linked = withAcronyms(
      concepts,
      this.acronyms.links(
        question.concepts.map((concept) => concept.word),
        this.settings.acronymQuality,
      ),
    );
    const named = withDayRivals(
      withSurnames(linked, question.surnames, this.settings.surnameQuality),
      question.analysis.eventWords,
      (word) =>
        this.table.liveIdOf(this.lexicon.apply(matchTokens(word, "question"))[0]?.term ?? ""),
    );
    return { question, concepts: weighUnknownWords(named, this.settings.unknownWordShare) };
  }

  /** A matcher whose word weighs `share` of what it would. */
  private scaled(matcher: ConceptMatcher, share: number): ConceptMatcher {
    return share === 1 ? matcher : { ...matcher, weight: matcher.weight * share };
  }

  private idf(documentFrequency: number): number {
    const n = this.store.liveCount;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /** A question word's term ids (exact, words it begins, typo corrections), weighted by rarity and salience. */
  private matcher(
    word: string,
    term: string,
    salience: number,
    lookalikes?: Lookalikes,
  ): ConceptMatcher {
    const qualityById = new Map<number, number>();
    const add = (candidate: string, quality: number) => {
      const id = this.table.liveIdOf(candidate);
      if (id !== undefined && (qualityById.get(id) ?? 0) < quality) qualityById.set(id, quality);
    };
    const known = this.table.liveIdOf(term) !== undefined;
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
      const isWord = isEnglishWord(word);
      for (const correction of correctionsOfWord(
        term,
        isWord,
        this.corrections(term, lookalikes),
      )) {
        const id = this.table.liveIdOf(correction.term);
        if (id !== undefined && !qualityById.has(id)) relatedIds.add(id);
        add(correction.term, correction.quality);
        frequency = Math.max(frequency, this.table.frequencyOf(correction.term));
      }
      // A mistyped title, country or people ("goveror"): the desk holds it under its group's key.
      // Only a word the desk's own vocabulary corrects to nothing.
      if (equivalentKey(word) === undefined && qualityById.size === 0)
        for (const correction of equivalentCorrections(word, this.settings.typoThreshold)) {
          const id = this.table.liveIdOf(correction.key);
          if (id === undefined) continue;
          if (!qualityById.has(id)) relatedIds.add(id);
          add(correction.key, correction.quality);
          frequency = Math.max(frequency, this.table.frequencyOf(correction.key));
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
      !/\d/.test(term) &&
      salience >= MIN_SYNONYM_SALIENCE &&
      salience < NAME_SALIENCE &&
      !isDeskKey(term)
    ) {
      for (const related of activeThesaurus().related(word, partOfSpeech(salience))) {
        // A related entry of two words matches only as the one term they make ("step down").
        const relatedTerms = this.lexicon.apply(matchTokens(related.word, "question"));
        const relatedTerm = relatedTerms.length === 1 ? relatedTerms[0] : undefined;
        if (!relatedTerm || relatedTerm.stop || relatedTerm.term === term) continue;
        const id = this.table.liveIdOf(relatedTerm.term);
        if (id === undefined || qualityById.has(id)) continue;
        relatedIds.add(id);
        add(relatedTerm.term, relatedQuality(related.relation, this.settings));
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

  /** A mistyped word's corrections: among its lookalikes when a store found them, else in process. */
  private corrections(term: string, lookalikes?: Lookalikes): Correction[] {
    const shortlist = lookalikes?.get(term);
    if (shortlist === undefined) {
      // The same word is corrected the same way until the vocabulary changes.
      const kept = this.correctionsKept.get(term);
      if (kept) return kept;
      const found = this.corrector.correct(term);
      if (this.correctionsKept.size >= CORRECTIONS_KEPT) this.correctionsKept.clear();
      this.correctionsKept.set(term, found);
      return found;
    }
    const known = shortlist.filter((candidate) => this.table.idOf(candidate) !== undefined);
    return new TypoCorrector(known, this.settings.typoThreshold).correct(term);
  }

  /** Terms of the desk that spell the same name another way (its own equivalents too). */
  private nameVariants(term: string, known: boolean): Array<{ term: string; quality: number }> {
    const variants: Array<{ term: string; quality: number }> = [];
    if (term.length < 5) return variants;
    // A name the desk has is looked for under its own first letter; an unknown one more widely.
    for (const letter of known ? [term[0] ?? ""] : firstLetters(term)) {
      for (const other of this.termsStartingWith(letter)) {
        if (!mayBeTwoEditsApart(term, other)) continue;
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
    const n = this.store.liveCount;
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
  private candidates(
    concepts: readonly ConceptMatcher[],
    postings?: CandidatePostings,
    reach = 1,
  ): number[] {
    const n = this.store.capacity;
    const used = this.selectingConcepts(concepts);
    // Weights add up per passage in typed arrays kept between searches (zeroed after use): the
    // postings of a common term can be long.
    if (this.weights.length < n) {
      this.weights = new Float64Array(n);
      this.best = new Float64Array(n);
    }
    const { weights, best } = this;
    const touched: number[] = [];
    for (const concept of used) {
      // The passages the concept's terms hold, each once, in the order first met.
      let seenCount = 0;
      for (const [termId, quality] of concept.qualityById) {
        if (postings) {
          const ids = postings.get(this.table.terms[termId] ?? "") ?? [];
          this.seen = withRoom(this.seen, seenCount + ids.length);
          for (const id of ids) {
            const previous = best[id] ?? 0;
            if (previous === 0) this.seen[seenCount++] = id;
            if (previous < quality) best[id] = quality;
          }
          continue;
        }
        this.seen = withRoom(this.seen, seenCount + this.postings.most(termId));
        seenCount = this.postings.mark(termId, quality, best, this.seen, seenCount);
      }
      const seen = this.seen;
      for (let i = 0; i < seenCount; i++) {
        const id = seen[i] as number;
        if (weights[id] === 0) touched.push(id);
        weights[id] = (weights[id] ?? 0) + (best[id] ?? 0) * concept.weight;
        best[id] = 0;
      }
    }
    // A passage whose index hits, with every non-selective concept granted, could not cover enough
    // of the question to clear the relevance floor is not worth re-ranking.
    const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
    const granted =
      total -
      used.reduce((sum, concept) => sum + concept.weight, 0) +
      impliedDayWeight(used, this.settings.impliedDayQuality) +
      toldWhenWeight(used, this.settings.toldWhenQuality);
    // A question of two parts: a passage answering its lighter part alone may clear the floor.
    const part = lightestPart(concepts);
    const whole = (total - heavierChoice(concepts)) * this.minimumCoverage(reach);
    const enough =
      (part === null
        ? whole
        : Math.min(whole, (part * this.minimumCoverage(reach)) / this.settings.partQuality)) -
      granted;
    const fromArticle = this.articleBonus(used, total);
    const kept = touched.filter(
      (id) => (weights[id] ?? 0) + fromArticle(id, weights[id] ?? 0) >= enough,
    );
    const { store } = this;
    const chosen = chooseCandidates(
      kept,
      {
        weights,
        placeOf: (id) => store.orderOf(id),
        idAtPlace: (place) => store.idAtPlace(place),
        sourceOf: (id) => store.sourceOf(id),
      },
      {
        pool: this.settings.candidatePool,
        perSource: this.settings.candidatesPerSource,
        max: this.settings.maxReranked,
      },
    );
    for (const id of touched) weights[id] = 0;
    return chosen;
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
    // Every article's at once, from the subjects filed by term: what `articleWeight` gives each.
    const bySource = this.subjects.weights(concepts, articleContextQuality);
    return (id, own) =>
      own < total * articleOwnShare ? 0 : (bySource[this.store.sourceOf(id)] ?? 0);
  }

  /** The least coverage with which a passage can still score `reach` times the relevance floor. */
  private minimumCoverage(reach = 1): number {
    // A passage's score never exceeds its coverage through the exponent.
    return (this.settings.relevanceFloor * reach) ** (1 / this.settings.coverageExponent);
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
    const asksWhen = concepts.some((concept) => concept.toldByWhen);
    const scored = ids.map((id): Scored => {
      const codes = this.store.codesOf(id);
      const passage = this.store.passage(id);
      const text = passage?.text ?? "";
      const stated =
        hasUnit &&
        (statesUnit(question.analysis.unit, text) ||
          (question.counted !== null &&
            countsGeneric(question, question.counted) &&
            statesCount(text)));
      const own = withImpliedDays(
        concepts,
        findConcepts(concepts, codes, stated),
        codes,
        this.settings.impliedDayQuality,
        this.publishedOf(passage?.articleId ?? ""),
      );
      const when =
        asksWhen && statesWhen(question.analysis.answerType, text, question.analysis.unit);
      const hits = inheritFromArticle(
        concepts,
        withToldWhen(
          concepts,
          withStatedUnit(concepts, own, stated, this.settings.unitQuality),
          when,
          this.settings.toldWhenQuality,
        ),
        () => this.subjects.subjectOf(this.store.sourceOf(id)),
        this.settings.articleContextQuality,
        this.settings.articleOwnShare,
      );
      const coverage = choiceCoverage(
        concepts,
        hits,
        partCoverage(concepts, hits, coverageOf(concepts, hits), this.settings.partQuality),
      );
      const matched = concepts
        .filter((_, i) => (own[i]?.quality ?? 0) > 0)
        .map((concept) => concept.word);
      const closeness = proximity(hits.map((hit) => hit.at));
      const covered = coverage ** coverageExponent;
      const base = covered * (coverageWeight + proximityWeight * closeness);
      return { id, coverage, covered, matched, base, hits };
    });
    // The answer tagger reads the best candidates: each source's best two, then the best overall.
    const place = (id: number) => this.store.orderOf(id);
    const byBase = [...scored].sort((a, b) => b.base - a.base || place(a.id) - place(b.id));
    const typed = new Set<Scored>();
    const perSource = new Map<string, number>();
    // Only a passage that could still clear the floor is worth reading.
    const hopeful = byBase.filter(
      (entry) => entry.base + fuzzyWeight * entry.covered >= relevanceFloor,
    );
    for (const entry of hopeful.slice(0, typedPool)) typed.add(entry);
    for (const entry of hopeful) {
      const source = this.store.passage(entry.id)?.articleId ?? "";
      const seen = perSource.get(source) ?? 0;
      perSource.set(source, seen + 1);
      if (seen < 2 && typed.size < typedPool * 2) typed.add(entry);
    }
    const typeFactor = new Map<number, number>();
    const answers = new Map<number, string[]>();
    const answerAt = new Map<number, number>();
    for (const entry of typed)
      typeFactor.set(entry.id, this.answerFactor(question, entry, answers, answerAt));
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
      const passage = this.store.passage(entry.id) as Passage;
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
    // The desk's agreed answer carries the outlets whose own words fall short of the floor.
    for (const [at, score] of this.carriedAnswers(question, concepts, ranked, answerAt)) {
      const entry = ranked[at];
      if (entry) ranked[at] = { id: entry.id, hit: { ...entry.hit, score } };
    }
    // What the confident outlets answer carries those that tell it in other words.
    for (const [at, score] of this.profiledAnswers(concepts, ranked)) {
      const entry = ranked[at];
      if (entry) ranked[at] = { id: entry.id, hit: { ...entry.hit, score } };
    }
    // Best first; among near equals, the answer most outlets give; then desk order.
    const agreed = answerAgreement(
      ranked.map((entry) => ({
        id: entry.id,
        source: this.store.sourceOf(entry.id),
        score: entry.hit.score,
      })),
      this.tellingAnswers(question, answers),
      relevanceFloor,
    );
    const { agreementWeight } = this.settings;
    const standing = (entry: { id: number; hit: RankedPassage }) =>
      entry.hit.score + agreementWeight * (agreed.get(entry.id) ?? 0);
    ranked.sort(
      (a, b) => standing(b) - standing(a) || b.hit.score - a.hit.score || place(a.id) - place(b.id),
    );
    return ranked.map((entry) => entry.hit);
  }

  /**
   * The passages the desk's agreed answer carries over the floor (see `carriedByAgreement`), as
   * places in `ranked` with their new scores. `answerAt`: where the tagger read each typed
   * passage's answer.
   */
  private carriedAnswers(
    question: QuestionTerms,
    concepts: readonly ConceptMatcher[],
    ranked: readonly { id: number; hit: RankedPassage }[],
    answerAt: ReadonlyMap<number, number>,
  ): Map<number, number> {
    const carried = new Map<number, number>();
    const type = question.analysis.answerType;
    if (!ANSWER_VALUES.has(type) || answerAt.size === 0) return carried;
    const floor = this.settings.relevanceFloor;
    // The question's own words (and their kin) are what it asks about, not an answer.
    const asked = new Set<string>();
    for (const concept of concepts)
      for (const id of concept.qualityById.keys()) asked.add(this.table.terms[id] ?? "");
    const isAsked = (term: string) => asked.has(term);
    const values = new Map<number, string[]>();
    for (const { id, hit } of ranked) {
      const at = answerAt.get(id);
      if (hit.score < floor || at === undefined) continue;
      const { tokens, tags } = this.readingOf(id);
      const value = answerValueAt(type, tokens, tags, at, isAsked);
      if (value === null) continue;
      if (NAMED_ANSWERS.has(type) && this.isStorySubject(value)) continue;
      values.set(id, [value]);
    }
    if (values.size === 0) return carried;
    const { unit } = question.analysis;
    // Only a passage holding a value's first term is read: most of a large desk holds none.
    let keys: Set<number> | null = null;
    const keysOf = (agreed: ReadonlySet<string>): Set<number> => {
      const found = new Set<number>();
      for (const value of agreed) {
        // "16000 ft" (or "16000ft" as one term), "4:52" by its hour.
        const [first = "", unitWord = ""] = value.split(/[ :]/);
        for (const term of [first, `${first}${unitWord}`]) {
          const id = this.table.liveIdOf(term);
          if (id !== undefined) found.add(id);
        }
      }
      return found;
    };
    let read = 0;
    const holds = (id: number, agreed: ReadonlySet<string>): boolean => {
      keys ??= keysOf(agreed);
      const wanted = keys;
      if (read >= CARRY_READS || !this.store.codesOf(id).some((code) => wanted.has(code)))
        return false;
      read++;
      const { tokens, tags } = this.readingOf(id);
      for (let at = 0; at < tokens.length; at++) {
        if (answerQuality(type, unit, tags, tokens, at) < 0.8) continue;
        const value = answerValueAt(type, tokens, tags, at, isAsked);
        if (value !== null && agreed.has(value)) return true;
      }
      return false;
    };
    const lifted = carriedByAgreement(
      ranked.map(({ id, hit }) => ({
        id,
        source: this.store.sourceOf(id),
        score: hit.score,
        topical: hit.matched.length > 0,
      })),
      values,
      floor,
      holds,
    );
    ranked.forEach(({ id }, at) => {
      const score = lifted.get(id);
      if (score !== undefined) carried.set(at, score);
    });
    return carried;
  }

  /**
   * The passages the confident outlets' answer profile carries over the floor (see
   * `carriedByProfile`), as places in `ranked` with their new scores. A passage's distinctive
   * terms are those neither the question holds (nor its words' kin) nor much of the desk.
   */
  private profiledAnswers(
    concepts: readonly ConceptMatcher[],
    ranked: readonly { id: number; hit: RankedPassage }[],
  ): Map<number, number> {
    const asked = new Set<number>();
    for (const concept of concepts) for (const id of concept.qualityById.keys()) asked.add(id);
    const n = this.store.liveCount;
    // As `isStorySubject` reads it: only a desk large enough for a share to say something.
    const { storySubjectFrom, storySubjectShare } = this.settings;
    const most = n < storySubjectFrom ? n : n * storySubjectShare;
    const { documentFrequency } = this.table;
    const kept = new Map<number, number[]>();
    const termsOf = (id: number): readonly number[] => {
      const known = kept.get(id);
      if (known) return known;
      const distinct = new Set<number>();
      for (const code of this.store.codesOf(id))
        if (code >= 0 && !asked.has(code) && (documentFrequency[code] ?? n) <= most)
          distinct.add(code);
      const terms = [...distinct];
      kept.set(id, terms);
      return terms;
    };
    const lifted = carriedByProfile(
      ranked.map(({ id, hit }) => ({
        id,
        source: this.store.sourceOf(id),
        score: hit.score,
        coverage: hit.coverage,
      })),
      this.settings.relevanceFloor,
      { termsOf, weightOf: (term) => this.idf(documentFrequency[term] ?? n) },
    );
    const carried = new Map<number, number>();
    ranked.forEach(({ id }, at) => {
      const score = lifted.get(id);
      if (score !== undefined) carried.set(at, score);
    });
    return carried;
  }

  /**
   * The answers that tell passages apart: a name much of the desk's copy holds (the ferry's, on a
   * desk about its sinking) is the story's own subject, which every outlet gives whatever it
   * answers; outlets agreeing on it agree on nothing asked.
   */
  private tellingAnswers(
    question: QuestionTerms,
    answers: Map<number, string[]>,
  ): Map<number, string[]> {
    if (!NAMED_ANSWERS.has(question.analysis.answerType)) return answers;
    const telling = new Map<number, string[]>();
    for (const [id, terms] of answers) {
      const kept = terms.filter((term) => !this.isStorySubject(term));
      if (kept.length > 0) telling.set(id, kept);
    }
    return telling;
  }

  /** Whether a term is held by so much of the desk's copy that it names the story itself. */
  private isStorySubject(term: string): boolean {
    const n = this.store.liveCount;
    if (n < this.settings.storySubjectFrom) return false;
    return this.table.frequencyOf(term) > n * this.settings.storySubjectShare;
  }

  /** When an article was published (its front matter's or page's date), by article id. */
  private publishedOf(articleId: string): string | null {
    const articles = this.store.deskArticles;
    if (this.published?.articles !== articles)
      this.published = {
        articles,
        byId: new Map(articles.map((article) => [article.id, article.metadata.published])),
      };
    return this.published.byId.get(articleId) ?? null;
  }

  /** Captions answer a question about a picture; otherwise body text comes first. */
  private kindFactor(question: QuestionTerms, passage: Passage): number {
    const picture = question.analysis.wantsPicture;
    if (passage.kind === "caption") return picture ? 1 : this.settings.captionFactor;
    if (readsAsHeading(passage.text)) return this.settings.headingFactor;
    return picture ? this.settings.pictureBodyFactor : 1;
  }

  /**
   * The share of its score a passage without the asked kind of answer keeps: less for the kinds
   * a passage plainly states or lacks (a number, a date, a time, a place) than for the kinds
   * the tagger reads from cue words (who, why, what was said).
   */
  private typeFloor(question: QuestionTerms): number {
    if (asksSpeaker(question) || question.analysis.answerType === "name")
      return this.settings.speakerAnswerFloor;
    if (question.analysis.answerType === "number") return this.settings.figureAnswerFloor;
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
  private answerFactor(
    question: QuestionTerms,
    entry: Scored,
    answers?: Map<number, string[]>,
    answerAt?: Map<number, number>,
  ): number {
    if (!wantsAnswerType(question)) return 1;
    const { answerAwayShare, answerNearWords } = this.settings;
    const answerTypeFloor = this.typeFloor(question);
    const { answerType, unit } = question.analysis;
    const { tokens, tags } = this.readingOf(entry.id);
    const matchedAt = new Set<number>();
    for (const hit of entry.hits) for (const at of hit.at) matchedAt.add(at);
    const anchors = [...matchedAt].sort((a, b) => a - b);
    const verbsAt = new Set<number>();
    const speakersAt = new Set<number>();
    question.concepts.forEach((concept, i) => {
      if (concept.isVerb) for (const at of entry.hits[i]?.at ?? []) verbsAt.add(at);
      if (concept.speaker) for (const at of entry.hits[i]?.at ?? []) speakersAt.add(at);
    });
    // "What did X say": X's words answer, wherever X (or X's role) stands.
    const speakers = asksSpeaker(question) ? speakersAt : null;
    if (speakers) anchors.push(...speakerPositions(tokens, speakers));
    let fit = 0;
    if (question.counted !== null) {
      const countedAt = entry.hits[question.counted]?.at ?? [];
      let numberAt = -1;
      const numberBefore = countedAt.some((at) => {
        for (let i = Math.max(0, at - 4); i < at; i++)
          if ((tags[i] ?? 0) & Tag.number) {
            numberAt = i;
            return true;
          }
        return false;
      });
      if (numberBefore) {
        answers?.set(entry.id, [tokens[numberAt]?.term ?? ""]);
        answerAt?.set(entry.id, numberAt);
        return 1;
      }
    }
    // "How many X": a number that does not stand by X may count something else.
    const countedHere =
      question.counted !== null && (entry.hits[question.counted]?.at.length ?? 0) > 0;
    const elsewhere = countedHere ? COUNT_ELSEWHERE : 1;
    let fitAt = -1;
    for (let at = 0; at < tokens.length && fit < 1; at++) {
      if (matchedAt.has(at)) continue;
      if (answerType === "reason" && tellsConsequence(tokens, at, matchedAt)) continue;
      // The rest of a name the question gives ("Dana" of "Dana Holt") answers nothing.
      if (NAMED_ANSWERS.has(answerType) && inAskedName(tokens, tags, at, matchedAt)) continue;
      let quality = answerQuality(answerType, unit, tags, tokens, at, verbsAt, speakers);
      if (quality === 0) continue;
      // "How many people…" asked of a passage without "people": a figure before another noun
      // ("14 engines") counts that noun, not what was asked.
      if (answerType === "number" && question.counted !== null && !countedHere) {
        const next = tokens[at + 1];
        if (next && !next.stop && !matchedAt.has(at + 1)) quality *= COUNT_ELSEWHERE;
      }
      // Right beside a matched word is best; within `answerNearWords` a little less; away, less.
      let distance = Number.POSITIVE_INFINITY;
      for (const anchor of anchors) distance = Math.min(distance, Math.abs(anchor - at));
      // A name asked for stands right by what it names ("the ferry Silver Wren", "Silver Wren, a ferry").
      if (answerType === "name" && distance > 3) continue;
      const nearness =
        distance <= 3
          ? 1
          : distance <= answerNearWords
            ? 1 - (0.3 * (distance - 3)) / Math.max(1, answerNearWords - 3)
            : answerAwayShare;
      const here = quality * nearness * elsewhere;
      if (here > fit) {
        fit = here;
        fitAt = at;
      }
    }
    // A span told in words ("for several days") is no figure outlets can agree on.
    const valued = answerType !== "number" || ((tags[fitAt] ?? 0) & Tag.number) !== 0;
    if (fitAt >= 0 && valued && ANSWER_VALUES.has(answerType)) {
      // A name by its distinctive word, whichever of its words fit: "Ana Ruiz" and "Ruiz" agree.
      const asked = new Set(anchors.map((at) => tokens[at]?.term ?? ""));
      for (const concept of question.concepts) asked.add(concept.term);
      const value = NAMED_ANSWERS.has(answerType)
        ? answerValueAt(answerType, tokens, tags, fitAt, (term) => asked.has(term))
        : null;
      answers?.set(entry.id, [value ?? tokens[fitAt]?.term ?? ""]);
      answerAt?.set(entry.id, fitAt);
    }
    return answerTypeFloor + (1 - answerTypeFloor) * fit;
  }

  /** A passage's match tokens with their case, read again as the index read them, and their tags. */
  private readingOf(id: number): PassageReading {
    const known = this.readings.get(id);
    if (known) return known;
    const tokens = this.lexicon.apply(
      matchTokens(this.store.passage(id)?.text ?? "", "article", true),
    );
    const reading = { tokens, tags: tagTokens(tokens) };
    if (this.readings.size >= READING_CACHE_SIZE) this.readings.clear();
    this.readings.set(id, reading);
    return reading;
  }

  /** Fuse.js token search over the candidates: typo-tolerant similarity, 0..1 per passage id. */
  private fuzzySimilarity(question: QuestionTerms, ids: readonly number[]): Map<number, number> {
    const similarity = new Map<number, number>();
    const pattern = question.words.join(" ").slice(0, 200);
    if (pattern.trim() === "" || ids.length === 0) return similarity;
    const documents = ids.map((id) => ({ id, text: this.store.passage(id)?.text ?? "" }));
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

/** `array`, or a larger one (its contents kept) when it holds fewer than `size` entries. */
function withRoom(array: Int32Array, size: number): Int32Array {
  if (size <= array.length) return array;
  const grown = new Int32Array(Math.max(size, array.length * 2, 1024));
  grown.set(array);
  return grown;
}

/** How much a thesaurus word counts against the question's word itself. */
function relatedQuality(relation: RelatedWord["relation"], settings: SearchSettings): number {
  if (relation === "derived") return settings.derivedQuality;
  return relation === "broader" ? settings.broaderQuality : settings.synonymQuality;
}

/** A term held by more passages than this is a common word, not an acronym worth reading. */
const MAX_ACRONYM_PASSAGES = 2000;

/** Concepts with the desk's acronym links added: an acronym and its full name match each other. */
function withAcronyms(
  concepts: ConceptMatcher[],
  links: ReturnType<DeskAcronyms["links"]>,
): ConceptMatcher[] {
  if (links.length === 0) return concepts;
  const linked = concepts.map((concept) => ({
    ...concept,
    qualityById: new Map(concept.qualityById),
  }));
  for (const link of links) {
    const concept = linked[link.concept];
    if (concept && (concept.qualityById.get(link.termId) ?? 0) < link.quality)
      concept.qualityById.set(link.termId, link.quality);
  }
  return linked;
}

/** Whether a word the desk lacks is corrected as a typo (see `matcher`). */
function canCorrect(term: string): boolean {
  return !term.startsWith("~") && !/\d/.test(term) && term.length >= 4;
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

/** What identifies a desk's equivalents, for telling whether a snapshot was read with them. */
export function vocabularyKey(vocabulary: DeskVocabulary): string {
  return JSON.stringify(vocabulary.equivalents);
}

/** Why a snapshot does not open (it is then not used: the caller builds the index). */
export const SnapshotProblem = Object.freeze({
  mismatched: "the snapshot's parts do not fit its articles",
});
