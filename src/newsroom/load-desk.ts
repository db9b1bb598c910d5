import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Article, LoadWarning } from "../ingest/article.js";
import { IngestConfig, SkipReason } from "../ingest/ingest-config.js";
import type { FileHashMemo } from "./file-hash-memo.js";
import { byName, parseArticleFiles } from "./parse-article-files.js";
import { readRegularFile } from "./read-regular-file.js";
import { useWordNet } from "./wordnet-thesaurus.js";

// Every desk read from a folder is searched with WordNet's synonyms, when it is installed.
useWordNet();

/** Every article of a desk's folder, and a warning for each file that could not be read. */
export interface LoadedDesk {
  readonly dir: string;
  readonly articles: readonly Article[];
  readonly warnings: readonly LoadWarning[];
}

/** Thrown when the seeds folder itself is missing or not a folder; its message is for the user. */
export class SeedsFolderError extends Error {
  override readonly name = "SeedsFolderError";
}

export const SeedsFolderMessage = Object.freeze({
  missing: (dir: string) => `Seeds folder not found: ${dir}`,
  notAFolder: (dir: string) => `Seeds path is not a folder: ${dir}`,
});

/** Throws SeedsFolderError unless the folder is there and is a folder. */
export async function checkSeedsFolder(dir: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch {
    throw new SeedsFolderError(SeedsFolderMessage.missing(dir));
  }
  if (!info.isDirectory()) throw new SeedsFolderError(SeedsFolderMessage.notAFolder(dir));
}

/** Whether a file name is an article's: .txt or .md, not hidden, not a README (desk.yml never is). */
export function isArticleName(name: string): boolean {
  return (
    IngestConfig.extensions.includes(path.extname(name).toLowerCase()) &&
    !name.startsWith(".") &&
    name.toLowerCase() !== "readme.md"
  );
}

/** The article files of a folder, in a stable (name) order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  await checkSeedsFolder(dir);
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) =>
      // Whatever is not a regular file (links followed) is warned about when read, never opened.
      IngestConfig.extensions.includes(path.extname(entry.name).toLowerCase()),
    )
    .map((entry) => path.join(dir, entry.name))
    .sort(byName);
}

/** An article file's bytes as read (empty when only its hash was wanted), with a hash of its content. */
export interface ArticleFile {
  readonly file: string;
  readonly hash: string;
  readonly bytes: Uint8Array;
}

/** Files read at once: enough to keep the disk busy, few enough to stay well under file-handle limits. */
const READ_CONCURRENCY = 32;

/** A folder as read: its article files, a warning for each that could not be read at all. */
export interface DeskFolderRead {
  readonly files: ArticleFile[];
  readonly warnings: LoadWarning[];
  /** Files listed but gone by the time they were read (the folder is being changed). */
  readonly vanished: string[];
}

/**
 * Which files' bytes a folder read keeps: all (true), none (false: only their hashes are wanted),
 * or those a test of the file and its content's hash picks.
 */
export type KeepBytes = boolean | ((file: string, hash: string) => boolean);

/** Reads every article file of a folder; a file that cannot be read at all becomes a warning. */
export async function readDeskFolder(
  dir: string,
  options: { keepBytes?: KeepBytes; hashes?: FileHashMemo } = {},
): Promise<DeskFolderRead> {
  const names = await listArticleFiles(dir);
  const results = new Array<FileRead>(names.length);
  let next = 0;
  const hashes = options.hashes;
  // Only hashes wanted: a file the memo knows, unchanged since, is not read again.
  const known = hashes && options.keepBytes === false ? await knownFiles(names, hashes) : null;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      const name = names[i] ?? "";
      results[i] = known?.[i] ?? (await readOneFile(name, options.keepBytes ?? true, hashes));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, names.length) }, worker));
  const read: DeskFolderRead = { files: [], warnings: [], vanished: [] };
  for (const result of results) {
    if ("bytes" in result) read.files.push(result);
    else if ("reason" in result) read.warnings.push(result);
    else read.vanished.push(result.vanished);
  }
  return read;
}

type FileRead = ArticleFile | LoadWarning | { readonly vanished: string };

const NO_BYTES = new Uint8Array(0);

/** Files asked about one at a time between turns of the event loop (see `knownFiles`). */
const STATS_AT_ONCE = 2000;

/**
 * For each file, the file as the memo hashed it when it is a regular file within the size cap
 * that says the same now; else null. The file system is asked about each file directly, a few
 * thousand at a time, then other work gets its turn: a desk of fifty thousand files is asked
 * about in a fraction of the time that as many promises of the file system take.
 */
async function knownFiles(
  names: readonly string[],
  hashes: FileHashMemo,
): Promise<(ArticleFile | null)[]> {
  const known = new Array<ArticleFile | null>(names.length).fill(null);
  for (let from = 0; from < names.length; from += STATS_AT_ONCE) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    for (let i = from; i < Math.min(names.length, from + STATS_AT_ONCE); i++)
      known[i] = knownFile(names[i] ?? "", hashes);
  }
  return known;
}

/** A regular file, within the size cap, that the memo hashed as it is now; else null. */
function knownFile(file: string, hashes: FileHashMemo): ArticleFile | null {
  try {
    const info = statSync(file, { throwIfNoEntry: false });
    if (!info?.isFile() || info.size > IngestConfig.maxFileBytes) return null;
    const hash = hashes.hashOf(file, info);
    return hash === null ? null : { file, hash, bytes: NO_BYTES };
  } catch {
    return null;
  }
}

async function readOneFile(
  file: string,
  keepBytes: KeepBytes,
  hashes?: FileHashMemo,
): Promise<FileRead> {
  try {
    // What the file says of itself before it is read: a write during the read changes it.
    const info = hashes ? await stat(file) : null;
    const read = await readRegularFile(file, IngestConfig.maxFileBytes);
    if (read.ok) {
      const hash = createHash("sha256").update(read.bytes).digest("hex");
      if (info) hashes?.remember(file, info, hash);
      const keep = typeof keepBytes === "function" ? keepBytes(file, hash) : keepBytes;
      return { file, hash, bytes: keep ? read.bytes : NO_BYTES };
    }
    if (read.problem === "not-regular") {
      return { file, reason: SkipReason.notRegular(read.kind), version: read.kind };
    }
    const reason = SkipReason.tooLarge(read.bytes, IngestConfig.maxFileBytes);
    return { file, reason, version: `${read.bytes}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "read error";
    if (code !== "ENOENT") return { file, reason: SkipReason.unreadable(code) };
    // Gone since the folder was listed; or a link to a file that does not exist.
    return (await isLink(file)) ? { file, reason: SkipReason.brokenLink } : { vanished: file };
  }
}

async function isLink(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Loads a desk's folder; a broken file becomes a warning and the rest still load. */
export async function loadDesk(dir: string): Promise<LoadedDesk> {
  const read = await readDeskFolder(dir);
  const parsed = parseArticleFiles(read.files);
  return {
    dir,
    articles: parsed.articles,
    warnings: [...read.warnings, ...parsed.warnings].sort(byFile),
  };
}

function byFile(a: LoadWarning, b: LoadWarning): number {
  return byName(a.file, b.file);
}

/** The warning line printed on stderr for a skipped file, or a note about one that loaded. */
export function formatLoadWarning(warning: LoadWarning): string {
  return warning.loaded
    ? `warning: ${warning.file}: ${warning.reason}`
    : `warning: skipped ${warning.file}: ${warning.reason}`;
}
