import type { Answer } from "../answer/answer.js";
import { answerQuestion } from "../answer/answer-question.js";
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

/** What the desk replies to a command, a mention or a DM, as a Slack message. */
export function deskReply(
  desk: StoryDesk,
  command: DeskCommand,
  options: ReplyOptions,
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
      return answerReply(desk, command.topic, "compare", answering);
    case "ask":
      return answerReply(desk, command.question, "ask", answering);
  }
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
  const answer = answerOnDesk(desk, question);
  const rendering = { ...options, desk: options.desk ?? desk.profile.id };
  if (mode === "compare" && (options.from ?? 0) === 0)
    return { answer, message: buildComparisonBlocks(answer, rendering) };
  const message = buildAnswerBlocks(answer, {
    mode,
    ...rendering,
    differences: differenceLines(answer.comparison, AnswerLayout.maxDifferences),
  });
  return { answer, message };
}

/** The desk's answer to a question as typed in Slack (its markup left out of the search). */
export function answerOnDesk(desk: StoryDesk, question: string): Answer {
  return { ...answerQuestion(desk, searchableText(question)), query: question.trim() };
}
