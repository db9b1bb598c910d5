import { beforeAll, describe, expect, it } from "vitest";
import type { DeskQuestion } from "../src/desk/desk-questions.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openTestDesk } from "./support/open-test-desk.js";
import { checkQuestionSet, readQuestionSet, share } from "./support/question-set.js";
import { questionSetProblems } from "./support/question-set-shape.js";

const FOLDER = "seeds/iraq";
let desk: StoryDesk;
let questions: DeskQuestion[];

beforeAll(async () => {
  desk = await openTestDesk(FOLDER);
  questions = readQuestionSet(FOLDER);
});

describe("the seeds desk's question set (seeds/iraq/questions.yml)", () => {
  it("has typos, paraphrases, one-outlet and no-outlet questions, a third held out", () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(questions.map((q) => q.kind));
    for (const kind of ["plain", "typo", "paraphrase", "one-outlet", "not-covered"])
      expect(kinds).toContain(kind);
    const heldOut = questions.filter((q) => q.heldOut).length;
    expect(heldOut / questions.length).toBeGreaterThanOrEqual(0.3);
  });

  it("names the desk's articles, each fragment standing in exactly one passage", () => {
    expect(questionSetProblems(desk, questions)).toEqual([]);
  });

  it("finds each outlet's passage on the questions tuned on", () => {
    const report = checkQuestionSet(
      desk,
      questions.filter((q) => !q.heldOut),
    );
    const misses = report.misses.join("\n");
    // Today: 37 of 38 passages, 29 of 30 "not covered", every first quote.
    expect(share(report.passages), misses).toBeGreaterThanOrEqual(0.97);
    expect(share(report.notCovered), misses).toBeGreaterThanOrEqual(0.96);
    expect(share(report.firstQuote), misses).toBeGreaterThanOrEqual(0.97);
  });

  it("finds each outlet's passage on the held-out questions", () => {
    const report = checkQuestionSet(
      desk,
      questions.filter((q) => q.heldOut),
    );
    const misses = report.misses.join("\n");
    // The acceptance target (issue 13); today 22 of 22, 12 of 12, 17 of 17.
    expect(share(report.passages), misses).toBeGreaterThanOrEqual(0.95);
    expect(share(report.notCovered), misses).toBeGreaterThanOrEqual(0.9);
    expect(share(report.firstQuote), misses).toBeGreaterThanOrEqual(0.9);
  });
});
