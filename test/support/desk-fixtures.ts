import type { Answer, Quote, SourceAnswer } from "../../src/answer/answer.js";
import { EMPTY_COMPARISON } from "../../src/compare/comparison.js";
import type { Article } from "../../src/ingest/article.js";

/** Made-up newsroom data for renderer tests: outlets and stories that exist nowhere. */

export function makeQuote(overrides: Partial<Quote> = {}): Quote {
  return {
    source: "harbor-gazette-flood",
    outlet: "Harbor Gazette",
    headline: "River breaks its banks",
    published: "2024-05-02",
    url: null,
    paragraph: 3,
    kind: "paragraph",
    text: "The river rose two metres overnight, the mayor said.",
    score: 0.9,
    ...overrides,
  };
}

export function makeSource(
  quote: Quote | null,
  overrides: Partial<SourceAnswer> = {},
): SourceAnswer {
  return {
    source: quote?.source ?? "valley-courier-flood",
    outlet: quote?.outlet ?? "Valley Courier",
    headline: quote?.headline ?? "Flood warnings",
    published: quote?.published ?? null,
    covered: quote !== null,
    quote,
    seconds: [],
    ...overrides,
  };
}

export function makeAnswer(
  quotes: Quote[],
  sources?: SourceAnswer[],
  query = "how high did the river rise",
): Answer {
  return {
    query,
    quotes,
    sources: sources ?? [makeSource(quotes[0] ?? null), makeSource(null)],
    ms: 1,
    comparison: EMPTY_COMPARISON,
  };
}

export function makeArticle(
  id: string,
  overrides: Partial<Article["metadata"]> = {},
  passages = 3,
): Article {
  return {
    id,
    file: `${id}.txt`,
    metadata: {
      outlet: "Harbor Gazette",
      headline: "River breaks its banks",
      published: "2024-05-02",
      byline: null,
      url: null,
      credits: [],
      printHeadline: null,
      section: null,
      ...overrides,
    },
    passages: Array.from({ length: passages }, (_, i) => ({
      id: `${id}#${i + 1}`,
      articleId: id,
      paragraph: i + 1,
      kind: "paragraph" as const,
      text: `Paragraph ${i + 1} of ${id}.`,
    })),
  };
}

/** Every mrkdwn or plain text in a list of blocks, for checks that hold for all of them. */
export function textsOf(blocks: readonly unknown[]): string[] {
  const texts: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record["text"] === "string") texts.push(record["text"]);
      for (const value of Object.values(record)) if (typeof value === "object") visit(value);
    }
  };
  visit(blocks);
  return texts;
}
