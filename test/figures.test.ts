import { describe, expect, it } from "vitest";
import { passageFigures } from "../src/compare/figure-reading.js";
import { alignFigures } from "../src/compare/figures.js";
import type { Article } from "../src/ingest/article.js";
import { comparisonLines, figureLine } from "../src/render/comparison-lines.js";
import { articleOf } from "./support/comparison-desk.js";

/** Figures: numbers with what they count and their qualifier, aligned across outlets. */

const first = (text: string) => {
  const passage = articleOf("x", [text]).passages[0];
  return passage ? passageFigures(passage) : [];
};
const side = (article: Article) => ({
  source: article.id,
  outlet: article.id,
  passages: article.passages,
});

describe("reading figures", () => {
  it("reads the number, its qualifier and what it counts, in digits or words", () => {
    const [rockets, killed] = first(
      "At least 18 rockets struck the depot on Monday, killing seven people, the fire service said.",
    );
    expect(rockets).toMatchObject({
      value: 18,
      qualifier: "at least",
      what: "rockets",
      text: "At least 18 rockets",
    });
    expect(killed).toMatchObject({ value: 7, qualifier: null, what: "people killed" });
  });

  it("reads multipliers, sums of money and counts with no noun after them", () => {
    const figures = first(
      "The carmaker will pay $1.2 billion and recall about 350,000 vehicles; more than 40 were injured.",
    );
    expect(figures.map((f) => [f.what, f.value, f.qualifier])).toEqual([
      ["dollars", 1_200_000_000, null],
      ["vehicles recalled", 350_000, "about"],
      ["people wounded", 40, "more than"],
    ]);
  });

  it("takes no dates, years, ages or times for counts", () => {
    expect(
      first("On March 11, 2021, a 34-year-old driver left at 10 p.m. for the third time."),
    ).toEqual([]);
  });
});

describe("aligning figures across outlets", () => {
  const a = articleOf("Daily", ["Firefighters said at least 18 rockets hit the depot overnight."]);
  const b = articleOf("Wire", ["Thirty rockets hit the fuel depot, police said."]);
  const c = articleOf("Radio", ["The depot was hit by 18 rockets, officials told reporters."]);
  const d = articleOf("Weekly", ["The council approved 18 new parking spaces near the school."]);

  it("sets side by side the counts of the same thing, and says they disagree", () => {
    const [figure] = alignFigures([side(a), side(b), side(c)]);
    expect(figure?.agree).toBe(false);
    expect(figure?.values.map((v) => [v.source, v.value, v.qualifier])).toEqual([
      ["Daily", 18, "at least"],
      ["Wire", 30, null],
      ["Radio", 18, null],
    ]);
    expect(figure && figureLine(figure)).toBe(
      "Outlets differ on rockets: at least 18 (Daily ¶1) · 30 (Wire ¶1) · 18 (Radio ¶1).",
    );
  });

  it("does not align counts of another thing or of another event", () => {
    expect(alignFigures([side(a), side(d)])).toEqual([]);
  });

  it("ranks a disagreeing figure first among the comparison lines", () => {
    const [figure] = alignFigures([side(a), side(b)]);
    const lines = comparisonLines({
      sources: [],
      onlyIn: [
        {
          source: "Daily",
          outlet: "Daily",
          facts: [{ text: "x", paragraph: 1, kind: "person", sentence: "x" }],
        },
      ],
      quoteChanges: [],
      figures: figure ? [figure] : [],
      sameCopy: [],
    });
    expect(lines.map((l) => l.kind)).toEqual(["figures", "only-in"]);
  });
});
