import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { answerAgreement } from "../src/search/answer-agreement.js";
import { makeArticle } from "./support/make-article.js";

describe("which answer the outlets agree on", () => {
  it("gives each answering passage the share of other sources giving the same answer", () => {
    const passages = [
      { id: 1, source: 0, score: 0.9 },
      { id: 2, source: 0, score: 0.9 },
      { id: 3, source: 1, score: 0.8 },
      { id: 4, source: 2, score: 0.95 },
      { id: 5, source: 3, score: 0.2 },
    ];
    const answers = new Map([
      [1, ["tuesday"]],
      [2, ["wednesday"]],
      [3, ["tuesday"]],
      [4, ["tuesday"]],
      [5, ["wednesday"]],
    ]);
    const agreed = answerAgreement(passages, answers, 0.6);
    expect(agreed.get(1)).toBe(1);
    expect(agreed.get(2)).toBe(0);
    expect(agreed.get(3)).toBe(1);
    // A passage far under the floor gives no answer that counts.
    expect(agreed.has(5)).toBe(false);
  });

  it("reads nothing when no passage has an answer", () => {
    expect(answerAgreement([{ id: 1, source: 0, score: 1 }], new Map(), 0.6).size).toBe(0);
  });

  it("an outlet's passage giving the day the others give comes before one giving another day", () => {
    // Invented copy: a dam breach told by four outlets.
    const desk = openDesk([
      makeArticle("ledger", "The Valley Ledger", [
        "Engineers returned to the dam breach on Thursday.",
        "Water from the dam poured through the breach into three villages on Monday, officials said.",
      ]),
      makeArticle("herald", "The Coast Herald", [
        "The dam breach on Monday sent water across the farmland.",
      ]),
      makeArticle("post", "The Hill Post", ["Villagers fled when the dam breach came on Monday."]),
      makeArticle("wire", "Wire Service", ["A dam breach on Monday forced hundreds from home."]),
    ]);
    const ledger = answerQuestion(desk, "when was the dam breach").sources.find(
      (source) => source.source === "ledger",
    );
    expect(ledger?.quote?.paragraph).toBe(2);
  });
});
