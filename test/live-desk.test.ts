import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { SkipReason } from "../src/ingest/ingest-config.js";
import { LiveDesk, LiveDeskMessage } from "../src/newsroom/live-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { keptLastGood } from "../src/newsroom/parse-article-files.js";

let live: LiveDesk | null = null;
afterEach(() => {
  live?.close();
  live = null;
});

function tempSeeds(dir = path.join(mkdtempSync(path.join(tmpdir(), "story-desk-live-")), "seeds")) {
  mkdirSync(dir);
  for (const name of readdirSync("seeds/iraq"))
    copyFileSync(path.join("seeds/iraq", name), path.join(dir, name));
  return dir;
}

async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("the desk did not change in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sources = (desk: LiveDesk) => desk.current.articles.map((article) => article.id);

const PRESS_TV = "press-tv-iraq-attacks.txt";
const REPRINT = "arkansas-democrat-gazette-iraq-attacks";
const BRITAIN = "why did Britain refuse to join the strikes";
/** What the desk answers from the reprint, which no test here touches. */
const reprintAnswer = (desk: LiveDesk, question: string) =>
  answerQuestion(desk.current, question).sources.find((source) => source.source === REPRINT);

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

describe("a live desk whose files change while they are read", () => {
  for (const [what, content] of [
    ["replaced by binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02])],
    ["cut off in the middle of a character", new Uint8Array([0x54, 0x68, 0x65, 0x20, 0xe2, 0x80])],
    ["cut off inside its front matter", "---\noutlet: Somebody\nheadline: The hea"],
  ] as const) {
    it(`keeps answering from the last good version of a file ${what}, the other articles unaffected`, async () => {
      const dir = tempSeeds();
      live = await LiveDesk.open(dir, () => {}, { cache: null });
      const before = reprintAnswer(live, "who attacked Taji");
      writeFileSync(path.join(dir, PRESS_TV), content);
      await live.reload();
      expect(sources(live)).toEqual([REPRINT, "press-tv-iraq-attacks"]);
      expect(answerQuestion(live.current, BRITAIN).sources[1]?.covered).toBe(true);
      expect(reprintAnswer(live, "who attacked Taji")).toEqual(before);
    });
  }

  it("warns once per broken version of a file: not again at each reload, but again when it breaks anew", async () => {
    const dir = tempSeeds();
    const good = readFileSync(path.join(dir, PRESS_TV));
    const warnings: string[] = [];
    live = await LiveDesk.open(dir, (line) => warnings.push(line), { cache: null });
    const aboutPressTv = () => warnings.filter((line) => line.includes(PRESS_TV));
    const breakWith = async (bytes: Uint8Array | string) => {
      writeFileSync(path.join(dir, PRESS_TV), bytes);
      await (live as LiveDesk).reload();
    };
    await breakWith(new Uint8Array([0x00, 0x01, 0x02]));
    await breakWith(new Uint8Array([0x00, 0x01, 0x02]));
    expect(aboutPressTv()).toHaveLength(1);
    await breakWith(good);
    await breakWith(new Uint8Array([0x00, 0x01, 0x02]));
    expect(aboutPressTv()).toHaveLength(2);
    await breakWith(new Uint8Array([0x00, 0x09, 0x09]));
    expect(aboutPressTv()).toHaveLength(3);
    expect(new Set(aboutPressTv())).toEqual(new Set([expect.stringContaining(SkipReason.binary)]));
    expect(sources(live)).toContain("press-tv-iraq-attacks");
  });
});

describe("a live desk whose folder is replaced", () => {
  it("keeps serving while the folder is gone, warns once, and follows the new folder when it is made again", async () => {
    const dir = tempSeeds();
    const warnings: string[] = [];
    live = (await LiveDesk.open(dir, (line) => warnings.push(line), { cache: null })).watch();
    rmSync(dir, { recursive: true });
    await eventually(() => warnings.includes(LiveDeskMessage.folderGone(dir)));
    await live.reload();
    await live.reload();
    expect(sources(live)).toEqual([REPRINT, "press-tv-iraq-attacks"]);
    expect(answerQuestion(live.current, BRITAIN).sources[1]?.covered).toBe(true);

    tempSeeds(dir);
    writeFileSync(
      path.join(dir, "harbour.txt"),
      "Harbour pilots walked out over pay on Monday, the port authority said.\n",
    );
    await eventually(() => sources(live as LiveDesk).includes("harbour"));
    writeFileSync(
      path.join(dir, "pier.txt"),
      "Engineers repaired the lighthouse lamp on the northern pier overnight.\n",
    );
    await eventually(() => sources(live as LiveDesk).includes("pier"));
    expect(warnings.filter((line) => line === LiveDeskMessage.folderGone(dir))).toHaveLength(1);
  });

  it("follows a folder renamed over the old one", async () => {
    const dir = tempSeeds();
    live = (await LiveDesk.open(dir, () => {}, { cache: null })).watch();
    const next = tempSeeds(`${dir}.next`);
    rmSync(path.join(next, PRESS_TV));
    renameSync(dir, `${dir}.old`);
    renameSync(next, dir);
    await eventually(() => !sources(live as LiveDesk).includes("press-tv-iraq-attacks"));
    writeFileSync(
      path.join(dir, "harbour.txt"),
      "Harbour pilots walked out over pay on Monday, the port authority said.\n",
    );
    await eventually(() => sources(live as LiveDesk).includes("harbour"));
    expect(sources(live)).toEqual([REPRINT, "harbour"]);
  });
});

describe("a live desk with a cache, while a file is broken", () => {
  it("serves the last good version, but caches only what the files themselves give", async () => {
    const dir = tempSeeds();
    const cache = path.join(path.dirname(dir), "cache");
    live = await LiveDesk.open(dir, () => {}, { cache });
    writeFileSync(path.join(dir, PRESS_TV), "");
    await live.reload();
    expect(sources(live)).toContain("press-tv-iraq-attacks");
    const warnings: string[] = [];
    const fresh = await openDeskFolder(dir, (line) => warnings.push(line), { cache });
    expect(fresh.articles.map((article) => article.id)).toEqual([REPRINT]);
    expect(warnings).toEqual([`warning: skipped ${path.join(dir, PRESS_TV)}: ${SkipReason.empty}`]);
  });

  it("keeps the last good version when the index is built in another process", async () => {
    const dir = tempSeeds();
    const cache = path.join(path.dirname(dir), "cache");
    live = await LiveDesk.open(dir, () => {}, { cache, buildAsideFrom: 0 });
    writeFileSync(path.join(dir, PRESS_TV), new Uint8Array([0x00, 0x01, 0x02]));
    await live.reload();
    expect(sources(live)).toEqual([REPRINT, "press-tv-iraq-attacks"]);
    expect(answerQuestion(live.current, BRITAIN).sources[1]?.covered).toBe(true);
  });
});
