import { readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { checkManifestText } from "./check-manifest.js";
import { type AppSurface, handledCommands } from "./check-surface.js";
import { formatProblem } from "./manifest-document.js";
import { syncDeskCommands } from "./sync-commands.js";
import { SyncMessages } from "./sync-messages.js";

export interface SyncOptions {
  /** The manifest file, as given (shown in messages) and as resolved on disk. */
  readonly file: string;
  readonly filePath: string;
  readonly dryRun: boolean;
}

export interface SyncContext {
  /** The app's surface, its desks' commands in `newsroom`. */
  readonly surface: AppSurface;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/**
 * `npm run manifest -- sync [--dry-run]`: writes the desks' missing slash commands into the
 * manifest, gives declared desk commands their desk's description, and drops the commands no
 * desk answers, printing each change (or that there is none),
 * then holds the result to the full check. Returns the exit code: 0, or 1 when the manifest
 * cannot be read as YAML or still fails the check. A dry run prints the same and writes nothing.
 */
export async function syncManifest(options: SyncOptions, context: SyncContext): Promise<number> {
  const { file } = options;
  const { surface, out, err } = context;
  const newsroom = surface.newsroom ?? { folder: "the seeds folder", desks: [] };
  const text = await readFile(options.filePath, "utf8");
  const own = handledCommands({ ...surface, newsroom: { ...newsroom, desks: [] } });
  const sync = syncDeskCommands(text, newsroom.desks, own);
  if ("problems" in sync) {
    for (const problem of sync.problems) err(formatProblem(file, problem));
    return 1;
  }
  const { added, removed, described } = sync;
  for (const desk of added)
    out(options.dryRun ? SyncMessages.wouldAdd(file, desk) : SyncMessages.added(file, desk));
  for (const command of removed) {
    out(
      options.dryRun
        ? SyncMessages.wouldRemove(file, command, newsroom.folder)
        : SyncMessages.removed(file, command, newsroom.folder),
    );
  }
  for (const desk of described) {
    out(
      options.dryRun ? SyncMessages.wouldDescribe(file, desk) : SyncMessages.described(file, desk),
    );
  }
  const changed = added.length > 0 || removed.length > 0 || described.length > 0;
  if (!changed) out(SyncMessages.nothingToChange(file, newsroom.desks.length));
  if (sync.relaidOut) err(SyncMessages.relaidOut(file));
  if (changed && options.dryRun) out(SyncMessages.dryRun(file));
  if (changed && !options.dryRun) await replaceFile(options.filePath, sync.text);

  const problems = checkManifestText(sync.text, surface).problems;
  for (const problem of problems) err(formatProblem(file, problem));
  if (problems.length > 0) {
    err(SyncMessages.stillFails(file));
    return 1;
  }
  if (changed && !options.dryRun) out(SyncMessages.next);
  return 0;
}

/**
 * Writes the file whole or not at all: a temporary file beside it (beside the file a link points
 * to, so the link stays a link), renamed over it with the file's permissions.
 */
async function replaceFile(path: string, text: string): Promise<void> {
  const target = await realpath(path);
  const { mode } = await stat(target);
  const temporary = `${target}.sync-${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, { mode });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
