import type { Answer, SourceAnswer } from "../../answer/answer.js";
import { oneLine } from "../answer-text.js";
import { AnswerActions, type AnswerMode, deskOf, encodeButtonValue } from "./answer-actions.js";
import type { Block, ButtonElement, SlackMessage } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { actions, button, context, divider, header, section } from "./block-parts.js";
import { DeskTexts } from "./desk-texts.js";
import { clip, escapeMrkdwn, escapeUserText } from "./mrkdwn.js";
import { quoteBlocks, quoteLine } from "./quote-blocks.js";
import { quotePool } from "./quote-pool.js";

export interface AnswerBlocksOptions {
  /** A question, or `compare TOPIC`: sets the title. Default "ask". */
  readonly mode?: AnswerMode;
  /** The first quote to show, counted through all the answer's quotes; above 0 for "More quotes". */
  readonly from?: number;
  /** Quotes shown per message. Default AnswerLayout.quotesPerMessage. */
  readonly quotesPerMessage?: number;
  /** Offer "Share in channel" (only where the answer is private to the asker). */
  readonly shareable?: boolean;
  /** Slack user id of whoever asked, for an answer shared in a channel. */
  readonly askedBy?: string;
  /**
   * Short lines on how the sources differ (the comparison), shown under "How the sources
   * differ" on the first message. Plain text; escaped here.
   */
  readonly differences?: readonly string[];
  /** The id of the desk that answered, carried by the buttons. */
  readonly desk?: string;
}

/** Layout defaults in one frozen object. */
export const AnswerLayout = Object.freeze({
  quotesPerMessage: 3,
  /** The question as restated at the top. */
  questionChars: 500,
  /** Each outlet's passage in the per-outlet list. */
  outletExcerptChars: 200,
  differenceChars: 300,
  maxDifferences: 10,
});

/**
 * An answer as a Slack message: the question restated, the best quotes verbatim with their
 * citations, each outlet's passage or "not covered", how the sources differ when known, and the
 * buttons. Always within Block Kit's limits; quotes that do not fit wait behind "More quotes".
 */
export function buildAnswerBlocks(answer: Answer, options: AnswerBlocksOptions = {}): SlackMessage {
  const mode = options.mode ?? "ask";
  const from = Math.max(0, options.from ?? 0);
  const perMessage = Math.max(1, options.quotesPerMessage ?? AnswerLayout.quotesPerMessage);
  const firstMessage = from === 0;
  const title =
    from > 0
      ? DeskTexts.moreTitle
      : mode === "compare"
        ? DeskTexts.compareTitle
        : DeskTexts.askTitle;

  const top: Block[] = [header(title), section(questionLine(answer.query, options.askedBy))];
  const tail: Block[] = [];
  if (firstMessage && answer.sources.length > 0) {
    tail.push(divider(), ...outletSections(answer.sources));
  }
  if (firstMessage) {
    const differences = differenceSection(options.differences ?? []);
    if (differences) tail.push(differences);
  }

  const pool = quotePool(answer);
  const budget = BlockLimits.messageBlocks - top.length - tail.length - 2; // 2: "more" note + buttons
  const shown = pool.slice(from, from + Math.min(perMessage, Math.floor(budget / 2)));
  const body: Block[] = shown.flatMap(quoteBlocks);
  if (pool.length === 0 && firstMessage) body.push(section(escapeMrkdwn(DeskTexts.nothingFound)));
  else if (shown.length === 0) body.push(section(escapeMrkdwn(DeskTexts.noMoreQuotes)));

  const next = from + shown.length;
  const remaining = Math.max(0, pool.length - next);
  const buttons: ButtonElement[] = [];
  if (options.shareable && firstMessage && pool.length > 0) {
    buttons.push(
      button(
        AnswerActions.share,
        DeskTexts.shareButton,
        encodeButtonValue({ question: answer.query, mode, from: 0, ...deskOf(options) }),
      ),
    );
  }
  if (remaining > 0) {
    tail.push(
      context(`${remaining} more ${remaining === 1 ? "quote" : "quotes"} on this question`),
    );
    buttons.push(
      button(
        AnswerActions.moreQuotes,
        DeskTexts.moreButton,
        encodeButtonValue({ question: answer.query, mode, from: next, ...deskOf(options) }),
      ),
    );
  }
  if (buttons.length > 0) tail.push(actions(...buttons));

  const blocks = [...top, ...body, ...tail].slice(0, BlockLimits.messageBlocks);
  return { text: fallbackText(title, answer, shown), blocks };
}

function questionLine(query: string, askedBy: string | undefined): string {
  const question = escapeUserText(oneLine(query, AnswerLayout.questionChars));
  // askedBy is a Slack user id from the request, never typed text; keep it to id characters.
  const asker = askedBy && /^[A-Z0-9]+$/.test(askedBy) ? `<@${askedBy}> asked` : "Question";
  return `*${asker}:* ${question}`;
}

/** Each outlet's best passage, or "not covered"; as many sections as the lines need. */
function outletSections(sources: readonly SourceAnswer[]): Block[] {
  const lines = sources.map((source) => {
    const outlet = `• *${escapeMrkdwn(source.outlet)}*`;
    if (!source.quote) return `${outlet}: ${DeskTexts.notCovered}`;
    const excerpt = clip(source.quote.text.replace(/\s+/g, " "), AnswerLayout.outletExcerptChars);
    return `${outlet}, ${source.quote.kind} ${source.quote.paragraph}: ${escapeMrkdwn(excerpt)}`;
  });
  const sections: Block[] = [];
  let text: string = DeskTexts.eachOutlet;
  for (const line of lines) {
    if (text.length + 1 + line.length > BlockLimits.sectionText) {
      sections.push(section(text));
      text = line;
    } else {
      text = `${text}\n${line}`;
    }
  }
  sections.push(section(text));
  // Leave room for the question, a few quotes and the buttons, however many outlets there are.
  const room = BlockLimits.messageBlocks - 14;
  if (sections.length <= room) return sections;
  return [
    ...sections.slice(0, room - 1),
    context(`…and ${sections.length - room + 1} more sections of outlets`),
  ];
}

function differenceSection(differences: readonly string[]): Block | null {
  const lines = differences
    .map((line) => oneLine(line, AnswerLayout.differenceChars))
    .filter((line) => line !== "")
    .slice(0, AnswerLayout.maxDifferences);
  if (lines.length === 0) return null;
  return section(
    [DeskTexts.differences, ...lines.map((line) => `• ${escapeMrkdwn(line)}`)].join("\n"),
  );
}

/** The plain `text` for notifications and clients that cannot show blocks; escaped like the blocks. */
function fallbackText(title: string, answer: Answer, shown: ReturnType<typeof quotePool>): string {
  const lines = [`${title}: ${oneLine(answer.query, AnswerLayout.questionChars)}`];
  const first = shown[0];
  lines.push(first ? quoteLine(first) : DeskTexts.nothingFound);
  return clip(escapeUserText(lines.join("\n")), BlockLimits.fallbackText);
}
