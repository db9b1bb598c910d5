import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignFigures } from "../src/compare/figures.js";
import { NO_NOUN_SENSES, useNounSenses } from "../src/compare/noun-senses.js";
import { useWordNet } from "../src/newsroom/wordnet-thesaurus.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/**
 * Counts of one kind of thing that are of two events (a carrier's own fleet, and every plane a
 * regulator grounds) stand in two rows; counts of planes told as jets, planes and aircraft, or
 * after a model's name, stand in one.
 */

const read = (text: string) => figuresIn(text).map((f) => [f.what, f.value, f.qualifier]);

describe("a count after a model's name", () => {
  it("counts the noun after the model, however the model's name is written", () => {
    expect(read("Regulators ordered checks on 88 Avro 900 MK 4 aircraft on Monday.")).toEqual([
      ["aircraft", 88, null],
    ]);
    expect(read("The agency halted about 88 Avro 900 Mk 4 planes overnight.")).toEqual([
      ["planes", 88, "about"],
    ]);
  });

  it("reads the model's own number as no count when a short variant number follows it", () => {
    expect(read("The carrier parked all its 900 Mk 4 planes until the checks were done.")).toEqual(
      [],
    );
  });

  it("reads an -s word straight after a number as what it counts", () => {
    expect(
      read("The order covers “roughly 88 airplanes worldwide” flown by local carriers."),
    ).toEqual([["airplanes", 88, "roughly"]]);
  });
});

describe("counts of two events", () => {
  beforeAll(() => useWordNet());
  afterAll(() => useNounSenses(NO_NOUN_SENSES));

  const pages = () => [
    articleOf("wire", [
      "The carrier said it was parking its fleet of 21 Avro 900 jets for checks.",
      "The aviation agency later widened the order to about 88 airplanes worldwide.",
    ]),
    articleOf("daily", ["The aviation agency grounded 88 Avro 900 Mk 4 aircraft on Saturday."]),
    articleOf("local", ["Its fleet of 21 aircraft will stay on the ground, the carrier said."]),
    articleOf("radio", ["The agency's order keeps more than 85 planes on the ground."]),
  ];

  it("sets a carrier's fleet and the agency's order apart, each agreeing", () => {
    const figures = alignFigures(pages().map(side));
    const rows = figures.map((f) => [
      f.agree,
      f.values.map((v) => `${v.source}=${v.value}${v.qualifier ? ` (${v.qualifier})` : ""}`).sort(),
    ]);
    expect(rows).toContainEqual([true, ["daily=88", "radio=85 (more than)", "wire=88 (about)"]]);
    expect(rows).toContainEqual([true, ["local=21", "wire=21"]]);
  });

  it("still sets outlets' different tolls side by side as a disagreement", () => {
    const figures = alignFigures(
      [
        articleOf("one", ["At least 12 people were killed in the collapse, police said."]),
        articleOf("two", ["The collapse killed 30 people, the mayor said."]),
        articleOf("three", ["The toll stood at 12 killed early on; by night 31 people had died."]),
      ].map(side),
    );
    const toll = figures.find((f) => f.what.endsWith("killed"));
    expect(toll?.agree).toBe(false);
    expect(toll?.values.map((v) => v.source)).toEqual(["one", "two", "three"]);
  });
});
