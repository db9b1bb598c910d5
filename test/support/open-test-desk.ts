import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { defaultProfile } from "../../src/desk/desk-profile.js";
import { openDesk, type StoryDesk } from "../../src/desk/story-desk.js";
import { loadDesk } from "../../src/newsroom/load-desk.js";
import { SearchConfig } from "../../src/search/search-config.js";

/** The `equivalents` of a desk folder's desk.yml (none when it has no desk.yml). */
export function deskEquivalents(dir: string): string[][] {
  try {
    const data = parse(readFileSync(path.join(dir, "desk.yml"), "utf8")) as {
      equivalents?: string[][];
    } | null;
    return (data?.equivalents ?? []).map((group) => group.map(String));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Opens a desk folder with its desk.yml's equivalents, no cache: what a question set runs on. */
export async function openTestDesk(dir: string, equivalentsFrom = dir): Promise<StoryDesk> {
  const { articles } = await loadDesk(dir);
  const profile = {
    ...defaultProfile(path.basename(path.resolve(dir))),
    equivalents: deskEquivalents(equivalentsFrom),
  };
  return openDesk(articles, SearchConfig, profile);
}
