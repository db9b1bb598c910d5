import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { type FileHandle, mkdir, open, readdir, rename, stat, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Article, LoadWarning } from "../ingest/article.js";
import type { SubjectLists } from "../search/context-postings.js";
import type { PassageIndexSnapshot, WordTerms } from "../search/passage-index.js";
import { articleGroups, decodeArticleGroup, encodeArticleGroup } from "./index-cache-articles.js";
import { FrameFailure, FrameReader, FrameWriter } from "./index-cache-file.js";
import type { ArticleFile } from "./load-desk.js";

/** Bump when what is cached, or how it is built, changes: older cache files are then ignored. */
const CACHE_FORMAT = "story-desk-index-11";

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
  mismatched: "its parts do not fit together",
  missingPart: (part: string) => `its ${part} file is missing`,
  otherFormat: "it was written by another version",
  otherDesk: "it holds another desk",
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
 * A desk is cached in one file, written and read a frame at a time (index-cache-file.ts): a head
 * (format, key, warnings, sizes), the term table, the index's typed arrays (offsets, token codes,
 * postings) read straight into arrays of their final size, then the articles a group at a time
 * (index-cache-articles.ts), and an end frame. No step holds the whole file in memory, and no
 * buffer is ever larger than a frame.
 */
export const cacheFile = (dir: string, key: string) => path.join(dir, `desk-${key}.cache`);

const Frame = Object.freeze({
  head: 1,
  terms: 2,
  documentFrequency: 3,
  isNumber: 4,
  offsets: 5,
  codes: 6,
  postingStarts: 7,
  postingIds: 8,
  groupSize: 9,
  group: 10,
  end: 11,
  subjectStarts: 12,
  subjectTerms: 13,
  subjectsGone: 14,
  wordTerms: 15,
});

/** What the head frame holds: everything but the arrays and the articles, and their sizes. */
interface CacheHead {
  readonly format: string;
  readonly key: string;
  readonly endianness: string;
  readonly warnings: readonly LoadWarning[];
  readonly vocabulary: string | undefined;
  readonly terms: number;
  readonly passages: number;
  readonly codes: number;
  readonly postings: number;
  readonly groups: number;
  /** Articles whose subjects are kept, and their terms in all (-1: subjects not kept). */
  readonly subjectSources: number;
  readonly subjectTerms: number;
  /** The bytes of the words' terms, as JSON, after the subjects (-1: not kept). */
  readonly wordTermsBytes: number;
}

/** The name a cache problem gives the file. */
const PART = "cache";

/**
 * The cached desk for a key; nothing when there is none; or the reason it cannot be used
 * (unreadable, cut short, corrupted, unparsable, written by another version). Never throws.
 * Stale temporary files in the folder are removed first.
 */
