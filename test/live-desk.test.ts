import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { LiveDesk } from "../src/desk/live-desk.js";
import { SkipReason } from "../src/ingest/ingest-config.js";
import { keptLastGood } from "../src/ingest/load-desk.js";

let live: LiveDesk | null = null;
afterEach(() => {
  live?.close();
  live = null;
});

function tempSeeds(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "story-desk-live-")), "seeds");
  mkdirSync(dir);
  for (const name of readdirSync("seeds"))
    copyFileSync(path.join("seeds", name), path.join(dir, name));
  return dir;
}

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("the desk did not change in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sources = (desk: LiveDesk) => desk.current.articles.map((article) => article.id);

describe("a live desk following its folder", () => {
  it("picks up an article added while it runs, without a restart", async () => {
    const dir = tempSeeds();
    live = (await LiveDesk.open(dir, () => {}, { cache: null })).watch();
    writeFileSync(
      path.join(dir, "harbour.txt"),
      "Harbour pilots walked out over pay on Monday, the port authority said.\n",
    );
    await eventually(() => sources(live as LiveDesk).includes("harbour"));
    expect(answerQuestion(live.current, "harbour pilots pay").quotes[0]?.source).toBe("harbour");
  });

  it("drops an article removed from the folder", async () => {
    const dir = tempSeeds();
    live = (await LiveDesk.open(dir, () => {}, { cache: null })).watch();
    rmSync(path.join(dir, "press-tv-iraq-attacks.txt"));
    await eventually(() => !sources(live as LiveDesk).includes("press-tv-iraq-attacks"));
    expect(sources(live)).toEqual(["arkansas-democrat-gazette-iraq-attacks"]);
  });

  it("keeps answering from the last good version of a file caught half-written", async () => {
    const dir = tempSeeds();
    const warnings: string[] = [];
    live = await LiveDesk.open(dir, (line) => warnings.push(line), { cache: null });
    writeFileSync(path.join(dir, "press-tv-iraq-attacks.txt"), "");
    await live.reload();
    expect(sources(live)).toContain("press-tv-iraq-attacks");
    expect(warnings.some((line) => line.includes(keptLastGood(SkipReason.empty)))).toBe(true);
    expect(
      answerQuestion(live.current, "why did Britain refuse to join the strikes").sources[1]
        ?.covered,
    ).toBe(true);
  });

  it("serves the old desk while a reload is under way, and the new one after", async () => {
    const dir = tempSeeds();
    live = await LiveDesk.open(dir, () => {}, { cache: null });
    const before = live.current;
    writeFileSync(
      path.join(dir, "late.txt"),
      "A late article about lighthouse keepers on the northern pier.\n",
    );
    const reloading = live.reload();
    expect(live.current).toBe(before);
    await reloading;
    expect(sources(live)).toContain("late");
  });
});

describe("a live desk too large to rebuild on the answering thread", () => {
  it("builds the new index in another process into the cache, then swaps it in", async () => {
    const dir = tempSeeds();
    const cache = path.join(path.dirname(dir), "cache");
    const warnings: string[] = [];
    live = await LiveDesk.open(dir, (line) => warnings.push(line), { cache, buildAsideFrom: 0 });
    writeFileSync(
      path.join(dir, "harbour.txt"),
      "Harbour pilots walked out over pay on Monday, the port authority said.\n",
    );
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await live.reload();
    clearInterval(timer);
    expect(warnings.filter((line) => line.includes("another process"))).toEqual([]);
    expect(sources(live)).toContain("harbour");
    expect(answerQuestion(live.current, "harbour pilots pay").quotes[0]?.source).toBe("harbour");
    expect(ticks).toBeGreaterThan(0);
  });
});

describe("a live desk opened from its cache", () => {
  it("still keeps the last good version of a file caught half-written", async () => {
    const dir = tempSeeds();
    const cache = path.join(path.dirname(dir), "cache");
    await LiveDesk.open(dir, () => {}, { cache }).then((first) => first.close());
    const warnings: string[] = [];
    live = await LiveDesk.open(dir, (line) => warnings.push(line), { cache });
    writeFileSync(path.join(dir, "press-tv-iraq-attacks.txt"), "---\nheadline: x\n");
    await live.reload();
    expect(sources(live)).toContain("press-tv-iraq-attacks");
    expect(warnings.some((line) => line.includes("last good version is kept"))).toBe(true);
  });
});
