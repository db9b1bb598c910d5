import { createHash } from "node:crypto";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type FeedbackRecord, isFeedbackRecord } from "../desk/feedback.js";

/** Where verdicts are kept: STORY_DESK_FEEDBACK_FILE, else `.story-desk/feedback.jsonl`. */
export function feedbackFile(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env["STORY_DESK_FEEDBACK_FILE"]?.trim();
  return configured ? configured : path.join(".story-desk", "feedback.jsonl");
}

/** Where the Right and Wrong buttons' verdicts go. */
export interface FeedbackLog {
  /** Appends one verdict as one JSON line. */
  record(entry: FeedbackRecord): Promise<void>;
}

/** A Slack user id as the log keeps it: a hash, never the id. */
export function hashUser(userId: string): string {
  return createHash("sha256")
    .update(`story-desk feedback\u0000${userId}`)
    .digest("hex")
    .slice(0, 16);
}

/** The log in a JSON Lines file; its folder is made when the first verdict comes. */
export function feedbackLogAt(file: string): FeedbackLog {
  let writing: Promise<void> = Promise.resolve();
  return {
    record(entry) {
      // One append at a time, so two verdicts never interleave within a line.
      const next = writing.then(async () => {
        await mkdir(path.dirname(file), { recursive: true });
        await appendFile(file, `${JSON.stringify(entry)}\n`, { encoding: "utf8", mode: 0o600 });
      });
      writing = next.catch(() => undefined);
      return next;
    },
  };
}

/**
 * Every verdict in the file, oldest first; lines that are not a verdict (a torn last line, a
 * hand edit) are counted and skipped. A missing file holds none.
 */
export async function readFeedback(
  file: string,
): Promise<{ records: FeedbackRecord[]; skipped: number }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return { records: [], skipped: 0 };
    throw error;
  }
  const records: FeedbackRecord[] = [];
  let skipped = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (isFeedbackRecord(parsed)) records.push(parsed);
      else skipped += 1;
    } catch {
      skipped += 1;
    }
  }
  return { records, skipped };
}
