import type { Logger } from "@slack/bolt";
import { DeskTexts } from "../../render/blocks/desk-texts.js";
import { hideTokens } from "../../render/blocks/hide-tokens.js";
import { describeError } from "../redacting-logger.js";
import { type SendFailure, sendFailureOf } from "../send-failure.js";

/** Slack's errors for a conversation the bot cannot post in. */
const CANNOT_POST = new Set([
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "restricted_action",
]);

/** One reply to one question: how to answer it, send it, and tell the asker if it cannot be sent. */
export interface ReplyJob<Reply> {
  /** Who asked, where, for the log line (ids only, never the question or a URL). */
  readonly context: string;
  /** The desk's work: builds the reply. */
  readonly answer: () => Promise<Reply>;
  readonly send: (reply: Reply) => Promise<unknown>;
  /** Ways to tell the asker the answer did not come, tried in turn until one works. */
  readonly tellAsker: readonly ((text: string) => Promise<unknown>)[];
}

/** What became of a reply: sent, or not, and whether the asker heard. */
export type ReplyOutcome = "sent" | "asker-told" | "asker-not-told" | "not-resent";

/** The ways to tell the asker of each reply under way, so that a process that must leave can. */
const tellersOfReplies = new WeakMap<Promise<unknown>, ReplyJob<unknown>["tellAsker"]>();

/** The ways to tell the asker of a reply `deliverReply` gave, if it gave it. */
export function tellersOfReply(
  reply: Promise<unknown>,
): ReplyJob<unknown>["tellAsker"] | undefined {
  return tellersOfReplies.get(reply);
}

/**
 * Answers, sends, and on failure logs once with context and tells the asker, unless the answer
 * may already have arrived (a timeout): then nothing more is sent, so nothing is answered twice.
 * Never throws. The reply's ways of telling its asker are known to `tellersOfReply`.
 */
export function deliverReply<Reply>(job: ReplyJob<Reply>, logger: Logger): Promise<ReplyOutcome> {
  const reply = answerAndSend(job, logger);
  tellersOfReplies.set(reply, job.tellAsker);
  return reply;
}

async function answerAndSend<Reply>(job: ReplyJob<Reply>, logger: Logger): Promise<ReplyOutcome> {
  let reply: Reply;
  try {
    reply = await job.answer();
  } catch (error) {
    return tellAsker(job, logger, `answering failed: ${describeError(error)}`, DeskTexts.apology);
  }
  try {
    // No token- or secret-shaped string ever goes to Slack, whatever the reply was made of.
    await job.send(hideTokens(reply));
    return "sent";
  } catch (error) {
    const failure = sendFailureOf(error);
    const what = `the answer could not be sent: ${failure.reason}`;
    if (failure.mayHaveArrived) {
      logger.error(`${job.context}: ${what}; it may have arrived, so it is not sent again.`);
      return "not-resent";
    }
    return tellAsker(job, logger, what, apologyFor(failure));
  }
}

async function tellAsker(
  job: Pick<ReplyJob<unknown>, "context" | "tellAsker">,
  logger: Logger,
  what: string,
  text: string,
): Promise<ReplyOutcome> {
  const refusals: string[] = [];
  for (const tell of job.tellAsker) {
    try {
      await tell(text);
      logger.error(`${job.context}: ${what}; the asker was told.`);
      return "asker-told";
    } catch (error) {
      const failure = sendFailureOf(error);
      refusals.push(failure.reason);
      // The apology may have arrived: another way of telling could tell twice.
      if (failure.mayHaveArrived) break;
    }
  }
  const why = refusals.length > 0 ? ` (${refusals.join("; ")})` : "";
  logger.error(`${job.context}: ${what}; the asker could not be told either${why}.`);
  return "asker-not-told";
}

function apologyFor(failure: SendFailure): string {
  if (failure.kind === "rate-limited") return DeskTexts.slackBusy;
  if (failure.slackError && CANNOT_POST.has(failure.slackError)) return DeskTexts.cannotPostHere;
  return DeskTexts.apology;
}
