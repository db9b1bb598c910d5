import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { DESK_QUESTIONS, DESK_SOURCES } from "./fixtures/desk-questions.js";

let desk: StoryDesk;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "story-desk-wide-"));
  for (const folder of ["seeds/iraq", "test/fixtures/pages"]) {
    for (const name of readdirSync(folder))
      copyFileSync(path.join(folder, name), path.join(dir, name));
  }
  desk = await openDeskFolder(dir, () => {});
});

describe("a desk with pages from outlets the rules were not written for", () => {
  it("loads all six articles", () => {
    expect(desk.articles.map((article) => article.id).sort()).toEqual([...DESK_SOURCES].sort());
  });

  it("gets at least 90% of per-source answers right", () => {
    const misses: string[] = [];
    let checks = 0;
    for (const { question, expect: expected } of DESK_QUESTIONS) {
      const answer = answerQuestion(desk, question);
      DESK_SOURCES.forEach((id, i) => {
        const want = expected[i];
        const got = answer.sources.find((source) => source.source === id)?.quote?.paragraph ?? null;
        checks++;
        const right =
          want === null ? got === null : Array.isArray(want) ? want.includes(got) : want === got;
        if (!right) misses.push(`${question} / ${id}: wanted ${JSON.stringify(want)}, got ${got}`);
      });
    }
    expect(misses.length / checks, misses.join("\n")).toBeLessThanOrEqual(0.1);
  });

  it("never quotes page furniture", () => {
    const furniture =
      /Advertisement|Share on|Copyright|All rights reserved|Subscribe|Sign in|Related|Most Read|Topics|commenting|Our Standards/i;
    for (const { question } of DESK_QUESTIONS) {
      for (const quote of answerQuestion(desk, question).quotes)
        expect(quote.text).not.toMatch(furniture);
    }
  });
});
