import { compareSources } from "../compare/compare-sources.js";
import { type Comparison, EMPTY_COMPARISON } from "../compare/comparison.js";
import { articlesById, type StoryDesk } from "../desk/story-desk.js";
import { type Article, outletName } from "../ingest/article.js";
import type { RankedPassage } from "../search/passage-index.js";
import type { Answer, AsOf, Quote, SourceAnswer } from "./answer.js";

/**
 * Answers a reporter's question from the desk, the one way every transport does it: search the
 * desk's index, then the answer (cited quotes, each source's best passage) and its comparison.
 */
export function answerQuestion(desk: StoryDesk, question: string): Answer {
  const started = performance.now();
  const query = question.trim();
  return answerFromRanked(desk, query, desk.index.search(query).ranked, started);
}

/**
 * The answer and its comparison from passages already ranked for the query (by the desk's own
 * index, or from candidates another store chose and the desk's engine ranked). `started`: when
 * answering began (performance.now()), for the answer's `ms`.
 */
export function answerFromRanked(
  desk: StoryDesk,
  query: string,
  ranked: readonly RankedPassage[],
  started: number = performance.now(),
): Answer {
  const { relevanceFloor, maxQuotes, closeSecondsPerSource, closeSecondShare } = desk.settings;
  const byId = articlesById(desk);
  const relevant = ranked.filter((hit) => hit.score >= relevanceFloor);

  const bySource = new Map<string, RankedPassage[]>();
  for (const hit of relevant) {
    const list = bySource.get(hit.passage.articleId);
    if (list) list.push(hit);
    else bySource.set(hit.passage.articleId, [hit]);
  }
  const toQuote = (hit: RankedPassage): Quote => quoteOf(byId.get(hit.passage.articleId), hit);

  const covering = (article: Article, hits: readonly RankedPassage[]): SourceAnswer => {
    const best = hits[0];
    const seconds = best
      ? hits
          .slice(1, 1 + closeSecondsPerSource)
          .filter((hit) => hit.score >= best.score * closeSecondShare)
      : [];
    return {
      source: article.id,
      outlet: outletName(article),
      headline: article.metadata.headline,
      published: article.metadata.published,
      covered: best !== undefined,
      quote: best ? toQuote(best) : null,
      seconds: seconds.map(toQuote),
    };
  };
  // Most of an archive's articles do not cover a question: the desk's list of "not covered"
  // answers is copied, and only the articles that cover it are answered anew, in their places.
  const { uncovered, places } = deskSources(desk.articles);
  const sources = uncovered.slice();
  for (const [articleId, hits] of bySource)
    for (const at of places.get(articleId) ?? []) {
      const article = desk.articles[at];
      if (article) sources[at] = covering(article, hits);
    }

  // Each covered source's best first, so no outlet is crowded out; then the next best overall.
  const chosen = new Set<RankedPassage>();
  for (const hits of [...bySource.values()].sort(
    (a, b) => (b[0]?.score ?? 0) - (a[0]?.score ?? 0),
  )) {
    const best = hits[0];
    if (best && chosen.size < maxQuotes) chosen.add(best);
  }
  for (const hit of relevant) {
    if (chosen.size >= maxQuotes) break;
    chosen.add(hit);
  }
  const quotes = [...chosen].sort((a, b) => b.score - a.score).map(toQuote);
  const comparison = comparedOrNone(desk, query, sources);
  const asOf = asOfDesk(desk.articles);
  return { query, quotes, sources, comparison, asOf, ms: round(performance.now() - started, 2) };
}

/**
 * How the sources differ, or no comparison when reading them fails on a page no one foresaw:
 * the reporter still gets the quotes, which the comparison never changes.
 */
function comparedOrNone(
  desk: StoryDesk,
  query: string,
  sources: readonly SourceAnswer[],
): Comparison {
  try {
    return compareSources(desk, { query, sources });
  } catch {
    return EMPTY_COMPARISON;
  }
}

/** A desk's answers for articles that cover nothing, in desk order, and each article id's places. */
interface DeskSources {
  readonly uncovered: readonly SourceAnswer[];
  readonly places: ReadonlyMap<string, readonly number[]>;
}

const sourcesByDesk = new WeakMap<readonly Article[], DeskSources>();

/** The desk's "not covered" answers and the places of its article ids, made once per desk. */
function deskSources(articles: readonly Article[]): DeskSources {
  const known = sourcesByDesk.get(articles);
  if (known) return known;
  const places = new Map<string, number[]>();
  articles.forEach((article, at) => {
    const list = places.get(article.id);
    if (list) list.push(at);
    else places.set(article.id, [at]);
  });
  const sources: DeskSources = { uncovered: articles.map(notCovered), places };
  sourcesByDesk.set(articles, sources);
  return sources;
}

/** An article's answer to a question it does not cover (a frozen object). */
function notCovered(article: Article): SourceAnswer {
  return Object.freeze({
    source: article.id,
    outlet: outletName(article),
    headline: article.metadata.headline,
    published: article.metadata.published,
    covered: false,
    quote: null,
    seconds: Object.freeze([]),
  });
}

const asOfByDesk = new WeakMap<readonly Article[], AsOf>();

/** How many articles the desk holds and the newest one's date (ISO dates compare as text). */
export function asOfDesk(articles: readonly Article[]): AsOf {
  const known = asOfByDesk.get(articles);
  if (known) return known;
  const asOf = newestOf(articles);
  asOfByDesk.set(articles, asOf);
  return asOf;
}

function newestOf(articles: readonly Article[]): AsOf {
  let newest: string | null = null;
  for (const article of articles) {
    const date = article.metadata.published;
    if (date && /^\d{4}-\d{2}-\d{2}/.test(date) && (newest === null || date > newest))
      newest = date;
  }
  return Object.freeze({ articles: articles.length, newest });
}

function quoteOf(article: Article | undefined, hit: RankedPassage): Quote {
  return {
    source: hit.passage.articleId,
    outlet: article ? outletName(article) : hit.passage.articleId,
    headline: article?.metadata.headline ?? null,
    published: article?.metadata.published ?? null,
    url: article?.metadata.url ?? null,
    paragraph: hit.passage.paragraph,
    kind: hit.passage.kind,
    text: hit.passage.text,
    score: round(hit.score, 3),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
