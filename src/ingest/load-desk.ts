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

/** An article file's bytes as read, with a hash of its content. */
export interface ArticleFile {
  readonly file: string;
  readonly hash: string;
  readonly bytes: Uint8Array;
}

/** Reads every article file of a folder; a file that cannot be read at all becomes a warning. */
export async function readDeskFolder(
  dir: string,
): Promise<{ files: ArticleFile[]; warnings: LoadWarning[] }> {
  const files: ArticleFile[] = [];
  const warnings: LoadWarning[] = [];
  for (const file of await listArticleFiles(dir)) {
    try {
      const info = await stat(file);
      if (info.size > IngestConfig.maxFileBytes) {
        warnings.push({ file, reason: SkipReason.tooLarge(info.size, IngestConfig.maxFileBytes) });
        continue;
      }
      const bytes = await readFile(file);
      files.push({ file, hash: createHash("sha256").update(bytes).digest("hex"), bytes });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "read error";
      // A file removed between listing and reading is simply gone.
      if (code !== "ENOENT") warnings.push({ file, reason: SkipReason.unreadable(code) });
    }
  }
  return { files, warnings };
}

/** Articles parsed before, by file and content: reused instead of parsing again. */
export type ParsedArticles = Map<string, Article>;

const parsedKey = (file: ArticleFile) => `${path.basename(file.file)}\u0000${file.hash}`;

/**
 * Parses article files into articles; a broken file becomes a warning and the rest still load.
 * `parsed` (optional) is consulted and filled, so an unchanged file is parsed once.
 */
export function parseArticleFiles(
  files: readonly ArticleFile[],
  parsed: ParsedArticles = new Map(),
): { articles: Article[]; warnings: LoadWarning[] } {
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  const seenIds = new Set<string>();
  for (const file of files) {
    const key = parsedKey(file);
    const known = parsed.get(key);
    const result = known
      ? { ok: true as const, article: known }
      : readArticle(file.file, file.bytes);
    if (!result.ok) {
      warnings.push({ file: file.file, reason: result.reason });
    } else if (seenIds.has(result.article.id)) {
      warnings.push({
        file: file.file,
        reason: `another file already has the article id ${result.article.id}`,
      });
    } else {
      parsed.set(key, result.article);
      seenIds.add(result.article.id);
      articles.push(result.article);
    }
  }
  return { articles, warnings };
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
