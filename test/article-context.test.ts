import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { inheritFromArticle } from "../src/search/passage-scoring.js";
import { SearchConfig } from "../src/search/search-config.js";

// Invented coverage: every paragraph of the ferry story is about the ferry, though few say so.
const ferry = articleFromParagraphs(
  "island-weekly",
  [
    "The county suspended the ferry to Pell Island on Monday after inspectors found cracks in the hull of its only boat.",
    "Tickets already bought will be refunded at the harbour office on Quay Street, officials said.",
    "Welders from the mainland yard said the repairs could take six weeks.",
    "Islanders who commute to the mainland for work said the ferry is their only way across in winter.",
  ],
  { outlet: "Island Weekly", headline: "Ferry to Pell Island suspended after cracks found" },
);
const library = articleFromParagraphs(
  "town-crier",
  [
    "The town library will stay open until nine on weekdays from next month.",
    "Tickets for the autumn reading festival will be refunded if the tent is not ready, the organisers said.",
  ],
  { outlet: "Town Crier", headline: "Library opens longer on weekdays" },
);

const quoteOf = (desk: ReturnType<typeof openDesk>, question: string, source: string) =>
  answerQuestion(desk, question).sources.find((s) => s.source === source)?.quote ?? null;

describe("a passage inherits its article's subject", () => {
  const desk = openDesk([ferry, library]);
  const literal = openDesk([ferry, library], { ...SearchConfig, articleContextQuality: 0 });

  it("answers from a paragraph that leaves the article's subject unsaid", () => {
    const question = "who is doing the ferry repairs";
    expect(quoteOf(desk, question, "island-weekly")?.paragraph).toBe(3);
    expect(quoteOf(literal, question, "island-weekly")).toBeNull();
  });

  it("never lends one article's subject to another article's paragraph", () => {
    const question = "where are ferry tickets refunded";
    expect(quoteOf(desk, question, "island-weekly")?.paragraph).toBe(2);
    expect(quoteOf(desk, question, "town-crier")).toBeNull();
  });

  it("scores an inherited word below the same word in the paragraph itself", () => {
    const inherited = quoteOf(desk, "who is doing the ferry repairs", "island-weekly");
    const stated = quoteOf(desk, "who is doing the repairs", "island-weekly");
    expect(inherited?.paragraph).toBe(3);
    expect(stated?.paragraph).toBe(3);
    expect(inherited?.score ?? 1).toBeLessThan(stated?.score ?? 0);
  });

  it("lends nothing to a paragraph whose own words match too little of the question", () => {
    // Three question words of equal weight: term 1 is the article's subject, 2 and 3 are not.
    const concepts = [1, 2, 3].map((id) => ({
      word: `w${id}`,
      weight: 1,
      qualityById: new Map([[id, 1]]),
      subject: true,
    }));
    const miss = { quality: 0, at: [], literal: false };
    const own = { quality: 1, at: [4], literal: true };
    const subject = () => new Set([1]);
    const fromOne = inheritFromArticle(concepts, [miss, own, miss], subject, 0.7, 0.3);
    expect(fromOne.map((hit) => hit.quality)).toEqual([0.7, 1, 0]);
    // Its own words cover a third of the question: not enough to inherit the subject.
    const tooLittle = inheritFromArticle(concepts, [miss, own, miss], subject, 0.7, 0.4);
    expect(tooLittle.map((hit) => hit.quality)).toEqual([0, 1, 0]);
    // A verb or an adjective is never inherited: an article is about things and people.
    const verbs = concepts.map((concept) => ({ ...concept, subject: false }));
    expect(inheritFromArticle(verbs, [miss, own, miss], subject, 0.7, 0.3)[0]?.quality).toBe(0);
  });
});