export async function readIndexCache(dir: string, key: string): Promise<CacheReading> {
  await pruneTemporaryFiles(dir);
  let file: FileHandle;
  try {
    file = await open(cacheFile(dir, key), "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    if (code === "ENOENT") return { found: false, problem: null };
    return { found: false, problem: CacheProblems.unreadable(PART, code) };
  }
  try {
    return await readFrames(new FrameReader(file), key);
  } catch (error) {
    if (error instanceof FrameFailure)
      return { found: false, problem: CacheProblems[error.trouble](PART) };
    if (error instanceof CacheFailure) return { found: false, problem: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    return {
      found: false,
      problem: code ? CacheProblems.unreadable(PART, code) : CacheProblems.unparsable(PART),
    };
  } finally {
    await file.close().catch(() => undefined);
  }
}

/** A cache that cannot be used, with the reason as CacheProblems words it. */
class CacheFailure extends Error {
  override readonly name = "CacheFailure";
}

function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch {
    throw new CacheFailure(CacheProblems.unparsable(PART));
  }
}

function fits(condition: boolean): void {
  if (!condition) throw new CacheFailure(CacheProblems.mismatched);
}

async function readFrames(reader: FrameReader, key: string): Promise<CacheReading> {
  await reader.start();
  const headBody = await reader.frame(Frame.head);
  const head = parsed(() => deserialize(headBody) as CacheHead);
  if (head?.format !== CACHE_FORMAT || head.endianness !== os.endianness())
    return { found: false, problem: CacheProblems.otherFormat };
  if (head.key !== key) return { found: false, problem: CacheProblems.otherDesk };
  const counts = [head.terms, head.passages, head.codes, head.postings, head.groups];
  fits(counts.every((count) => Number.isSafeInteger(count) && count >= 0));
  const keptSubjects = head.subjectSources >= 0;
  if (keptSubjects)
    fits([head.subjectSources, head.subjectTerms].every((n) => Number.isSafeInteger(n) && n >= 0));
  const termsBody = await reader.frame(Frame.terms);
  const terms = parsed(() => JSON.parse(termsBody.toString("utf8")) as string[]);
  fits(Array.isArray(terms) && terms.length === head.terms);
  const documentFrequency = new Uint32Array(head.terms);
  await reader.arrayInto(Frame.documentFrequency, documentFrequency);
  const isNumber = new Uint8Array(head.terms);
  await reader.arrayInto(Frame.isNumber, isNumber);
  const offsets = new Uint32Array(head.passages + 1);
  await reader.arrayInto(Frame.offsets, offsets);
  const codes = new Uint8Array(head.codes);
  await reader.arrayInto(Frame.codes, codes);
  const starts = new Uint32Array(head.terms + 1);
  await reader.arrayInto(Frame.postingStarts, starts);
  const ids = new Uint8Array(head.postings);
  await reader.arrayInto(Frame.postingIds, ids);
  let subjects: SubjectLists | undefined;
  if (keptSubjects) {
    const subjectStarts = new Uint32Array(head.subjectSources + 1);
    await reader.arrayInto(Frame.subjectStarts, subjectStarts);
    const subjectTerms = new Uint32Array(head.subjectTerms);
    await reader.arrayInto(Frame.subjectTerms, subjectTerms);
    const gone = new Uint8Array(head.subjectSources);
    await reader.arrayInto(Frame.subjectsGone, gone);
    subjects = { starts: subjectStarts, terms: subjectTerms, gone };
  }
  let wordTerms: WordTerms | undefined;
  if (head.wordTermsBytes >= 0) {
    fits(Number.isSafeInteger(head.wordTermsBytes));
    const body = Buffer.alloc(head.wordTermsBytes);
    await reader.arrayInto(Frame.wordTerms, body);
    const read = parsed(() => JSON.parse(body.toString("utf8")) as WordTerms);
    fits(Array.isArray(read?.words) && Array.isArray(read.terms));
    wordTerms = read;
  }
  const articles: Article[] = [];
  // One buffer serves every group in turn (decoding copies out what it keeps): a buffer of
  // megabytes a group would be memory outside the heap that the collector is pressed to free.
  let groupBytes = Buffer.alloc(0);
  for (let group = 0; group < head.groups; group++) {
    const size = await reader.frame(Frame.groupSize);
    fits(size.byteLength === 4);
    const length = size.readUInt32LE(0);
    if (length > groupBytes.byteLength) groupBytes = Buffer.alloc(length);
    const body = groupBytes.subarray(0, length);
    await reader.arrayInto(Frame.group, body);
    for (const article of parsed(() => decodeArticleGroup(body))) articles.push(article);
  }
  await reader.frame(Frame.end);
  const passages = articles.reduce((sum, article) => sum + article.passages.length, 0);
  fits(passages === head.passages && offsets[passages] === codes.length);
  return {
    found: true,
    cached: {
      format: head.format,
      key: head.key,
      warnings: head.warnings,
      articles,
      index: {
        terms: {
          terms,
          documentFrequency: [...documentFrequency],
          isNumber: [...isNumber].map(Boolean),
        },
        codes,
        offsets,
        postings: { starts, ids },
        vocabulary: head.vocabulary,
        ...(subjects ? { subjects } : {}),
        ...(wordTerms ? { wordTerms } : {}),
      },
    },
  };
}

/**
 * Saves a desk to the cache (written aside, then renamed into place), and prunes old ones. A
 * write that fails removes what it wrote, then throws.
 */
export async function writeIndexCache(
  dir: string,
  cached: Omit<CachedDesk, "format">,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = cacheFile(dir, cached.key);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const file = await open(temporary, "w");
    try {
      await writeFrames(new FrameWriter(file), cached);
    } finally {
      await file.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await pruneCache(dir);
}

async function writeFrames(writer: FrameWriter, cached: Omit<CachedDesk, "format">): Promise<void> {
  const { index, articles } = cached;
  const groups = articleGroups(articles);
  const wordTerms = index.wordTerms ? Buffer.from(JSON.stringify(index.wordTerms), "utf8") : null;
  const head: CacheHead = {
    format: CACHE_FORMAT,
    key: cached.key,
    endianness: os.endianness(),
    warnings: cached.warnings,
    vocabulary: index.vocabulary,
    terms: index.terms.terms.length,
    passages: index.offsets.length - 1,
    codes: index.codes.length,
    postings: index.postings.ids.length,
    groups: groups.length,
    subjectSources: index.subjects ? index.subjects.gone.length : -1,
    subjectTerms: index.subjects ? index.subjects.terms.length : -1,
    wordTermsBytes: wordTerms ? wordTerms.byteLength : -1,
  };
  await writer.start();
  await writer.frame(Frame.head, serialize(head));
  await writer.frame(Frame.terms, Buffer.from(JSON.stringify(index.terms.terms), "utf8"));
  await writer.array(Frame.documentFrequency, Uint32Array.from(index.terms.documentFrequency));
  await writer.array(Frame.isNumber, Uint8Array.from(index.terms.isNumber, Number));
  await writer.array(Frame.offsets, index.offsets);
  await writer.array(Frame.codes, index.codes);
  await writer.array(Frame.postingStarts, index.postings.starts);
  await writer.array(Frame.postingIds, index.postings.ids);
  if (index.subjects) {
    await writer.array(Frame.subjectStarts, index.subjects.starts);
    await writer.array(Frame.subjectTerms, index.subjects.terms);
    await writer.array(Frame.subjectsGone, index.subjects.gone);
  }
  if (wordTerms) await writer.array(Frame.wordTerms, wordTerms);
  for (const group of groups) {
    const body = encodeArticleGroup(group);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(body.byteLength, 0);
    await writer.frame(Frame.groupSize, size);
    await writer.array(Frame.group, body);
  }
  await writer.frame(Frame.end, Buffer.alloc(0));
}

/** Temporary files are named `<target>.<pid>.tmp`. */
const TEMPORARY = /^desk-[0-9a-f]+\.(?:[a-z]+\.(?:v8|bin)|cache)\.(\d+)\.tmp$/;

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
    if (!key || !/\.(?:v8|bin|cache)$/.test(name)) continue;
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
