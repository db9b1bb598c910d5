import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { SearchConfig } from "../src/search/search-config.js";
import { makeArticle } from "./support/make-article.js";

describe("how much each question word weighs", () => {
  // The story's name is in every passage; the question's verb is what tells them apart.
  const gazette = makeArticle("gazette", "The Gazette", [
    "Mayor Ada Lindqvist won a second term on Sunday with a record majority.",
    "Lindqvist will name her new cabinet next week, aides said.",
  ]);
  const herald = makeArticle("herald", "The Herald", [
    "Lindqvist, 51, thanked her volunteers in a short speech at the town hall.",
    "The regional governor congratulated Lindqvist by telephone on Monday.",
  ]);
  const question = "who congratulated Lindqvist";

  it("lets a rare verb, not the story's ever-present name, decide which passage answers", () => {
    const answer = answerQuestion(openDesk([gazette, herald]), question);
    const bySource = new Map(answer.sources.map((s) => [s.source, s]));
    expect(bySource.get("herald")?.quote?.paragraph).toBe(2);
    expect(bySource.get("gazette")?.covered).toBe(false);
  });

  it("keeps a verb's weight near the others', so that a verb alone answers nothing", () => {
    const capped = openDesk([gazette, herald], { ...SearchConfig, verbCapShare: 2 });
    const answer = answerQuestion(capped, "who congratulated the new harbour master");
    expect(answer.sources.every((s) => !s.covered)).toBe(true);
  });
});
