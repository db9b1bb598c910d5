import type {
  Attribution,
  Comparison,
  Figure,
  FigureValue,
  QuoteChange,
  SameCopy,
  SourceComparison,
} from "../compare/comparison.js";
import { UNIT_WORDS } from "../compare/figure-cues.js";
import { passageMark } from "./passage-mark.js";

/**
 * "How the sources differ": a comparison as short lines of plain text any surface can show
 * (terminal, Slack), ranked most telling first: figures the outlets disagree on, changed quotes,
 * disputes and hedges, who the outlets put it down to; then facts only one outlet has, naming,
 * figures they agree on and pages that carry the same copy.
 */

/** What a line is about, for surfaces that treat kinds apart. */
export type ComparisonLineKind =
  | "figures"
  | "figures-aside"
  | "quote-change"
  | "hedges"
  | "attribution"
  | "only-in"
  | "naming"
  | "figures-agree"
  | "same-copy";

export interface ComparisonLine {
  readonly kind: ComparisonLineKind;
  readonly text: string;
}

export const ComparisonLinesConfig = Object.freeze({
  /** Lines an answer shows inline (console, Slack); the rest are for `compare TOPIC`. */
  inline: 3,
  /** Items listed per outlet in one line. */
  maxItems: 3,
  /** Outlets named in one line before the rest are counted ("and 4 more outlets"). */
  maxOutlets: 4,
  /** Citations listed for one figure value before the rest are counted. */
  maxCitations: 3,
  /** Values of one figure listed before the rest are counted ("and 3 more values"). */
  maxValues: 4,
  /** Changed quotes given a line each. */
  maxQuoteChanges: 2,
});

/** Rank of each kind: lower is more telling. */
const RANK: Readonly<Record<ComparisonLineKind, number>> = Object.freeze({
  figures: 0,
  "quote-change": 1,
  hedges: 2,
  attribution: 3,
  "only-in": 4,
  "figures-aside": 4.5,
  naming: 5,
  "figures-agree": 6,
  "same-copy": 7,
});

/** Rank of a figure the question asks for that the outlets agree on: after hedges. */
const ASKED_AGREEING_RANK = 2.5;

/** Every line of a comparison, most telling first. */
export function comparisonLines(comparison: Comparison): ComparisonLine[] {
  const lines: ComparisonLine[] = [];
  // Lines of figures the question asks for that the outlets agree on: the count asked for ("how
  // much rain") is told before who the outlets put it down to, agreeing or not.
  const askedAgreeing = new Set<ComparisonLine>();
  // A disagreement on what the question asks is the most telling line; on another count, it
  // comes after the attribution and the facts only one outlet has.
  for (const figure of comparison.figures) {
    // Outlets agreeing on a count the question does not ask for tell the reader nothing.
    if (figure.agree && figure.asked === false) continue;
    const line: ComparisonLine = {
      kind: figure.agree ? "figures-agree" : figure.asked === false ? "figures-aside" : "figures",
      text: figureLine(figure),
    };
    // With no question (a topic compared whole) every count is asked for: none comes forward.
    if (figure.agree && figure.asked === true && !comparison.figures.every((f) => f.asked))
      askedAgreeing.add(line);
    lines.push(line);
  }
  for (const change of comparison.quoteChanges.slice(0, ComparisonLinesConfig.maxQuoteChanges))
    lines.push({ kind: "quote-change", text: quoteChangeLine(change) });
  const hedges = hedgeLine(comparison.sources);
  if (hedges) lines.push({ kind: "hedges", text: hedges });
  const attribution = attributionLine(comparison.sources);
  if (attribution) lines.push({ kind: "attribution", text: attribution });
  for (const entry of comparison.onlyIn)
    lines.push({
      kind: "only-in",
      text: `Only ${entry.outlet}: ${listed(
        entry.facts.map((f) => `${f.text} (¶${f.paragraph})`),
        ComparisonLinesConfig.maxItems,
      )}.`,
    });
  const naming = namingLine(comparison.sources);
  if (naming) lines.push({ kind: "naming", text: naming });
  for (const copy of comparison.sameCopy) {
    const text = sameCopyLine(copy);
    if (text) lines.push({ kind: "same-copy", text });
  }
  const rank = (line: ComparisonLine) =>
    askedAgreeing.has(line) ? ASKED_AGREEING_RANK : RANK[line.kind];
  return lines
    .map((line, order) => ({ line, order }))
    .sort((a, b) => rank(a.line) - rank(b.line) || a.order - b.order)
    .map(({ line }) => line);
}

