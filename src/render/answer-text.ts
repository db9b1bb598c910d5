import type { Answer, Quote } from "../answer/answer.js";
import { type Article, outletName } from "../ingest/article.js";
import { cutToLength, replaceOutsideEmoji } from "../text/graphemes.js";
import { asOfLine } from "./as-of-text.js";
import { renderDifferenceSection } from "./comparison-text.js";

/** Plain terminal text for an answer: the quotes, cited, then each outlet's passage or "not covered". */

const WIDTH = 96;

export function citation(quote: Quote): string {
  const parts = [quote.outlet];
  if (quote.headline) parts.push(`"${quote.headline}"`);
  if (quote.published) parts.push(quote.published);
  parts.push(`${quote.kind === "caption" ? "caption" : "paragraph"} ${quote.paragraph}`);
  return parts.join(", ");
}

export function wrap(text: string, width = WIDTH, indent = ""): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(indent + line);
  return lines.join("\n");
}

export const NOTHING_FOUND =
  "Nothing found: no outlet on this desk covers that. Try other words, or `help`.";

export function renderAnswerText(answer: Answer): string {
  const out: string[] = [`Question: ${oneLine(answer.query)}`, ""];
  if (answer.quotes.length === 0) {
    out.push(NOTHING_FOUND);
  } else {
    answer.quotes.forEach((quote, i) => {
      out.push(`${i + 1}. ${citation(quote)}  (score ${quote.score.toFixed(2)})`);
      out.push(wrap(`“${quote.text}”`, WIDTH, "   "), "");
    });
  }
  out.push("Each outlet:");
  for (const source of answer.sources) {
    out.push(
      source.quote
        ? `  • ${source.outlet}: ${source.quote.kind === "caption" ? "caption" : "paragraph"} ${source.quote.paragraph} (score ${source.quote.score.toFixed(2)})`
        : `  • ${source.outlet}: not covered`,
    );
  }
  const differences = renderDifferenceSection(answer.comparison, answer.query);
  if (differences !== "") out.push("", differences);
  if (answer.asOf) out.push("", asOfLine(answer.asOf));
  return out.join("\n");
}

export function renderSourcesText(articles: readonly Article[]): string {
  if (articles.length === 0) return "No articles are loaded.";
  return articles
    .map((article) => {
      const meta = article.metadata;
      const parts = [
        outletName(article),
        meta.headline ? `"${meta.headline}"` : null,
        meta.published ?? "undated",
        meta.origin ? `${meta.origin} copy` : null,
      ];
      return `• ${parts.filter(Boolean).join(", ")} (${article.passages.length} passages) [${article.id}]`;
    })
    .join("\n");
}

/**
 * A user's text on one line, without control or format characters (except those an emoji
 * sequence is made of), for echoing it back; cut on a whole character.
 */
export function oneLine(text: string, max = 300): string {
  // Only the start of a long text can be shown: flatten a whole-character start of it, when that
  // is enough to fill the line.
  const start = cutToLength(text, 4 * max + 64);
  const flatStart = flatten(start);
  const flat = start.length < text.length && flatStart.length > max ? flatStart : flatten(text);
  if (flat.length <= max) return flat;
  return `${cutToLength(flat, max - 1)}…`;
}

const flatten = (text: string) =>
  replaceOutsideEmoji(text, /[\p{Cc}\p{Cf}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
