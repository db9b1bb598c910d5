import { answerQuestion } from "../answer/answer-question.js";
import type { DeskCommand } from "../commands/desk-command.js";
import type { StoryDesk } from "../desk/story-desk.js";
import type { AnswerMode } from "../render/blocks/answer-actions.js";
import { buildAnswerBlocks } from "../render/blocks/answer-blocks-builder.js";
import { answerComparisonLines } from "../render/blocks/answer-comparison-lines.js";
import type { SlackMessage } from "../render/blocks/block-kit.js";
import { buildComparisonBlocks } from "../render/blocks/comparison-blocks-builder.js";
import { buildHelpBlocks } from "../render/blocks/help-blocks-builder.js";
import { buildSourcesBlocks } from "../render/blocks/sources-blocks-builder.js";
import { searchableText } from "./incoming-text.js";

export interface ReplyOptions {
  /** The slash command to name in help texts. */
  readonly command: string;
  /** Offer "Share in channel" (the reply is private to the asker). */
  readonly shareable: boolean;
}

/** What the desk replies to a command, a mention or a DM, as a Slack message. */
export function deskReply(
  desk: StoryDesk,
  command: DeskCommand,
  options: ReplyOptions,
): SlackMessage {
  switch (command.kind) {
    case "help":
      return buildHelpBlocks(options.command);
    case "sources":
      return buildSourcesBlocks(desk.articles);
    case "compare":
      return answerReply(desk, command.topic, "compare", { shareable: options.shareable });
    case "ask":
      return answerReply(desk, command.question, "ask", { shareable: options.shareable });
  }
}

export interface AnswerReplyOptions {
  readonly shareable?: boolean;
  /** The first quote to show (for "More quotes"). */
  readonly from?: number;
  /** Slack user id of whoever asked, when the answer is shared in a channel. */
  readonly askedBy?: string;
  /** The private copy after a share: where, and by whom. */
  readonly sharedIn?: { readonly channel: string; readonly user: string };
  /** Narrow the answer to these outlets (article ids). */
  readonly outlets?: readonly string[];
}

/**
 * Answers a question afresh and renders it (buttons carry the question, not the answer). Slack
 * markup is left out of the search but the question is restated as written (escaped).
 */
export function answerReply(
  desk: StoryDesk,
  question: string,
  mode: AnswerMode,
  options: AnswerReplyOptions = {},
): SlackMessage {
  const answer = { ...answerQuestion(desk, searchableText(question)), query: question.trim() };
  if (mode === "compare" && (options.from ?? 0) === 0)
    return buildComparisonBlocks(answer, options);
  return buildAnswerBlocks(answer, {
    mode,
    ...options,
    desk: desk.profile.id,
    differences: answerComparisonLines(answer.comparison),
  });
}
