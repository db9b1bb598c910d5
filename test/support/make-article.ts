import type { Article } from "../../src/ingest/article.js";

/** A small article built in memory: one passage per paragraph given. */
export function makeArticle(id: string, outlet: string, paragraphs: readonly string[]): Article {
  return {
    id,
    file: `${id}.txt`,
    metadata: {
      outlet,
      headline: `${outlet} headline`,
      published: null,
      byline: null,
      url: null,
      credits: [],
      printHeadline: null,
      section: null,
    },
    passages: paragraphs.map((text, i) => ({
      id: `${id}#${i + 1}`,
      articleId: id,
      paragraph: i + 1,
      kind: "paragraph" as const,
      text,
    })),
  };
}
