import path from "node:path";
import type { DeskProfile } from "../../src/desk/desk-profile.js";
import { deskIdFor } from "../../src/desk/desk-yml.js";
import { openDesk, type StoryDesk } from "../../src/desk/story-desk.js";
import type { LoadWarning } from "../../src/ingest/article.js";
import { readDeskProfile } from "../../src/newsroom/desk-folders.js";
import { loadDesk } from "../../src/newsroom/load-desk.js";
import { SearchConfig } from "../../src/search/search-config.js";

/** The written second desk: a product recall told by six invented outlets. */
export const RECALL_DESK = path.join("test", "fixtures", "desks", "recall");

/** The profile a desk folder's `desk.yml` gives, read as the newsroom reads it. */
export async function readWrittenProfile(dir: string): Promise<DeskProfile> {
  return readDeskProfile({ id: deskIdFor(path.basename(dir)), dir }, () => {});
}

/** A written desk opened as the bot opens one: its folder's articles, indexed with its profile. */
export async function openWrittenDesk(
  dir: string,
): Promise<{ desk: StoryDesk; warnings: readonly LoadWarning[] }> {
  const [loaded, profile] = await Promise.all([loadDesk(dir), readWrittenProfile(dir)]);
  return { desk: openDesk(loaded.articles, SearchConfig, profile), warnings: loaded.warnings };
}
