import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { type DeskProfile, defaultProfile } from "../../src/desk/desk-profile.js";
import { openDesk, type StoryDesk } from "../../src/desk/story-desk.js";
import type { LoadWarning } from "../../src/ingest/article.js";
import { loadDesk } from "../../src/newsroom/load-desk.js";
import { SearchConfig } from "../../src/search/search-config.js";

/** The written second desk: a product recall told by six invented outlets. */
export const RECALL_DESK = path.join("test", "fixtures", "desks", "recall");

/**
 * The profile a desk folder's `desk.yml` gives, read here for the tests until the newsroom's own
 * reader (src/newsroom) is on this branch: the fields the written desks use.
 */
export async function readWrittenProfile(dir: string): Promise<DeskProfile> {
  const id = path.basename(dir);
  const yml = parse(await readFile(path.join(dir, "desk.yml"), "utf8")) as Record<string, unknown>;
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  const base = defaultProfile(id);
  return Object.freeze({
    ...base,
    name: typeof yml["name"] === "string" ? yml["name"] : base.name,
    command: typeof yml["command"] === "string" ? yml["command"] : base.command,
    description: typeof yml["description"] === "string" ? yml["description"] : base.description,
    examples: strings(yml["examples"]),
    equivalents: Array.isArray(yml["equivalents"]) ? yml["equivalents"].map(strings) : [],
  });
}

/** A written desk opened as the bot opens one: its folder's articles, indexed with its profile. */
export async function openWrittenDesk(
  dir: string,
): Promise<{ desk: StoryDesk; warnings: readonly LoadWarning[] }> {
  const [loaded, profile] = await Promise.all([loadDesk(dir), readWrittenProfile(dir)]);
  return { desk: openDesk(loaded.articles, SearchConfig, profile), warnings: loaded.warnings };
}
