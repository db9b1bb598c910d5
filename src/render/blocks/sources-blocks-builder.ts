import type { Article } from "../../ingest/article.js";
import { articleTexts } from "./article-lines.js";
import type { Block, SlackMessage } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { context, header, section } from "./block-parts.js";
import { DeskTexts } from "./desk-texts.js";
import { clipMrkdwn } from "./mrkdwn.js";

/** The articles on the desk, for a desk's `sources` command. */
export function buildSourcesBlocks(articles: readonly Article[]): SlackMessage {
  if (articles.length === 0) {
    return { text: DeskTexts.noArticles, blocks: [section(DeskTexts.noArticles)] };
  }
  const texts = articleTexts(articles, BlockLimits.sectionText);
  const room = BlockLimits.messageBlocks - 2;
  const blocks: Block[] = [
    header(`${DeskTexts.sourcesTitle} (${articles.length})`),
    ...texts.slice(0, room).map(section),
  ];
  if (texts.length > room) blocks.push(context(`…and more articles than one message can list`));
  // The article lines are mrkdwn already, escaped once.
  const fallback = `${DeskTexts.sourcesTitle}: ${articles.length}. ${texts[0] ?? ""}`;
  return { text: clipMrkdwn(fallback, BlockLimits.fallbackText), blocks };
}
