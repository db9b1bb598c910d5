import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SeedsFolderMessage } from "../src/newsroom/load-desk.js";
import { runToolAsync as runTool, type ToolRun } from "./support/run-tool.js";

/** Runs start when a describe block is collected, and its tests wait for them this long at most. */
const RUNS_MS = 240_000;

/** A copy of the seeds folder with broken files beside the good ones, and a cache of its own. */
function seedsWithBrokenFiles(): { dir: string; cache: string; broken: string[] } {
  const root = mkdtempSync(path.join(tmpdir(), "story-desk-cli-"));
  const dir = path.join(root, "seeds");
  mkdirSync(dir);
  for (const name of readdirSync("seeds/iraq"))
    copyFileSync(path.join("seeds/iraq", name), path.join(dir, name));
  const files: Record<string, string | Uint8Array> = {
    "empty.txt": "",
    "binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
    "latin1.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x65, 0x78, 0x74]),
    "broken-front-matter.md": "---\noutlet: [unclosed\n---\nA paragraph of text.\n",
    "only-furniture.txt": "Advertisement\n\nShare this article\n\nSign in\n",
    "huge.txt": "word ".repeat(600_000),
    "list-as-name.md": "---\n{a: 1}: x\n---\nA column that loads all the same, with a note.\n",
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { dir, cache: path.join(root, "cache"), broken: Object.keys(files) };
}

describe("npm run ask -- --json", () => {
  const runs = Promise.all([
    runTool("src/cli/ask.ts", ["--json", "who attacked Taji"]),
    runTool("src/cli/ask.ts", ["--json", "What did David Schenker say?"]),
    runTool("src/cli/ask.ts", ["--json", "anything"], { env: { SEEDS_DIR: "no/such/dir" } }),
  ]);
  let run: ToolRun;
  let answer: ReturnType<typeof JSON.parse>;
  let notCovered: ToolRun;
  let viaEnv: ToolRun;
  beforeAll(async () => {
    [run, notCovered, viaEnv] = await runs;
    answer = JSON.parse(run.stdout);
  }, RUNS_MS);

  it("prints exactly one JSON object with query, quotes, sources and ms", () => {
    expect(run.status).toBe(0);
    expect(answer).toMatchObject({ query: "who attacked Taji" });
    expect(typeof answer.ms).toBe("number");
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.quotes.length).toBeLessThanOrEqual(5);
  });

  it("gives quotes best first, each cited with source, outlet, paragraph, verbatim text and a 0..1 score", () => {
    const scores = answer.quotes.map((quote: { score: number }) => quote.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const quote of answer.quotes) {
      expect(quote).toEqual(
        expect.objectContaining({
          source: expect.any(String),
          outlet: expect.any(String),
          paragraph: expect.any(Number),
          text: expect.any(String),
          score: expect.any(Number),
        }),
      );
      expect(quote.score).toBeGreaterThan(0);
      expect(quote.score).toBeLessThanOrEqual(1);
    }
  });

  it("lists every loaded article in sources, with the best passage of each", () => {
    expect(answer.sources.map((source: { source: string }) => source.source)).toEqual([
      "arkansas-democrat-gazette-iraq-attacks",
      "press-tv-iraq-attacks",
    ]);
    const reprint = answer.sources[0];
    expect(reprint).toMatchObject({
      covered: true,
      published: "2020-03-29",
      outlet: "Arkansas Democrat-Gazette",
    });
    expect(reprint.quote.text).toMatch(/were blamed by U\.S\. officials on Kataib Hezbollah/);
    expect(answer.sources[1].published).toBeNull();
  });

  it("reports a source that does not cover the question as not covered, with a null quote", () => {
    const other = JSON.parse(notCovered.stdout);
    expect(other.sources[1]).toMatchObject({ covered: false, quote: null });
    expect(other.sources[0].covered).toBe(true);
  });

  it("takes the seeds folder from SEEDS_DIR when --seeds is not given", () => {
    expect(viaEnv.status).toBe(2);
    expect(viaEnv.stderr.trim()).toBe(SeedsFolderMessage.missing("no/such/dir"));
  });
});

