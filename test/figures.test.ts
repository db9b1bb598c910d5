import { describe, expect, it } from "vitest";
import { EMPTY_COMPARISON } from "../src/compare/comparison.js";
import { alignFigures } from "../src/compare/figures.js";
import { comparisonLines, figureLine } from "../src/render/comparison-lines.js";
import { articleOf, figuresIn as first, figureSource as side } from "./support/comparison-desk.js";

/** Figures: numbers with what they count and their qualifier, aligned across outlets. */

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
      ["dollars (pay)", 1_200_000_000, null],
      ["vehicles recalled", 350_000, "about"],
      ["people wounded", 40, "more than"],
    ]);
  });

  it("takes no dates, years or times for counts, and an age for an age", () => {
    expect(
      first("On March 11, 2021, a 34-year-old driver left at 10 p.m. for the third time.").map(
        (f) => [f.what, f.value],
      ),
    ).toEqual([["age", 34]]);
  });

  it("reads figures written as one hyphenated word before a noun, and an age after a name", () => {
    const figures = first(
      "A five-member tribunal upheld the eight-year suspension of Maria Ortiz, 41, who faced a 12-month-ban and a 40-foot fine print.",
    );
    expect(figures.map((f) => [f.what, f.value])).toEqual([
      ["members", 5],
      ["suspension (years)", 8],
      ["age", 41],
      ["ban (months)", 12],
      ["print (feet)", 40],
    ]);
    // "one-off", "30-odd", "two-thirds": no counts.
    expect(first("A one-off grant went to 30-odd towns, two-thirds of them coastal.")).toEqual([]);
  });

  it("reads a plural the tagger takes for a verb after a number", () => {
    const [judges] = first("Three appeal judges upheld the ruling on Friday.");
    expect(judges).toMatchObject({ what: "judges", value: 3 });
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

  it("sets the same number side by side though the sentences share no word, and ages only when asked", () => {
    const e = articleOf("East", ["The 61-year-old mayor ends a nine-year term on Sunday."]);
    const w = articleOf("West", ["Critics said the nine-year term left the harbour neglected."]);
    const [term, ...rest] = alignFigures([side(e), side(w)], [], "how long was the mayor's term");
    expect(term).toMatchObject({ what: "term (years)", agree: true });
    expect(rest).toEqual([]);
    const o = articleOf("Other", ["Ms Reyes, 61, was first elected in the spring."]);
    const [age] = alignFigures([side(e), side(o)], [], "how old is the mayor");
    expect(age?.values.map((v) => [v.source, v.value])).toEqual([
      ["East", 61],
      ["Other", 61],
    ]);
    expect(alignFigures([side(e), side(o)], [], "who is the mayor")).toEqual([]);
  });

  it("ranks a disagreeing figure first among the comparison lines", () => {
    const [figure] = alignFigures([side(a), side(b)]);
    const lines = comparisonLines({
      ...EMPTY_COMPARISON,
      onlyIn: [
        {
          source: "Daily",
          outlet: "Daily",
          facts: [{ text: "x", paragraph: 1, kind: "person", sentence: "x" }],
        },
      ],
      figures: figure ? [figure] : [],
    });
    expect(lines.map((l) => l.kind)).toEqual(["figures", "only-in"]);
  });
});

describe("reading figures in other shapes", () => {
  it("reads word multipliers, half a million, ranges and percentages", () => {
    const figures = first(
      "The airline expects 40 million passengers and a loss of between $3 million and $5 million; nearly half a million tickets were sold, and its shares fell 4.5% on Friday.",
    );
    expect(figures.map((f) => [f.value, f.qualifier])).toEqual([
      [40_000_000, null],
      ["3000000-5000000", "between"],
      [500_000, "nearly"],
      [4.5, null],
    ]);
    expect(figures[3]?.key).toBe("percent||shares");
  });

  it("counts what reports are of, and reads past a model number to the counted noun", () => {
    const [fires, chairs] = first(
      "Regulators received 31 reports of fires, and the maker pulled 9,000 Sitwell 200 folding chairs.",
    );
    expect(fires).toMatchObject({ value: 31, what: "fires" });
    expect(chairs).toMatchObject({ value: 9000, what: "chairs" });
  });

  it("aligns a count with no outcome with the same noun counted for one outcome", () => {
    const a = articleOf("a", [
      "The maker is recalling about 9,000 folding chairs sold at garden stores.",
    ]);
    const b = articleOf("b", [
      "The recall covers more than 9,500 folding chairs sold at garden stores.",
    ]);
    const [figure] = alignFigures([side(a), side(b)]);
    expect(figure?.values.map((v) => [v.source, v.value])).toEqual([
      ["a", 9000],
      ["b", 9500],
    ]);
  });

  it("lets an outlet take part with a figure it gives outside its answering passages", () => {
    const a = articleOf("a", ["Shares of the maker fell 6% after the recall was announced."]);
    const b = articleOf("b", [
      "The maker was founded in 1950.",
      "The maker's stock slipped about 4 percent after the recall.",
    ]);
    const [figure] = alignFigures([
      side(a),
      { source: "b", outlet: "b", passages: [], elsewhere: b.passages },
    ]);
    expect(figure?.values.map((v) => [v.source, v.value, v.paragraph])).toEqual([
      ["a", 6, 1],
      ["b", 4, 2],
    ]);
  });
});

describe("reading tallies and lengths of time", () => {
  it("reads a tally by what follows it, and a length of time after 'for' or a qualifier", () => {
    const figures = first(
      "The visitors won 4-1 on penalties after a 2-2 draw; the referee had added just five minutes, and two days later the club appealed.",
    );
    expect(figures.map((f) => [f.value, f.counted])).toEqual([
      ["4-1", "tally:penalty"],
      ["2-2", "tally:"],
      [5, "minute"],
    ]);
  });
});

describe("comparison lines on a desk of many outlets", () => {
  it("summarises a figure twelve outlets give, and every line stays short", () => {
    const outlets = Array.from(
      { length: 12 },
      (_, n) => `outlet-${String(n + 1).padStart(2, "0")}`,
    );
    const articles = outlets.map((id, n) =>
      articleOf(id, [
        `Flooding forced about ${n < 4 ? 10 : 11 + Math.floor((n - 4) / 2)} hundred families from their homes along the river on Monday.`,
      ]),
    );
    const figures = alignFigures(articles.map(side));
    const [figure] = figures;
    expect(figure?.values).toHaveLength(12);
    const line = figure ? figureLine(figure) : "";
    expect(line).toMatch(/1 more value \(2 outlets\)\.$/);
    expect(line).toMatch(/and 1 more/);
    const lines = comparisonLines({ ...EMPTY_COMPARISON, figures });
    for (const text of lines.map((l) => l.text)) expect(text.length).toBeLessThan(400);
  });
});
