import { articlesById, type StoryDesk } from "../desk/story-desk.js";
import {
  type Article,
  outletName,
  type Passage,
  type PassageKind,
  passageKey,
} from "../ingest/article.js";
import { termFor } from "../text/match-terms.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { articleAttributions, passageAttributions } from "./attribution.js";
import type {
  Attribution,
  Comparison,
  NamedEntity,
  OnlyIn,
  QuoteChange,
  SourceComparison,
} from "./comparison.js";
import { passageFigures } from "./figure-reading.js";
import { alignFigures } from "./figures.js";
import { findHedges, voicedHedges } from "./hedges.js";
import { articleNameContext, deskThings, namedEntities } from "./names.js";
import { namingTerms } from "./naming-terms.js";
import { onlyInFacts } from "./only-in-facts.js";
import { deskQuoteChanges, findQuoteChanges } from "./quote-changes.js";
import { copyOrigin, deskSameCopy, findSameCopy } from "./same-copy.js";
import { scareQuotes } from "./scare-quotes.js";
import { foldPhrase, wordsOf } from "./word-forms.js";

/** A passage a source answered with, as far as the comparison needs it (an answer's Quote is one). */
export interface AnsweringQuote {
  readonly paragraph: number;
  readonly kind: PassageKind;
  readonly score: number;
}

/**
 * How one source answered, as far as the comparison needs it (an answer's SourceAnswer is one):
 * compare sits below answer and knows nothing of it.
 */
export interface SourceAnswer {
  readonly source: string;
  readonly covered: boolean;
  readonly quote: AnsweringQuote | null;
  readonly seconds: readonly AnsweringQuote[];
}

/** What the comparison needs of an answer: the question and each source's passages. */
export interface AnsweredSources {
  readonly query: string;
  readonly sources: readonly SourceAnswer[];
}

/**
 * Compares how the outlets tell what the question asks, over the passages that answer it (each
 * source's best and close seconds): attribution, hedges, naming, facts only one outlet reports,
 * and changed quotes.
 */
