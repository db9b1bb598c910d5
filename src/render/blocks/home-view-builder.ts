import type { Article } from "../../ingest/article.js";
import { articleTexts } from "./article-lines.js";
import type { Block, HomeView } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { context, divider, header, section } from "./block-parts.js";
import { DeskTexts } from "./desk-texts.js";
import { clip, escapeMrkdwn } from "./mrkdwn.js";

export interface HomeViewOptions {
  /** The slash command, e.g. "/iraq". */
  readonly command: string;
  /** Questions to suggest. */
  readonly examples: readonly string[];
}

/** The App Home tab: how to ask, example questions, and the articles on the desk. */
export function buildHomeView(articles: readonly Article[], options: HomeViewOptions): HomeView {
  const command = escapeMrkdwn(options.command);
  const examples = options.examples
    .slice(0, 8)
    .map((example) => `• \`${command} ${escapeMrkdwn(clip(example, 200))}\``);
  const blocks: Block[] = [
    header(DeskTexts.helpTitle),
    section(
      "Ask about the story and get verbatim, cited quotes from every outlet on this desk, and how they differ.",
    ),
    section(
      [
        `*Ask:* \`${command} QUESTION\` in any channel, mention me with a question, or message me here.`,
        `*Compare:* \`${command} compare TOPIC\``,
        `*Articles:* \`${command} sources\``,
      ].join("\n"),
    ),
  ];
  if (examples.length > 0) blocks.push(section(["*Example questions*", ...examples].join("\n")));
  blocks.push(divider(), header(`${DeskTexts.sourcesTitle} (${articles.length})`));
  if (articles.length === 0) blocks.push(section(DeskTexts.noArticles));
  const texts = articleTexts(articles, BlockLimits.sectionText);
  const room = BlockLimits.viewBlocks - blocks.length - 1;
  blocks.push(...texts.slice(0, room).map(section));
  if (texts.length > room) blocks.push(context("…and more articles than the Home tab can list"));
  return { type: "home", blocks };
}
