import { describe, expect, it } from "vitest";
import { alignFigures } from "../src/compare/figures.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/**
 * Figures a question asks for in other words than the outlets': a measure ("how close" is told in
 * miles), a toll told by its noun ("injuries"), a firm's worth told as value or market cap, and a
 * name typed in lower case.
 */

/** An outlet that does not answer the question but gives the figure elsewhere in its article. */
function readThrough(id: string, paragraphs: readonly string[]) {
  return { source: id, outlet: id, passages: [], elsewhere: articleOf(id, paragraphs).passages };
}

describe("figures in the measure a question asks for", () => {
  it("sets distances side by side for 'how close', from outlets that give them anywhere", () => {
    const answering = articleOf("ledger", [
      "The marchers stopped within 40 miles of Port Alder on Sunday, their leader said.",
    ]);
    const figures = alignFigures(
      [
        side(answering),
        readThrough("courier", [
          "The column set out from the northern camps at dawn.",
          "By nightfall the marchers were within 55 miles of Port Alder.",
        ]),
      ],
      [],
      "how close did the marchers get to port alder",
    );
    expect(figures[0]).toMatchObject({ agree: false, asked: true });
    expect(figures[0]?.values.map((v) => [v.source, v.value])).toEqual([
      ["ledger", 40],
      ["courier", 55],
    ]);
  });

  it("leaves distances outside when the question asks for no measure", () => {
    const figures = alignFigures(
      [
        side(articleOf("ledger", ["The marchers stopped on Sunday, their leader said."])),
        readThrough("courier", ["By nightfall the marchers were within 55 miles of Port Alder."]),
      ],
      [],
      "why did the marchers stop",
    );
    expect(figures).toEqual([]);
  });
});

describe("a measure said of a noun", () => {
  const sides = [
    side(articleOf("ledger", ["Surveyors say the 340-foot-long reef shelf is sinking."])),
    side(articleOf("courier", ["The reef shelf is about 350 feet across, surveyors said."])),
  ];

  it("is set beside the plain figures in its unit when the question asks for that measure", () => {
    const figures = alignFigures(sides, [], "how wide is the reef shelf?");
    expect(figures[0]?.values.map((v) => [v.source, v.value, v.text])).toEqual([
      ["ledger", 340, "340-foot-long reef shelf"],
      ["courier", 350, "about 350 feet"],
    ]);
  });

  it("stays apart when the question asks for no measure", () => {
    const figures = alignFigures(sides, [], "why is the reef shelf sinking?");
    expect(figures.some((f) => f.values.length > 1)).toBe(false);
  });
});

describe("figures told by other nouns", () => {
  it("reads 'injuries' and 'deaths' as a toll of people, set beside the others' tolls", () => {
    const [dead, hurt] = figuresIn("Officials counted 31 deaths and 112 injuries by Monday.");
    expect(dead).toMatchObject({ what: "people killed", value: 31 });
    expect(hurt).toMatchObject({ what: "people wounded", value: 112 });
    const figures = alignFigures([
      side(articleOf("a", ["The flood left 140 people injured in the valley, officials said."])),
      side(articleOf("b", ["Officials in the valley said the flood caused 112 injuries."])),
    ]);
    expect(figures[0]?.values.map((v) => [v.source, v.value])).toEqual([
      ["a", 140],
      ["b", 112],
    ]);
  });

  it("keeps a count of people in general apart from a toll, unless it gives the toll's number", () => {
    const figures = alignFigures([
      side(articleOf("a", ["The factory fire caused 12 injuries, the plant's owner said."])),
      side(
        articleOf("b", ["The fire at the factory, which employs 900 people, caused 14 injuries."]),
      ),
      side(articleOf("c", ["The factory fire left 12 people in hospital, the owner said."])),
    ]);
    const toll = figures.find((figure) => figure.what === "people wounded");
    expect(toll?.values.map((v) => [v.source, v.value])).toEqual([
      ["a", 12],
      ["b", 14],
      ["c", 12],
    ]);
  });

  it("places a figure in a sentence saying nothing else by its passage's other words", () => {
    const [figure] = figuresIn("The flood reached the valley towns. There were also 112 injuries.");
    expect(figure?.value).toBe(112);
    expect([...(figure?.context ?? [])]).toEqual(expect.arrayContaining(["flood", "valley"]));
  });

  it("aligns a firm's lost worth told as value or as market cap", () => {
    const figures = alignFigures(
      [
        side(articleOf("a", ["Brightwell lost nearly $4 billion in value after the recall."])),
        readThrough("b", [
          "The recall wiped $3.2 billion off Brightwell's market cap by the close.",
        ]),
      ],
      [],
      "how much value did brightwell lose",
    );
    expect(figures[0]?.values.map((v) => [v.source, v.value, v.qualifier])).toEqual([
      ["a", 4_000_000_000, "nearly"],
      ["b", 3_200_000_000, null],
    ]);
    // "a salary cap" is no firm's worth.
    expect(figuresIn("The league set a salary cap of $90 million.")[0]?.what).not.toMatch(/value/);
  });

  it("picks an outlet's figure in the sentence naming what the question names, typed in lower case", () => {
    const figures = alignFigures(
      [
        side(articleOf("a", ["Brightwell lost nearly $4 billion in value after the recall."])),
        readThrough("b", [
          "Analysts had feared a loss of around $6 billion in market value for the sector.",
          "By the close, the recall had wiped $3.2 billion off Brightwell's market value.",
        ]),
      ],
      [],
      "how much value did brightwell lose",
    );
    expect(figures[0]?.values.find((v) => v.source === "b")?.value).toBe(3_200_000_000);
  });
});
