import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";

function tempDesk(): { seeds: string; cache: string } {
  const root = mkdtempSync(path.join(tmpdir(), "story-desk-cache-"));
  const seeds = path.join(root, "seeds");
  const cache = path.join(root, "cache");
  mkdirSync(seeds);
  for (const name of readdirSync("seeds/iraq"))
    copyFileSync(path.join("seeds/iraq", name), path.join(seeds, name));
  return { seeds, cache };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".cache"));

describe("the index cache", () => {
  it("saves the built index and answers the same when loaded from it", async () => {
    const { seeds, cache } = tempDesk();
    const built = await openDeskFolder(seeds, () => {}, { cache });
    expect(cacheFiles(cache)).toHaveLength(1);
    const loaded = await openDeskFolder(seeds, () => {}, { cache });
    for (const question of [
      "who attacked Taji",
      "Patriot misile batteries",
      "Nancy Pelosi",
      "weather in Paris",
    ]) {
      const fromBuild = answerQuestion(built, question);
      const fromCache = answerQuestion(loaded, question);
      expect(fromCache.quotes).toEqual(fromBuild.quotes);
      expect(fromCache.sources).toEqual(fromBuild.sources);
    }
  });

  it("is keyed by the articles' contents: a changed article is indexed anew", async () => {
    const { seeds, cache } = tempDesk();
    await openDeskFolder(seeds, () => {}, { cache });
    writeFileSync(
      path.join(seeds, "late-story.txt"),
      "Engineers repaired the lighthouse lamp on the northern pier overnight.\n",
    );
    const desk = await openDeskFolder(seeds, () => {}, { cache });
    expect(cacheFiles(cache)).toHaveLength(2);
    expect(answerQuestion(desk, "lighthouse lamp repaired").quotes[0]?.source).toBe("late-story");
  });

  it("repeats the warnings for skipped files when loading from the cache", async () => {
    const { seeds, cache } = tempDesk();
    writeFileSync(path.join(seeds, "empty.txt"), "");
    const first: string[] = [];
    const second: string[] = [];
    await openDeskFolder(seeds, (line) => first.push(line), { cache });
    await openDeskFolder(seeds, (line) => second.push(line), { cache });
    expect(first).toHaveLength(1);
    expect(second).toEqual(first);
  });

  it("ignores a damaged cache file and rebuilds", async () => {
    const { seeds, cache } = tempDesk();
    await openDeskFolder(seeds, () => {}, { cache });
    for (const name of readdirSync(cache)) writeFileSync(path.join(cache, name), "not a cache");
    const desk = await openDeskFolder(seeds, () => {}, { cache });
    expect(answerQuestion(desk, "who attacked Taji").quotes.length).toBeGreaterThan(0);
  });
});
