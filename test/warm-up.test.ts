import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { loadDesk } from "../src/newsroom/load-desk.js";
import { warmUpDesk } from "../src/newsroom/warm-up.js";
import { WARM_UP_QUESTIONS, warmUpArticles } from "../src/newsroom/warm-up-sample.js";

const strip = (answer: ReturnType<typeof answerQuestion>) => ({ ...answer, ms: 0 });

describe("warming a desk up", () => {
  it("changes no answer: a warmed desk answers as one never warmed", async () => {
    const { articles } = await loadDesk("seeds/iraq");
    const cold = openDesk(articles);
    const warm = warmUpDesk(openDesk(articles));
    for (const question of [
      "who attacked the base",
      "how many rockets were fired",
      "what did the embassy say",
    ])
      expect(strip(answerQuestion(warm, question))).toEqual(strip(answerQuestion(cold, question)));
  });

  it("runs the comparison over the built-in sample story: its questions find its outlets", () => {
    const sample = openDesk(warmUpArticles());
    const answer = answerQuestion(sample, WARM_UP_QUESTIONS[1] ?? "");
    expect(answer.quotes[0]?.text).toContain("rebuild");
    expect(answer.comparison.sources.length).toBeGreaterThan(1);
  });
});
