import type { Quote } from "../../answer/answer.js";
import type { Block } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { context, section } from "./block-parts.js";
import { blockQuote, clip, escapeMrkdwn, mrkdwnLink } from "./mrkdwn.js";

/** One quote: the passage verbatim (only escaped) in a block quote, then its citation. */
export function quoteBlocks(quote: Quote): Block[] {
  // Room for the ">" that starts each line.
  const room = BlockLimits.sectionText - 1 - (quote.text.match(/\n/g)?.length ?? 0);
  const text = clip(escapeMrkdwn(quote.text), room);
  return [section(blockQuote(text)), context(citation(quote))];
}

/** Outlet, headline, date, paragraph, and a link when the article has one. */
export function citation(quote: Quote): string {
  const parts = [`*${escapeMrkdwn(quote.outlet)}*`];
  if (quote.headline) parts.push(`_${escapeMrkdwn(quote.headline)}_`);
  // A page without a date says nothing about it (no "undated").
  if (quote.published) parts.push(escapeMrkdwn(quote.published));
  parts.push(`${quote.kind === "caption" ? "caption" : "paragraph"} ${quote.paragraph}`);
  const link = mrkdwnLink(quote.url, "Read the article");
  if (link) parts.push(link);
  return parts.join(" · ");
}

/** A quote on one plain line, for fallback text. */
export function quoteLine(quote: Quote, max = 300): string {
  const excerpt = clip(quote.text.replace(/\s+/g, " "), max);
  return `${quote.outlet}, ${quote.kind} ${quote.paragraph}: ${excerpt}`;
}