export function compareSources(desk: StoryDesk, answer: AnsweredSources): Comparison {
  const byId = articlesById(desk);
  // On a small desk every other article is read for facts, labels and changed quotes; on an
  // archive, only the few best-answering outlets, each by its best passage.
  const small = desk.articles.length <= ComparisonConfig.fullScanArticles;
  const covered = answer.sources
    // Only covered sources are looked up: an archive has thousands that are not.
    .filter((source) => source.covered)
    // `place`: the source's place among the covered, which is their order in the answer.
    .map((source, place) => ({ source, article: byId.get(source.source), place }))
    .filter(
      (entry): entry is { source: SourceAnswer; article: Article; place: number } =>
        entry.source.covered && entry.article !== undefined,
    )
    // The outlets that answer best; a reader compares a handful, not hundreds.
    .sort((a, b) => (b.source.quote?.score ?? 0) - (a.source.quote?.score ?? 0))
    .slice(0, small ? ComparisonConfig.maxSources : ComparisonConfig.maxSourcesOnArchive)
    .sort((a, b) => a.place - b.place)
    .map(({ source, article }) => ({
      article,
      passages: answeringPassages(article, source, small),
      answered: true,
    }));
  // On a desk read through, an outlet the search quoted nothing from still takes part by its
  // passage most about the question (holding most of its words), after the quoted ones.
  const readThrough = small && desk.index.passageCount <= ComparisonConfig.fullReadPassages;
  if (readThrough) {
    const quoted = new Set(covered.map((entry) => entry.article.id));
    // "Does the Harbor paper state as fact that …": the outlet asked about and the words of
    // asking how it tells it are not what its passage must hold.
    const named = namedOutlets(answer.query, desk.articles);
    const outletWords = new Set([...named.values()].flat());
    const asked = new Set(
      [...askedTerms(answer.query, desk.articles)].filter(
        (term) => !outletWords.has(term) && !TELLING_WORDS.has(term),
      ),
    );
    // A quoted outlet's passage most about the question is read too, beside its quoted ones.
    for (const entry of covered) {
      const more = topicPassage(entry.article, entry.passages, asked);
      if (more)
        entry.passages = entry.article.passages.filter(
          (p) => p === more || entry.passages.includes(p),
        );
    }
    for (const article of desk.articles) {
      if (quoted.has(article.id)) continue;
      const passage = topicPassage(article, [], asked, named.has(article.id) ? TOPIC_WORDS : 0);
      if (passage) covered.push({ article, passages: [passage], answered: false });
    }
  }
  const coveredIds = new Set(covered.map((entry) => entry.article.id));
  const figures = alignFigures(
    [
      ...covered.map(({ article, passages }) => ({
        source: article.id,
        outlet: outletName(article),
        passages,
        elsewhere: readThrough ? article.passages.filter((p) => !passages.includes(p)) : [],
      })),
      ...(readThrough ? desk.articles.filter((article) => !coveredIds.has(article.id)) : []).map(
        (article) => ({
          source: article.id,
          outlet: outletName(article),
          passages: [],
          elsewhere: article.passages,
        }),
      ),
    ],
    desk.profile.equivalents,
    answer.query,
  );

  // An outlet that gives the count asked for answers the question there: the passage it gives
  // it in is compared too (who it puts the count down to, how sure it is of it).
  if (readThrough && answer.query.trim() !== "") {
    for (const figure of figures) {
      if (figure.asked !== true) continue;
      for (const value of figure.values) {
        const article = byId.get(value.source);
        const passage = article?.passages.find(
          (p) => p.paragraph === value.paragraph && p.text.includes(value.text),
        );
        if (!article || !passage) continue;
        // The outlet's other passages giving the same count of the same outcome ("up to 20,000"
        // in its top, "could ultimately exceed 400, he said" further down).
        const outcome = passageFigures(passage).find((f) => f.text === value.text)?.outcome;
        const again = article.passages.filter(
          (p) =>
            p !== passage &&
            p.kind === "paragraph" &&
            outcome != null &&
            passageFigures(p).some(
              (f) => f.outcome === outcome && String(f.value) === String(value.value),
            ),
        );
        const adding = [passage, ...again];
        const entry = covered.find((e) => e.article === article);
        if (!entry) {
          covered.push({
            article,
            passages: article.passages.filter((p) =>
              adding.slice(0, ComparisonConfig.maxComparedPassages).includes(p),
            ),
            answered: false,
          });
          continue;
        }
        const room = ComparisonConfig.maxComparedPassages - entry.passages.length;
        const fresh = adding.filter((p) => !entry.passages.includes(p)).slice(0, Math.max(0, room));
        if (fresh.length > 0)
          entry.passages = article.passages.filter(
            (p) => fresh.includes(p) || entry.passages.includes(p),
          );
      }
    }
  }
  const comparedArticles = covered.map((entry) => entry.article);
  const othersOf = (article: Article) =>
    (small ? desk.articles : comparedArticles).filter((other) => other !== article);

  // The desk's own outlets are who is compared, not facts or terms of the story.
  const outlets = deskOutlets(desk.articles);
  const notAnOutlet = (text: string) => !outlets.has(bareName(text));
  const terms = namingTerms(
    covered.map((entry) => entry.passages),
    answer.query,
  ).map((list) => list.filter(notAnOutlet));
  // On a desk read through, an outlet gives its figure wherever it does (its other passages).
  const sources = covered.map(({ article, passages, answered }, index): SourceComparison => {
    const others = othersOf(article);
    const own = attributionsOf(article, passages, small ? undefined : 0);
    // The answering passages put it down to no one: on a desk read whole, who the article's
    // passage most about the question puts it down to ("Jane Doe said she cancelled it").
    // "…, report says": a headline names no outlet, the lead says whose report it is.
    const unnamed = own.length > 0 && own.every((a) => !a.named && a.kind === "outlet");
    const attributions =
      own.length === 0 && small
        ? topicAttributions(article, passages, answer.query)
        : unnamed && small
          ? uniqueAttributions([...own, ...leadOutlets(article, passages)])
          : own;
    const hedgeVoices = passages.flatMap((passage) =>
      voicedHedges(passage.text, passage.paragraph, attributions),
    );
    return {
      source: article.id,
      outlet: outletName(article),
      paragraphs: passages.map((passage) => passage.paragraph),
      answered,
      attributions,
      hedges: unique([
        ...hedgeVoices.filter((hedge) => hedge.voice === "outlet").map((hedge) => hedge.words),
        ...passages.flatMap((passage) => scareQuotes(passage.text, others)),
      ]),
      hedgeVoices,
      terms: terms[index] ?? [],
      // On a desk read through, the whole article tells whose surname a lone name is.
      names: namedEntities(
        passages,
        readThrough
          ? { ...articleNameContext(article, article.passages), things: deskThings(desk.articles) }
          : undefined,
      ),
    };
  });
  const typed = sameKinds(sources);
  // A count another outlet gives too (the same or another number) is side by side, not only-in.
  // A count one outlet alone gives stays only-in as well.
  const figured = figures
    .filter((figure) => figure.values.length > 1)
    .flatMap((figure) => figure.values);
  const onlyIn = covered
    .map(
      ({ article, passages }): OnlyIn => ({
        source: article.id,
        outlet: outletName(article),
        facts: onlyInFacts(passages, othersOf(article), readThrough).filter(
          (fact) =>
            notAnOutlet(fact.text) &&
            !figured.some(
              (value) =>
                value.source === article.id &&
                value.paragraph === fact.paragraph &&
                (fact.text.includes(value.text) || value.text.includes(fact.text)),
            ),
        ),
      }),
    )
    .filter((entry) => entry.facts.length > 0);

  const answering = new Set(
    covered.flatMap(({ article, passages }) =>
      passages.map((p) => passageKey(article.id, p.kind, p.paragraph)),
    ),
  );
  // Only quotations in passages that answer the question.
  const relevant = (change: QuoteChange) =>
    answering.has(passageKey(change.source, change.kind ?? "paragraph", change.paragraph));
  const quoteChanges = small
    ? deskQuoteChanges(desk.articles).filter(relevant)
    : findQuoteChanges(comparedArticles, answering);
  const compared = new Set(comparedArticles.map((article) => article.id));
  // Whose copy the desk's pages are is the desk's, not the question's: on a small desk every
  // pair of pages carrying one copy, whichever the question compares (a reader asking "did they
  // run the same story?" may be asking about pages that answer nothing else). On an archive,
  // the pages carrying the same copy as a compared one, compared or not.
  const sameCopy = small
    ? deskSameCopy(desk.articles)
    : findSameCopy(comparedArticles).filter((copy) =>
        copy.sources.some((s) => compared.has(s.source)),
      );
  return {
    sources: typed,
    onlyIn,
    quoteChanges: withOrigins(quoteChanges, byId, [...outletsOf(desk.articles)]),
    figures,
    sameCopy,
  };
}

