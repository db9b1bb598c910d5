import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { isSpanInWords } from "../src/search/answer-tagger.js";
import { statesWhen } from "../src/search/unit-words.js";
import { matchTokens } from "../src/text/match-terms.js";
import { makeArticle } from "./support/make-article.js";

describe("a question asking how long something lasted", () => {
  it("reads a span stated in the passage as telling it: 'after 44 days', 'for six weeks'", () => {
    expect(statesWhen("number", "The strike ended after 44 days.", "duration")).toBe(true);
    expect(statesWhen("number", "Crews worked for six weeks on the pier.", "duration")).toBe(true);
    expect(statesWhen("number", "The strike ended on the pier.", "duration")).toBe(false);
  });

  it("counts the question's 'last' as told by a passage giving the span in another verb", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "The Wenlow dock strike ended on Friday after 44 days.",
      ]),
      makeArticle("post", "The Post", [
        "The Wenlow dock strike was the last of the year, with 300 dockers out.",
      ]),
      makeArticle("wire", "The Wire", ["Ferries ran as usual across the bay."]),
    ]);
    const answer = answerQuestion(desk, "how long did the strike last?");
    expect(answer.quotes.map((quote) => quote.source)).toEqual(["ledger"]);
    // Without the span read as telling "last", the passage misses a word: 0.63.
    expect(answer.quotes[0]?.score).toBeGreaterThan(0.75);
  });
});

describe("a span told in words, not figures", () => {
  const spanAt = (text: string, word: string) => {
    const tokens = matchTokens(text, "article", true);
    return isSpanInWords(
      tokens,
      tokens.findIndex((token) => token.word === word),
    );
  };

  it("reads 'for days', 'several hours' and 'multiple weeks' as a span", () => {
    expect(spanAt("Talks went on for days.", "days")).toBe(true);
    expect(spanAt("The jury met for several hours.", "hours")).toBe(true);
    expect(spanAt("It took multiple weeks.", "weeks")).toBe(true);
    expect(spanAt("The final days of the trial were quiet.", "days")).toBe(false);
  });

  it("answers 'how long' before a passage on the same event that gives no span", () => {
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "The Wenlow jury deliberated in the old courthouse before the verdict.",
        "The Wenlow jury deliberated over multiple days before the verdict.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how long did the Wenlow jury deliberate?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});
