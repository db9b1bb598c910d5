import type { StoryDesk } from "../desk/story-desk.js";
import { type FoundDesk, findDesks } from "./desk-folders.js";
import { deskCacheDir } from "./live-newsroom.js";
import { type DeskWarn, type OpenOptions, openDeskFolder } from "./open-desk-folder.js";

/** Thrown when `--desk ID` names no desk of the seeds folder; its message is for the user. */
export class UnknownDeskError extends Error {
  override readonly name = "UnknownDeskError";
}

/** What the command line says about choosing a desk. */
export const DeskChoiceMessage = Object.freeze({
  unknown: (id: string, seedsDir: string, ids: readonly string[]) =>
    `No desk "${id}" in ${seedsDir}. The desks are: ${ids.length > 0 ? ids.join(", ") : "none yet"}.`,
});

/** The desk marked default, else the first by id (desks as `findDesks` gives them). */
export function defaultOf<T extends Pick<FoundDesk, "profile">>(desks: readonly T[]): T | null {
  return desks.find((desk) => desk.profile.isDefault) ?? desks[0] ?? null;
}

/**
 * The desk a one-shot command-line run asks: the one with id `deskId`, else the default desk of
 * the seeds folder. Throws UnknownDeskError for an id no desk has, SeedsFolderError for a seeds
 * folder that is missing or not a folder.
 */
export async function chooseDesk(
  seedsDir: string,
  deskId: string | undefined,
  warn: (line: string) => void,
): Promise<FoundDesk> {
  const desks = await findDesks(seedsDir, warn);
  const chosen =
    deskId === undefined
      ? defaultOf(desks)
      : (desks.find((desk) => desk.id === deskId.trim().toLowerCase()) ?? null);
  if (chosen === null)
    throw new UnknownDeskError(
      DeskChoiceMessage.unknown(
        deskId ?? "",
        seedsDir,
        desks.map((desk) => desk.id),
      ),
    );
  return chosen;
}

/** Opens the chosen desk with its profile, caching its index in its own cache folder. */
export async function openChosenDesk(
  found: FoundDesk,
  warn: DeskWarn,
  options: Pick<OpenOptions, "onProgress" | "secrets"> & { readonly cache: string | null },
): Promise<StoryDesk> {
  return openDeskFolder(found.dir, warn, {
    ...options,
    cache: deskCacheDir(options.cache, found.id),
    profile: found.profile,
  });
}
