import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { SEED_QUESTIONS } from "./fixtures/seed-questions.js";

let desk: StoryDesk;

beforeAll(async () => {
  desk = await openDeskFolder("seeds/iraq", () => {});
});

function isRight(expected: number | readonly number[] | null, got: number | null): boolean {
  if (expected === null) return got === null;
  return typeof expected === "number" ? expected === got : expected.includes(got ?? -1);
}

describe("the team's question set on the seeds", () => {
  it("has at least 30 questions, with typos, one-outlet and neither-outlet questions", () => {
    expect(SEED_QUESTIONS.length).toBeGreaterThanOrEqual(30);
    const expectations = SEED_QUESTIONS.map((q) => Object.values(q.expect));
    expect(expectations.some((e) => e.every((v) => v === null))).toBe(true);
    expect(expectations.some((e) => e.filter((v) => v === null).length === 1)).toBe(true);
  });

  it("gets at least 95% of per-source answers right", () => {
    const misses: string[] = [];
    let checks = 0;
    for (const { question, expect: expected } of SEED_QUESTIONS) {
      const answer = answerQuestion(desk, question);
      for (const source of answer.sources) {
        const want = expected[source.source as keyof typeof expected];
        checks++;
        const got = source.quote?.paragraph ?? null;
        if (!isRight(want, got))
          misses.push(`${question} / ${source.source}: wanted ${JSON.stringify(want)}, got ${got}`);
      }
    }
    expect(checks).toBe(SEED_QUESTIONS.length * 2);
    expect(misses.length / checks, misses.join("\n")).toBeLessThanOrEqual(0.05);
  });
});