/**
 * One name, one kind across the outlets: a name typed a person by some outlets' sentences and
 * an organisation by others' takes the kind most outlets give it, a person's on a tie (a
 * surname the same outlets name in full counts as that name); a source put down by one word
 * that the outlets name as a person's surname is that person.
 */
function sameKinds(sources: readonly SourceComparison[]): SourceComparison[] {
  type Kind = NamedEntity["kind"];
  const votes = new Map<string, Map<Kind, number>>();
  const vote = (key: string, kind: Kind) => {
    const kinds = votes.get(key) ?? new Map<Kind, number>();
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    votes.set(key, kinds);
  };
  for (const side of sources)
    for (const name of side.names) {
      const keys = new Set([name.text, ...name.forms].map(bareName));
      // "Jane Doe" is a person: so is "Doe" in another outlet's sentence.
      const words = bareName(name.text).split(" ");
      if (name.kind === "person" && words.length > 1) keys.add(words[words.length - 1] ?? "");
      for (const key of keys) vote(key, name.kind);
    }
  const kindOf = (name: NamedEntity): Kind => {
    if (name.kind === "outlet") return name.kind;
    const kinds = votes.get(bareName(name.text));
    if (!kinds || kinds.size < 2) return name.kind;
    const ranked = [...kinds]
      .filter(([kind]) => kind !== "outlet")
      .sort((a, b) => b[1] - a[1] || Number(b[0] === "person") - Number(a[0] === "person"));
    const [top, second] = ranked;
    if (!top || (second && second[1] === top[1] && top[0] !== "person")) return name.kind;
    return top[0];
  };
  // "added Okafor": a lone word put down as a body that the outlets name as a person's surname.
  const surnames = new Set<string>();
  for (const side of sources) {
    for (const name of side.names)
      if (kindOf(name) === "person") surnames.add(bareName(name.text).split(" ").pop() ?? "");
    for (const a of side.attributions)
      if (a.kind === "person" && a.who.includes(" "))
        surnames.add(bareName(a.who).split(" ").pop() ?? "");
  }
  // Surnames of the people the outlets name in full ("Jane DeVos"), by first and last word.
  const fullSurnames = new Set<string>();
  for (const side of sources)
    for (const name of side.names) {
      const words = bareName(name.text).split(" ");
      if (kindOf(name) === "person" && words.length > 1) fullSurnames.add(words.pop() ?? "");
    }
  const sourceKind = (a: Attribution): Attribution => {
    const word = bareName(a.who);
    if (a.kind !== "institution" || word.includes(" ") || !surnames.has(word)) return a;
    return { ...a, kind: "person", named: !a.anonymous };
  };
  return sources.map((side) => {
    const names = side.names.map((name) => {
      // "DeVos" put down as a body where the outlets name Jane DeVos in full: that person.
      const word = bareName(name.text);
      const kinds = votes.get(word);
      const surname =
        name.kind === "organisation" &&
        !word.includes(" ") &&
        fullSurnames.has(word) &&
        // "Acme", a body in most outlets, stays one where one outlet took "Jane Acme" for a person.
        (kinds?.get("person") ?? 0) * 2 >= (kinds?.get("organisation") ?? 0);
      const kind = surname ? "person" : kindOf(name);
      return kind === name.kind ? name : { ...name, kind };
    });
    const attributions = side.attributions.map(sourceKind);
    const same =
      names.every((name, n) => name === side.names[n]) &&
      attributions.every((a, n) => a === side.attributions[n]);
    return same ? side : { ...side, names, attributions };
  });
}

