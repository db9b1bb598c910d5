import { AnswerActions } from "./answer-actions.js";
import type { Block, SlackMessage } from "./block-kit.js";
import { context } from "./block-parts.js";

/** Who shared an answer, and where: Slack ids from the click, never typed text. */
export interface SharedBy {
  readonly channel: string;
  readonly user: string;
}

/** Slack ids are capital letters and digits; anything else is not shown as a mention. */
const SLACK_ID = /^[A-Z0-9]{2,40}$/;

/** The line that stands where the Share button was: "Shared in #channel by @user". */
export function sharedLine(shared: SharedBy): string {
  const where = SLACK_ID.test(shared.channel) ? `<#${shared.channel}>` : "this channel";
  const who = SLACK_ID.test(shared.user) ? `<@${shared.user}>` : "someone";
  return `Shared in ${where} by ${who}`;
}

/**
 * The private copy of an answer once it has been shared: the same message, with the Share
 * button gone and, in its place, who shared it where (other buttons stay as they were).
 */
export function markShared(message: SlackMessage, shared: SharedBy): SlackMessage {
  const note = context(sharedLine(shared));
  let placed = false;
  const blocks: Block[] = [];
  for (const block of message.blocks) {
    if (block.type !== "actions") {
      blocks.push(block);
      continue;
    }
    const others = block.elements.filter((element) => element.action_id !== AnswerActions.share);
    if (others.length === block.elements.length) {
      blocks.push(block);
      continue;
    }
    blocks.push(note);
    placed = true;
    if (others.length > 0) blocks.push({ ...block, elements: others });
  }
  if (!placed) blocks.push(note);
  return { text: message.text, blocks };
}
