import { describe, expect, it } from "vitest";
import { alignFigures } from "../src/compare/figures.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/**
 * What a percentage is a share of, however the outlet words it: the noun it stands before ("a
 * 12% stake"), the whole past that whole's own count ("40% of its 900 staff"), and a body of
 * people as its members ("its workforce" is its employees).
 */

const keys = (text: string) => figuresIn(text).map((f) => [f.value, f.key]);

describe("a percentage before a noun", () => {
  it("is a share of that noun after an article or a possessive", () => {
    expect(keys("The fund revealed a 12 percent stake in Brindle Mills.")).toEqual([
      [12, "percent|shares|"],
    ]);
    expect(keys("Ostrow bought a 12% share in the mill last spring.")).toEqual([
      [12, "percent|shares|"],
    ]);
    expect(keys("Council approved a 4% annual raise for drivers.")).toEqual([
      [4, "percent|raise|"],
    ]);
  });

  it("is a share of what its noun is of", () => {
    expect(keys("Mayor Quill took a 61% share of the vote.")).toEqual([[61, "percent|votes|"]]);
  });

  it("says nothing of a noun that is no part of its phrase", () => {
    expect(keys("Fares rose 3 percent last year.").map(([, key]) => key)).not.toContain(
      "percent|year|",
    );
  });
});

describe("a percentage of a whole", () => {
  it("is read past the whole's own count", () => {
    expect(keys("The owner plans to cut nearly 40 percent of the mill's 900 employees.")).toEqual([
      [40, "percent|employee|"],
      [900, "employee|"],
    ]);
  });

  it("of a body of people is a share of its members", () => {
    expect(keys("The owner plans to cut 40% of the workforce.")).toEqual([
      [40, "percent|employee|"],
    ]);
    expect(keys("The owner plans to cut 40% of its staff.")).toEqual([[40, "percent|employee|"]]);
  });
});

describe("shares told in other words", () => {
  const a = articleOf("a", ["In March the fund revealed a 12 percent stake in Brindle Mills."]);
  const b = articleOf("b", ["In March the fund bought a 12% share in Brindle Mills."]);
  const c = articleOf("c", ["The fund plans to cut 40% of the mill's workforce."]);
  const d = articleOf("d", ["The fund plans to cut up to 40 per cent of the mill's employees."]);

  it("line up as one share each, apart from one another", () => {
    const figures = alignFigures([side(a), side(b), side(c), side(d)], [], "");
    const rows = figures.map((f) => [f.agree, f.values.map((v) => `${v.source} ${v.value}`)]);
    expect(rows).toEqual([
      [true, ["a 12", "b 12"]],
      [true, ["c 40", "d 40"]],
    ]);
  });
});

describe("a share told as a fraction", () => {
  it("is a percentage of the whole after it", () => {
    expect(keys("The owner plans to cut three-quarters of the mill's 900 employees.")).toEqual([
      [75, "percent|employee|"],
      [900, "employee|"],
    ]);
    expect(keys("Two thirds of the staff walked out.")).toEqual([[66.7, "percent|employee|"]]);
    expect(keys("Half of the residents left town.")).toEqual([[50, "percent|resident|"]]);
  });

  it("is no share when what follows is a span of time", () => {
    expect(keys("The crew waited a quarter of an hour.")).toEqual([]);
  });
});

describe("a share of a body of people told before it", () => {
  it("is a share of its members", () => {
    expect(keys("The owner will slash mill staff numbers by 40% next year.")).toEqual([
      [40, "percent|employee|"],
    ]);
  });
});