/** A changed quote's original page says whose copy it carries: that outlet is the origin. */
function withOrigins(
  changes: readonly QuoteChange[],
  byId: ReadonlyMap<string, Article>,
  outlets: readonly string[],
): QuoteChange[] {
  return changes.map((change) => {
    const original = byId.get(change.original.source);
    const origin = original ? copyOrigin(original, outlets) : null;
    if (!origin || bareName(origin) === bareName(change.original.outlet)) return change;
    return { ...change, origin };
  });
}

const outletNamesCache = new WeakMap<readonly Article[], readonly string[]>();

function outletsOf(articles: readonly Article[]): readonly string[] {
  const known = outletNamesCache.get(articles);
  if (known) return known;
  const names = [...new Set(articles.map(outletName))];
  outletNamesCache.set(articles, names);
  return names;
}

/** How far a comparison reaches. */
export const ComparisonConfig = Object.freeze({
  /** Outlets compared on a desk read whole: every covered outlet, up to this many (lines summarise). */
  maxSources: 100,
  /** Outlets compared on a desk too large to read whole: the best-answering few, by their best passage. */
  maxSourcesOnArchive: 6,
  /** Up to this many articles, every article is read for facts, labels and changed quotes. */
  fullScanArticles: 200,
  /** Up to this many passages, every article is read with the language tagger when the desk opens. */
  fullReadPassages: 300,
  /** An outlet's passages compared at most, counting one added for the figure asked for. */
  maxComparedPassages: 4,
});

const outletsCache = new WeakMap<readonly Article[], ReadonlySet<string>>();

/** The desk's own outlet names, folded; read once per desk. */
function deskOutlets(articles: readonly Article[]): ReadonlySet<string> {
  const known = outletsCache.get(articles);
  if (known) return known;
  const outlets = new Set(articles.map((article) => bareName(outletName(article))));
  outletsCache.set(articles, outlets);
  return outlets;
}

function answeringPassages(
  article: Article,
  source: SourceAnswer,
  withSeconds: boolean,
): Passage[] {
  const keys = new Set(
    [source.quote, ...(withSeconds ? source.seconds : [])].flatMap((quote) =>
      quote ? [passageKey(article.id, quote.kind, quote.paragraph)] : [],
    ),
  );
  return article.passages.filter((passage) =>
    keys.has(passageKey(article.id, passage.kind, passage.paragraph)),
  );
}

