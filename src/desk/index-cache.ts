import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Article, LoadWarning } from "../ingest/article.js";
import type { ArticleFile } from "../ingest/load-desk.js";
import type { PassageIndexSnapshot } from "../search/passage-index.js";

/** Bump when what is cached, or how it is built, changes: older cache files are then ignored. */
const CACHE_FORMAT = "story-desk-index-3";
/** Cache files kept per folder of caches; older ones are removed. */
const KEEP = 4;

/** What a cache file holds: the parsed articles, the skipped files, and the built index. */
export interface CachedDesk {
  readonly format: string;
  readonly key: string;
  readonly articles: readonly Article[];
  readonly warnings: readonly LoadWarning[];
  readonly index: PassageIndexSnapshot;
}

/** The cache key of a desk: its files' names and contents, and the cache format. */
export function deskKey(files: readonly ArticleFile[], settings: unknown): string {
  const hash = createHash("sha256").update(CACHE_FORMAT).update(JSON.stringify(settings));
  for (const file of [...files].sort((a, b) => a.file.localeCompare(b.file, "en"))) {
    hash.update(`${path.basename(file.file)}\u0000${file.hash}\n`);
  }
  return hash.digest("hex").slice(0, 32);
}

const cacheFile = (dir: string, key: string) => path.join(dir, `desk-${key}.v8`);

/** The cached desk for a key, or null when there is none or it cannot be read. */
export async function readIndexCache(dir: string, key: string): Promise<CachedDesk | null> {
  try {
    const cached = deserialize(await readFile(cacheFile(dir, key))) as CachedDesk;
    return cached.format === CACHE_FORMAT && cached.key === key ? cached : null;
  } catch {
    return null;
  }
}

/** Saves a desk to the cache (written aside, then renamed into place), and prunes old cache files. */
export async function writeIndexCache(
  dir: string,
  cached: Omit<CachedDesk, "format">,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = cacheFile(dir, cached.key);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, serialize({ format: CACHE_FORMAT, ...cached }));
  await rename(temporary, target);
  await pruneCache(dir);
}

async function pruneCache(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => /^desk-[0-9a-f]+\.v8$/.test(name));
  const dated = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(path.join(dir, name))).mtimeMs })),
  );
  for (const old of dated.sort((a, b) => b.time - a.time).slice(KEEP)) {
    await unlink(path.join(dir, old.name)).catch(() => undefined);
  }
}
