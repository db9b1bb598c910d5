import { compareSources } from "../compare/compare-sources.js";
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

  const sources = desk.articles.map((article): SourceAnswer => {
    const hits = bySource.get(article.id);
    // Most of an archive's articles do not cover a question: each has one answer saying so.
    if (hits === undefined) return notCovered(article);
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
  });

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
  const comparison = compareSources(desk, { query, sources });
  const asOf = asOfDesk(desk.articles);
  return { query, quotes, sources, comparison, asOf, ms: round(performance.now() - started, 2) };
}

const notCoveredAnswers = new WeakMap<Article, SourceAnswer>();

/** An article's answer to a question it does not cover (the same frozen object every time). */
function notCovered(article: Article): SourceAnswer {
  const known = notCoveredAnswers.get(article);
  if (known) return known;
  const answer: SourceAnswer = Object.freeze({
    source: article.id,
    outlet: outletName(article),
    headline: article.metadata.headline,
    published: article.metadata.published,
    covered: false,
    quote: null,
    seconds: Object.freeze([]),
  });
  notCoveredAnswers.set(article, answer);
  return answer;
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
