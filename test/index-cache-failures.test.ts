import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import type { Article, Passage } from "../src/ingest/article.js";
import {
  CODE_FOLDERS,
  codeFolderPaths,
  deskKey,
  hashCodeFolders,
  pruneTemporaryFiles,
  writeIndexCache,
} from "../src/newsroom/index-cache.js";
import { cacheWarning } from "../src/newsroom/index-cache-use.js";
import { readDeskFolder } from "../src/newsroom/load-desk.js";
import { indexInputs, openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { packCodes } from "../src/search/packed-codes.js";
import { SearchConfig } from "../src/search/search-config.js";
import { copySeedsDesk } from "./support/seeds-copy.js";

const QUESTIONS = ["who attacked the base", "how many rockets were fired", "Patriot batteries"];
const PARTS = ["cache"] as const;

function tempDesk(): { seeds: string; cache: string; root: string } {
  const root = mkdtempSync(path.join(tmpdir(), "story-desk-cache-fail-"));
  const seeds = path.join(root, "seeds");
  copySeedsDesk(seeds);
  return { seeds, cache: path.join(root, "cache"), root };
}

const partFile = (cache: string, part: string) => {
  const name = readdirSync(cache).find((file) => file.endsWith(`.${part}`));
  if (!name) throw new Error(`no ${part} cache file`);
  return path.join(cache, name);
};

/** Opens the desk, collecting what it warns. */
async function open(seeds: string, cache: string | null) {
  const warnings: string[] = [];
  const desk = await openDeskFolder(seeds, (line) => warnings.push(line), { cache });
  return { desk, warnings, cacheWarnings: warnings.filter((w) => w.includes("could not be used")) };
}

let fresh: Promise<StoryDesk> | null = null;
/** The seeds desk built from its files, with no cache at all. */
function loadSeedDesk(): Promise<StoryDesk> {
  fresh ??= openDeskFolder(tempDesk().seeds, () => {}, { cache: null });
  return fresh;
}

function expectSameAnswers(desk: StoryDesk, fresh: StoryDesk): void {
  for (const question of QUESTIONS) {
    const got = answerQuestion(desk, question);
    const want = answerQuestion(fresh, question);
    expect(got.quotes).toEqual(want.quotes);
    expect(got.sources).toEqual(want.sources);
  }
}

describe("a cache that cannot be used", () => {
  it.each(PARTS)(
    "one byte changed in the %s file: one warning, a rebuild, the same answers",
    async (part) => {
      const { seeds, cache } = tempDesk();
      await open(seeds, cache);
      const file = partFile(cache, part);
      const bytes = readFileSync(file);
      const at = Math.floor(bytes.length * 0.6);
      bytes[at] = (bytes[at] ?? 0) ^ 0x20;
      writeFileSync(file, bytes);
      const { desk, cacheWarnings } = await open(seeds, cache);
      expect(cacheWarnings).toHaveLength(1);
      expect(cacheWarnings[0]).toContain("does not match its checksum");
      expectSameAnswers(desk, await loadSeedDesk());
      // The rebuild wrote a good cache again: the next start loads it without a word.
      expect((await open(seeds, cache)).cacheWarnings).toEqual([]);
    },
  );

  it.each(PARTS)(
    "the %s file cut short, emptied or unreadable: one warning each time, and a rebuild",
    async (part) => {
      const { seeds, cache } = tempDesk();
      await open(seeds, cache);
      const file = partFile(cache, part);
      const whole = readFileSync(file);
      const damages: [string, () => void][] = [
        ["cut short", () => writeFileSync(file, whole.subarray(0, whole.length - 7))],
        ["cut inside its header", () => writeFileSync(file, whole.subarray(0, 12))],
        ["emptied", () => writeFileSync(file, "")],
        [
          "unreadable",
          () => {
            rmSync(file);
            mkdirSync(file);
          },
        ],
      ];
      for (const [what, damage] of damages) {
        damage();
        const { desk, cacheWarnings } = await open(seeds, cache);
        expect({ what, warnings: cacheWarnings.length }).toEqual({ what, warnings: 1 });
        expectSameAnswers(desk, await loadSeedDesk());
        if (existsSync(file) && readdirSync(path.dirname(file)).length > 0)
          rmSync(file, { recursive: true, force: true });
        await open(seeds, cache);
      }
    },
  );

  it("a cache file of another desk put in this one's place: one warning and a rebuild", async () => {
    const { seeds, cache, root } = tempDesk();
    await open(seeds, cache);
    const file = partFile(cache, "cache");
    const older = path.join(root, "older-cache");
    writeFileSync(older, readFileSync(file));
    writeFileSync(
      path.join(seeds, "harbour-notes.txt"),
      "Harbour cranes were repaired on Tuesday.\n",
    );
    rmSync(cache, { recursive: true });
    await open(seeds, cache);
    writeFileSync(partFile(cache, "cache"), readFileSync(older));
    const { desk, cacheWarnings } = await open(seeds, cache);
    expect(cacheWarnings).toHaveLength(1);
    expect(cacheWarnings[0]).toContain("holds another desk");
    expect(answerQuestion(desk, "cranes repaired").quotes[0]?.source).toBe("harbour-notes");
  });

  it("random damage anywhere in any part is always one warning and the same answers", async () => {
    const { seeds, cache } = tempDesk();
    await open(seeds, cache);
    const fresh = await loadSeedDesk();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PARTS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 255 }),
        async (part, where, flip) => {
          const file = partFile(cache, part);
          const bytes = readFileSync(file);
          const at = Math.min(bytes.length - 1, Math.floor(where * bytes.length));
          bytes[at] = (bytes[at] ?? 0) ^ flip;
          writeFileSync(file, bytes);
          const { desk, cacheWarnings } = await open(seeds, cache);
          expect(cacheWarnings).toHaveLength(1);
          expectSameAnswers(desk, fresh);
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe("temporary cache files", () => {
  it("left by a write that was killed are removed; one of a write under way is kept", async () => {
    const { seeds, cache } = tempDesk();
    await open(seeds, cache);
    const index = path.basename(partFile(cache, "cache"));
    // No process has this id (ids stop well below it).
    const dead = path.join(cache, `${index}.2147483600.tmp`);
    const underWay = path.join(cache, `${index}.${process.ppid}.tmp`);
    writeFileSync(dead, Buffer.alloc(4096, 1));
    writeFileSync(underWay, Buffer.alloc(16, 1));
    await pruneTemporaryFiles(cache);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(underWay)).toBe(true);
    // A start that loads from the cache prunes them too.
    writeFileSync(dead, Buffer.alloc(4096, 1));
    const { cacheWarnings } = await open(seeds, cache);
    expect(cacheWarnings).toEqual([]);
    expect(existsSync(dead)).toBe(false);
  });

  it("a write that fails removes what it wrote and warns; the desk still opens", async () => {
    const { seeds, cache } = tempDesk();
    await open(seeds, cache);
    // Add an article (a new key), and stand a folder where its cache file would go.
    writeFileSync(
      path.join(seeds, "harbour-notes.txt"),
      "Harbour officials said two cranes were repaired after the storm on Tuesday.\n",
    );
    const before = new Set(readdirSync(cache));
    const first = await open(seeds, null);
    expect(first.warnings).toEqual([]);
    // The key of the new desk is that of the files it will write: find it by writing once aside.
    const probe = tempDesk();
    writeFileSync(
      path.join(probe.seeds, "harbour-notes.txt"),
      readFileSync(path.join(seeds, "harbour-notes.txt")),
    );
    await open(probe.seeds, probe.cache);
    const codes = path.basename(partFile(probe.cache, "cache"));
    mkdirSync(path.join(cache, codes));
    const { desk, warnings } = await open(seeds, cache);
    expect(warnings.some((w) => w.includes("could not save the index cache"))).toBe(true);
    expect(answerQuestion(desk, "cranes repaired after the storm").quotes[0]?.source).toBe(
      "harbour-notes",
    );
    const after = readdirSync(cache).filter((name) => !before.has(name));
    expect(after).toEqual([codes]);
  });
});

describe("the cache key", () => {
  it("covers the code that reads and caches desks, src/newsroom among it", () => {
    expect(CODE_FOLDERS).toContain("../newsroom");
    const folders = codeFolderPaths().map((dir) => path.relative(process.cwd(), dir));
    expect(folders).toEqual(["src/ingest", "src/text", "src/search", "src/newsroom"]);
  });

  it("changes with any file of those folders, in subfolders too", () => {
    const root = mkdtempSync(path.join(tmpdir(), "story-desk-code-"));
    mkdirSync(path.join(root, "a", "deeper"), { recursive: true });
    writeFileSync(path.join(root, "a", "one.ts"), "export const one = 1;\n");
    writeFileSync(path.join(root, "a", "deeper", "two.ts"), "export const two = 2;\n");
    const first = hashCodeFolders([path.join(root, "a")]);
    expect(hashCodeFolders([path.join(root, "a")])).toBe(first);
    writeFileSync(path.join(root, "a", "deeper", "two.ts"), "export const two = 3;\n");
    expect(hashCodeFolders([path.join(root, "a")])).not.toBe(first);
  });
});

describe("a cache whose files are whole but whose index does not open", () => {
  it("is one warning and a rebuild, never a failed start", async () => {
    const { seeds, cache } = tempDesk();
    const { desk } = await open(seeds, null);
    const files = (await readDeskFolder(seeds, { keepBytes: false })).files;
    const key = deskKey(files, indexInputs(SearchConfig, { equivalents: [] }));
    const snapshot = await desk.index.snapshot();
    await writeIndexCache(cache, {
      key,
      articles: desk.articles,
      warnings: [],
      // Consistent counts, but token codes that name no term of the table.
      index: { ...snapshot, ...packedAs(desk.articles, () => [1 << 26]) },
    });
    const reopened = await open(seeds, cache);
    expect(reopened.cacheWarnings).toEqual([
      cacheWarning(cache, "the index it holds does not open"),
    ]);
    expectSameAnswers(reopened.desk, await loadSeedDesk());
  });

  it("is one warning and a rebuild when a passage's bytes end in the middle of a code", async () => {
    const { seeds, cache } = tempDesk();
    const { desk } = await open(seeds, null);
    const files = (await readDeskFolder(seeds, { keepBytes: false })).files;
    const key = deskKey(files, indexInputs(SearchConfig, { equivalents: [] }));
    const snapshot = await desk.index.snapshot();
    // Every byte says another one follows: no passage's codes end where its next one starts.
    await writeIndexCache(cache, {
      key,
      articles: desk.articles,
      warnings: [],
      index: { ...snapshot, codes: snapshot.codes.map(() => 0xff) },
    });
    const reopened = await open(seeds, cache);
    expect(reopened.cacheWarnings).toEqual([
      cacheWarning(cache, "the index it holds does not open"),
    ]);
    expectSameAnswers(reopened.desk, await loadSeedDesk());
  });
});

/** Each passage's codes as `codesOf` gives them, packed as a snapshot keeps them. */
function packedAs(
  articles: readonly Article[],
  codesOf: (passage: Passage) => number[],
): { codes: Uint8Array; offsets: Uint32Array } {
  const packed = packCodes(articles.flatMap((article) => article.passages).map(codesOf));
  return { codes: packed.bytes, offsets: packed.offsets };
}
