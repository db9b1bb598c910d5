import type { Attribution, Comparison, QuoteChange } from "./comparison.js";

/**
 * "How the sources differ": the few lines of a comparison worth a reader's attention, as plain
 * text any surface can show (terminal, Slack blocks). Changed quotes first, then hedges,
 * who each outlet puts the claim down to, facts only one outlet has, and naming.
 */

export const DifferenceConfig = Object.freeze({
  /** Lines at most. */
  maxLines: 6,
  /** Items listed per outlet in one line. */
  maxItems: 3,
  /** Changed quotes listed at most. */
  maxQuoteChanges: 2,
});

export interface DifferenceOptions {
  readonly maxLines?: number;
  readonly maxItems?: number;
}

export function differenceLines(comparison: Comparison, options: DifferenceOptions = {}): string[] {
  const maxLines = options.maxLines ?? DifferenceConfig.maxLines;
  const maxItems = options.maxItems ?? DifferenceConfig.maxItems;
  const lines: string[] = [];
  for (const change of comparison.quoteChanges.slice(0, DifferenceConfig.maxQuoteChanges))
    lines.push(quoteChangeLine(change, maxItems));

  const hedging = comparison.sources.filter((source) => source.hedges.length > 0);
  if (hedging.length > 0)
    lines.push(
      hedging
        .map((s) => `${s.outlet} hedges: ${listed(s.hedges.map(quoted), maxItems)}`)
        .join("; ")
        .concat("."),
    );

  const attributing = comparison.sources.filter((source) => source.attributions.length > 0);
  if (attributing.length > 0 && differ(attributing.map((s) => s.attributions.map((a) => a.who))))
    lines.push(
      `${attributing.map((s) => `${s.outlet} puts it down to ${whoList(s.attributions, maxItems)}`).join("; ")}.`,
    );

  for (const entry of comparison.onlyIn)
    lines.push(
      `Only ${entry.outlet}: ${listed(
        entry.facts.map((f) => `${f.text} (¶${f.paragraph})`),
        maxItems,
      )}.`,
    );

  const naming = comparison.sources.filter((source) => source.terms.length > 0);
  if (naming.length >= 2 && differ(naming.map((s) => s.terms)))
    lines.push(
      `Naming: ${naming.map((s) => `${s.outlet} ${listed(s.terms.slice(0, 2).map(quoted), 2)}`).join("; ")}.`,
    );
  return lines.slice(0, maxLines);
}

function quoteChangeLine(change: QuoteChange, maxItems: number): string {
  const parts: string[] = [];
  const swappedWords = new Set(change.swapped.flatMap((s) => [s.from, s.to]));
  if (change.swapped.length > 0)
    parts.push(
      `swaps ${listed(
        change.swapped.map((s) => `${quoted(s.from)} for ${quoted(s.to)}`),
        maxItems,
      )}`,
    );
  const dropped = change.droppedPhrases.filter((w) => !swappedWords.has(w));
  const added = change.addedPhrases.filter((w) => !swappedWords.has(w));
  if (dropped.length > 0) parts.push(`drops ${listed(dropped.map(quoted), maxItems)}`);
  if (added.length > 0) parts.push(`adds ${listed(added.map(quoted), maxItems)}`);
  return `${change.outlet} (¶${change.paragraph}) changes words it quotes from ${change.original.outlet} (¶${change.original.paragraph}): ${parts.join(", ")}.`;
}

/** Each source once, with its cues: "officials (said, blamed by; unnamed)". */
function whoList(attributions: readonly Attribution[], maxItems: number): string {
  const byWho = new Map<string, { who: string; cues: string[]; named: boolean }>();
  for (const a of attributions) {
    const key = a.who.toLowerCase();
    const entry = byWho.get(key) ?? { who: a.who, cues: [], named: a.named };
    if (!entry.cues.includes(a.cue)) entry.cues.push(a.cue);
    byWho.set(key, entry);
  }
  const names = [...byWho.values()].map(
    (e) => `${e.who} (${e.cues.join(", ")}; ${e.named ? "named" : "unnamed"})`,
  );
  return listed(names, maxItems);
}

function differ(lists: readonly (readonly string[])[]): boolean {
  if (lists.length < 2) return lists.length === 1;
  const keys = lists.map((list) => [...new Set(list.map((s) => s.toLowerCase()))].sort().join("|"));
  return new Set(keys).size > 1;
}

function listed(items: readonly string[], max: number): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

function quoted(text: string): string {
  return text.startsWith("“") ? text : `“${text}”`;
}
