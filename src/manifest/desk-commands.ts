import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { AppSurface } from "./check-surface.js";

/** An article file, as the desk loader reads them. */
const ARTICLE_FILE = /\.(txt|md)$/i;

/**
 * The slash commands of the desks in a seeds folder: each subfolder holding article files is a
 * desk answering "/" + its folder name; a folder with article files at its top is one desk named
 * after the folder. Interim stand-in for the newsroom's `readDeskProfiles` (which also reads each
 * desk's `desk.yml` command); a missing folder has no desks.
 */
export async function deskCommandsIn(seedsDir: string, name: string): Promise<string[]> {
  const entries = await readdir(seedsDir, { withFileTypes: true }).catch(() => []);
  if (entries.some((entry) => entry.isFile() && ARTICLE_FILE.test(entry.name))) return [`/${name}`];
  const commands: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const files = await readdir(join(seedsDir, entry.name)).catch(() => []);
    if (files.some((file) => ARTICLE_FILE.test(file)))
      commands.push(`/${entry.name.toLowerCase()}`);
  }
  return commands.sort();
}

/** The app's surface with the desks' commands beside its own fixed ones. */
export function withDeskCommands(surface: AppSurface, commands: readonly string[]): AppSurface {
  return { ...surface, commands: [...new Set([...surface.commands, ...commands])] };
}
