import path from "node:path";
import { type DeskProfile, defaultProfile } from "../desk/desk-profile.js";
import { readyDesk, type StoryDesk } from "../desk/story-desk.js";
import type { Article, LoadWarning } from "../ingest/article.js";
import { PassageIndex } from "../search/passage-index.js";
import { type DeskVocabulary, SearchConfig, type SearchSettings } from "../search/search-config.js";
import { FileHashMemo } from "./file-hash-memo.js";
import { deskKey, readIndexCache, writeIndexCache } from "./index-cache.js";
import { cacheWarning, keyInputs, openCachedDesk } from "./index-cache-use.js";
import { type ArticleFile, formatLoadWarning, readDeskFolder } from "./load-desk.js";
import { filesToRead, parseArticleFiles } from "./parse-article-files.js";
import { parseInWorkers } from "./parse-in-workers.js";
import type { ParseMemory } from "./parse-memory.js";
import { warmUpDesk } from "./warm-up.js";

/** Where the articles are: `--seeds`, else SEEDS_DIR, else ./seeds. */
export function seedsDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env["SEEDS_DIR"] ?? "seeds";
}

/** Where the built index is cached: STORY_DESK_CACHE_DIR, else .story-desk/cache; "off" turns it off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env["STORY_DESK_CACHE_DIR"];
  if (configured === "off" || env["STORY_DESK_CACHE"] === "off") return null;
  return configured ?? ".story-desk/cache";
}

export type LoadStage = "reading articles" | "indexing passages";

/**
 * Told each warning line; `version` tells which version of the file it is about (a hash of its
 * content), so that a live desk can say it once per broken version.
 */
export type DeskWarn = (line: string, version?: string) => void;

export interface OpenOptions {
  /** Folder of index caches, or null for none. */
  readonly cache?: string | null;
  /** What earlier loads parsed (live reload keeps one). */
  readonly memory?: ParseMemory;
  /** Told how far reading and indexing have got, for a progress bar. */
  readonly onProgress?: (stage: LoadStage, done: number, total: number) => void;
  /** What the desk's desk.yml says; its equivalents go into the index (and its cache key). */
  readonly profile?: DeskProfile;
  /** Configured secrets (tokens, passwords): hidden wherever an article holds one. */
  readonly secrets?: readonly string[];
}

/** The words a desk's profile adds to its index. */
export const vocabularyOf = (profile: DeskProfile): DeskVocabulary => ({
  equivalents: profile.equivalents,
});

/** What decides a desk's index besides its files: the search settings and the desk's own equivalents. */
export const indexInputs = (settings: SearchSettings, vocabulary: DeskVocabulary) => ({
  settings,
  equivalents: vocabulary.equivalents,
});

/**
 * Loads a folder of articles and opens a desk over it; each skipped file is reported through
 * `warn`. The built index is cached by the files' contents (and the desk's equivalents) and
 * loaded instead of rebuilt. The desk is warmed up before it is returned.
 */
export async function openDeskFolder(
  dir: string,
  warn: DeskWarn,
  options: OpenOptions = { cache: cacheDir() },
): Promise<StoryDesk> {
  const settings = SearchConfig;
  const profile = options.profile ?? defaultProfile(path.basename(path.resolve(dir)));
  const vocabulary = vocabularyOf(profile);
  const cache = options.cache ?? null;
  // With a cache, the files are first only hashed: on a hit their bytes are never needed.
  // A file hashed before and unchanged since (by what the file system says of it) is not read.
  const hashes = cache ? await FileHashMemo.open(cache, dir) : undefined;
  const hashed = cache ? await readDeskFolder(dir, { keepBytes: false, hashes }) : null;
  if (hashed) await hashes?.save(hashed.files.map((file) => file.file));
  const inputs = keyInputs(indexInputs(settings, vocabulary), options.secrets);
  const reading =
    cache && hashed ? await readIndexCache(cache, deskKey(hashed.files, inputs)) : null;
  if (cache && reading && !reading.found && reading.problem)
    warn(cacheWarning(cache, reading.problem));
  const cached = reading?.found ? reading.cached : null;
  if (hashed && cached && !standsInForBroken(dir, options.memory, hashed.vanished, cached)) {
    const desk = openCachedDesk(cached, settings, vocabulary, profile, (problem) =>
      warn(cacheWarning(cache ?? "", problem)),
    );
    if (desk !== null) {
      // The cache may have been written with the folder named another way: name files as they are now.
      const warnings = [...hashed.warnings, ...cached.warnings.map((w) => inFolder(dir, w))];
      for (const warning of warnings) warn(formatLoadWarning(warning), warning.version);
      if (options.memory) rememberArticles(dir, options.memory, cached, hashed.files);
      return desk;
    }
  }
  const built = await buildDesk(dir, settings, cache, options, warn, vocabulary);
  return warmUpDesk(readyDesk(built.articles, built.index, settings, profile));
}

