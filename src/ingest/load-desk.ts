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

/** Loads a desk's folder; a broken file becomes a warning and the rest still load. */
export async function loadDesk(dir: string): Promise<LoadedDesk> {
  const files = await listArticleFiles(dir);
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  const seenIds = new Set<string>();
  for (const file of files) {
    const result = await readArticleFile(file);
    if (!result.ok) {
      warnings.push({ file, reason: result.reason });
    } else if (seenIds.has(result.article.id)) {
      warnings.push({
        file,
        reason: `another file already has the article id ${result.article.id}`,
      });
    } else {
      seenIds.add(result.article.id);
      articles.push(result.article);
    }
  }
  return { dir, articles, warnings };
}

async function readArticleFile(file: string) {
  try {
    const info = await stat(file);
    if (info.size > IngestConfig.maxFileBytes) {
      return {
        ok: false as const,
        reason: SkipReason.tooLarge(info.size, IngestConfig.maxFileBytes),
      };
    }
    return readArticle(file, await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "read error";
    return { ok: false as const, reason: SkipReason.unreadable(code) };
  }
}

/** The warning line printed on stderr for a skipped file. */
export function formatLoadWarning(warning: LoadWarning): string {
  return `warning: skipped ${warning.file}: ${warning.reason}`;
}