/** `context`: paragraphs read before each passage to resolve "he said" (all, on a small desk). */
function attributionsOf(
  article: Article,
  passages: readonly Passage[],
  context?: number,
): Attribution[] {
  const seen = new Set<string>();
  const list: Attribution[] = [];
  for (const passage of passages) {
    for (const attribution of passageAttributions(article, passage.paragraph, context)) {
      const key = `${attribution.who.toLowerCase()}|${attribution.cue}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(attribution);
    }
  }
  return list;
}

/**
 * Words of a question about how an outlet tells something ("does it state as fact", "does the
 * paper say flatly"), as matching terms: not what its passage is about.
 */
const TELLING_WORDS: ReadonlySet<string> = new Set(
  "state states stated stating fact facts flatly plainly outright paper newspaper outlet site article story report reports reported reporting say says tell tells"
    .split(" ")
    .map((word) => termFor(word)),
);

/** Words of an outlet's name that name no outlet by themselves. */
const GENERIC_OUTLET_WORDS: ReadonlySet<string> = new Set(
  "the news daily times post online tv radio network media press herald star journal today world global international national channel".split(
    " ",
  ),
);

/**
 * The articles whose outlet the question names by a word of its name ("the Harbor paper" for
 * "Harbor Online"), each with those words as matching terms.
 */
function namedOutlets(query: string, articles: readonly Article[]): Map<string, string[]> {
  const words = new Set(wordsOf(query).map((word) => word.norm.replace(/['’]s$/, "")));
  const named = new Map<string, string[]>();
  for (const article of articles) {
    // An outlet read from no name but the file's ("story", "page (2)") names nothing.
    if (outletName(article) === article.id) continue;
    const own = wordsOf(outletName(article))
      .map((word) => word.norm)
      .filter((norm) => norm.length > 2 && !GENERIC_OUTLET_WORDS.has(norm) && !/\d/.test(norm));
    const hit = own.filter((norm) => words.has(norm));
    if (hit.length > 0)
      named.set(
        article.id,
        hit.map((norm) => termFor(norm)),
      );
  }
  return named;
}

/** A body passage must hold this many of the question's content words to be about it. */
const TOPIC_WORDS = 2;

/** A term no word has: the passage tells what caused something, as the question asks. */
const CAUSE_TERM = "\u0000cause";
/** "What set off the blast", "why did it fail": a question for a cause. */
const CAUSE_QUESTION =
  /\b(?:what|who)\s+(?:caused|causes|cause|set\s+off|sets\s+off|triggered|triggers|sparked|sparks|started|ignited|led\s+to)\b|\bwhy\b|\bcauses?\b/i;
/** Words that tell a cause: "caused", "was triggered by", "due to". */
const CAUSE_WORDS =
  /\b(?:caus(?:e|ed|es|ing)|trigger(?:ed|s)?|spark(?:ed|s)?|set\s+off|ignit(?:e|ed)|detonat(?:e|ed)|blamed|led\s+to|due\s+to|because)\b/i;
/** Question words at least this long are read past one wrong letter ("goverment"). */
const TYPO_MIN_LENGTH = 6;
/** Longer question words are no misspelt words (a pasted run of letters): never corrected. */
const TYPO_MAX_LENGTH = 24;

/**
 * The question's content words, as matching terms; a long word no article has, read as the one
 * word of the desk it is one letter off from ("goverment" for "government").
 */
function askedTerms(query: string, articles: readonly Article[] = []): ReadonlySet<string> {
  const vocabulary = articles.length > 0 ? deskVocabulary(articles) : null;
  const terms = new Set(
    wordsOf(query)
      .filter((word) => word.norm.length > 2 && !STOP_WORDS.has(word.norm))
      .map((word) => {
        const norm = word.norm.replace(/['’]s$/, "");
        const known =
          vocabulary &&
          norm.length >= TYPO_MIN_LENGTH &&
          norm.length <= TYPO_MAX_LENGTH &&
          !vocabulary.has(norm)
            ? oneLetterOff(norm, vocabulary)
            : null;
        return termFor(known ?? norm);
      }),
  );
  if (CAUSE_QUESTION.test(query)) terms.add(CAUSE_TERM);
  // "do officials know whether it is over": how sure the outlets are is asked, and a hedged
  // passage answers it; the words of asking it are not what the passage must hold.
  if (CERTAINTY_QUESTION.test(query)) {
    for (const term of CERTAINTY_TERMS) terms.delete(term);
    terms.add(HEDGE_TERM);
  }
  return terms;
}

/** A term no word has: the passage hedges a claim, as a question about certainty asks. */
const HEDGE_TERM = "\u0000hedge";
/** "Do they know whether", "is it confirmed", "has he actually": a question of how sure. */
const CERTAINTY_QUESTION =
  /\b(?:know|known|knows|sure|certain|clear|unclear|confirmed|actually|really|definitely|whether)\b/i;
/** The words of asking how sure, as matching terms. */
const CERTAINTY_TERMS: readonly string[] =
  "know known knows sure certain clear unclear confirmed actually really definitely whether"
    .split(" ")
    .map((word) => termFor(word));

const vocabularyCache = new WeakMap<readonly Article[], ReadonlySet<string>>();

/** Every word of the desk's passages, folded; read once per desk. */
function deskVocabulary(articles: readonly Article[]): ReadonlySet<string> {
  const known = vocabularyCache.get(articles);
  if (known) return known;
  const words = new Set<string>();
  for (const article of articles)
    for (const passage of article.passages)
      for (const word of wordsOf(passage.text)) words.add(word.norm);
  vocabularyCache.set(articles, words);
  return words;
}

/** The one word of the vocabulary one letter added, dropped or changed from `word`, else null. */
function oneLetterOff(word: string, vocabulary: ReadonlySet<string>): string | null {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length && vocabulary.has(head + tail.slice(1))) found.add(head + tail.slice(1));
    for (const letter of letters) {
      const added = head + letter + tail;
      if (vocabulary.has(added)) found.add(added);
      const changed = i < word.length ? head + letter + tail.slice(1) : "";
      if (changed !== word && vocabulary.has(changed)) found.add(changed);
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * The article's body passage (other than `passages`) that holds most of the question's content
 * words (at least two, and at least half of them; the first on a tie), else none.
 */
function topicPassage(
  article: Article,
  passages: readonly Passage[],
  asked: ReadonlySet<string>,
  /** Words needed at least when set (an outlet the question names): else half the question's. */
  least = 0,
): Passage | null {
  const needed = least > 0 ? least : Math.max(TOPIC_WORDS, Math.ceil(asked.size / 2));
  if (asked.size < needed) return null;
  let best: { passage: Passage; held: number } | null = null;
  for (const passage of article.passages) {
    if (passage.kind !== "paragraph" || passages.includes(passage)) continue;
    const words = passageTerms(passage);
    let held = 0;
    for (const word of asked) if (words.has(word)) held++;
    if (held >= needed && (!best || held > best.held)) best = { passage, held };
  }
  return best?.passage ?? null;
}

const termsCache = new WeakMap<Passage, ReadonlySet<string>>();

/** A passage's words as matching terms, read once per passage. */
function passageTerms(passage: Passage): ReadonlySet<string> {
  const known = termsCache.get(passage);
  if (known) return known;
  const terms = new Set(
    wordsOf(passage.text).map((word) => termFor(word.norm.replace(/['’]s$/, ""))),
  );
  if (CAUSE_WORDS.test(passage.text)) terms.add(CAUSE_TERM);
  if (findHedges(passage.text).length > 0) terms.add(HEDGE_TERM);
  termsCache.set(passage, terms);
  return terms;
}

/** The attributions of the article's passage most about the question (see topicPassage), else none. */
function topicAttributions(
  article: Article,
  passages: readonly Passage[],
  query: string,
): Attribution[] {
  const passage = topicPassage(article, passages, askedTerms(query));
  return passage ? attributionsOf(article, [passage]) : [];
}

/** Body paragraphs of the lead read for the outlet a headline's "report says" stands for. */
const LEAD_PARAGRAPHS = 2;

/** The outlets the article's lead names as its source ("…, according to the Harbor Courier"). */
function leadOutlets(article: Article, passages: readonly Passage[]): Attribution[] {
  const lead = article.passages
    .filter((passage) => passage.kind === "paragraph")
    .slice(0, LEAD_PARAGRAPHS)
    .filter((passage) => !passages.includes(passage));
  return attributionsOf(article, lead).filter((a) => a.named && a.kind === "outlet");
}

/** Attributions each once, by who and cue, in their order. */
function uniqueAttributions(list: readonly Attribution[]): Attribution[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${a.who}\u0000${a.cue}\u0000${a.paragraph}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function bareName(name: string): string {
  return foldPhrase(name.replace(/^the\s+/i, ""));
}

/**
 * Reads every article once (sentences, attributions, desk-wide changed quotes) so the first
 * question does not pay for it; call when a desk is opened.
 */
export function prepareComparison(desk: StoryDesk): void {
  deskOutlets(desk.articles);
  // A large desk is not read now; answering a few questions when it opens warms the comparison.
  if (desk.articles.length > ComparisonConfig.fullScanArticles) return;
  deskQuoteChanges(desk.articles);
  deskSameCopy(desk.articles);
  // The language tagger costs milliseconds a passage: only a small desk is read through now.
  if (desk.index.passageCount > ComparisonConfig.fullReadPassages) return;
  for (const article of desk.articles) articleAttributions(article);
}