describe("npm run ask -- --json on a seeds folder with broken files beside good ones", () => {
  const { dir, cache, broken } = seedsWithBrokenFiles();
  const env = { SEEDS_DIR: dir, STORY_DESK_CACHE_DIR: cache };
  let built: ToolRun;
  let cached: ToolRun;
  beforeAll(async () => {
    // The second run reads the cache the first one saved: one after the other.
    built = await runTool("src/cli/ask.ts", ["--json", "who attacked Taji"], { env });
    cached = await runTool("src/cli/ask.ts", ["--json", "who attacked Taji"], { env });
  }, RUNS_MS);

  it("answers from the good articles, with valid JSON on stdout", () => {
    expect(built.status).toBe(0);
    const answer = JSON.parse(built.stdout);
    expect(answer.sources.map((source: { source: string }) => source.source)).toEqual([
      "arkansas-democrat-gazette-iraq-attacks",
      "list-as-name",
      "press-tv-iraq-attacks",
    ]);
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.sources[0].quote.text).toMatch(
      /were blamed by U\.S\. officials on Kataib Hezbollah/,
    );
  });

  it("names every broken file in a warning on stderr, and prints nothing else there", () => {
    const lines = built.stderr.split("\n").filter(Boolean);
    for (const name of broken)
      expect(lines.filter((line) => line.includes(path.join(dir, name)))).toHaveLength(1);
    expect(lines).toHaveLength(broken.length);
    for (const line of lines) expect(line).toMatch(/^warning: /);
  });

  it("says the same when the desk comes from the cache", () => {
    expect(cached.status).toBe(0);
    expect(JSON.parse(cached.stdout).sources).toEqual(JSON.parse(built.stdout).sources);
    expect(cached.stderr).toBe(built.stderr);
  });
});

describe("the command-line tools on bad input", () => {
  const runs = Promise.all([
    runTool("src/cli/ask.ts", ["--json", "who attacked"], { env: { SEEDS_DIR: "package.json" } }),
    runTool("src/cli/ask.ts", ["--seeds", "no/such/dir", "who attacked"]),
    runTool("src/cli/ask.ts", []),
    runTool("src/cli/ask.ts", ["--bogus", "x"]),
  ]);
  let notAFolder: ToolRun;
  let missing: ToolRun;
  let noQuestion: ToolRun;
  let unknown: ToolRun;
  beforeAll(async () => {
    [notAFolder, missing, noQuestion, unknown] = await runs;
  }, RUNS_MS);

  it("say in one line, with exit code 2, that the seeds path is not a folder", () => {
    const run = notAFolder;
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(SeedsFolderMessage.notAFolder("package.json"));
  });

  it("say in one line, with exit code 2 and no stack trace, that the seeds folder is missing", () => {
    const run = missing;
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(SeedsFolderMessage.missing("no/such/dir"));
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("print usage for no question at all or an unknown option", () => {
    expect(noQuestion.status).toBe(2);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("hostile questions through the command line", () => {
  // Six processes would not fit one test's time on a busy machine: they run before the test.
  const all = Promise.all(
    ["", "   ", "'!^=|", "<!channel>", "\u202E", "🚀".repeat(300)].map((question) =>
      runTool("src/cli/ask.ts", ["--json", "--", question]),
    ),
  );
  let runs: ToolRun[] = [];
  beforeAll(async () => {
    runs = await all;
  }, RUNS_MS);
  it("each get one JSON answer, with nothing found when there is nothing to find", () => {
    for (const run of runs) {
      expect(run.status).toBe(0);
      const answer = JSON.parse(run.stdout);
      expect(answer.quotes).toEqual([]);
      expect(answer.sources.every((source: { quote: unknown }) => source.quote === null)).toBe(
        true,
      );
    }
  });
});

describe("npm run sources -- --json", () => {
  const sources = runTool("src/cli/sources.ts", ["--json"]);
  let run: ToolRun;
  beforeAll(async () => {
    run = await sources;
  }, RUNS_MS);
  it("prints an array of articles with source, outlet, headline, published, byline and passage count", () => {
    expect(run.status).toBe(0);
    const articles = JSON.parse(run.stdout);
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({
      source: "press-tv-iraq-attacks",
      outlet: "Press TV",
      headline: "US wrestling with how to respond to rising, bolder attacks on Americans in Iraq",
      published: null,
      byline: null,
      passages: 14,
    });
  });
});

describe("npm start with no Slack credentials", () => {
  const local = runTool("src/main.ts", [], {
    input: "/iraq who attacked Taji\n@storydesk help\n",
  });
  let run: ToolRun;
  beforeAll(async () => {
    run = await local;
  }, RUNS_MS);
  it("runs the local console, answers /iraq and @storydesk lines from a pipe, and exits 0 at end of input", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/running locally/);
    expect(run.stdout).toMatch(/were blamed by U\.S\. officials on Kataib Hezbollah/);
    expect(run.stdout).toMatch(/\/iraq compare TOPIC/);
  });
});
