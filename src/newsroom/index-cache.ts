import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Article, LoadWarning } from "../ingest/article.js";
import type { PassageIndexSnapshot } from "../search/passage-index.js";
import type { ArticleFile } from "./load-desk.js";

/** Bump when what is cached, or how it is built, changes: older cache files are then ignored. */
const CACHE_FORMAT = "story-desk-index-7";
/** Cache files kept per folder of caches; older ones are removed. */
const KEEP = 4;
/** A temporary file older than this is stale even if the process that wrote it still runs. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** What a cache file holds: the parsed articles, the skipped files, and the built index. */
export interface CachedDesk {
  readonly format: string;
  readonly key: string;
  readonly articles: readonly Article[];
  readonly warnings: readonly LoadWarning[];
  readonly index: PassageIndexSnapshot;
}

/**
 * What reading the cache gave: the desk, nothing (no cache for this key: not a problem), or a
 * cache that could not be used, with the reason (for one warning; the desk is then rebuilt).
 */
export type CacheReading =
  | { readonly found: true; readonly cached: CachedDesk }
  | { readonly found: false; readonly problem: string | null };

/** Why a cache could not be used, as constants. */
export const CacheProblems = Object.freeze({
  unreadable: (part: string, code: string) => `its ${part} file cannot be read (${code})`,
  truncated: (part: string) => `its ${part} file is cut short`,
  corrupted: (part: string) => `its ${part} file does not match its checksum`,
  notACachePart: (part: string) => `its ${part} file is not a cache file`,
  unparsable: (part: string) => `its ${part} file cannot be parsed`,
  mismatched: "its files are not from one write",
  missingPart: (part: string) => `its ${part} file is missing`,
  otherFormat: "it was written by another version",
});

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

/**
 * The folders whose code decides what is cached: how pages are read, words matched, indexes
 * built, and how the desk's files are read and cached (this folder).
 */
export const CODE_FOLDERS = Object.freeze(["../ingest", "../text", "../search", "../newsroom"]);
let version: string | null = null;

/**
 * A hash of the code that reads articles and builds the index (every file under CODE_FOLDERS,
 * subfolders included), so that an upgrade that changes how pages are cleaned or words matched
 * never serves what older code built.
 */
function codeVersion(): string {
  version ??= hashCodeFolders(codeFolderPaths());
  return version;
}

/** Where the CODE_FOLDERS are on disk. */
export const codeFolderPaths = (): string[] =>
  CODE_FOLDERS.map((folder) => fileURLToPath(new URL(folder, import.meta.url)));

/** A hash of every file under `dirs` (by path within its folder, and content). */
export function hashCodeFolders(dirs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const [i, dir] of dirs.entries()) hashFolder(hash, dir, String(i));
  return hash.digest("hex");
}

function hashFolder(hash: ReturnType<typeof createHash>, dir: string, name: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    hash.update(`${name}: unreadable\n`);
    return;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry);
    const relative = `${name}/${entry}`;
    try {
      if (statSync(file).isDirectory()) hashFolder(hash, file, relative);
      else hash.update(`${relative}\u0000`).update(readFileSync(file));
    } catch {
      hash.update(`${relative}: unreadable\n`);
    }
  }
}

/**
 * A desk is cached in three files: its articles, its index, and the index's token codes as raw
 * 32-bit integers (read straight into an Int32Array, without a copy). No step ever holds the whole
 * desk twice in memory. The index file is written last and read first. Each file starts with a
 * short header: a magic word and the SHA-256 of the bytes that follow, checked on load.
 */
type Part = "articles" | "index" | "codes";
const cacheFile = (dir: string, key: string, part: Part) =>
  path.join(dir, `desk-${key}.${part}.${part === "codes" ? "bin" : "v8"}`);

/** Every cache part starts with these 8 bytes, then the 32-byte checksum of the rest. */
const MAGIC = Buffer.from("SDCACHE7", "latin1");
const HEADER_BYTES = MAGIC.length + 32;

/** One write's stamp, in every file of it. */
type IndexHead = Omit<CachedDesk, "articles" | "index"> & {
  readonly stamp: string;
  readonly index: Omit<PassageIndexSnapshot, "codes">;
};

interface StoredArticles {
  readonly stamp: string;
  readonly articles: readonly Article[];
}

/** A cache part that cannot be used, and why. */
class CacheFailure extends Error {
  override readonly name = "CacheFailure";
}

/**
 * The cached desk for a key; nothing when there is none; or the reason it cannot be used
 * (unreadable, truncated, corrupted, from several writes, unparsable). Never throws. Stale
 * temporary files in the folder are removed first.
 */
