import type { Answer } from "../../answer/answer.js";
import { oneLine } from "../answer-text.js";
import {
  CHANGED_QUOTES_TITLE,
  changedQuoteSummary,
  comparisonAspects,
  NO_CHANGED_QUOTES,
} from "../comparison-aspects.js";
import { NOTHING_TO_COMPARE } from "../comparison-text.js";
import { AnswerActions, deskOf, encodeButtonValue } from "./answer-actions.js";
import type { Block, SlackMessage } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { actions, button, context, header, section } from "./block-parts.js";
import { DeskTexts } from "./desk-texts.js";
import { blockQuote, clip, escapeMrkdwn, escapeUserText } from "./mrkdwn.js";

export interface ComparisonBlocksOptions {
  readonly shareable?: boolean;
  readonly askedBy?: string;
  /** The id of the desk that answered, carried by the buttons. */
  readonly desk?: string;
}

/** Layout defaults in one frozen object. */
export const ComparisonLayout = Object.freeze({
  /** Items listed per outlet and aspect. */
  itemsPerOutlet: 8,
  /** Changed quotes shown, each with its quoted and original words. */
  changedQuotes: 4,
  quoteChars: 600,
});

/**
 * `compare TOPIC` as a Slack message: the comparison alone, aspect by aspect with the outlets
 * side by side, then the quotes one outlet changed from another. Within Block Kit's limits.
 */
export function buildComparisonBlocks(
  answer: Answer,
  options: ComparisonBlocksOptions = {},
): SlackMessage {
  const comparison = answer.comparison;
  const asker =
    options.askedBy && /^[A-Z0-9]+$/.test(options.askedBy)
      ? `<@${options.askedBy}> asked`
      : "Topic";
  const blocks: Block[] = [
    header(DeskTexts.compareTitle),
    section(`*${asker}:* ${escapeUserText(oneLine(answer.query, 500))}`),
  ];
  if (comparison.sources.length === 0) {
    blocks.push(section(escapeMrkdwn(NOTHING_TO_COMPARE)));
    return { text: fallback(answer), blocks };
  }
  blocks.push(
    context(
      escapeMrkdwn(
        `Passages compared: ${comparison.sources.map((s) => `${s.outlet} ¶${s.paragraphs.join(", ")}`).join("; ")}`,
      ),
    ),
  );
  for (const aspect of comparisonAspects(comparison)) {
    const lines = aspect.rows.map(({ outlet, items }) => {
      const shown = items.slice(0, ComparisonLayout.itemsPerOutlet);
      const more = items.length > shown.length ? ` (+${items.length - shown.length} more)` : "";
      return `• *${escapeMrkdwn(outlet)}*: ${shown.length > 0 ? escapeMrkdwn(shown.join("; ")) : "—"}${more}`;
    });
    blocks.push(section([`*${aspect.title}*`, ...lines].join("\n")));
  }
  const changes = comparison.quoteChanges.slice(0, ComparisonLayout.changedQuotes);
  blocks.push(
    section(`*${CHANGED_QUOTES_TITLE}*${changes.length === 0 ? `\n${NO_CHANGED_QUOTES}` : ""}`),
  );
  for (const change of changes) {
    const quoted = escapeMrkdwn(clip(change.quoted, ComparisonLayout.quoteChars));
    const original = escapeMrkdwn(clip(change.original.text, ComparisonLayout.quoteChars));
    blocks.push(
      section(
        [
          escapeMrkdwn(changedQuoteSummary(change)),
          blockQuote(`quoted: “${quoted}”`),
          blockQuote(`original: “${original}”`),
        ].join("\n"),
      ),
    );
  }
  if (options.shareable) {
    blocks.push(
      actions(
        button(
          AnswerActions.share,
          DeskTexts.shareButton,
          encodeButtonValue({
            question: answer.query,
            mode: "compare",
            from: 0,
            ...deskOf(options),
          }),
        ),
      ),
    );
  }
  return { text: fallback(answer), blocks: blocks.slice(0, BlockLimits.messageBlocks) };
}

function fallback(answer: Answer): string {
  return clip(
    escapeUserText(`${DeskTexts.compareTitle}: ${oneLine(answer.query, 500)}`),
    BlockLimits.fallbackText,
  );
}
