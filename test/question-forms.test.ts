import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { analyseQuestion } from "../src/search/question-analysis.js";
import { makeArticle } from "./support/make-article.js";

/** Each outlet's quoted text for a question, or null when it is reported as not covering it. */
function quotesFor(
  desk: ReturnType<typeof openDesk>,
  question: string,
): Record<string, string | null> {
  const answer = answerQuestion(desk, question);
  return Object.fromEntries(
    answer.sources.map((source) => [source.source, source.quote?.text ?? null]),
  );
}

describe("the words that only shape a question", () => {
  // An invented story: a column of tractors driving on the city of Hollowmere.
  const desk = openDesk([
    makeArticle("ledger", "The Ledger", [
      "The farmers' convoy left Brackton at dawn and headed for Hollowmere.",
      "By nightfall the convoy had come within 40 miles of Hollowmere, its organisers said.",
    ]),
    makeArticle("clarion", "The Clarion", [
      "Police watched closely as the convoy rolled towards Hollowmere through the valley.",
      "The convoy's leaders have not said what they want from the city council.",
    ]),
  ]);

  it("reads 'how close' as asking for a distance, not for the word 'close'", () => {
    expect(analyseQuestion("how close did the convoy get to Hollowmere").unit).toBe("distance");
    const quotes = quotesFor(desk, "how close did the convoy get to Hollowmere");
    expect(quotes["ledger"]).toContain("within 40 miles");
    // "closely" and a convoy on its way state no distance: that outlet does not answer.
    expect(quotes["clarion"]).toBeNull();
  });

  it("reads 'how much value did it lose' as asking for a sum of money", () => {
    expect(analyseQuestion("how much market value did Pellworth lose").unit).toBe("money");
    const markets = openDesk([
      makeArticle("bulletin", "The Bulletin", [
        "Pellworth shares tumbled on Monday, wiping $3.1 billion off its market worth.",
        "Pellworth said its market position remained strong.",
      ]),
    ]);
    const quotes = quotesFor(markets, "how much market value did Pellworth lose");
    expect(quotes["bulletin"]).toContain("$3.1 billion");
  });
});
