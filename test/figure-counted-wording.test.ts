import { describe, expect, it } from "vitest";
import type { Figure } from "../src/compare/comparison.js";
import { alignFigures } from "../src/compare/figures.js";
import { figureLine } from "../src/render/comparison-lines.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/**
 * What a count counts, however the outlet words it: a word of rank before the noun ("four top
 * managers"), an aside between dashes or a phrase after the noun before what befell it, a
 * passive with "get", and a count told after what it counts ("the workforce numbers 900").
 */

const read = (text: string) => figuresIn(text).map((f) => [f.value, f.counted, f.outcome]);

describe("reading what a count counts", () => {
  it("reads a word of rank before the counted noun as part of it", () => {
    expect(read("The board ousted at least four top Acme managers on Monday.")).toEqual([
      [4, "manager", null],
    ]);
  });

  it("reads what befell a count past an aside between dashes", () => {
    // The aside's own count is a part of the hikers, read apart.
    expect(read("At least nine hikers — two of them guides — were rescued at dawn.")[0]).toEqual([
      9,
      "hiker",
      "rescued",
    ]);
    expect(
      read("Three top managers — the chief among them — getting fired shook the firm."),
    ).toEqual([[3, "manager", "fired"]]);
  });

  it("reads what befell a count past a phrase placing it", () => {
    expect(read("Six managers at the depot have been fired.")).toEqual([[6, "manager", "fired"]]);
    expect(read("Two guards inside the jail were hurt.")).toEqual([[2, "guard", "wounded"]]);
  });

  it("reads a count told after what it counts", () => {
    const staff = figuresIn("The firm's workforce now numbers about 900, most of them in sales.");
    expect(staff.map((f) => [f.value, f.counted, f.text])).toEqual([
      [900, "employee", "workforce now numbers about 900"],
    ]);
    expect(read("It left the mill with a workforce of just over 200.")).toEqual([
      [200, "employee", null],
    ]);
    expect(read("The crowd numbered about 5,000.")).toEqual([[5000, "people", null]]);
  });

  it("leaves a number after a plain noun and 'of' alone", () => {
    expect(read("It was a margin of 12 at the close.")).toEqual([]);
  });

  it("does not read across a full stop before a closing quote", () => {
    const figures = figuresIn("He said the plant would keep “just over 300.” Later he left.");
    expect(figures.map((f) => f.text)).toEqual([]);
  });
});

describe("lining up counts worded two ways", () => {
  const a = articleOf("a", ["The mill's workforce numbers about 900 after the merger."]);
  const b = articleOf("b", ["The merger left the mill's 900 employees worried."]);

  it("sets a body of people beside its members, asked by either word", () => {
    for (const question of ["how many employees does the mill have", "how big is the workforce"]) {
      const row = alignFigures([side(a), side(b)], [], question).find((f) => f.values.length === 2);
      expect(row?.asked).toBe(true);
      expect(row?.agree).toBe(true);
      expect(row?.values.map((v) => [v.source, v.value])).toEqual([
        ["a", 900],
        ["b", 900],
      ]);
    }
  });

  it("reads a clipped noun in the question as the whole word", () => {
    const c = articleOf("c", ["At least four top executives at the bank were fired."]);
    const d = articleOf("d", ["Four executives were fired on Friday at the bank."]);
    const row = alignFigures([side(c), side(d)], [], "how many execs were let go")[0];
    expect(row?.asked).toBe(true);
    expect(row?.values.map((v) => v.value)).toEqual([4, 4]);
  });
});

describe("what a sum of money is of", () => {
  const sums = (text: string) => figuresIn(text).map((f) => [f.value, f.counted, f.text]);

  it("is the noun the sum is said of, a deal's price however it is called", () => {
    expect(sums("The brewer completed its $3 billion takeover of a rival.")).toEqual([
      [3e9, "dollars:deal", "$3 billion takeover"],
    ]);
    expect(sums("It sealed the $3-billion purchase on Friday.")).toEqual([
      [3e9, "dollars:deal", "$3-billion purchase"],
    ]);
    expect(sums("The grocer finally bought the chain for a whopping $3 billion.")).toEqual([
      [3e9, "dollars:deal", "$3 billion"],
    ]);
  });

  it("is read past a conversion in brackets, and with a country's letters on the sign", () => {
    expect(sums("It closed its US$3 billion (S$4 billion) merger.")).toEqual([
      [3e9, "dollars:deal", "US$3 billion"],
      [4e9, "S$:deal", "S$4 billion"],
    ]);
    expect(sums("It closed its £2bn ($3bn) merger.")).toEqual([
      [2e9, "pounds:deal", "£2bn"],
      [3e9, "dollars:deal", "$3bn"],
    ]);
  });

  it("reads a currency's code before the sum and a business's worth", () => {
    expect(sums("The lender agreed to pay CHF 2 billion.")[0]?.slice(0, 2)).toEqual([
      2e9,
      "francs:deal",
    ]);
    expect(sums("She built a $5 billion startup.")).toEqual([
      [5e9, "dollars:value", "$5 billion startup"],
    ]);
  });
});

describe("a question asking how much was paid", () => {
  const a = articleOf("a", ["The brewer completed its $3 billion takeover of a rival on Monday."]);
  const b = articleOf("b", ["Shares rose 4%.", "It bought the rival for $3 billion."]);
  const c = articleOf("c", ["The $3bn merger closed on Monday, the brewer said."]);

  it("asks for the price in one row, whichever word each outlet calls the deal", () => {
    const rows = alignFigures(
      [side(a), side(b), side(c)].map((s) => ({ ...s, passages: [], elsewhere: s.passages })),
      [],
      "how much did the brewer pay for its rival",
    );
    const price = rows.find((row) => row.asked);
    expect(price?.values.map((v) => [v.source, v.value])).toEqual([
      ["a", 3e9],
      ["b", 3e9],
      ["c", 3e9],
    ]);
    expect(price?.agree).toBe(true);
  });
});

describe("a count one outlet alone gives", () => {
  const a = articleOf("a", ["The blast at the depot involved 40 shells fired from two trucks."]);
  const b = articleOf("b", ["The depot was hit overnight, the army said."]);

  it("is shown as that outlet's alone when the question asks for it", () => {
    const rows = alignFigures([side(a), side(b)], [], "how many shells were fired at the depot");
    expect(rows.map((r) => [r.what, r.values.map((v) => [v.source, v.value]), r.asked])).toEqual([
      ["shells fired", [["a", 40]], true],
    ]);
    expect(figureLine(rows[0] as Figure)).toBe("Only a gives shells fired: 40 (a ¶1).");
  });

  it("is not shown when the question does not ask for it", () => {
    expect(alignFigures([side(a), side(b)], [], "who was hurt at the depot")).toEqual([]);
  });
});

describe("new ones since a time", () => {
  it("are the count since then", () => {
    const a = figuresIn(
      "Since the raid, the depot has come under at least four more mortar attacks.",
    );
    const b = figuresIn("At least four more mortar attacks have struck the depot since Tuesday.");
    expect(a.map((f) => [f.value, f.counted])).toEqual([[4, "attack"]]);
    expect(b.map((f) => [f.value, f.counted])).toEqual([[4, "attack"]]);
  });
});
