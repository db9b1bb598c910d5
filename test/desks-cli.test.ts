import { cpSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DeskChoiceMessage } from "../src/newsroom/desk-choice.js";
import { askJson } from "./support/ask-json.js";
import { runToolAsync as runTool, type ToolRun } from "./support/run-tool.js";
import { twoDeskNewsroom } from "./support/two-desk-newsroom.js";

const DESKS = "src/cli/desks.ts";
const ASK = "src/cli/ask.ts";
const SOURCES = "src/cli/sources.ts";
/** Runs start when a describe block is collected, and its tests wait for them this long at most. */
const RUNS_MS = 240_000;

describe("npm run desks, and --desk, on a newsroom folder of two desks", () => {
  const root = twoDeskNewsroom("story-desk-desks-cli-");
  const env = { SEEDS_DIR: root };
  const runs = Promise.all([
    runTool(DESKS, ["--json"], { env }),
    runTool(DESKS, [], { env }),
    runTool(ASK, ["--json", "--desk", "recall", "how many heaters are being recalled"], { env }),
    runTool(ASK, ["--json", "who attacked Taji"], { env }),
    runTool(SOURCES, ["--json", "--desk", "recall"], { env }),
    runTool(ASK, ["--desk", "weather", "will it rain"], { env }),
    runTool(SOURCES, ["--desk", "weather"], { env }),
  ]);
  let listed: ToolRun;
  let text: ToolRun;
  let asked: ToolRun;
  let byDefault: ToolRun;
  let sources: ToolRun;
  let unknown: ToolRun[] = [];
  beforeAll(async () => {
    let unknownAsk: ToolRun;
    let unknownSources: ToolRun;
    [listed, text, asked, byDefault, sources, unknownAsk, unknownSources] = await runs;
    unknown = [unknownAsk, unknownSources];
  }, RUNS_MS);

  it("lists every desk with its id, name, command, articles, passages, default and channels", () => {
    expect(listed.status).toBe(0);
    const desks = JSON.parse(listed.stdout);
    expect(desks.map((desk: { desk: string }) => desk.desk)).toEqual(["iraq", "recall"]);
    expect(desks[0]).toEqual({
      desk: "iraq",
      name: "Rocket attacks in Iraq, March 2020",
      command: "/iraq",
      articles: 2,
      passages: expect.any(Number),
      default: true,
      channels: [],
    });
    expect(desks[1]).toMatchObject({
      desk: "recall",
      command: "/recall",
      articles: 6,
      default: false,
    });
    for (const desk of desks) expect(desk.passages).toBeGreaterThan(desk.articles);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^\/iraq {2}Rocket attacks in Iraq, March 2020 \(iraq\) · 2 articles/m,
    );
    expect(text.stdout).toMatch(/^\/recall .* \(recall\) · 6 articles/m);
  });

  it("answers ask --desk ID from that desk, and says which desk in the JSON", () => {
    expect(asked.status).toBe(0);
    const answer = JSON.parse(asked.stdout);
    expect(answer.desk).toBe("recall");
    expect(answer.sources).toHaveLength(6);
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.quotes[0].text).toMatch(/heaters/);
  });

  it("asks the default desk without --desk", () => {
    expect(byDefault.status).toBe(0);
    const answer = JSON.parse(byDefault.stdout);
    expect(answer.desk).toBe("iraq");
    expect(answer.sources).toHaveLength(2);
  });

  it("gives every sources --json item its desk", () => {
    expect(sources.status).toBe(0);
    const items = JSON.parse(sources.stdout);
    expect(items).toHaveLength(6);
    for (const item of items)
      expect(item).toMatchObject({ desk: "recall", source: expect.any(String) });
  });

  it("refuses an unknown desk in one line naming the desks, with exit code 2", () => {
    for (const run of unknown) {
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim()).toBe(
        DeskChoiceMessage.unknown("weather", root, ["iraq", "recall"]),
      );
    }
  });
});

describe("the default seeds folder", () => {
  const runs = Promise.all([
    runTool(DESKS, ["--json"]),
    runTool(ASK, ["--json", "--desk", "iraq", "who attacked Taji"]),
  ]);
  let desks: ReturnType<typeof JSON.parse>;
  let answer: ReturnType<typeof JSON.parse>;
  beforeAll(async () => {
    [desks, answer] = (await runs).map((run) => JSON.parse(run.stdout));
  }, RUNS_MS);
  it("is a newsroom whose desks the tools ask by id", () => {
    expect(desks.map((desk: { desk: string }) => desk.desk)).toContain("iraq");
    expect(answer.desk).toBe("iraq");
  });
});

describe("a folder of another story put beside the seeds desk, with no desk.yml", () => {
  const root = twoDeskNewsroom("story-desk-beside-");
  const pages = path.join(root, "other-story");
  mkdirSync(pages);
  for (const name of readdirSync(path.join("test", "fixtures", "pages")))
    if (/\.(txt|md)$/.test(name))
      cpSync(path.join("test", "fixtures", "pages", name), path.join(pages, name));
  const env = { SEEDS_DIR: root };

  const listing = runTool(DESKS, ["--json"], { env });
  let desks: ReturnType<typeof JSON.parse>;
  let other: ReturnType<typeof JSON.parse>;
  let beside: ReturnType<typeof JSON.parse>;
  let alone: ReturnType<typeof JSON.parse>;
  beforeAll(async () => {
    desks = JSON.parse((await listing).stdout);
    // The answers as ask --json gives them (--desk and the default desk of a folder are the
    // process's own business, run above), computed in process.
    const question = "who attacked Taji";
    other = await askJson(root, "who was killed at the base", "other-story");
    beside = await askJson(root, question);
    alone = await askJson(path.join(root, "iraq"), question);
  }, RUNS_MS);

  it("is listed by desks --json, its id, name and command from its folder's name", () => {
    expect(desks.map((desk: { desk: string }) => desk.desk)).toEqual([
      "iraq",
      "other-story",
      "recall",
    ]);
    expect(desks[1]).toMatchObject({
      name: "Other story",
      command: "/other-story",
      articles: readdirSync(pages).length,
      default: false,
    });
  });

  it("answers ask --desk from its own articles", () => {
    expect(other.desk).toBe("other-story");
    expect(other.sources).toHaveLength(readdirSync(pages).length);
    expect(other.quotes.length).toBeGreaterThan(0);
  });

  it("leaves the seeds desk's answers as they were", () => {
    const strip = (answer: { quotes: unknown[]; sources: unknown[] }) => ({
      quotes: answer.quotes,
      sources: answer.sources,
    });
    expect(beside.desk).toBe("iraq");
    expect(strip(beside)).toEqual(strip(alone));
  });
});
