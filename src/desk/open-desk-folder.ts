import { formatLoadWarning, loadDesk } from "../ingest/load-desk.js";
import { openDesk, type StoryDesk } from "./story-desk.js";

/** Where the articles are: `--seeds`, else SEEDS_DIR, else ./seeds. */
export function seedsDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env["SEEDS_DIR"] ?? "seeds";
}

/** Loads a folder of articles and opens a desk over it; each skipped file is reported through `warn`. */
export async function openDeskFolder(
  dir: string,
  warn: (line: string) => void,
): Promise<StoryDesk> {
  const loaded = await loadDesk(dir);
  for (const warning of loaded.warnings) warn(formatLoadWarning(warning));
  return openDesk(loaded.articles);
}
