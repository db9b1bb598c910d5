import type { DeskCommand } from "./check-surface.js";

/** Every line `npm run manifest -- sync` prints, in one place; tests import them. */
export const SyncMessages = Object.freeze({
  notAList:
    "features.slash_commands must be a list of commands; sync leaves a manifest it cannot read as one alone",
  added: (file: string, desk: DeskCommand) =>
    `${file}: added ${desk.command} for desk ${desk.desk} (${desk.folder})`,
  removed: (file: string, command: string, seeds: string) =>
    `${file}: removed ${command} (no desk of ${seeds} answers it)`,
  wouldAdd: (file: string, desk: DeskCommand) =>
    `${file}: would add ${desk.command} for desk ${desk.desk} (${desk.folder})`,
  described: (file: string, desk: DeskCommand) =>
    `${file}: ${desk.command} now described as in desk ${desk.desk}: "${desk.description}"`,
  wouldDescribe: (file: string, desk: DeskCommand) =>
    `${file}: would describe ${desk.command} as in desk ${desk.desk}: "${desk.description}"`,
  wouldRemove: (file: string, command: string, seeds: string) =>
    `${file}: would remove ${command} (no desk of ${seeds} answers it)`,
  nothingToChange: (file: string, count: number) =>
    `${file}: nothing to change (${count === 1 ? "1 desk" : `${count} desks`}, each command declared)`,
  dryRun: (file: string) => `Dry run: ${file} was not written.`,
  relaidOut: (file: string) =>
    `note: the YAML writer could not keep every line of ${file} as it was (the values are the same); review the change before committing it`,
  stillFails: (file: string) =>
    `${file} still does not pass the check (above); sync only writes the desks' slash commands`,
  next: "Next: `npm run manifest -- deploy --dry-run`, then `npm run manifest -- deploy`.",
});
