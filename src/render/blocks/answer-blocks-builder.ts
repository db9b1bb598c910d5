import type { Answer, Quote, SourceAnswer } from "../../answer/answer.js";
import { shownKey } from "../../desk/feedback.js";
import { oneLine } from "../answer-text.js";
import { asOfLine } from "../as-of-text.js";
import { compactQuote } from "../compact-quote.js";
import {
  AnswerActions,
  type AnswerButtonValue,
  type AnswerMode,
  encodeButtonValue,
} from "./answer-actions.js";
import type { Block, ButtonElement, SlackMessage } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { actions, button, context, header, section } from "./block-parts.js";
import { DeskTexts } from "./desk-texts.js";
import { clip, escapeMrkdwn, escapeUserText } from "./mrkdwn.js";
import { quoteBlocks, quoteLine } from "./quote-blocks.js";
import { quotePool } from "./quote-pool.js";

export interface AnswerBlocksOptions {
  /** A question, or `compare TOPIC`: sets the title. Default "ask". */
  readonly mode?: AnswerMode;
  /** Above 0: a "More quotes" page, starting at this quote of the answer's quote pool. */
  readonly from?: number;
  /** Quotes shown per "More quotes" page. Default AnswerLayout.quotesPerMessage. */
  readonly quotesPerMessage?: number;
  /** Offer "Share in channel" (only where the answer is private to the asker). */
  readonly shareable?: boolean;
  /** Slack user id of whoever asked, for an answer shared in a channel. */
  readonly askedBy?: string;
  /**
   * Lines on how the sources differ, most telling first (plain text; escaped here). The first
   * message shows at most AnswerLayout.maxDifferences; the rest are behind "How they differ".
   */
  readonly differences?: readonly string[];
  /** The desk that answered, carried by the buttons so a click asks the same desk. */
  readonly desk?: string;
  /** Narrow the answer to these outlets (article ids): a follow-up naming an outlet. */
  readonly outlets?: readonly string[];
}

/** Layout defaults in one frozen object. */
export const AnswerLayout = Object.freeze({
  quotesPerMessage: 3,
  /** The question as restated at the top. */
  questionChars: 500,
  /** Each other outlet's quote: whole sentences within this many characters. */
  otherQuoteChars: 240,
  /** Other outlets quoted on the first message; the rest are counted. */
  otherOutlets: 12,
  /** Outlets named in the "not covered" line; the rest are counted. */
  notCoveredNames: 15,
  differenceChars: 300,
  /** Comparison lines on the first message. */
  maxDifferences: 3,
  /** Quotes shown per outlet when the answer is narrowed to outlets. */
  quotesPerOutlet: 3,
});

const SLACK_ID = /^[A-Z0-9]+$/;

/**
 * An answer as a Slack message. The first message: the question restated; the best quote,
 * verbatim and cited; one compact quote (whole sentences) from each other outlet that covers it;
 * the outlets that do not, in one line; at most three comparison lines; how many articles the
 * desk holds and its newest date; and the buttons (Share in channel, More quotes, How they
 * differ, Right, Wrong). "More quotes" pages show the next quotes in full. Always within Block
 * Kit's limits.
 */
