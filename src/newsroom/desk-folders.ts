import { createHash } from "node:crypto";
import { opendir, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { DeskProfile } from "../desk/desk-profile.js";
import { deskDefaults, deskIdFor, parseDeskYml } from "../desk/desk-yml.js";
import { checkSeedsFolder, isArticleName } from "./load-desk.js";
import { byName } from "./parse-article-files.js";

/** The file in a desk's folder that says what the desk is; never read as an article. */
export const DESK_YML = "desk.yml";
/** A desk.yml larger than this is not read (it is a mistake, not a profile). */
const MAX_DESK_YML_BYTES = 256 * 1024;

/** One desk of a seeds folder: its id and its folder. */
export interface DeskFolder {
  readonly id: string;
  readonly dir: string;
}

/** A desk found in a seeds folder, with what its desk.yml says. */
export interface FoundDesk extends DeskFolder {
  readonly profile: DeskProfile;
}

/** What the newsroom says about the desks of a seeds folder, on stderr. */
export const DeskFolderMessage = Object.freeze({
  sameId: (dir: string, other: string, id: string) =>
    `warning: ${dir}: the desk id ${id} is already ${other}'s; this folder is left out`,
  twoDefaults: (ids: readonly string[]) =>
    `warning: desks ${ids.join(", ")} all say default: true; the default desk is ${ids[0]}`,
  sameCommand: (command: string, first: string, second: string) =>
    `warning: desks ${first} and ${second} both answer ${command}; ${command} asks ${first}`,
  unreadable: (file: string, code: string) =>
    `warning: ${file}: cannot be read (${code}); the desk loads with its defaults`,
  tooLarge: (file: string) =>
    `warning: ${file}: larger than ${MAX_DESK_YML_BYTES / 1024} KiB, not read; the desk loads with its defaults`,
});

/**
 * The desks of a seeds folder. A folder with article files at its top level is one desk (its id
 * made from the folder's name); otherwise each subfolder holding article files is a desk, its id
 * the subfolder's name. A folder with neither is one desk with no articles yet. Sorted by id.
 * Throws SeedsFolderError when the seeds folder itself is missing or not a folder.
 */
export async function findDeskFolders(
  seedsDir: string,
  warn: (line: string) => void,
): Promise<DeskFolder[]> {
  const itself: DeskFolder = {
    id: deskIdFor(path.basename(path.resolve(seedsDir))),
    dir: seedsDir,
  };
  await checkSeedsFolder(seedsDir);
  if (await holdsArticles(seedsDir)) return [itself];
  const entries = await readdir(seedsDir, { withFileTypes: true }).catch(() => []);
  const found = new Map<string, DeskFolder>();
  for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
    if (entry.name.startsWith(".") || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const dir = path.join(seedsDir, entry.name);
    if (!(await holdsArticles(dir))) continue;
    const id = deskIdFor(entry.name);
    const other = found.get(id);
    if (other) warn(DeskFolderMessage.sameId(dir, other.dir, id));
    else found.set(id, { id, dir });
  }
  if (found.size === 0) return [itself];
  return [...found.values()].sort((a, b) => byName(a.id, b.id));
}

/**
 * Whether a folder (a link to one counts) holds at least one article file; stops at the first,
 * so that checking a folder of a hundred thousand articles costs next to nothing.
 */
export async function holdsArticles(dir: string): Promise<boolean> {
  try {
    for await (const entry of await opendir(dir)) {
      if (isArticleName(entry.name) && (entry.isFile() || entry.isSymbolicLink())) return true;
    }
  } catch {
    // Missing, not a folder, or unreadable: no desk here.
  }
  return false;
}

/**
 * A desk's profile from the desk.yml in its folder, or the defaults when there is none. A file
 * that cannot be read or parsed, or holds keys that will not do, is one warning naming it.
 */
export async function readDeskProfile(
  folder: DeskFolder,
  warn: (line: string, version?: string) => void,
): Promise<DeskProfile> {
  const file = path.join(folder.dir, DESK_YML);
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_DESK_YML_BYTES) {
      warn(DeskFolderMessage.tooLarge(file));
      return deskDefaults(folder.id);
    }
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "read error";
    if (code !== "ENOENT") warn(DeskFolderMessage.unreadable(file, code));
    return deskDefaults(folder.id);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    warn(DeskFolderMessage.unreadable(file, "not UTF-8 text"));
    return deskDefaults(folder.id);
  }
  const reading = parseDeskYml(folder.id, text, file);
  // The version lets a live desk say a broken desk.yml once, not at every reload.
  const version = createHash("sha256").update(bytes).digest("hex");
  for (const line of reading.warnings) warn(line, version);
  return reading.profile;
}

/**
 * The desks of a seeds folder with their profiles (no index built): at most one marked default
 * (the first by id of those that say so); a command two desks claim is warned about.
 */
export async function findDesks(
  seedsDir: string,
  warn: (line: string) => void,
): Promise<FoundDesk[]> {
  const folders = await findDeskFolders(seedsDir, warn);
  const desks: FoundDesk[] = [];
  for (const folder of folders)
    desks.push({ ...folder, profile: await readDeskProfile(folder, warn) });
  return settleDesks(desks, warn);
}

/** The desks of a seeds folder and what their desk.yml files say (no index built). */
export async function readDeskProfiles(
  seedsDir: string,
  warn: (line: string) => void,
): Promise<DeskProfile[]> {
  return (await findDesks(seedsDir, warn)).map((desk) => desk.profile);
}

/** One default at most, and a warning for each command two desks claim. */
export function settleDesks<T extends { readonly profile: DeskProfile }>(
  desks: readonly T[],
  warn: (line: string) => void,
): T[] {
  const defaults = desks.filter((desk) => desk.profile.isDefault).map((desk) => desk.profile.id);
  if (defaults.length > 1) warn(DeskFolderMessage.twoDefaults(defaults));
  const settled = desks.map((desk) =>
    desk.profile.isDefault && desk.profile.id !== defaults[0]
      ? { ...desk, profile: Object.freeze({ ...desk.profile, isDefault: false }) }
      : desk,
  );
  const byCommand = new Map<string, string>();
  for (const { profile } of settled) {
    const first = byCommand.get(profile.command);
    if (first) warn(DeskFolderMessage.sameCommand(profile.command, first, profile.id));
    else byCommand.set(profile.command, profile.id);
  }
  return settled;
}
