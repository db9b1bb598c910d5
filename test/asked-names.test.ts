import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { inAskedName, tagTokens } from "../src/search/answer-tagger.js";
import { analyseQuestion } from "../src/search/question-analysis.js";
import { matchTokens } from "../src/text/match-terms.js";
import { makeArticle } from "./support/make-article.js";

describe("the kind a 'which' question asks for, past the words before it", () => {
  it("reads 'which visiting player' as asking for a person, as 'which player' is", () => {
    expect(analyseQuestion("which visiting player scored the late goal?").answerType).toBe(
      "person",
    );
    expect(analyseQuestion("which local firm won the harbour contract").answerType).toBe(
      "organisation",
    );
  });

  it("takes the last of two words before the rest as the kind: 'which two state agencies'", () => {
    expect(analyseQuestion("which two state agencies ran the search").answerType).toBe(
      "organisation",
    );
    expect(analyseQuestion("which state ran the search").answerType).toBe("place");
  });

  it("leaves 'which of', 'which was' and 'which way' asking for no kind", () => {
    expect(analyseQuestion("which of the crews reached the boat first").answerType).toBe("none");
    expect(analyseQuestion("which was the first ferry to sail").answerType).toBe("none");
    expect(analyseQuestion("which way did the storm turn").answerType).toBe("none");
  });
});

describe("a name the question already gives", () => {
  it("is no answer: the first name beside the asked surname is part of it", () => {
    const tokens = matchTokens("Coach Dana Holt hired Mira Castell.", "article", true);
    const tags = tagTokens(tokens);
    const at = (word: string) => tokens.findIndex((token) => token.cased === word);
    const matched = new Set([at("Holt")]);
    expect(inAskedName(tokens, tags, at("Dana"), matched)).toBe(true);
    expect(inAskedName(tokens, tags, at("Mira"), matched)).toBe(false);
    expect(inAskedName(tokens, tags, at("Castell"), matched)).toBe(false);
  });

  it("lets the passage naming whom she hired rank above one naming only her", () => {
    const desk = openDesk([
      makeArticle("gazette", "The Gazette", [
        "Dana Holt hired new staff at the Wenlow rowing club on Monday.",
        "Holt hired Mira Castell at the Wenlow rowing club on Monday.",
      ]),
    ]);
    const answer = answerQuestion(desk, "who did Holt hire at the Wenlow rowing club?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});
