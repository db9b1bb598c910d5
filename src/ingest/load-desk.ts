import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Article, LoadWarning } from "./article.js";
import { IngestConfig, SkipReason } from "./ingest-config.js";
import { readArticle } from "./read-article.js";

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

/** The article files of a folder, in a stable (name) order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch {
    throw new SeedsFolderError(SeedsFolderMessage.missing(dir));
  }
  if (!info.isDirectory()) throw new SeedsFolderError(SeedsFolderMessage.notAFolder(dir));
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() && IngestConfig.extensions.includes(path.extname(entry.name).toLowerCase()),
    )
    .filter((entry) => !entry.name.startsWith(".") && entry.name.toLowerCase() !== "readme.md")
    .map((entry) => path.join(dir, entry.name))
    .sort((a, b) => a.localeCompare(b, "en"));
}

/** An article file's bytes as read (empty when only its hash was wanted), with a hash of its content. */
export interface ArticleFile {
  readonly file: string;
  readonly hash: string;
  readonly bytes: Uint8Array;
}

/** Files read at once: enough to keep the disk busy, few enough to stay well under file-handle limits. */
const READ_CONCURRENCY = 32;

/** Reads every article file of a folder; a file that cannot be read at all becomes a warning. */
export async function readDeskFolder(
  dir: string,
  options: { keepBytes?: boolean } = {},
): Promise<{ files: ArticleFile[]; warnings: LoadWarning[] }> {
  const names = await listArticleFiles(dir);
  const results = new Array<ArticleFile | LoadWarning | null>(names.length);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      results[i] = await readOneFile(names[i] ?? "", options.keepBytes ?? true);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, names.length) }, worker));
  const files: ArticleFile[] = [];
  const warnings: LoadWarning[] = [];
  for (const result of results) {
    if (result === null || result === undefined) continue;
    if ("bytes" in result) files.push(result);
    else warnings.push(result);
  }
  return { files, warnings };
}

const NO_BYTES = new Uint8Array(0);

async function readOneFile(
  file: string,
  keepBytes: boolean,
): Promise<ArticleFile | LoadWarning | null> {
  try {
    const info = await stat(file);
    if (info.size > IngestConfig.maxFileBytes) {
      return { file, reason: SkipReason.tooLarge(info.size, IngestConfig.maxFileBytes) };
    }
    const bytes = await readFile(file);
    const hash = createHash("sha256").update(bytes).digest("hex");
    return { file, hash, bytes: keepBytes ? bytes : NO_BYTES };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "read error";
    // A file removed between listing and reading is simply gone.
    return code === "ENOENT" ? null : { file, reason: SkipReason.unreadable(code) };
  }
}

/** What a desk remembers between loads, so that reloading is cheap and a file caught mid-write loses nothing. */
export interface ParseMemory {
  /** Articles parsed before, by file name and content hash: reused instead of parsing again. */
  readonly byContent: Map<string, Article>;
  /** The last article each file gave, by path: kept while that file cannot be read. */
  readonly lastGood: Map<string, Article>;
}

export function newParseMemory(): ParseMemory {
  return { byContent: new Map(), lastGood: new Map() };
}

/** How a parsed article is remembered: by its file's name and content. */
export const contentKey = (file: Pick<ArticleFile, "file" | "hash">) =>
  `${path.basename(file.file)}\u0000${file.hash}`;

/** Says that a broken file's last good version is still being served. */
export const keptLastGood = (reason: string) => `${reason}; its last good version is kept`;

/**
 * Parses article files into articles; a broken file becomes a warning and the rest still load.
 * With a memory, an unchanged file is parsed once, and a file that breaks (say, half-written)
 * keeps its last good version.
 */
export function parseArticleFiles(
  files: readonly ArticleFile[],
  memory: ParseMemory = newParseMemory(),
  onProgress?: (done: number, total: number) => void,
): { articles: Article[]; warnings: LoadWarning[] } {
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  const seenIds = new Set<string>();
  files.forEach((file, i) => {
    const known = memory.byContent.get(contentKey(file));
    let result = known ? { ok: true as const, article: known } : readArticleSafely(file);
    if (!result.ok) {
      const previous = memory.lastGood.get(file.file);
      warnings.push({
        file: file.file,
        reason: previous ? keptLastGood(result.reason) : result.reason,
      });
      if (!previous) return;
      result = { ok: true, article: previous };
    } else {
      memory.byContent.set(contentKey(file), result.article);
      memory.lastGood.set(file.file, result.article);
    }
    if (seenIds.has(result.article.id)) {
      warnings.push({
        file: file.file,
        reason: `another file already has the article id ${result.article.id}`,
      });
      return;
    }
    seenIds.add(result.article.id);
    articles.push(result.article);
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1, files.length);
  });
  return { articles, warnings };
}

/** Reads one article; whatever goes wrong in one file stays a warning about that file. */
function readArticleSafely(file: ArticleFile): ReturnType<typeof readArticle> {
  try {
    return readArticle(file.file, file.bytes);
  } catch (error) {
    return {
      ok: false,
      reason: SkipReason.unreadable((error as Error).message.split("\n")[0] ?? "error"),
    };
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
  return a.file.localeCompare(b.file, "en");
}

/** The warning line printed on stderr for a skipped file. */
export function formatLoadWarning(warning: LoadWarning): string {
  return `warning: skipped ${warning.file}: ${warning.reason}`;
}
