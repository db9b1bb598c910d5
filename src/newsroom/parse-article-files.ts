import type { Article, LoadWarning } from "../ingest/article.js";
import { SkipReason } from "../ingest/ingest-config.js";
import { readArticle } from "../ingest/read-article.js";
import type { ArticleFile } from "./load-desk.js";
import { type GoodReading, newParseMemory, type ParseMemory } from "./parse-memory.js";

/** Says that a broken file's last good version is still being served. */
export const keptLastGood = (reason: string) => `${reason}; its last good version is kept`;

/** Articles parsed from files, the warnings about them, and whether any came from memory. */
export interface ParsedFiles {
  readonly articles: Article[];
  readonly warnings: LoadWarning[];
  /**
   * True when a broken or vanished file was stood in for by its last good version: such a desk
   * is not what the files alone give, and is not cached.
   */
  readonly keptFromMemory: boolean;
}

/**
 * Parses article files into articles; a broken file becomes a warning and the rest still load.
 * With a memory, an unchanged file is parsed once, and a file that breaks (say, half-written) or
 * vanishes while being read keeps its last good version. The memory keeps only these files.
 * `secrets` (the configured tokens and passwords) are hidden wherever an article holds one.
 */
export function parseArticleFiles(
  files: readonly ArticleFile[],
  memory: ParseMemory = newParseMemory(),
  onProgress?: (done: number, total: number) => void,
  vanished: readonly string[] = [],
  secrets: readonly string[] = [],
  readAlready?: ReadonlyMap<string, FileReading>,
): ParsedFiles {
  // Each article to serve; a stand-in is a last good version served for a broken or vanished file.
  const readings: { file: string; version?: string; reading: GoodReading; standIn?: true }[] = [];
  const warnings: LoadWarning[] = [];
  let keptFromMemory = false;
  files.forEach((file, i) => {
    const known = memory.lastGood(file.file);
    const reading =
      known?.hash === file.hash
        ? known
        : remembered(file, memory, readAlready?.get(file.file) ?? readFile(file, secrets));
    if ("reason" in reading) {
      warnings.push({
        file: file.file,
        reason: known ? keptLastGood(reading.reason) : reading.reason,
        version: file.hash,
      });
      if (known)
        readings.push({ file: file.file, version: file.hash, reading: known, standIn: true });
      keptFromMemory ||= known !== undefined;
    } else {
      readings.push({ file: file.file, version: file.hash, reading });
    }
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1, files.length);
  });
  for (const file of vanished) {
    const known = memory.lastGood(file);
    if (known) readings.push({ file, reading: known, standIn: true });
    keptFromMemory ||= known !== undefined;
  }
  memory.keepOnly([...files.map((file) => file.file), ...vanished]);
  const articles: Article[] = [];
  const seenIds = new Set<string>();
  for (const { file, version, reading, standIn } of readings.sort((a, b) =>
    byName(a.file, b.file),
  )) {
    const id = reading.article.id;
    if (seenIds.has(id)) {
      warnings.push({ file, reason: `another file already has the article id ${id}`, version });
      continue;
    }
    seenIds.add(id);
    articles.push(reading.article);
    if (standIn) continue;
    for (const note of reading.notes) warnings.push({ file, reason: note, version, loaded: true });
  }
  return { articles, warnings, keptFromMemory };
}

/** What reading one file gave: its good reading, or why it was skipped. */
export type FileReading = GoodReading | { reason: string };

/** Files that need reading: those the memory holds no reading of for their content. */
export function filesToRead(
  files: readonly ArticleFile[],
  memory: ParseMemory = newParseMemory(),
): ArticleFile[] {
  return files.filter((file) => memory.lastGood(file.file)?.hash !== file.hash);
}

/** Reads one article; whatever goes wrong stays a warning about that file. */
export function readFile(file: ArticleFile, secrets: readonly string[]): FileReading {
  let result: ReturnType<typeof readArticle>;
  try {
    result = readArticle(file.file, file.bytes, secrets);
  } catch (error) {
    return { reason: SkipReason.unreadable((error as Error).message.split("\n")[0] ?? "error") };
  }
  if (!result.ok) return { reason: result.reason };
  return { hash: file.hash, article: result.article, notes: result.notes };
}

/** A good reading is remembered. */
function remembered(file: ArticleFile, memory: ParseMemory, reading: FileReading): FileReading {
  if (!("reason" in reading)) memory.remember(file.file, reading);
  return reading;
}

/** Files in a stable order: by name. */
export function byName(a: string, b: string): number {
  return a.localeCompare(b, "en");
}
