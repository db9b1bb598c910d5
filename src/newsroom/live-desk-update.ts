import type { DeskProfile } from "../desk/desk-profile.js";
import { readyDesk, type StoryDesk } from "../desk/story-desk.js";
import { vocabularyKey } from "../search/passage-index.js";
import { deskKey, writeIndexCache } from "./index-cache.js";
import { keyInputs } from "./index-cache-use.js";
import { formatLoadWarning, readDeskFolder } from "./load-desk.js";
import { type DeskWarn, indexInputs, vocabularyOf } from "./open-desk-folder.js";
import { parseArticleFiles } from "./parse-article-files.js";
import type { ParseMemory } from "./parse-memory.js";
import { warmUpDesk } from "./warm-up.js";

/**
 * Past this share of a desk's files changed at once (and more than IN_PLACE_ALWAYS_UP_TO), a
 * reload builds the index afresh instead: it would cost as much, and leave less behind.
 */
export const IN_PLACE_UP_TO_SHARE = 0.25;
export const IN_PLACE_ALWAYS_UP_TO = 4;

/** The index could not be updated in place: the desk must be built afresh (its index is spoilt). */
export class InPlaceFailure extends Error {
  override readonly name = "InPlaceFailure";
}

/** What updating a desk in place needs besides the desk. */
export interface InPlaceOptions {
  readonly memory: ParseMemory;
  readonly cache?: string | null;
  readonly profile?: DeskProfile;
  readonly secrets?: readonly string[];
}

/**
 * The desk after its folder changed, its index updated in place: only the files whose content
 * changed are parsed, and only their passages indexed (or taken out), so that on a desk of a
 * million passages an edited article is answered from within seconds. The cache is then saved
 * for the new files. Null when the desk had better be built afresh: its equivalents changed, or
 * too many of its files did. The index is shared with `desk`, which must no longer be served.
 */
export async function updateDeskInPlace(
  dir: string,
  desk: StoryDesk,
  warn: DeskWarn,
  options: InPlaceOptions,
): Promise<StoryDesk | null> {
  const { memory } = options;
  const profile = options.profile ?? desk.profile;
  const vocabulary = vocabularyOf(profile);
  if (vocabularyKey(vocabulary) !== desk.index.vocabularyRead) return null;
  // An index that has let many passages go is built afresh, so that it holds no more than its desk.
  if (desk.index.passagesTakenOut > desk.index.passageCount * IN_PLACE_UP_TO_SHARE) return null;
  let changed = 0;
  // Only a file whose content is not the one last parsed keeps its bytes, to be parsed again.
  const read = await readDeskFolder(dir, {
    keepBytes: (file, hash) => {
      const fresh = memory.lastGood(file)?.hash !== hash;
      if (fresh) changed++;
      return fresh;
    },
  });
  // Articles no file gives any more (removed, or unreadable now), besides the files changed.
  const gone = Math.max(0, desk.articles.length - (read.files.length - changed));
  const limit = Math.max(IN_PLACE_ALWAYS_UP_TO, desk.articles.length * IN_PLACE_UP_TO_SHARE);
  if (changed + gone > limit) return null;
  const key = deskKey(
    read.files,
    keyInputs(indexInputs(desk.settings, vocabulary), options.secrets),
  );
  const parsed = parseArticleFiles(read.files, memory, undefined, read.vanished, options.secrets);
  for (const warning of [...read.warnings, ...parsed.warnings])
    warn(formatLoadWarning(warning), warning.version);
  let updated: StoryDesk;
  try {
    desk.index.update(parsed.articles);
    updated = warmUpDesk(readyDesk(parsed.articles, desk.index, desk.settings, profile));
  } catch (error) {
    throw new InPlaceFailure((error as Error).message);
  }
  // A desk with last good versions standing in for broken files is not what the files give: not cached.
  if (options.cache && !parsed.keptFromMemory) {
    try {
      await writeIndexCache(options.cache, {
        key,
        articles: parsed.articles,
        warnings: parsed.warnings,
        index: await desk.index.snapshot(),
      });
    } catch (error) {
      warn(
        `warning: could not save the index cache in ${options.cache}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      );
    }
  }
  return updated;
}
