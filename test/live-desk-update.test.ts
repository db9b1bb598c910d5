import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { LiveDesk } from "../src/newsroom/live-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";

let live: LiveDesk | null = null;
afterEach(() => {
  live?.close();
  live = null;
});

/** The seeds desk's articles and a few more of our own, in a folder of their own. */
function tempDesk(): { dir: string; cache: string } {
  const root = mkdtempSync(path.join(tmpdir(), "story-desk-in-place-"));
  const dir = path.join(root, "seeds");
  mkdirSync(dir);
  for (const name of readdirSync("seeds/iraq"))
    if (name.endsWith(".txt")) copyFileSync(path.join("seeds/iraq", name), path.join(dir, name));
  writeFileSync(
    path.join(dir, "harbour-wire.txt"),
    "Harbour pilots walked out over pay on Monday, the port authority said.\n\nFerries stayed in port.\n",
  );
  return { dir, cache: path.join(root, "cache") };
}

const QUESTIONS = [
  "who attacked Taji",
  "why did pilots walk out",
  "what did the port authority say about the cranes",
  "how many rockets were fired",
];

function expectSameAnswers(desk: StoryDesk, fresh: StoryDesk): void {
  expect(desk.articles.map((article) => article.id)).toEqual(
    fresh.articles.map((article) => article.id),
  );
  for (const question of QUESTIONS) {
    const got = answerQuestion(desk, question);
    const want = answerQuestion(fresh, question);
    expect(got.quotes).toEqual(want.quotes);
    expect(got.sources).toEqual(want.sources);
    expect(got.comparison).toEqual(want.comparison);
  }
}

describe("a live desk whose articles change", () => {
  it("updates its index in place and answers as a desk built afresh from the folder", async () => {
    const { dir, cache } = tempDesk();
    const warnings: string[] = [];
    live = await LiveDesk.open(dir, (line) => warnings.push(line), { cache });
    const index = live.current.index;
    // Added, changed and removed in one go.
    writeFileSync(
      path.join(dir, "cranes-daily.txt"),
      "Two cranes were repaired after the storm, the port authority said on Tuesday.\n",
    );
    writeFileSync(
      path.join(dir, "harbour-wire.txt"),
      "Harbour pilots walked out over pay and hours on Monday.\n",
    );
    await live.reload();
    expect(live.current.index).toBe(index);
    expectSameAnswers(live.current, await openDeskFolder(dir, () => {}, { cache: null }));
    rmSync(path.join(dir, "cranes-daily.txt"));
    await live.reload();
    expect(live.current.index).toBe(index);
    expectSameAnswers(live.current, await openDeskFolder(dir, () => {}, { cache: null }));
    expect(warnings).toEqual([]);
  });

  it("saves the updated desk in the cache: the next start loads it without building", async () => {
    const { dir, cache } = tempDesk();
    live = await LiveDesk.open(dir, () => {}, { cache });
    writeFileSync(
      path.join(dir, "harbour-wire.txt"),
      "Pilots and tug crews walked out on Monday.\n",
    );
    await live.reload();
    const progress: string[] = [];
    const reopened = await openDeskFolder(dir, () => {}, {
      cache,
      onProgress: (stage) => progress.push(stage),
    });
    // A start from the cache reads and indexes nothing.
    expect(progress).toEqual([]);
    expectSameAnswers(reopened, await openDeskFolder(dir, () => {}, { cache: null }));
    expectSameAnswers(live.current, reopened);
  });

  it("builds afresh when most of its files changed", async () => {
    const { dir, cache } = tempDesk();
    for (let i = 0; i < 9; i++)
      writeFileSync(path.join(dir, `wire-${i}.txt`), `Tug crews number ${i} joined the walkout.\n`);
    live = await LiveDesk.open(dir, () => {}, { cache });
    const index = live.current.index;
    for (const name of readdirSync(dir).slice(0, 8))
      writeFileSync(path.join(dir, name), `Ferries ran late on ${name} day.\n`);
    await live.reload();
    expect(live.current.index).not.toBe(index);
    expectSameAnswers(live.current, await openDeskFolder(dir, () => {}, { cache: null }));
  });
});
