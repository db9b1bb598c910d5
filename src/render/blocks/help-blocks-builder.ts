import { usageText } from "../../commands/desk-command.js";
import type { SlackMessage } from "./block-kit.js";
import { header, section } from "./block-parts.js";
import { DeskTexts } from "./desk-texts.js";
import { escapeMrkdwn } from "./mrkdwn.js";

/** How to use the desk, for `/iraq`, `/iraq help`, or a mention with no question. */
export function buildHelpBlocks(command: string): SlackMessage {
  const usage = escapeMrkdwn(usageText(command));
  const mention =
    "You can also mention me in a channel, or send me a direct message, with a question.";
  return {
    text: usage,
    blocks: [header(DeskTexts.helpTitle), section(`\`\`\`${usage}\`\`\``), section(mention)],
  };
}
