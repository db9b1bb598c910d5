import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { paraphrasesOf } from "../src/text/news-paraphrases.js";
import { makeArticle } from "./support/make-article.js";

describe("loose newsroom paraphrases", () => {
  it("knows words that stand in for each other in news copy, both ways", () => {
    expect(paraphrasesOf("stock")).toContain("shares");
    expect(paraphrasesOf("fine")).toContain("penalty");
    expect(paraphrasesOf("penalty")).toContain("fine");
    expect(paraphrasesOf("unveiled")).toContain("revealed");
    expect(paraphrasesOf("brewery")).toEqual([]);
    expect(paraphrasesOf("wreckage")).toContain("debris");
    expect(paraphrasesOf("penalties")).toContain("shootout");
    expect(paraphrasesOf("championship")).toContain("title");
    expect(paraphrasesOf("killed")).toContain("toll");
    expect(paraphrasesOf("vanished")).toContain("missing");
    expect(paraphrasesOf("probe")).toContain("investigation");
    expect(paraphrasesOf("detained")).toContain("arrested");
    expect(paraphrasesOf("go-back")).toContain("returned");
    expect(paraphrasesOf("believed")).toContain("presumed");
    expect(paraphrasesOf("call-off")).toContain("suspended");
    expect(paraphrasesOf("shifted")).toContain("transitioned");
    expect(paraphrasesOf("coping")).toContain("overwhelmed");
    expect(paraphrasesOf("rioters")).toContain("mob");
    expect(paraphrasesOf("boy")).toContain("child");
    expect(paraphrasesOf("burst")).toContain("failed");
  });

  it("finds the passage that says a vessel returned, for a question asking where it went back to", () => {
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "The Dunmore ferry left Carrow Quay at 9 a.m. with 80 passengers aboard.",
        "The Dunmore ferry returned to Carrow Quay after its engine failed.",
      ]),
    ]);
    const answer = answerQuestion(desk, "where did the Dunmore ferry go back to?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });

  it("answers a question worded another way than the copy, below the copy's own wording", () => {
    const ledger = makeArticle("ledger", "The Ledger", [
      "Shares in Hollin Brewing fell 4% on Monday after the recall of its lager cans.",
      "The brewery employs about 900 people at two sites.",
    ]);
    const post = makeArticle("post", "The Post", [
      "Hollin Brewing stock fell 3% in early trading.",
    ]);
    const answer = answerQuestion(
      openDesk([ledger, post]),
      "what happened to Hollin Brewing stock",
    );
    const bySource = new Map(answer.sources.map((s) => [s.source, s.quote]));
    expect(bySource.get("ledger")?.paragraph).toBe(1);
    expect(bySource.get("post")?.paragraph).toBe(1);
    expect(bySource.get("ledger")?.score ?? 1).toBeLessThan(bySource.get("post")?.score ?? 0);
  });

  it("never lets a paraphrase answer alone, without a word of the question itself", () => {
    const wire = makeArticle("wire", "The Wire", ["Shares fell sharply across the region."]);
    const answer = answerQuestion(openDesk([wire]), "what happened to the stock");
    expect(answer.sources[0]?.covered).toBe(false);
  });
});