/**
 * "The Daily Star and 2 more outlets carry the same AP copy as The Morning Post."; or, when the
 * first page is the origin's own (its credit or its earlier date says so): "The Daily Star
 * carries the same copy as The Morning Post."
 */
export function sameCopyLine(copy: SameCopy): string | null {
  const [first, ...rest] = copy.sources;
  if (!first || rest.length === 0) return null;
  const carriers = listed(
    rest.map((s) => s.outlet),
    ComparisonLinesConfig.maxOutlets,
    "outlets",
  );
  const verb = rest.length === 1 ? "carries" : "carry";
  const own =
    first.outlet.replace(/^the\s+/i, "").toLowerCase() ===
    copy.origin.replace(/^the\s+/i, "").toLowerCase();
  return own
    ? `${carriers} ${verb} the same copy as ${first.outlet}.`
    : `${carriers} ${verb} the same ${copy.origin.replace(/^the\s+/i, "")} copy as ${first.outlet}.`;
}

/** The few lines an answer ends with, most telling first (plain text). */
export function differenceLines(
  comparison: Comparison,
  max: number = ComparisonLinesConfig.inline,
): string[] {
  return comparisonLines(comparison)
    .slice(0, max)
    .map((line) => line.text);
}

/**
 * "Outlets differ on rockets fired: at least 18 (A ¶2, B ¶4) · 30 (C ¶1)."; a count one outlet
 * alone gives: "Only A gives rockets fired: 57 (A ¶16)."
 */
