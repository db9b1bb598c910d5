import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { matchTokens } from "../src/text/match-terms.js";
import { isPhrasalVerb } from "../src/text/phrasal-verbs.js";
import { makeArticle } from "./support/make-article.js";

const terms = (text: string) =>
  matchTokens(text, "article")
    .filter((token) => !token.stop)
    .map((token) => token.term);

describe("phrasal verbs read as one word", () => {
  it("reads every form of a verb with its particle as the same word", () => {
    expect(terms("the mill went under")).toEqual(terms("will the mill go under"));
    expect(terms("the coach stepped down")).toContain(terms("step down")[0]);
    expect(isPhrasalVerb("step-down")).toBe(true);
    expect(terms("the donors yanked out their money")).toContain(terms("yank out")[0]);
    expect(isPhrasalVerb("step")).toBe(false);
  });

  it("leaves a verb without its particle as it was", () => {
    expect(terms("she stepped onto the stage")).toContain(terms("stepped")[0]);
  });

  it("answers a one-word verb with the phrasal verb an outlet used, and the other way", () => {
    const gazette = makeArticle("gazette", "The Gazette", [
      "Ferris Mills went under on Friday after its lenders refused a new loan.",
      "The mill had made blankets in the valley since 1911.",
    ]);
    const herald = makeArticle("herald", "The Herald", [
      "Orla Brandt stepped down as the club's manager after six seasons.",
    ]);
    const desk = openDesk([gazette, herald]);
    const failed = answerQuestion(desk, "why did Ferris Mills fail");
    expect(failed.sources.find((s) => s.source === "gazette")?.quote?.paragraph).toBe(1);
    const resigned = answerQuestion(desk, "when did Orla Brandt resign");
    expect(resigned.sources.find((s) => s.source === "herald")?.covered).toBe(true);
  });
});
