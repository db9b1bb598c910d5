import type { Answer } from "../answer/answer.js";
import type { Attribution, Comparison } from "../compare/comparison.js";
import { differenceLines } from "../compare/difference-lines.js";
import { oneLine, wrap } from "./answer-text.js";

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
  const names = comparison.sources.map((s) => s.outlet);
  const width = Math.min(NAME_WIDTH, Math.max(...names.map((n) => n.length))) + 2;
  const row = (name: string, items: readonly string[]) => {
    const text = items.length > 0 ? items.join("; ") : "—";
    const body = wrap(text, WIDTH, " ".repeat(width + 2)).trimStart();
    const label = name.length > width ? `${name}\n${" ".repeat(width + 2)}` : name.padEnd(width);
    return `  ${label}${body}`;
  };
  const section = (title: string, pick: (index: number) => readonly string[]) => {
    out.push(title);
    comparison.sources.forEach((_, i) => {
      out.push(row(names[i] ?? "", pick(i)));
    });
    out.push("");
  };
  section("Who they put it down to", (i) =>
    (comparison.sources[i]?.attributions ?? []).map(attributionText),
  );
  section("Hedges and disputes", (i) => comparison.sources[i]?.hedges ?? []);
  section("How they name it", (i) => comparison.sources[i]?.terms ?? []);
  section("Only in this outlet", (i) => {
    const source = comparison.sources[i];
    const entry = comparison.onlyIn.find((o) => o.source === source?.source);
    return (entry?.facts ?? []).map((f) => `${f.text} (¶${f.paragraph})`);
  });
  out.push("Changed quotes");
  if (comparison.quoteChanges.length === 0) out.push("  none found in these passages");
  for (const change of comparison.quoteChanges) {
    out.push(
      wrap(
        `${change.outlet} ¶${change.paragraph} quotes ${change.original.outlet} ¶${change.original.paragraph}: dropped ${wordList(change.droppedPhrases)}; added ${wordList(change.addedPhrases)}`,
        WIDTH,
        "  ",
      ),
    );
    out.push(wrap(`quoted:   “${change.quoted}”`, WIDTH, "    "));
    out.push(wrap(`original: “${change.original.text}”`, WIDTH, "    "));
  }
  return out.join("\n");
}

/** The short "How the sources differ" section that ends every terminal answer. */
export function renderDifferenceSection(comparison: Comparison): string {
  if (comparison.sources.length === 0) return "";
  const lines = differenceLines(comparison);
  const out = ["How the sources differ:"];
  if (lines.length === 0)
    out.push("  • Nothing worth noting between the outlets in these passages.");
  for (const line of lines) out.push(wrap(line, WIDTH, "    ").replace(/^ {4}/, "  • "));
  return out.join("\n");
}

function attributionText(a: Attribution): string {
  const role = a.role ? `, ${a.role}` : "";
  const via = a.resolvedFrom ? `, from “${a.resolvedFrom}”` : "";
  return `${a.who}${role} (${a.cue}; ${a.named ? "named" : "unnamed"}${via})`;
}

function wordList(words: readonly string[]): string {
  return words.length === 0 ? "nothing" : words.map((w) => `“${w}”`).join(", ");
}
