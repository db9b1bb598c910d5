import type { Logger } from "@slack/bolt";
import { FeedbackLimits, shownQuotes, type WrongWhat } from "../../desk/feedback.js";
import { hashUser } from "../../newsroom/feedback-log.js";
import type { AnswerButtonValue } from "../../render/blocks/answer-actions.js";
import { deskOfButton } from "../desk-routing.js";
import { describeError } from "../redacting-logger.js";
import type { ListenerDeps } from "./listener-deps.js";

export interface Verdict {
  /** The button's value: the question, the desk and the quotes shown. */
  readonly asked: AnswerButtonValue;
  /** The Slack user id of whoever gave it (kept only as a hash). */
  readonly user: string;
  readonly verdict: "right" | "wrong";
  readonly what: WrongWhat | undefined;
  readonly note: string | null;
}

/**
 * Keeps one verdict in the feedback log: the desk, the question, the quotes shown (looked up on
 * the desk, so the log says which passages they were), the verdict, the note, the time and a hash
 * of the user. False when there is no log or it could not be written (logged, never thrown).
 */
export async function keepVerdict(
  deps: ListenerDeps,
  logger: Logger,
  verdict: Verdict,
): Promise<boolean> {
  if (!deps.feedback) return false;
  const desk = deskOfButton(deps.newsroom, verdict.asked.desk);
  const articles = desk?.current.articles ?? [];
  const note = verdict.note?.trim()
    ? [...verdict.note.trim()].slice(0, FeedbackLimits.noteChars).join("")
    : null;
  try {
    await deps.feedback.record({
      desk: desk?.profile.id ?? verdict.asked.desk ?? "",
      question: [...verdict.asked.question].slice(0, FeedbackLimits.questionChars).join(""),
      shown: shownQuotes(verdict.asked.shown ?? [], articles),
      verdict: verdict.verdict,
      ...(verdict.what ? { what: verdict.what } : {}),
      note,
      at: new Date().toISOString(),
      user: hashUser(verdict.user),
    });
    return true;
  } catch (error) {
    logger.error(`a ${verdict.verdict} verdict could not be kept: ${describeError(error)}`);
    return false;
  }
}
