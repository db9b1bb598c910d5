import type { Passage } from "../ingest/article.js";
import { equivalentKey } from "../text/newsroom-equivalents.js";
import type { Figure, FigureValue } from "./comparison.js";
import { passageFigures, type ReadFigure } from "./figure-reading.js";
import { foldWord, stemWord, wordsOf } from "./word-forms.js";

/**
 * Figures side by side: the counts the outlets give of the same thing (same counted noun, or
 * its equivalent, and the same outcome), aligned across outlets when their sentences stand in
 * the same event (they share words besides the figure), with whether they agree.
 */

export const FigureConfig = Object.freeze({
  /** Words a figure's sentence must share with another outlet's to be of the same event. */
  minSharedContext: 1,
  /** Figures listed at most. */
  maxFigures: 8,
});

/** One outlet's passages, for reading its figures. */
export interface FigureSource {
  readonly source: string;
  readonly outlet: string;
  /** The passages that answer the question. */
  readonly passages: readonly Passage[];
  /**
   * The article's other passages: read for a figure only when it counts what an answering
   * passage counts (the same key), so an outlet that gives the figure elsewhere takes part.
   */
  readonly elsewhere?: readonly Passage[];
}

interface Placed extends ReadFigure {
  readonly source: string;
  readonly outlet: string;
  readonly order: number;
}

/**
 * The figures two or more outlets give for the same thing. `equivalents`: groups of words that
 * mean the same on this desk (its `desk.yml`).
 */
