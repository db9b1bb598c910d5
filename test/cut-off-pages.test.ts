import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { answerJson } from "../src/render/answer-json.js";

/**
 * Pages as a reader's copy or a search snippet often ends them: cut off in the middle of a
 * sentence, after any word, even inside a name ("… said the Office of the").
 */
const LAST_SENTENCE =
  'Transport Minister Ana Ruiz of the Office of the Prime Minister told the Bank of the North and Marine le Pen that "the Board for Safety of the Port" counted 12 dead, according to St. Mary\'s Hospital of the';

const words = LAST_SENTENCE.split(" ");

function pageCutAfter(count: number): string {
  return [
    `Ferry sinks off the coast | The Harbour Times`,
    "",
    "March 3, 2024",
    "",
    "A passenger ferry sank on Sunday, officials of the Coast Guard of the Region said, and 12 people died.",
    "",
    words.slice(0, count).join(" "),
  ].join("\n");
}

let folder: string;
let desk: StoryDesk;
const warnings: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "cut-off-pages-"));
  for (let count = 1; count <= words.length; count++)
    await writeFile(
      path.join(folder, `page-${String(count).padStart(2, "0")}.txt`),
      pageCutAfter(count),
    );
  desk = await openDeskFolder(folder, (warning) => warnings.push(String(warning)), { cache: null });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("pages cut off in the middle of a sentence", () => {
  it("open as a desk, every page read, whatever word the page stops after", () => {
    expect(desk.articles).toHaveLength(words.length);
  });

  it("answer and compare questions about the names the cut runs through", () => {
    for (const question of [
      "who did the minister tell",
      "how many died when the ferry sank",
      "what did the Office of the Prime Minister say",
      "who is Ana Ruiz",
    ]) {
      const answer = answerQuestion(desk, question);
      expect(answer.sources).toHaveLength(words.length);
      expect(JSON.parse(JSON.stringify(answerJson(answer))).query).toBe(question);
    }
  });
});
