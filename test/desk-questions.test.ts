import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import type { DeskQuestion } from "../src/desk/desk-questions.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openTestDesk } from "./support/open-test-desk.js";
import { checkQuestionSet, readQuestionSet, share } from "./support/question-set.js";
import { questionSetProblems } from "./support/question-set-shape.js";

const PAGES = "test/fixtures/pages";
let desk: StoryDesk;
let questions: DeskQuestion[];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "story-desk-wide-"));
  for (const folder of ["seeds/iraq", PAGES]) {
    for (const name of readdirSync(folder))
      copyFileSync(path.join(folder, name), path.join(dir, name));
  }
  // The same story as the seeds: the seeds desk's equivalents.
  desk = await openTestDesk(dir, "seeds/iraq");
  questions = readQuestionSet(PAGES);
});

describe("a desk with pages from outlets the rules were not written for", () => {
  it("loads the two seeds and the six pages, and no question set as an article", () => {
    const pages = readdirSync(PAGES).filter((name) => /\.(txt|md)$/.test(name));
    expect(desk.articles).toHaveLength(2 + pages.length);
  });

  it("has a question set naming the desk's articles, each fragment in exactly one passage", () => {
    expect(questions.length).toBeGreaterThanOrEqual(15);
    expect(questionSetProblems(desk, questions)).toEqual([]);
  });

  it("gets at least 90% of per-outlet answers right, tuned on and held out alike", () => {
    for (const part of [questions.filter((q) => !q.heldOut), questions.filter((q) => q.heldOut)]) {
      const report = checkQuestionSet(desk, part);
      expect(share(report.pairs), report.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("never quotes page furniture", () => {
    const furniture =
      /Advertisement|Share on|Copyright|All rights reserved|Subscribe|Sign in|Related|Most Read|Topics|commenting|Our Standards/i;
    for (const { question } of questions) {
      for (const quote of answerQuestion(desk, question).quotes)
        expect(quote.text).not.toMatch(furniture);
    }
  });
});
