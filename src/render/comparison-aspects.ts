import type { Attribution, Comparison, QuoteChange } from "../compare/comparison.js";
import { passageMark } from "./passage-mark.js";

/** One aspect of a comparison, outlet by outlet: plain text items, ready for any renderer. */
export interface ComparisonAspect {
  readonly title: string;
  readonly rows: ReadonlyArray<{ readonly outlet: string; readonly items: readonly string[] }>;
}

/** The aspects shown side by side: figures, attribution, hedges, naming, facts only one outlet has. */
export function comparisonAspects(comparison: Comparison): ComparisonAspect[] {
  const rows = (pick: (index: number) => readonly string[]) =>
    comparison.sources.map((source, i) => ({ outlet: source.outlet, items: pick(i) }));
  return [
    {
      title: "Figures",
      rows: rows((i) => {
        const source = comparison.sources[i]?.source;
        return comparison.figures.flatMap((figure) =>
          figure.values
            .filter((value) => value.source === source)
            .map((value) => `${figure.what}: ${value.text} (¶${value.paragraph})`),
        );
      }),
    },
    {
      title: "Who they put it down to",
      rows: rows((i) => (comparison.sources[i]?.attributions ?? []).map(attributionText)),
    },
    {
      title: "Hedges and disputes",
      rows: rows((i) => {
        const source = comparison.sources[i];
        const theirs = (source?.hedgeVoices ?? [])
          .filter((hedge) => hedge.voice === "source")
          .map((hedge) => `${hedge.text} (a source's words${hedge.who ? `: ${hedge.who}` : ""})`);
        return [...(source?.hedges ?? []), ...theirs];
      }),
    },
    { title: "How they name it", rows: rows((i) => comparison.sources[i]?.terms ?? []) },
    {
      title: "Only in this outlet",
      rows: rows((i) => {
        const source = comparison.sources[i];
        const entry = comparison.onlyIn.find((only) => only.source === source?.source);
        return (entry?.facts ?? []).map((fact) => `${fact.text} (¶${fact.paragraph})`);
      }),
    },
  ];
}

export const CHANGED_QUOTES_TITLE = "Changed quotes";
export const NO_CHANGED_QUOTES = "none found in these passages";

/** "Outlet ¶4 quotes Other ¶1: dropped “…”; added nothing". */
export function changedQuoteSummary(change: QuoteChange): string {
  return `${change.outlet} ${passageMark(change.kind, change.paragraph)} quotes ${change.original.outlet} ${passageMark(change.original.kind, change.original.paragraph)}: dropped ${wordList(change.droppedPhrases)}; added ${wordList(change.addedPhrases)}`;
}

export function attributionText(attribution: Attribution): string {
  const role = attribution.role ? `, ${attribution.role}` : "";
  const via = attribution.resolvedFrom ? `, from “${attribution.resolvedFrom}”` : "";
  return `${attribution.who}${role} (${attribution.cue}; ${attribution.named ? "named" : "unnamed"}${via})`;
}

function wordList(words: readonly string[]): string {
  return words.length === 0 ? "nothing" : words.map((word) => `“${word}”`).join(", ");
}
