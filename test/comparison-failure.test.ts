import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

// The comparison fails on every page, as a bug on a page no one foresaw would make it fail.
vi.mock("../src/compare/compare-sources.js", () => ({
  compareSources: () => {
    throw new TypeError("reading past the end of a page");
  },
  prepareComparison: () => {
    throw new TypeError("reading past the end of a page");
  },
}));

const { answerQuestion } = await import("../src/answer/answer-question.js");
const { openDeskFolder } = await import("../src/newsroom/open-desk-folder.js");

const folder = await mkdtemp(path.join(tmpdir(), "comparison-failure-"));

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("a comparison that fails on a page", () => {
  it("neither stops the desk from opening nor takes the quotes from the answer", async () => {
    await writeFile(
      path.join(folder, "harbour-times-2024-03-03.txt"),
      "Ferry sinks off the coast\n\nMarch 3, 2024\n\nTwelve people died when a passenger ferry sank off the coast on Sunday, the coast guard said.\n",
    );
    const desk = await openDeskFolder(folder, () => {}, { cache: null });
    const answer = answerQuestion(desk, "how many people died when the ferry sank");
    expect(answer.quotes[0]?.text).toContain("Twelve people died");
    expect(answer.comparison.sources).toEqual([]);
    expect(answer.comparison.figures).toEqual([]);
  });
});
