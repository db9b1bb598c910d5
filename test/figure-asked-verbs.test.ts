import { describe, expect, it } from "vitest";
import { askedPeopleVerb } from "../src/compare/asked-verbs.js";
import { alignFigures } from "../src/compare/figures.js";
import { articleOf, figureSource as side } from "./support/comparison-desk.js";

/**
 * People counted for what the question asks they did, when that is no outcome figures are read
 * with: "how many people attended the vigil". Outlets whose sentences say it are set side by
 * side even when their numbers differ; counts of people in other sentences stay out.
 */

describe("the verb a question asks people counted for", () => {
  it("is read after 'how many people' with or without an auxiliary", () => {
    expect(askedPeopleVerb("How many people attended the vigil?")).toBe("attend");
    expect(askedPeopleVerb("how many have signed the petition?")).toBe("sign");
    expect(askedPeopleVerb("How many people were killed?")).toBeNull();
    expect(askedPeopleVerb("How many rockets were fired?")).toBeNull();
  });
});

describe("counts of people who did what the question asks", () => {
  const vigil = [
    side(articleOf("ledger", ["About 4,000 people attended the vigil in Marrow Square."])),
    side(
      articleOf("courier", [
        "Organisers said 6,500 people attended the vigil, which ran past midnight.",
        "The square can hold 20,000 people.",
      ]),
    ),
  ];

  it("are set side by side, disagreeing", () => {
    const figures = alignFigures(vigil, [], "How many people attended the vigil?");
    expect(figures[0]).toMatchObject({ agree: false, asked: true });
    expect(figures[0]?.values.map((v) => [v.source, v.value])).toEqual([
      ["ledger", 4000],
      ["courier", 6500],
    ]);
  });

  it("stay apart when the question asks for nothing they did", () => {
    const figures = alignFigures(vigil, [], "Where was the vigil held?");
    expect(figures.some((f) => f.values.length > 1)).toBe(false);
  });
});