const inFolder = <T extends { file: string }>(dir: string, item: T): T => ({
  ...item,
  file: path.join(dir, path.basename(item.file)),
});

/**
 * Whether a file the cache skips (broken) or that vanished while being read has a last good
 * version to stand in for it: the cache holds only what the files alone give, so the desk is
 * then built here, from memory.
 */
function standsInForBroken(
  dir: string,
  memory: ParseMemory | undefined,
  vanished: readonly string[],
  cached: { readonly warnings: readonly LoadWarning[] },
): boolean {
  if (!memory) return false;
  const broken = cached.warnings.filter((w) => !w.loaded).map((w) => inFolder(dir, w).file);
  return [...vanished, ...broken].some((file) => memory.lastGood(file) !== undefined);
}

/** What a cached start knows of each file, as if it had parsed it: so a later broken write keeps it. */
function rememberArticles(
  dir: string,
  memory: ParseMemory,
  cached: { readonly articles: readonly Article[]; readonly warnings: readonly LoadWarning[] },
  files: readonly ArticleFile[],
): void {
  const hashes = new Map(files.map((file) => [file.file, file.hash]));
  for (const article of cached.articles) {
    const file = inFolder(dir, article).file;
    const hash = hashes.get(file);
    if (hash === undefined) continue;
    const notes = cached.warnings
      .filter((w) => w.loaded && inFolder(dir, w).file === file)
      .map((w) => w.reason);
    memory.remember(file, { hash, article, notes });
  }
  memory.keepOnly(hashes.keys());
}

/**
 * Reads, parses and indexes a folder, and saves the result in the cache when there is one.
 * Also what the off-thread builder runs, so that a large reload never blocks the answering thread.
 */
export async function buildDesk(
  dir: string,
  settings: SearchSettings,
  cache: string | null,
  options: Pick<OpenOptions, "memory" | "onProgress" | "secrets">,
  warn: DeskWarn,
  vocabulary: DeskVocabulary = { equivalents: [] },
): Promise<{ articles: Article[]; index: PassageIndex }> {
  const hashes = cache ? await FileHashMemo.open(cache, dir) : undefined;
  const read = await readDeskFolder(dir, { hashes });
  await hashes?.save(read.files.map((file) => file.file));
  const key = deskKey(read.files, keyInputs(indexInputs(settings, vocabulary), options.secrets));
  const progress = options.onProgress;
  const reportReading =
    progress && ((done: number, total: number) => progress("reading articles", done, total));
  // A large folder's files are read on every core; the rest of the load is the same either way.
  const readAlready = await parseInWorkers(filesToRead(read.files, options.memory), {
    secrets: options.secrets,
    onProgress: reportReading,
  });
  const parsed = parseArticleFiles(
    read.files,
    options.memory,
    readAlready ? undefined : reportReading,
    read.vanished,
    options.secrets,
    readAlready ?? undefined,
  );
  // The files' bytes are not needed past parsing: let them go before the index is built.
  read.files.length = 0;
  for (const warning of [...read.warnings, ...parsed.warnings])
    warn(formatLoadWarning(warning), warning.version);
  const index = PassageIndex.build(
    parsed.articles,
    settings,
    progress && ((done, total) => progress("indexing passages", done, total)),
    vocabulary,
  );
  // A desk with last good versions standing in for broken files is not what the files give: not cached.
  if (cache && !parsed.keptFromMemory) {
    try {
      await writeIndexCache(cache, {
        key,
        articles: parsed.articles,
        warnings: parsed.warnings,
        index: await index.snapshot(),
      });
    } catch (error) {
      warn(
        `warning: could not save the index cache in ${cache}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      );
    }
  }
  return { articles: parsed.articles, index };
}
