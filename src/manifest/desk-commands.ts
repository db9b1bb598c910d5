import { isAbsolute, relative } from "node:path";
import { findDesks } from "../newsroom/desk-folders.js";
import type { AppSurface, DeskCommand, NewsroomCommands } from "./check-surface.js";

/**
 * The slash command of every desk in a seeds folder, as the bot reads them (`findDesks`: a
 * one-desk folder, or a newsroom of desk subfolders, each with its optional desk.yml giving
 * `command`, `description` and `name`). Folders inside `cwd` are shown relative to it. Warnings about the
 * desks (a broken desk.yml, two desks claiming one command) go to `warn`. Throws
 * SeedsFolderError when the seeds folder is missing or not a folder.
 */
export async function readDeskCommands(
  seedsDir: string,
  cwd: string,
  warn: (line: string) => void,
): Promise<NewsroomCommands> {
  const shown = (dir: string) => {
    const inside = relative(cwd, dir);
    return inside === "" ? "." : inside.startsWith("..") || isAbsolute(inside) ? dir : inside;
  };
  const seen = new Set<string>();
  const desks: DeskCommand[] = [];
  for (const desk of await findDesks(seedsDir, warn)) {
    // Two desks claiming one command: the first by id answers it (settleDesks warned already).
    if (seen.has(desk.profile.command)) continue;
    seen.add(desk.profile.command);
    desks.push(
      Object.freeze({
        desk: desk.id,
        folder: shown(desk.dir),
        command: desk.profile.command,
        description: desk.profile.description,
        name: desk.profile.name,
      }),
    );
  }
  return Object.freeze({ folder: shown(seedsDir), desks: Object.freeze(desks) });
}

/** The app's surface with the desks' commands beside its own fixed ones. */
export function withDeskCommands(surface: AppSurface, newsroom: NewsroomCommands): AppSurface {
  return { ...surface, newsroom };
}