export function buildAnswerBlocks(answer: Answer, options: AnswerBlocksOptions = {}): SlackMessage {
  const mode = options.mode ?? "ask";
  const from = Math.max(0, options.from ?? 0);
  if (options.outlets && options.outlets.length > 0 && from === 0)
    return outletAnswer(answer, options.outlets, options);
  if (from > 0) return morePage(answer, from, options);
  const title = mode === "compare" ? DeskTexts.compareTitle : DeskTexts.askTitle;
  const blocks: Block[] = [header(title), section(questionLine(answer.query, options.askedBy))];
  const pool = quotePool(answer);
  const best = pool[0];
  if (!best) {
    blocks.push(section(escapeMrkdwn(DeskTexts.nothingFound)));
    const asOf = asOfContext(answer);
    if (asOf) blocks.push(asOf);
    return { text: fallbackText(title, answer, []), blocks };
  }
  blocks.push(...quoteBlocks(best));
  const others = answer.sources.filter(
    (source): source is SourceAnswer & { quote: Quote } =>
      source.quote !== null && source.source !== best.source,
  );
  if (others.length > 0) blocks.push(section(otherOutletsText(others, answer.query)));
  const missing = answer.sources.filter((source) => source.quote === null);
  if (missing.length > 0) blocks.push(context(notCoveredText(missing)));
  const differences = differenceSection(options.differences ?? []);
  if (differences) blocks.push(differences);
  const remaining = pool.length - 1;
  const notes = [answer.asOf ? escapeMrkdwn(asOfLine(answer.asOf)) : null].filter(
    (note): note is string => note !== null,
  );
  if (remaining > 0)
    notes.push(`${remaining} more ${remaining === 1 ? "quote" : "quotes"} on this question`);
  if (notes.length > 0) blocks.push(context(notes.join(" · ")));

  const shown = [best, ...others.map((source) => source.quote)]
    .slice(0, 1 + AnswerLayout.otherOutlets)
    .map(shownKey);
  const value = (extra: Partial<AnswerButtonValue>) =>
    encodeButtonValue({
      question: answer.query,
      mode,
      from: 0,
      ...(options.desk ? { desk: options.desk } : {}),
      ...extra,
    });
  const buttons: ButtonElement[] = [];
  if (options.shareable)
    buttons.push(button(AnswerActions.share, DeskTexts.shareButton, value({})));
  if (remaining > 0)
    buttons.push(button(AnswerActions.moreQuotes, DeskTexts.moreButton, value({ from: 1 })));
  if (answer.comparison.sources.length > 0)
    buttons.push(button(AnswerActions.howTheyDiffer, DeskTexts.differButton, value({})));
  buttons.push(...feedbackButtons(value({ shown })));
  if (buttons.length > 0) blocks.push(actions(...buttons));
  return { text: fallbackText(title, answer, [best]), blocks };
}

/** "More quotes": the next quotes of the pool in full, with their citations. */
function morePage(answer: Answer, from: number, options: AnswerBlocksOptions): SlackMessage {
  const mode = options.mode ?? "ask";
  const perMessage = Math.max(1, options.quotesPerMessage ?? AnswerLayout.quotesPerMessage);
  const top: Block[] = [
    header(DeskTexts.moreTitle),
    section(questionLine(answer.query, options.askedBy)),
  ];
  const pool = quotePool(answer);
  const budget = BlockLimits.messageBlocks - top.length - 2; // 2: the note and the buttons
  const shown = pool.slice(from, from + Math.min(perMessage, Math.floor(budget / 2)));
  const body: Block[] = shown.flatMap(quoteBlocks);
  if (shown.length === 0) body.push(section(escapeMrkdwn(DeskTexts.noMoreQuotes)));
  const next = from + shown.length;
  const remaining = Math.max(0, pool.length - next);
  const tail: Block[] = [];
  if (remaining > 0) {
    tail.push(
      context(`${remaining} more ${remaining === 1 ? "quote" : "quotes"} on this question`),
      actions(
        button(
          AnswerActions.moreQuotes,
          DeskTexts.moreButton,
          encodeButtonValue({
            question: answer.query,
            mode,
            from: next,
            ...(options.desk ? { desk: options.desk } : {}),
          }),
        ),
      ),
    );
  }
  const blocks = [...top, ...body, ...tail].slice(0, BlockLimits.messageBlocks);
  return { text: fallbackText(DeskTexts.moreTitle, answer, shown), blocks };
}