export async function readIndexCache(dir: string, key: string): Promise<CacheReading> {
  await pruneTemporaryFiles(dir);
  try {
    const headBytes = await readPart(dir, key, "index");
    if (headBytes === null) return { found: false, problem: null };
    const head = parsePart("index", () => deserialize(headBytes) as IndexHead);
    if (head.format !== CACHE_FORMAT || head.key !== key)
      return { found: false, problem: CacheProblems.otherFormat };
    const raw = await readPart(dir, key, "codes");
    if (raw === null) return { found: false, problem: CacheProblems.missingPart("codes") };
    if (raw.byteLength % 4 !== 0)
      return { found: false, problem: CacheProblems.truncated("codes") };
    const codes =
      raw.byteOffset % 4 === 0
        ? new Int32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4)
        : new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    const articleBytes = await readPart(dir, key, "articles");
    if (articleBytes === null)
      return { found: false, problem: CacheProblems.missingPart("articles") };
    const stored = parsePart("articles", () => deserialize(articleBytes) as StoredArticles);
    // The three files must come from one write: same stamp, and counts that agree.
    if (stored?.stamp !== head.stamp || !Array.isArray(stored.articles))
      return { found: false, problem: CacheProblems.mismatched };
    const passages = stored.articles.reduce(
      (sum, article) => sum + (article?.passages?.length ?? 0),
      0,
    );
    const offsets = head.index?.offsets;
    if (
      !(offsets instanceof Uint32Array) ||
      offsets.length !== passages + 1 ||
      offsets[passages] !== codes.length
    )
      return { found: false, problem: CacheProblems.mismatched };
    const { stamp: _stamp, ...rest } = head;
    return {
      found: true,
      cached: { ...rest, index: { ...head.index, codes }, articles: stored.articles },
    };
  } catch (error) {
    return { found: false, problem: error instanceof CacheFailure ? error.message : String(error) };
  }
}

/** A part's bytes past its header, checked against its checksum; null when the file is missing. */
async function readPart(dir: string, key: string, part: Part): Promise<Buffer | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(cacheFile(dir, key, part));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    if (code === "ENOENT") return null;
    throw new CacheFailure(CacheProblems.unreadable(part, code));
  }
  if (bytes.byteLength < HEADER_BYTES) {
    const prefix = bytes.subarray(0, Math.min(bytes.byteLength, MAGIC.length));
    throw new CacheFailure(
      MAGIC.subarray(0, prefix.byteLength).equals(prefix)
        ? CacheProblems.truncated(part)
        : CacheProblems.notACachePart(part),
    );
  }
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC))
    throw new CacheFailure(CacheProblems.notACachePart(part));
  const body = bytes.subarray(HEADER_BYTES);
  const sum = createHash("sha256").update(body).digest();
  if (!sum.equals(bytes.subarray(MAGIC.length, HEADER_BYTES)))
    throw new CacheFailure(CacheProblems.corrupted(part));
  return body;
}

function parsePart<T>(part: Part, parse: () => T): T {
  try {
    return parse();
  } catch {
    throw new CacheFailure(CacheProblems.unparsable(part));
  }
}

/**
 * Saves a desk to the cache (each file written aside, then renamed into place), and prunes old
 * ones. A write that fails removes what it wrote (its temporary file, and the parts of this write
 * already in place), then throws.
 */
export async function writeIndexCache(
  dir: string,
  cached: Omit<CachedDesk, "format">,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { articles, index, ...rest } = cached;
  const { codes, ...indexRest } = index;
  const stamp = randomUUID();
  const stored: StoredArticles = { stamp, articles };
  const written: string[] = [];
  const write = async (part: Part, bytes: () => Buffer) => {
    const target = cacheFile(dir, cached.key, part);
    await writeAside(target, bytes);
    written.push(target);
  };
  try {
    await write("articles", () => serialize(stored));
    await write("codes", () => Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength));
    const head: IndexHead = { format: CACHE_FORMAT, stamp, ...rest, index: indexRest };
    await write("index", () => serialize(head));
  } catch (error) {
    for (const file of written) await unlink(file).catch(() => undefined);
    throw error;
  }
  await pruneCache(dir);
}

/** Temporary files are named `<target>.<pid>.tmp`. */
const TEMPORARY = /^desk-[0-9a-f]+\.[a-z]+\.(?:v8|bin)\.(\d+)\.tmp$/;

async function writeAside(target: string, bytes: () => Buffer): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const body = bytes();
    const sum = createHash("sha256").update(body).digest();
    await writeFile(temporary, Buffer.concat([MAGIC, sum, body]));
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes temporary files left by a write that never finished: its process is gone (killed
 * mid-write), or the file is older than an hour. A write under way in another process is kept.
 */
export async function pruneTemporaryFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined) continue;
    const file = path.join(dir, name);
    const age = Date.now() - ((await stat(file).catch(() => null))?.mtimeMs ?? 0);
    if (Number(pid) === process.pid && age < STALE_TEMPORARY_MS) continue;
    if (isRunning(Number(pid)) && age < STALE_TEMPORARY_MS) continue;
    await unlink(file).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function pruneCache(dir: string): Promise<void> {
  await pruneTemporaryFiles(dir);
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
