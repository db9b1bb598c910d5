import type { Answer } from "../answer/answer.js";
import { answerQuestion } from "../answer/answer-question.js";
import { findAnswer } from "../answer/find-answer.js";
import type { DeskCommand } from "../commands/desk-command.js";
import type { DeskProfile } from "../desk/desk-profile.js";
import type { StoryDesk } from "../desk/story-desk.js";
import type { AnswerMode } from "../render/blocks/answer-actions.js";
import { AnswerLayout, buildAnswerBlocks } from "../render/blocks/answer-blocks-builder.js";
import type { SlackMessage } from "../render/blocks/block-kit.js";
import { buildComparisonBlocks } from "../render/blocks/comparison-blocks-builder.js";
import { buildHelpBlocks } from "../render/blocks/help-blocks-builder.js";
import { buildSourcesBlocks } from "../render/blocks/sources-blocks-builder.js";
import { differenceLines } from "../render/comparison-lines.js";
import { searchableText } from "./incoming-text.js";

export interface ReplyOptions {
  /** Offer "Share in channel" (the reply is private to the asker). */
  readonly shareable: boolean;
  /** The desk's profile as the newsroom has it (its command in help, its id on buttons); default the desk's own. */
  readonly profile?: DeskProfile;
  /** Every desk, for help; default this desk alone. */
  readonly desks?: readonly DeskProfile[];
  /** The desk for DMs and unbound channels, named in help. */
  readonly defaultDesk?: DeskProfile | null;
}

/**
 * What the desk replies to a command, a mention or a DM, as a Slack message; a question's answer
 * is `found` (see `findDeskReply`), else answered now in process.
 */
export function deskReply(
  desk: StoryDesk,
  command: DeskCommand,
  options: ReplyOptions,
  found?: Answer,
): SlackMessage {
  const profile = options.profile ?? desk.profile;
  const answering = { shareable: options.shareable, desk: profile.id };
  switch (command.kind) {
    case "help":
      return buildHelpBlocks({
        asked: profile,
        desks: options.desks ?? [profile],
        defaultDesk: options.defaultDesk ?? null,
      });
    case "sources":
      return buildSourcesBlocks(desk.articles);
    case "compare":
      return answerReply(desk, command.topic, "compare", { ...answering, found });
    case "ask":
      return answerReply(desk, command.question, "ask", { ...answering, found });
  }
}

/** `deskReply`, its question answered from wherever the desk keeps its candidates (see findAnswer). */
export async function findDeskReply(
  desk: StoryDesk,
  command: DeskCommand,
  options: ReplyOptions,
): Promise<SlackMessage> {
  const asked =
    command.kind === "ask" ? command.question : command.kind === "compare" ? command.topic : null;
  const found = asked === null ? undefined : await findAnswerOnDesk(desk, asked);
  return deskReply(desk, command, options, found);
}

export interface AnswerReplyOptions {
  readonly shareable?: boolean;
  /** The first quote to show (for "More quotes"). */
  readonly from?: number;
  /** Slack user id of whoever asked, when the answer is shared in a channel. */
  readonly askedBy?: string;
  /** Narrow the answer to these outlets (article ids). */
  readonly outlets?: readonly string[];
  /** The answering desk's id, for the buttons; default the desk's own profile id. */
  readonly desk?: string;
  /** The question's answer, found already (see `findAnswerOnDesk`); else answered now in process. */
  readonly found?: Answer | undefined;
}

/**
 * Answers a question afresh and renders it (buttons carry the question and the desk, not the
 * answer). Slack markup is left out of the search but the question is restated as written (escaped).
 */
export function answerReply(
  desk: StoryDesk,
  question: string,
  mode: AnswerMode,
  options: AnswerReplyOptions = {},
): SlackMessage {
  return answeredReply(desk, question, mode, options).message;
}

/** `answerReply`, with the answer it rendered (for what a thread remembers of it). */
export function answeredReply(
  desk: StoryDesk,
  question: string,
  mode: AnswerMode,
  options: AnswerReplyOptions = {},
): { answer: Answer; message: SlackMessage } {
  const { found, ...rest } = options;
  const answer = found ?? answerOnDesk(desk, question);
  const rendering = { ...rest, desk: options.desk ?? desk.profile.id };
  if (mode === "compare" && (options.from ?? 0) === 0)
    return { answer, message: buildComparisonBlocks(answer, rendering) };
  const message = buildAnswerBlocks(answer, {
    mode,
    ...rendering,
    differences: differenceLines(answer.comparison, AnswerLayout.maxDifferences),
  });
  return { answer, message };
}

/** `answerReply`, the answer found where the desk keeps its candidates (see findAnswer). */
export async function findAnswerReply(
  desk: StoryDesk,
  question: string,
  mode: AnswerMode,
  options: AnswerReplyOptions = {},
): Promise<SlackMessage> {
  return (await findAnsweredReply(desk, question, mode, options)).message;
}

/** `answeredReply`, the answer found where the desk keeps its candidates (see findAnswer). */
export async function findAnsweredReply(
  desk: StoryDesk,
  question: string,
  mode: AnswerMode,
  options: AnswerReplyOptions = {},
): Promise<{ answer: Answer; message: SlackMessage }> {
  const found = await findAnswerOnDesk(desk, question);
  return answeredReply(desk, question, mode, { ...options, found });
}

/** The desk's answer to a question as typed in Slack (its markup left out of the search), in process. */
export function answerOnDesk(desk: StoryDesk, question: string): Answer {
  return { ...answerQuestion(desk, searchableText(question)), query: question.trim() };
}

/**
 * The desk's answer to a question as typed in Slack, from wherever the desk keeps its
 * candidates: its own index, or the database's (see findAnswer). What the bot answers with.
 */
export async function findAnswerOnDesk(desk: StoryDesk, question: string): Promise<Answer> {
  return { ...(await findAnswer(desk, searchableText(question))), query: question.trim() };
}
