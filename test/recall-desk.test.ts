import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openWrittenDesk, RECALL_DESK } from "./support/written-desk.js";
import {
  figuresLine,
  missLines,
  readQuestionSet,
  runQuestionSet,
  type SetQuestion,
  shareRight,
} from "./support/written-question-set.js";

/** What a reader of each page takes as its outlet, headline and date. */
const READER_SEES: Readonly<Record<string, readonly [string, string, string]>> = {
  "heartland-sentinel-heater-recall-overblown": [
    "Heartland Sentinel",
    "Washington's heater scare: Is the ThermaLoft recall overblown?",
    "2025-03-13",
  ],
  "lakeshore-courier-heater-recall": [
    "The Lakeshore Courier",
    "Heater recall reaches Lakeshore stores",
    "2025-03-12",
  ],
  "national-ledger-halvorsen-analysis": [
    "The National Ledger",
    "Halvorsen engineers flagged the heater switch months before the recall",
    "2025-03-13",
  ],
  "newshive-heater-recall-what-we-know": [
    "NewsHive",
    "ThermaLoft heater recall: what we know so far",
    "2025-03-12",
  ],
  "tidewater-press-thermaloft-recall": [
    "Tidewater Press",
    "Halvorsen recalls 410,000 ThermaLoft space heaters after fires, burns",
    "2025-03-11",
  ],
  "valley6-thermaloft-heater-warning": [
    "Valley 6 News",
    "Regulators to ThermaLoft heater owners: 'Unplug it tonight'",
    "2025-03-11",
  ],
};

let desk: StoryDesk;
let questions: SetQuestion[];

beforeAll(async () => {
  ({ desk } = await openWrittenDesk(RECALL_DESK));
  questions = await readQuestionSet(path.join(RECALL_DESK, "questions.yml"));
});

describe("the written recall desk", () => {
  it("loads its six articles and reads most outlets, headlines and dates as a reader does", () => {
    expect(desk.articles.map((a) => a.id).sort()).toEqual(Object.keys(READER_SEES).sort());
    expect(desk.profile.command).toBe("/recall");
    const misses: string[] = [];
    for (const article of desk.articles) {
      const [outlet, headline, date] = READER_SEES[article.id] ?? ["", "", ""];
      const { metadata } = article;
      if (metadata.outlet !== outlet) misses.push(`${article.id} outlet: ${metadata.outlet}`);
      if (metadata.headline !== headline)
        misses.push(`${article.id} headline: ${metadata.headline}`);
      if (metadata.published !== date) misses.push(`${article.id} date: ${metadata.published}`);
    }
    console.info(`recall desk metadata: ${18 - misses.length} of 18 right`);
    // Today's ingest reads 12 of the 18; the target (issue 12) is all of them.
    expect(misses.length, misses.join("\n")).toBeLessThanOrEqual(6);
  });

  it("has a question set of the agreed shape: 45+ questions, a third held out, unique fragments", () => {
    expect(questions.length).toBeGreaterThanOrEqual(45);
    const heldOut = questions.filter((q) => q.heldOut).length;
    expect(heldOut / questions.length).toBeGreaterThan(0.25);
    const kinds = new Set(questions.map((q) => q.kind));
    for (const kind of ["plain", "paraphrase", "typo", "one-outlet", "not-covered", "event"])
      expect(kinds).toContain(kind);
    const texts = new Map(desk.articles.map((a) => [a.id, a.passages.map((p) => p.text)]));
    for (const q of questions) {
      expect(Object.keys(q.expect).sort(), q.question).toEqual([...texts.keys()].sort());
      for (const [id, fragments] of Object.entries(q.expect)) {
        for (const fragment of fragments ?? []) {
          expect(fragment.split(/\s+/).length, fragment).toBeGreaterThanOrEqual(4);
          const holding = (texts.get(id) ?? []).filter((text) => text.includes(fragment));
          expect(holding.length, `${q.question} / ${id}: ${fragment}`).toBe(1);
        }
      }
    }
  });

  it("answers the question set through the ask path, with per-outlet figures", () => {
    const info = vi.spyOn(console, "info");
    const pairs = runQuestionSet(desk, questions);
    const tuned = pairs.filter((pair) => !pair.heldOut);
    const heldOut = pairs.filter((pair) => pair.heldOut);
    console.info(figuresLine("recall desk, tuned", tuned));
    console.info(figuresLine("recall desk, held-out", heldOut));
    expect(info.mock.calls.some(([line]) => String(line).includes("held-out:"))).toBe(true);
    info.mockRestore();
    // Today's engine: 0.83 on the tuned part (held-out 0.63). Target (issue 13): 0.95 per outlet.
    expect(shareRight(tuned), missLines(tuned, questions)).toBeGreaterThanOrEqual(0.82);
  });
});
