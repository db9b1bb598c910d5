import type { Answer, Quote, SourceAnswer } from "../answer/answer.js";
import type { Article } from "../ingest/article.js";
import { outletName } from "../ingest/article.js";
import { comparisonJson } from "./comparison-json.js";

/**
 * The JSON shapes of the CLI, a public interface that scripts read: fields may be added,
 * never renamed or dropped.
 */
export function quoteJson(quote: Quote) {
  return {
    source: quote.source,
    outlet: quote.outlet,
    paragraph: quote.paragraph,
    text: quote.text,
    score: quote.score,
    kind: quote.kind,
    headline: quote.headline,
    published: quote.published,
    url: quote.url,
  };
}

function sourceJson(source: SourceAnswer) {
  return {
    source: source.source,
    outlet: source.outlet,
    headline: source.headline,
    published: source.published,
    covered: source.covered,
    quote: source.quote ? quoteJson(source.quote) : null,
    seconds: source.seconds.map(quoteJson),
  };
}

export function answerJson(answer: Answer) {
  return {
    query: answer.query,
    quotes: answer.quotes.map(quoteJson),
    sources: answer.sources.map(sourceJson),
    comparison: comparisonJson(answer.comparison),
    ms: answer.ms,
    asOf: answer.asOf ? { articles: answer.asOf.articles, newest: answer.asOf.newest } : null,
  };
}

export function articleJson(article: Article) {
  return {
    source: article.id,
    outlet: outletName(article),
    headline: article.metadata.headline,
    published: article.metadata.published,
    byline: article.metadata.byline,
    passages: article.passages.length,
    url: article.metadata.url,
    credits: article.metadata.credits,
    printHeadline: article.metadata.printHeadline,
    section: article.metadata.section,
    captions: article.passages.filter((passage) => passage.kind === "caption").length,
    origin: article.metadata.origin ?? null,
    inferred: {
      outlet: article.metadata.inferred?.outlet ?? null,
      headline: article.metadata.inferred?.headline ?? null,
      published: article.metadata.inferred?.published ?? null,
    },
  };
}
