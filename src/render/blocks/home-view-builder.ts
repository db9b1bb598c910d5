import type { Block, HomeView } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { context, divider, header, section } from "./block-parts.js";
import { type DeskListing, deskHomeText } from "./desk-lines.js";
import { DeskTexts } from "./desk-texts.js";
import { packLines } from "./line-packing.js";

/**
 * The App Home tab: how to ask, then each desk with its name, command, articles and the newest
 * article's date, and its example questions.
 */
export function buildHomeView(desks: readonly DeskListing[]): HomeView {
  const blocks: Block[] = [
    header(DeskTexts.helpTitle),
    section(
      "Ask about a story and get verbatim, cited quotes from every outlet on its desk, and how they differ.",
    ),
    section(
      [
        "*Ask:* a desk's command with a question in any channel, mention me with a question, or message me here.",
        "*Compare:* the command, then `compare TOPIC` · *Articles:* the command, then `sources` · *Help:* the command, then `help`",
      ].join("\n"),
    ),
    divider(),
    header(`${DeskTexts.desksTitle} (${desks.length})`),
  ];
  if (desks.length === 0) blocks.push(section(DeskTexts.noDesks));
  const texts = packLines(
    desks.map((desk) => `${deskHomeText(desk)}\n`),
    BlockLimits.sectionText,
  );
  const room = BlockLimits.viewBlocks - blocks.length - 1;
  blocks.push(...texts.slice(0, room).map(section));
  if (texts.length > room) blocks.push(context(DeskTexts.moreDesks));
  return { type: "home", blocks };
}