export function figureLine(figure: Figure): string {
  const groups = new Map<string, FigureValue[]>();
  // "more than 400 mm · nearly 16 inches": a figure told in two units shows each value's unit.
  const units = figure.values.map((value) => value.text.split(/\s+/).pop()?.toLowerCase() ?? "");
  const unitShown = units.every((unit) => UNIT_WORDS.has(unit)) && new Set(units).size > 1;
  for (const [n, value] of figure.values.entries()) {
    const unit = unitShown ? ` ${units[n]}` : "";
    const key = `${value.qualifier ?? ""} ${formatValue(value.value)}${unit}`.trim();
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  const entries = [...groups.entries()];
  const parts = entries
    .slice(0, ComparisonLinesConfig.maxValues)
    .map(([shown, values]) => `${shown} (${citations(values)})`);
  const rest = entries.slice(ComparisonLinesConfig.maxValues);
  const restOutlets = rest.reduce((n, [, values]) => n + values.length, 0);
  if (rest.length > 0)
    parts.push(
      `${rest.length} more ${rest.length === 1 ? "value" : "values"} (${restOutlets} ${restOutlets === 1 ? "outlet" : "outlets"})`,
    );
  const [only] = figure.values;
  if (figure.values.length === 1 && only)
    return `Only ${only.outlet} gives ${figure.what}: ${parts.join("")}.`;
  if (!figure.agree) return `Outlets differ on ${figure.what}: ${parts.join(" · ")}.`;
  // Values one number can be true of ("just 5", "less than 6"): each outlet's words, no rift.
  return entries.length > 1
    ? `Outlets agree on ${figure.what}, in their own words: ${parts.join("; ")}.`
    : `Outlets agree on ${figure.what}: ${parts.join("")}.`;
}

function citations(values: readonly FigureValue[]): string {
  const shown = values.slice(0, ComparisonLinesConfig.maxCitations);
  const cited = shown.map((v) => `${v.outlet} ¶${v.paragraph}`).join(", ");
  const more = values.length - shown.length;
  return more > 0 ? `${cited} and ${more} more` : cited;
}

/** 18 → "18", 5000 → "5,000", 1200000 → "1.2 million"; a tally as printed. */
export function formatValue(value: number | string): string {
  if (typeof value === "string") return value;
  for (const [scale, word] of [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
  ] as const)
    if (
      value >= scale &&
      Math.abs((value / scale) * 100 - Math.round((value / scale) * 100)) < 1e-6
    )
      return `${Math.round((value / scale) * 100) / 100} ${word}`;
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

export function quoteChangeLine(change: QuoteChange): string {
  const maxItems = ComparisonLinesConfig.maxItems;
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
  const from = change.origin
    ? `${change.origin} copy (as ${change.original.outlet} carries it, ${passageMark(change.original.kind, change.original.paragraph)})`
    : `${change.original.outlet} (${passageMark(change.original.kind, change.original.paragraph)})`;
  return `${change.outlet} (${passageMark(change.kind, change.paragraph)}) changes words it quotes from ${from}: ${parts.join(", ")}.`;
}

/** The outlets' own hedges, then the hedges they report from a source. */
function hedgeLine(sources: readonly SourceComparison[]): string | null {
  const parts: string[] = [];
  const maxItems = ComparisonLinesConfig.maxItems;
  for (const source of sources) {
    const own = source.hedges;
    const theirs = source.hedgeVoices.filter((h) => h.voice === "source");
    const said: string[] = [];
    if (own.length > 0) said.push(`${source.outlet} hedges: ${listed(own.map(quoted), maxItems)}`);
    if (theirs.length > 0)
      said.push(
        `${source.outlet} reports a source hedging: ${listed(
          theirs.map((h) => (h.who ? `${quoted(h.text)} (${h.who})` : quoted(h.text))),
          maxItems,
        )}`,
      );
    if (said.length > 0) parts.push(said.join("; "));
  }
  if (parts.length === 0) return null;
  return `${outletsListed(parts)}.`;
}

function attributionLine(sources: readonly SourceComparison[]): string | null {
  const attributing = sources.filter((source) => source.attributions.length > 0);
  if (attributing.length === 0) return null;
  if (!differ(attributing.map((s) => s.attributions.map((a) => a.who)))) return null;
  return `${outletsListed(
    attributing.map((s) => `${s.outlet} puts it down to ${whoList(s.attributions)}`),
  )}.`;
}

function namingLine(sources: readonly SourceComparison[]): string | null {
  const naming = sources.filter((source) => source.terms.length > 0);
  if (naming.length < 2 || !differ(naming.map((s) => s.terms))) return null;
  return `Naming: ${outletsListed(
    naming.map((s) => `${s.outlet} ${listed(s.terms.slice(0, 2).map(quoted), 2)}`),
  )}.`;
}

/** Outlet parts joined, the many summarised: "A …; B …; and 5 more outlets". */
function outletsListed(parts: readonly string[]): string {
  const max = ComparisonLinesConfig.maxOutlets;
  const shown = parts.slice(0, max);
  const more = parts.length - shown.length;
  return more > 0
    ? `${shown.join("; ")}; and ${more} more ${more === 1 ? "outlet" : "outlets"}`
    : shown.join("; ");
}

/** Each source once, with its cues: "officials (said, blamed by; unnamed)". */
function whoList(attributions: readonly Attribution[]): string {
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
  return listed(names, ComparisonLinesConfig.maxItems);
}

function differ(lists: readonly (readonly string[])[]): boolean {
  if (lists.length < 2) return lists.length === 1;
  const keys = lists.map((list) => [...new Set(list.map((s) => s.toLowerCase()))].sort().join("|"));
  return new Set(keys).size > 1;
}

function listed(items: readonly string[], max: number, noun = ""): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  const tail = noun ? ` ${noun}` : "";
  return more > 0 ? `${shown.join(", ")} and ${more} more${tail}` : shown.join(", ");
}

function quoted(text: string): string {
  return text.startsWith("“") ? text : `“${text}”`;
}
