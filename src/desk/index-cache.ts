import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Article, LoadWarning } from "../ingest/article.js";
import type { ArticleFile } from "../newsroom/load-desk.js";
import type { PassageIndexSnapshot } from "../search/passage-index.js";

/** Bump when what is cached, or how it is built, changes: older cache files are then ignored. */
const CACHE_FORMAT = "story-desk-index-6";
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
  const hash = createHash("sha256")
    .update(CACHE_FORMAT)
    .update(codeVersion())
    .update(JSON.stringify(settings));
  for (const file of [...files].sort((a, b) => a.file.localeCompare(b.file, "en"))) {
    hash.update(`${path.basename(file.file)}\u0000${file.hash}\n`);
  }
  return hash.digest("hex").slice(0, 32);
}

/** The folders whose code decides what is cached: how pages are read, words matched, indexes built. */
const CODE_FOLDERS = ["../ingest", "../text", "../search"];
let version: string | null = null;

/**
 * A hash of the code that reads articles and builds the index, so that an upgrade that changes
 * how pages are cleaned or words matched never serves what older code built.
 */
function codeVersion(): string {
  if (version !== null) return version;
  const hash = createHash("sha256");
  for (const folder of CODE_FOLDERS) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    try {
      for (const name of readdirSync(dir).sort())
        hash.update(name).update(readFileSync(path.join(dir, name)));
    } catch {
      hash.update(`${folder}: unreadable`);
    }
  }
  version = hash.digest("hex");
  return version;
}

/**
 * A desk is cached in three files: its articles, its index, and the index's token codes as raw
 * 32-bit integers (read straight into an Int32Array, without a copy). No step ever holds the whole
 * desk twice in memory. The index file is written last and read first.
 */
type Part = "articles" | "index" | "codes";
const cacheFile = (dir: string, key: string, part: Part) =>
  path.join(dir, `desk-${key}.${part}.${part === "codes" ? "bin" : "v8"}`);

/** One write's stamp, in every file of it. */
type IndexHead = Omit<CachedDesk, "articles" | "index"> & {
  readonly stamp: string;
  readonly index: Omit<PassageIndexSnapshot, "codes">;
};

interface StoredArticles {
  readonly stamp: string;
  readonly articles: readonly Article[];
}

/** The cached desk for a key, or null when there is none or it cannot be read. */
export async function readIndexCache(dir: string, key: string): Promise<CachedDesk | null> {
  try {
    const head = deserialize(await readFile(cacheFile(dir, key, "index"))) as IndexHead;
    if (head.format !== CACHE_FORMAT || head.key !== key) return null;
    const raw = await readFile(cacheFile(dir, key, "codes"));
    const codes =
      raw.byteOffset % 4 === 0
        ? new Int32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4)
        : new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    const stored = deserialize(await readFile(cacheFile(dir, key, "articles"))) as StoredArticles;
    // The three files must come from one write: same stamp, and counts that agree.
    if (stored.stamp !== head.stamp) return null;
    const passages = stored.articles.reduce((sum, article) => sum + article.passages.length, 0);
    const offsets = head.index.offsets;
    if (offsets.length !== passages + 1 || offsets[passages] !== codes.length) return null;
    const { stamp: _stamp, ...rest } = head;
    return { ...rest, index: { ...head.index, codes }, articles: stored.articles };
  } catch {
    return null;
  }
}

/** Saves a desk to the cache (each file written aside, then renamed into place), and prunes old ones. */
export async function writeIndexCache(
  dir: string,
  cached: Omit<CachedDesk, "format">,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { articles, index, ...rest } = cached;
  const { codes, ...indexRest } = index;
  const stamp = randomUUID();
  const stored: StoredArticles = { stamp, articles };
  await writeAside(cacheFile(dir, cached.key, "articles"), () => serialize(stored));
  await writeAside(cacheFile(dir, cached.key, "codes"), () =>
    Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength),
  );
  const head: IndexHead = { format: CACHE_FORMAT, stamp, ...rest, index: indexRest };
  await writeAside(cacheFile(dir, cached.key, "index"), () => serialize(head));
  await pruneCache(dir);
}

async function writeAside(target: string, bytes: () => Buffer): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes());
  await rename(temporary, target);
}

async function pruneCache(dir: string): Promise<void> {
  // Every desk cache file, of this format or an older one, by the key it belongs to.
  const byKey = new Map<string, { names: string[]; time: number }>();
  for (const name of await readdir(dir)) {
    const key = /^desk-([0-9a-f]+)\./.exec(name)?.[1];
    if (!key || !/\.(?:v8|bin)$/.test(name)) continue;
    const time = (await stat(path.join(dir, name)).catch(() => null))?.mtimeMs ?? 0;
    const entry = byKey.get(key) ?? { names: [], time: 0 };
    entry.names.push(name);
    entry.time = Math.max(entry.time, time);
    byKey.set(key, entry);
  }
  const oldest = [...byKey.values()].sort((a, b) => b.time - a.time).slice(KEEP);
  for (const name of oldest.flatMap((entry) => entry.names)) {
    await unlink(path.join(dir, name)).catch(() => undefined);
  }
}
