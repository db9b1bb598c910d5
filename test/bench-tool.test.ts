import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDeskQuestions } from "../src/desk/desk-questions.js";
import { recallOf, recallPairs } from "../src/tools/bench/bench-questions.js";
import { questionsFileOf, toolDesk } from "../src/tools/tool-desk.js";
import { runTool } from "./support/run-tool.js";

const work = mkdtempSync(path.join(tmpdir(), "story-desk-bench-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Two questions in the questions.yml format, about the seeds desk's two articles (ids only). */
const QUESTIONS_YML = `
- question: what did the embassy tell its staff
  heldOut: true
  expect:
    outlet-a: the embassy told its staff
    outlet-b: null
- question: how many were hurt
  expect:
    outlet-a: [three people were hurt on, null]
    outlet-b: two people were hurt in
`;

describe("the benchmark's question mix", () => {
  const questions = parseDeskQuestions(QUESTIONS_YML);

  it("counts a pair for every outlet expected to answer, held-out ones apart", () => {
    const pairs = recallPairs(questions);
    expect(pairs.map((pair) => `${pair.question}|${pair.source}|${pair.heldOut}`)).toEqual([
      "what did the embassy tell its staff|outlet-a|true",
      "how many were hurt|outlet-a|false",
      "how many were hurt|outlet-b|false",
    ]);
  });

  it("scores an engine's best passages against the fragments questions.yml accepts", () => {
    const pairs = recallPairs(questions);
    const found = new Map([
      [
        "what did the embassy tell its staff",
        new Map([["outlet-a", "Late on Friday THE EMBASSY told its  staff to go."]]),
      ],
      ["how many were hurt", new Map([["outlet-b", "Nobody was hurt."]])],
    ]);
    // outlet-a may also leave "how many were hurt" uncovered; outlet-b's passage is not the one.
    expect(recallOf(questions, pairs, found)).toBe(0.667);
    expect(
      recallOf(
        questions,
        pairs.filter((pair) => pair.heldOut),
        found,
      ),
    ).toBe(1);
  });

  it("defaults to the questions.yml of the seeds folder's default desk", async () => {
    const desk = await toolDesk("seeds", undefined);
    expect(questionsFileOf(desk)).toBe(path.join("seeds", "iraq", "questions.yml"));
  });
});

describe("npm run bench", () => {
  it("measures over the questions.yml given, and keeps every --json field", () => {
    const file = path.join(work, "questions.yml");
    writeFileSync(
      file,
      "- question: who fired the rockets\n  expect: {}\n- question: what did the embassy do\n  heldOut: true\n  expect: {}\n",
    );
    const run = runTool("src/tools/bench/bench.ts", [
      "--json",
      "--sizes",
      "100",
      "--engines",
      "minisearch",
      "--questions",
      file,
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(["runs", "machine", "notes", "desk", "questionsFile"]);
    expect(out.questionsFile).toBe(file);
    expect(out.runs).toHaveLength(1);
    const [row] = out.runs;
    for (const field of [
      "engine",
      "passages",
      "buildMs",
      "loadMs",
      "p50Ms",
      "p99Ms",
      "rssMb",
      "recall",
      "questions",
      "buildRssMb",
      "recallHeldOut",
      "heldOutPairs",
      "desk",
    ])
      expect(row).toHaveProperty(field);
    expect(row).toMatchObject({ engine: "minisearch", passages: 100, questions: 2, desk: "iraq" });
  }, 60_000);

  it("refuses a desk the seeds folder does not have", () => {
    const run = runTool("src/tools/bench/bench.ts", ["--desk", "nowhere"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^No desk "nowhere" in seeds\. The desks are: iraq\./);
  });
});
