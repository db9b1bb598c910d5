import { usageText } from "../../commands/desk-command.js";
import type { DeskProfile } from "../../desk/desk-profile.js";
import type { Block, SlackMessage } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { context, header, section } from "./block-parts.js";
import { deskHelpLine } from "./desk-lines.js";
import { DeskTexts } from "./desk-texts.js";
import { packLines } from "./line-packing.js";
import { clip, escapeMrkdwn } from "./mrkdwn.js";

export interface HelpOptions {
  /** The desk that was asked: its command and examples head the usage. */
  readonly asked: DeskProfile | null;
  /** Every desk of the newsroom, listed with its name, command and examples. */
  readonly desks: readonly DeskProfile[];
  /** The desk that answers DMs and channels no desk is bound to. */
  readonly defaultDesk?: DeskProfile | null;
}

/** How to use the desks, for a desk's command with no text or `help`, or a mention with none. */
export function buildHelpBlocks(options: HelpOptions): SlackMessage {
  const { asked, desks } = options;
  if (asked === null && desks.length === 0) {
    return {
      text: DeskTexts.noDesks,
      blocks: [header(DeskTexts.helpTitle), section(DeskTexts.noDesks)],
    };
  }
  const usage = asked
    ? escapeMrkdwn(usageText(asked.command, asked.examples))
    : escapeMrkdwn(DeskTexts.pickADesk);
  const blocks: Block[] = [
    header(DeskTexts.helpTitle),
    section(asked ? usageMrkdwn(asked) : escapeMrkdwn(DeskTexts.pickADesk)),
  ];
  const lines = packLines(desks.map(deskHelpLine), BlockLimits.sectionText - 20);
  const room = BlockLimits.messageBlocks - blocks.length - 2;
  if (lines.length > 0) {
    blocks.push(
      ...lines
        .slice(0, room)
        .map((text, i) => section(i === 0 ? `${DeskTexts.desksHeading}\n${text}` : text)),
    );
    if (lines.length > room) blocks.push(context(DeskTexts.moreDesks));
  }
  blocks.push(section(mentionLine(options.defaultDesk ?? null)));
  return { text: usage, blocks };
}

/** How to ask one desk, as plain mrkdwn: one line per way of asking. */
function usageMrkdwn(desk: DeskProfile): string {
  const command = escapeMrkdwn(clip(desk.command, 100));
  const example = desk.examples[0];
  const eg = example ? ` (for example *${command} ${escapeMrkdwn(clip(example, 200))}*)` : "";
  return [
    "Ask the desk a question and get verbatim, cited quotes from each outlet:",
    `• *${command} QUESTION*${eg}`,
    `• *${command} compare TOPIC*: how each outlet tells it, side by side`,
    `• *${command} sources*: the articles on this desk`,
    `• *${command} help*: this text`,
    "Under an answer: *Share in channel*, *More quotes*, *How they differ*, and *Right* or *Wrong* to tell the desk. Reply in the answer's thread (mentioning me) to ask a follow-up: an outlet's name, “more”, or a short question such as “when?”.",
  ].join("\n");
}

function mentionLine(defaultDesk: DeskProfile | null): string {
  const base =
    "You can also mention me in a channel, or send me a direct message, with a question.";
  if (defaultDesk === null) return base;
  const name = escapeMrkdwn(clip(defaultDesk.name, 200));
  return `${base} A channel bound to a desk gets that desk; elsewhere *${name}* answers, unless the question starts with a desk's command word.`;
}

/** The reply to a slash command no desk answers: short, naming the desks' commands. */
export function buildNoDeskReply(command: string, desks: readonly DeskProfile[]): SlackMessage {
  const text = escapeMrkdwn(
    DeskTexts.noDeskForCommand(
      clip(command, 100),
      desks.map((desk) => desk.command),
    ),
  );
  return { text, blocks: [section(text)] };
}