/** The answer narrowed to some outlets: each one's best passages in full, or that it does not cover it. */
function outletAnswer(
  answer: Answer,
  outlets: readonly string[],
  options: AnswerBlocksOptions,
): SlackMessage {
  const blocks: Block[] = [
    header(DeskTexts.askTitle),
    section(questionLine(answer.query, options.askedBy)),
  ];
  const shown: Quote[] = [];
  const wanted = answer.sources.filter((source) => outlets.includes(source.source));
  for (const source of wanted.slice(0, 10)) {
    const quotes = source.quote ? [source.quote, ...source.seconds] : [];
    if (quotes.length === 0) {
      blocks.push(section(escapeMrkdwn(DeskTexts.outletNotCovering(source.outlet))));
      continue;
    }
    for (const quote of quotes.slice(0, AnswerLayout.quotesPerOutlet)) {
      if (blocks.length + 4 > BlockLimits.messageBlocks) break;
      blocks.push(...quoteBlocks(quote));
      shown.push(quote);
    }
  }
  if (wanted.length === 0) blocks.push(section(escapeMrkdwn(DeskTexts.nothingFound)));
  const asOf = asOfContext(answer);
  if (asOf) blocks.push(asOf);
  blocks.push(
    actions(
      ...feedbackButtons(
        encodeButtonValue({
          question: answer.query,
          mode: options.mode ?? "ask",
          from: 0,
          ...(options.desk ? { desk: options.desk } : {}),
          shown: shown.map(shownKey),
          outlets,
        }),
      ),
    ),
  );
  return {
    text: fallbackText(DeskTexts.askTitle, answer, shown),
    blocks: blocks.slice(0, BlockLimits.messageBlocks),
  };
}

function feedbackButtons(value: string): ButtonElement[] {
  return [
    button(AnswerActions.right, DeskTexts.rightButton, value),
    button(AnswerActions.wrong, DeskTexts.wrongButton, value),
  ];
}

function questionLine(query: string, askedBy: string | undefined): string {
  const question = escapeUserText(oneLine(query, AnswerLayout.questionChars));
  // askedBy is a Slack user id from the request, never typed text; keep it to id characters.
  const asker = askedBy && SLACK_ID.test(askedBy) ? `<@${askedBy}> asked` : "Question";
  return `*${asker}:* ${question}`;
}

/** One line per other covered outlet: its best sentences for the question, cited by paragraph. */
function otherOutletsText(
  others: readonly (SourceAnswer & { quote: Quote })[],
  question: string,
): string {
  const lines = others.slice(0, AnswerLayout.otherOutlets).map((source) => {
    const quote = source.quote;
    const where = quote.kind === "caption" ? `caption ${quote.paragraph}` : `¶${quote.paragraph}`;
    const date = quote.published ? `, ${escapeMrkdwn(quote.published)}` : "";
    const words = compactQuote(quote.text, question, AnswerLayout.otherQuoteChars);
    return `• *${escapeMrkdwn(source.outlet)}*${date}, ${where}: “${escapeMrkdwn(words)}”`;
  });
  const more = others.length - lines.length;
  if (more > 0) lines.push(`…and ${more} more ${more === 1 ? "outlet" : "outlets"} (More quotes)`);
  let text: string = DeskTexts.otherOutlets;
  for (const line of lines) {
    if (text.length + 1 + line.length > BlockLimits.sectionText) break;
    text = `${text}\n${line}`;
  }
  return text;
}

/** "Not covered by: A, B and 3 more", on one line. */
function notCoveredText(missing: readonly SourceAnswer[]): string {
  const names = missing.slice(0, AnswerLayout.notCoveredNames).map((s) => clip(s.outlet, 80));
  const more = missing.length - names.length;
  const listed = escapeMrkdwn(names.join(", "));
  return `${DeskTexts.notCoveredBy}: ${listed}${more > 0 ? ` and ${more} more` : ""}`;
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

function asOfContext(answer: Answer): Block | null {
  return answer.asOf ? context(escapeMrkdwn(asOfLine(answer.asOf))) : null;
}

/** The plain `text` for notifications and clients that cannot show blocks; escaped like the blocks. */
function fallbackText(title: string, answer: Answer, shown: readonly Quote[]): string {
  const lines = [`${title}: ${oneLine(answer.query, AnswerLayout.questionChars)}`];
  const first = shown[0];
  lines.push(first ? quoteLine(first) : DeskTexts.nothingFound);
  return clip(escapeUserText(lines.join("\n")), BlockLimits.fallbackText);
}
