import { type Article, articleFromParagraphs } from "../../src/ingest/article.js";

/** A small article built in memory: one passage per paragraph given. */
export function makeArticle(id: string, outlet: string, paragraphs: readonly string[]): Article {
  return articleFromParagraphs(id, paragraphs, { outlet, headline: `${outlet} headline` });
}
