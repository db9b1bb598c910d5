import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseDeskQuestions } from "../src/desk/desk-questions.js";
import {
  type FeedbackRecord,
  parseShownKey,
  shownKey,
  shownQuotes,
  summariseFeedback,
} from "../src/desk/feedback.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { feedbackLogAt, hashUser, readFeedback } from "../src/newsroom/feedback-log.js";
import { questionEntry, renderFeedbackText } from "../src/render/feedback-text.js";

const record = (over: Partial<FeedbackRecord>): FeedbackRecord => ({
  desk: "flood",
  question: "how high did the river rise",
  shown: [],
  verdict: "right",
  note: null,
  at: "2025-05-02T10:00:00.000Z",
  user: hashUser("U1"),
  ...over,
});

describe("feedback", () => {
  it("names shown passages by article, kind and number, and looks them up", () => {
    expect(shownKey({ source: "a", paragraph: 3, kind: "paragraph" })).toBe("a#3");
    expect(shownKey({ source: "a#b", paragraph: 2, kind: "caption" })).toBe("a#b#caption-2");
    expect(parseShownKey("a#b#caption-2")).toEqual({
      source: "a#b",
      paragraph: 2,
      kind: "caption",
    });
    expect(parseShownKey("nonsense")).toBeNull();
    const article = articleFromParagraphs(
      "gazette",
      ["The river rose two metres.", "Schools shut."],
      {
        outlet: "Gazette",
      },
    );
    expect(shownQuotes(["gazette#2", "gone#1", "bad"], [article])).toEqual([
      {
        source: "gazette",
        paragraph: 2,
        kind: "paragraph",
        outlet: "Gazette",
        opening: "Schools shut.",
      },
      { source: "gone", paragraph: 1, kind: "paragraph", outlet: "gone", opening: "" },
    ]);
  });

  it("keeps the user only as a hash", () => {
    expect(hashUser("U0ABC")).toMatch(/^[0-9a-f]{16}$/);
    expect(hashUser("U0ABC")).not.toBe(hashUser("U0ABD"));
  });

  it("counts verdicts per desk and prints the wrong ones as question-set entries that parse", () => {
    const records = [
      record({}),
      record({ desk: "council", verdict: "right" }),
      record({
        verdict: "wrong",
        what: { kind: "missed", source: "valley-courier" },
        note: "it says\nthree metres",
        shown: [
          {
            source: "gazette",
            paragraph: 2,
            kind: "paragraph",
            outlet: "Gazette",
            opening: "Schools shut.",
          },
        ],
      }),
    ];
    const desks = summariseFeedback(records);
    expect(desks.map((d) => [d.desk, d.right, d.wrong])).toEqual([
      ["council", 1, 0],
      ["flood", 1, 1],
    ]);
    expect(summariseFeedback(records, "council")).toHaveLength(1);
    const entry = questionEntry(desks[1]?.wrongOnes[0] as FeedbackRecord);
    expect(entry).toContain("#   note: it says three metres");
    const parsed = parseDeskQuestions(entry);
    expect(parsed[0]?.question).toBe("how high did the river rise");
    expect(Object.keys(parsed[0]?.expect ?? {})).toEqual(["valley-courier"]);
    expect(parse(entry)).toHaveLength(1);
    expect(renderFeedbackText(desks, "f.jsonl")).toContain("flood: 2 verdicts, 1 right, 1 wrong");
  });

  it("appends one line per verdict and reads them back, skipping what is not one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "story-desk-feedback-"));
    try {
      const file = path.join(dir, "sub", "feedback.jsonl");
      const log = feedbackLogAt(file);
      await Promise.all([log.record(record({})), log.record(record({ verdict: "wrong" }))]);
      writeFileSync(file, `${"{torn"}\n`, { flag: "a" });
      const read = await readFeedback(file);
      expect(read.records.map((r) => r.verdict).sort()).toEqual(["right", "wrong"]);
      expect(read.skipped).toBe(1);
      expect(await readFeedback(path.join(dir, "none.jsonl"))).toEqual({ records: [], skipped: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
