import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { LiveDesk } from "../src/newsroom/live-desk.js";
import { loadDesk } from "../src/newsroom/load-desk.js";

/** Files to delete just as the desk reads them: after the folder was listed, before the file is read. */
const vanishing = vi.hoisted(() => new Set<string>());

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const stat = (async (file: Parameters<typeof real.stat>[0], ...rest: [never]) => {
    if (vanishing.delete(String(file))) await real.rm(String(file));
    return real.stat(file, ...rest);
  }) as typeof real.stat;
  return { ...real, stat, default: { ...real, stat } };
});

let live: LiveDesk | null = null;
afterEach(() => {
  live?.close();
  live = null;
});

function tempSeeds(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "story-desk-vanish-")), "seeds");
  mkdirSync(dir);
  for (const name of readdirSync("seeds/iraq"))
    copyFileSync(path.join("seeds/iraq", name), path.join(dir, name));
  return dir;
}

const PRESS_TV = "press-tv-iraq-attacks";
const REPRINT = "arkansas-democrat-gazette-iraq-attacks";

describe("a file deleted between listing the folder and reading it", () => {
  it("is simply not there when a desk is loaded once, and the rest load without a warning", async () => {
    const dir = tempSeeds();
    vanishing.add(path.join(dir, `${PRESS_TV}.txt`));
    const desk = await loadDesk(dir);
    expect(desk.articles.map((article) => article.id)).toEqual([REPRINT]);
    expect(desk.warnings).toEqual([]);
  });

  it("keeps its last good version on a live desk, until a reload no longer finds it listed", async () => {
    const dir = tempSeeds();
    const warnings: string[] = [];
    live = await LiveDesk.open(dir, (line) => warnings.push(line), { cache: null });
    vanishing.add(path.join(dir, `${PRESS_TV}.txt`));
    await live.reload();
    expect(vanishing.size).toBe(0);
    expect(live.current.articles.map((article) => article.id)).toEqual([REPRINT, PRESS_TV]);
    const answer = answerQuestion(live.current, "why did Britain refuse to join the strikes");
    expect(answer.sources[1]?.covered).toBe(true);
    await live.reload();
    expect(live.current.articles.map((article) => article.id)).toEqual([REPRINT]);
    expect(warnings).toEqual([]);
  });
});
