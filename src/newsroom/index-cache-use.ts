import { createHash } from "node:crypto";
import type { DeskProfile } from "../desk/desk-profile.js";
import { readyDesk, type StoryDesk } from "../desk/story-desk.js";
import { PassageIndex } from "../search/passage-index.js";
import type { DeskVocabulary, SearchSettings } from "../search/search-config.js";
import type { CachedDesk } from "./index-cache.js";
import { warmUpDesk } from "./warm-up.js";

/** The one warning about a cache that could not be used; the desk is rebuilt. */
export const cacheWarning = (cache: string, problem: string) =>
  `warning: the index cache in ${cache} could not be used (${problem}); the index is rebuilt`;

/** Why a cache whose files were whole still could not be opened. */
export const CACHE_DID_NOT_OPEN = "the index it holds does not open";

/**
 * What keys a desk's cache besides its files. The configured secrets change what the cached
 * articles hold (they are hidden), so a digest of them goes in too; never the secrets themselves.
 */
export function keyInputs(inputs: object, secrets: readonly string[] | undefined): object {
  if (!secrets || secrets.length === 0) return inputs;
  const digest = createHash("sha256");
  for (const secret of [...secrets].sort()) digest.update(secret).update("\u0000");
  return { ...inputs, secrets: digest.digest("hex") };
}

/**
 * Opens a desk from its cached parts and warms it up. Anything that fails on the way (an index
 * that does not rebuild from its snapshot, a desk that cannot answer) is told to `failed` and
 * gives null: the caller then builds the desk from its files. Never throws.
 */
export function openCachedDesk(
  cached: CachedDesk,
  settings: SearchSettings,
  vocabulary: DeskVocabulary,
  profile: DeskProfile,
  failed: (problem: string) => void,
): StoryDesk | null {
  try {
    const index = PassageIndex.fromSnapshot(cached.articles, cached.index, settings, vocabulary);
    return warmUpDesk(readyDesk(cached.articles, index, settings, profile));
  } catch {
    failed(CACHE_DID_NOT_OPEN);
    return null;
  }
}
