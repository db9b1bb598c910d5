import type { Answer } from "../answer/answer.js";
import type { Comparison } from "../compare/comparison.js";
import { oneLine, wrap } from "./answer-text.js";
import {
  CHANGED_QUOTES_TITLE,
  changedQuoteSummary,
  comparisonAspects,
  NO_CHANGED_QUOTES,
} from "./comparison-aspects.js";
import { ComparisonLinesConfig, comparisonLines } from "./comparison-lines.js";

/** Terminal text for a comparison: each aspect with the outlets side by side, then changed quotes. */

const WIDTH = 96;
const NAME_WIDTH = 22;

export const NOTHING_TO_COMPARE =
  "Nothing to compare: no outlet on this desk covers that. Try other words, or `help`.";

export function renderComparisonText(answer: Answer): string {
  const comparison = answer.comparison;
  const out = [`Compare: ${oneLine(answer.query)}`, ""];
  if (comparison.sources.length === 0) {
    out.push(NOTHING_TO_COMPARE);
    return out.join("\n");
  }
  out.push(
    wrap(
      `Passages compared: ${comparison.sources.map((s) => `${s.outlet} ¶${s.paragraphs.join(", ")}`).join("; ")}`,
      WIDTH,
    ),
    "",
  );
  const lines = comparisonLines(comparison);
  out.push("How they differ");
  if (lines.length === 0) out.push(`  • ${NOTHING_DIFFERS}`);
  for (const line of lines) out.push(bullet(line.text));
  out.push("");
  const names = comparison.sources.map((s) => s.outlet);
  const width = Math.min(NAME_WIDTH, Math.max(...names.map((n) => n.length))) + 2;
  const row = (name: string, items: readonly string[]) => {
    const text = items.length > 0 ? items.join("; ") : "—";
    const body = wrap(text, WIDTH, " ".repeat(width + 2)).trimStart();
    const label = name.length > width ? `${name}\n${" ".repeat(width + 2)}` : name.padEnd(width);
    return `  ${label}${body}`;
  };
  for (const aspect of comparisonAspects(comparison)) {
    out.push(aspect.title);
    for (const { outlet, items } of aspect.rows) out.push(row(outlet, items));
    out.push("");
  }
  out.push(CHANGED_QUOTES_TITLE);
  if (comparison.quoteChanges.length === 0) out.push(`  ${NO_CHANGED_QUOTES}`);
  for (const change of comparison.quoteChanges) {
    out.push(wrap(changedQuoteSummary(change), WIDTH, "  "));
    out.push(wrap(`quoted:   “${change.quoted}”`, WIDTH, "    "));
    out.push(wrap(`original: “${change.original.text}”`, WIDTH, "    "));
  }
  return out.join("\n");
}

export const NOTHING_DIFFERS = "Nothing worth noting between the outlets in these passages.";

/**
 * The short "How the sources differ" section that ends every terminal answer: the most telling
 * lines (at most three), and where the rest are (`compare TOPIC`).
 */
export function renderDifferenceSection(comparison: Comparison, topic?: string): string {
  if (comparison.sources.length === 0) return "";
  const lines = comparisonLines(comparison);
  const shown = lines.slice(0, ComparisonLinesConfig.inline);
  const out = ["How the sources differ:"];
  if (shown.length === 0) out.push(`  • ${NOTHING_DIFFERS}`);
  for (const line of shown) out.push(bullet(line.text));
  const more = lines.length - shown.length;
  if (more > 0)
    out.push(
      `  ${more} more ${more === 1 ? "difference" : "differences"}: compare ${topic ? oneLine(topic, 120) : "TOPIC"}`,
    );
  return out.join("\n");
}

function bullet(text: string): string {
  return wrap(text, WIDTH, "    ").replace(/^ {4}/, "  • ");
}
