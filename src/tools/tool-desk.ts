import path from "node:path";
import { chooseDesk } from "../newsroom/desk-choice.js";
import type { FoundDesk } from "../newsroom/desk-folders.js";

/**
 * The desk a tool works on: the one `deskId` names, else the seeds folder's default desk. An id
 * no desk has is an UnknownDeskError (one line naming the desks there are, exit code 2).
 */
export function toolDesk(
  seedsDir: string,
  deskId: string | undefined,
  warn: (line: string) => void = () => {},
): Promise<FoundDesk> {
  return chooseDesk(seedsDir, deskId, warn);
}

/** A desk folder's question set: `questions.yml` beside its articles. */
export function questionsFileOf(desk: Pick<FoundDesk, "dir">): string {
  return path.join(desk.dir, "questions.yml");
}