export function alignFigures(
  sources: readonly FigureSource[],
  equivalents: readonly (readonly string[])[] = [],
  question = "",
): Figure[] {
  // What the question asks to be counted ("what share of the vote"): read wherever it is given.
  const asked = new Set(wordsOf(question).map((word) => stemWord(word.norm)));
  // The names the question uses ("the Lion Air crash"): which of an outlet's figures it asks for.
  const askedNames = new Set(
    [...question.matchAll(/(?<!^)\b\p{Lu}[\p{L}'’-]*/gu)].map((m) => stemWord(foldWord(m[0]))),
  );
  const asks = (figure: ReadFigure) =>
    figure.counted.split(":").some((part) => part !== "" && asked.has(stemWord(part)));
  const deskGroups = groupsOf(equivalents);
  const byKey = new Map<string, Placed[]>();
  let order = 0;
  const place = (source: FigureSource, figure: ReadFigure, key: string) => {
    const list = byKey.get(key) ?? [];
    list.push({ ...figure, source: source.source, outlet: source.outlet, order: order++ });
    byKey.set(key, list);
  };
  for (const source of sources)
    for (const passage of source.passages)
      for (const figure of passageFigures(passage))
        place(source, figure, alignmentKey(figure, deskGroups));
  const answered = new Set(byKey.keys());
  const countedAnswered = new Set([...answered].map((key) => splitKey(key)[0]));
  for (const source of sources)
    for (const passage of source.elsewhere ?? [])
      for (const figure of passageFigures(passage)) {
        const key = alignmentKey(figure, deskGroups);
        if (answered.has(key) || asks(figure)) place(source, figure, key);
        // A count with no outcome said joins the one outcome its noun is counted for.
        else if (figure.outcome === null && countedAnswered.has(splitKey(key)[0]))
          place(source, figure, key);
      }
  mergeUnsaidOutcomes(byKey);
  const figures: { figure: Figure; order: number }[] = [];
  for (const placed of byKey.values()) {
    const chosen = onePerOutlet(placed, askedNames);
    if (chosen.length < 2) continue;
    const values = chosen.map(
      (p): FigureValue => ({
        source: p.source,
        outlet: p.outlet,
        value: p.value,
        qualifier: p.qualifier,
        text: p.text,
        paragraph: p.paragraph,
      }),
    );
    const agree = new Set(values.map((v) => String(v.value))).size === 1;
    const what = chosen[0]?.what ?? "";
    figures.push({
      figure: { what, agree, values },
      order: Math.min(...chosen.map((c) => c.order)),
    });
  }
  return figures
    .sort((a, b) => Number(a.figure.agree) - Number(b.figure.agree) || a.order - b.order)
    .slice(0, FigureConfig.maxFigures)
    .map((f) => f.figure);
}

/**
 * Counts of a noun with no outcome said ("448,000 heaters") join the counts of the same noun with
 * an outcome ("recalling 410,000 heaters") when that noun is counted for one outcome only.
 */
function mergeUnsaidOutcomes(byKey: Map<string, Placed[]>): void {
  const outcomesOf = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const [counted = "", outcome = ""] = splitKey(key);
    if (outcome !== "") outcomesOf.set(counted, [...(outcomesOf.get(counted) ?? []), key]);
  }
  // A percentage that says neither what it is of nor whose ("won 58 percent to 42 percent")
  // joins the one kind of percentage the outlets give, when they give one.
  const percentages = [...byKey.keys()].filter((key) => key.startsWith("percent:"));
  const bare = percentages.filter((key) => key === "percent::|");
  const said = percentages.filter((key) => key !== "percent::|");
  const [only] = said;
  if (bare.length > 0 && said.length === 1 && only !== undefined) {
    byKey.set(only, [...(byKey.get(only) ?? []), ...(byKey.get("percent::|") ?? [])]);
    byKey.delete("percent::|");
  }
  for (const [key, placed] of [...byKey.entries()]) {
    const [counted = "", outcome = ""] = splitKey(key);
    const targets = outcomesOf.get(counted) ?? [];
    const target = targets[0];
    if (outcome !== "" || targets.length !== 1 || target === undefined) continue;
    byKey.set(target, [...(byKey.get(target) ?? []), ...placed]);
    byKey.delete(key);
  }
}

/** A key's counted group and outcome (the group itself may hold "|" for percentages). */
function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf("|");
  return [key.slice(0, at), key.slice(at + 1)];
}

/**
 * Each outlet once, with the value that best matches the others (its first, else), and only
 * outlets whose sentence shares words with another outlet's (the same event).
 */
function onePerOutlet(placed: readonly Placed[], askedNames: ReadonlySet<string>): Placed[] {
  const outlets = [...new Set(placed.map((p) => p.source))];
  if (outlets.length < 2) return [];
  const sameEvent = (a: Placed) =>
    placed.some(
      (b) => b.source !== a.source && shared(a.context, b.context) >= FigureConfig.minSharedContext,
    );
  const candidates = placed.filter(sameEvent);
  const chosen: Placed[] = [];
  for (const source of outlets) {
    const mine = candidates.filter((p) => p.source === source);
    const others = candidates.filter((p) => p.source !== source);
    // The value told in words the question uses ("the Lion Air crash"), then the one most other
    // outlets give too; the outlet's first on a tie.
    const sharedBy = (p: Placed) =>
      new Set(others.filter((o) => String(o.value) === String(p.value)).map((o) => o.source)).size;
    const score = (p: Placed) => shared(p.context, askedNames) * 100 + sharedBy(p);
    let pick = mine[0];
    for (const p of mine) if (pick && score(p) > score(pick)) pick = p;
    if (pick) chosen.push(pick);
  }
  return chosen.length >= 2 ? chosen : [];
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const word of a) if (b.has(word)) n++;
  return n;
}

/** The counted noun's group (desk equivalents, then newsroom ones, then its stem) and outcome. */
function alignmentKey(figure: ReadFigure, deskGroups: ReadonlyMap<string, string>): string {
  const counted = figure.counted;
  const group =
    deskGroups.get(counted) ?? equivalentKey(counted) ?? equivalentKey(`${counted}s`) ?? counted;
  return `${group}|${figure.outcome ?? ""}`;
}

function groupsOf(equivalents: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  const groups = new Map<string, string>();
  equivalents.forEach((words, n) => {
    for (const word of words) {
      const norm = foldWord(word);
      if (/\s/.test(word)) continue;
      groups.set(stemWord(norm), `desk:${n}`);
    }
  });
  return groups;
}
