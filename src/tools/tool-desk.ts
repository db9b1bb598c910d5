import path from "node:path";
import { UsageError } from "../cli/cli-run.js";
import { type FoundDesk, findDesks } from "../newsroom/desk-folders.js";

/** What the tools say when a desk asked for is not in the seeds folder. */
export const ToolDeskMessage = Object.freeze({
  noSuchDesk: (id: string, seedsDir: string, known: readonly string[]) =>
    `No desk "${id}" in ${seedsDir} (desks: ${known.join(", ") || "none"})`,
});

/** Thrown when `--desk ID` names no desk of the seeds folder; its message is for the user. */
export class ToolDeskError extends UsageError {}

/**
 * The desk a tool works on: the one `deskId` names, else the seeds folder's default desk (the
 * first by id when none says `default: true`). Warnings about desk folders go to `warn`.
 */
export async function toolDesk(
  seedsDir: string,
  deskId: string | undefined,
  warn: (line: string) => void = () => {},
): Promise<FoundDesk> {
  const desks = await findDesks(seedsDir, warn);
  const chosen = deskId
    ? desks.find((desk) => desk.id === deskId)
    : (desks.find((desk) => desk.profile.isDefault) ?? desks[0]);
  if (!chosen)
    throw new ToolDeskError(
      ToolDeskMessage.noSuchDesk(
        deskId ?? "",
        seedsDir,
        desks.map((desk) => desk.id),
      ),
    );
  return chosen;
}

/** A desk folder's question set: `questions.yml` beside its articles. */
export function questionsFileOf(desk: Pick<FoundDesk, "dir">): string {
  return path.join(desk.dir, "questions.yml");
}
