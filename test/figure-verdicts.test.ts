import { describe, expect, it } from "vitest";
import { alignFigures } from "../src/compare/figures.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/**
 * A verdict counted charge by charge: the court's outcome stands before the number, tied to it
 * by "on", "of" or "with" ("acquitted on four counts", "found not guilty of two charges",
 * "charged with three counts"); the rest given another verdict ("four other counts") are all of
 * that verdict; and "counts" and "charges" of one charge sheet are one thing counted.
 */

const read = (text: string) => figuresIn(text).map((f) => [f.value, f.key]);

describe("a count of charges", () => {
  it("takes the verdict said before it", () => {
    expect(read("A jury found Dara Venn guilty on three counts.")).toEqual([
      [3, "counts|convicted"],
    ]);
    expect(read("Venn was found not guilty of two charges.")).toEqual([[2, "counts|acquitted"]]);
    expect(read("The jurors were deadlocked on the five remaining counts.")).toEqual([
      [5, "counts|deadlocked"],
    ]);
    expect(read("Prosecutors charged him with six counts of arson.")).toEqual([
      [6, "arson|charged"],
    ]);
  });

  it("counts the crime of a charge written in title case as the crime", () => {
    expect(read("Venn is charged with two counts of First-Degree Arson.")).toEqual([
      [2, "arson|charged"],
    ]);
  });

  it("takes the verdict told after counts fronted in their sentence", () => {
    expect(read("On the two remaining counts, the jurors were deadlocked.")).toEqual([
      [2, "counts|deadlocked"],
    ]);
    expect(read("Of the other three charges, Venn was found not guilty.")).toEqual([
      [3, "counts|acquitted"],
    ]);
    expect(read("On three counts, the police arrested him.")).toEqual([[3, "counts|"]]);
  });

  it("takes the verdict past the name of whom it befell", () => {
    expect(read("The jury acquitted Venn on two other counts.")).toEqual([[2, "counts|acquitted"]]);
  });

  it("is no count of a court's verdict when another verb stands before the link", () => {
    expect(read("Crews worked on 40 roads after the flood.")).toEqual([[40, "road|"]]);
  });

  it("of the rest stays a count of the rest outside a verdict", () => {
    expect(read("Four people were hurt and two other people were killed.")).toEqual([
      [4, "people|wounded"],
      [2, "people:more|killed"],
    ]);
  });
});

describe("verdicts across outlets", () => {
  const a = articleOf("a", [
    "Venn was convicted on three counts and acquitted on two other counts.",
  ]);
  const b = articleOf("b", [
    "The jury found Venn guilty of three charges and not guilty of two charges.",
  ]);
  const c = articleOf("c", ["Jurors acquitted Venn on three counts of fraud."]);

  it("line up verdict by verdict, counts beside charges", () => {
    const figures = alignFigures([side(a), side(b)], [], "");
    const rows = figures.map((f) => [f.what, f.agree, f.values.map((v) => v.value)]);
    expect(rows).toEqual([
      ["counts convicted", true, [3, 3]],
      ["counts acquitted", true, [2, 2]],
    ]);
  });

  it("set an acquittal beside an acquittal only", () => {
    const figures = alignFigures(
      [side(a), side(b), side(c)],
      [],
      "how many counts was venn acquitted on",
    );
    const acquitted = figures.find((f) => f.what === "counts acquitted");
    expect(acquitted?.values.map((v) => [v.source, v.value])).toEqual([
      ["a", 2],
      ["b", 2],
    ]);
  });
});

describe("a question for the charges a defendant was found not guilty on", () => {
  it("asks for the acquittals, not the convictions", () => {
    const a = articleOf("a", [
      "Venn was convicted on three counts and acquitted on two other counts.",
    ]);
    const b = articleOf("b", [
      "The jury found Venn guilty of three charges and not guilty of two charges.",
    ]);
    const figures = alignFigures(
      [side(a), side(b)],
      [],
      "on how many charges was venn found not guilty?",
    );
    const rows = figures.map((f) => [f.what, f.asked, f.values.map((v) => v.value)]);
    expect(rows).toEqual([
      ["counts acquitted", true, [2, 2]],
      ["counts convicted", false, [3, 3]],
    ]);
  });
});

describe("a verdict told in parts", () => {
  it("adds up to its whole", () => {
    const figures = figuresIn(
      "Venn was found not guilty on two counts of fraud and one count of conspiracy.",
    );
    expect(figures.map((f) => [f.value, f.key, f.text])).toEqual([
      [2, "fraud|acquitted", "two counts of fraud"],
      [3, "counts|acquitted", "two counts of fraud and one count"],
      [1, "counts|acquitted", "one count"],
    ]);
  });

  it("counts a charge named without a number before the counts as one more", () => {
    const whole = figuresIn(
      "The jury acquitted Venn of conspiracy to bribe inspectors and two counts of theft.",
    ).find((f) => f.key === "counts|acquitted");
    expect(whole).toMatchObject({
      value: 3,
      text: "conspiracy to bribe inspectors and two counts of theft",
    });
  });

  it("adds up parts listed with commas, past the years a part's description gives", () => {
    const whole = figuresIn(
      "She was found not guilty of one count of fraud against tenants between 2015 and 2018, one count of bribery tied to a permit, and two counts of theft.",
    ).find((f) => f.value === 4);
    expect(whole).toMatchObject({ key: "counts|acquitted" });
  });

  it("adds a part told without a number as one", () => {
    const whole = figuresIn(
      "Venn was acquitted on two counts of fraud against tenants, and a related bribery charge.",
    ).find((f) => f.value === 3);
    expect(whole?.text).toBe("two counts of fraud against tenants, and a related bribery charge");
  });

  it("takes the verdict said before a list of charges", () => {
    expect(read("Jurors found Venn guilty of bribery and two counts of wire fraud.")).toEqual([
      [2, "fraud|convicted"],
      [3, "counts|convicted"],
    ]);
    expect(read("The jurors returned no verdict on two of the charges.")).toEqual([
      [2, "counts|deadlocked"],
    ]);
  });

  it("takes the verdict of counts past a dash or a colon that opens their breakdown", () => {
    expect(
      read("Venn was convicted on three out of 12 charges — two counts of fraud and one of theft."),
    ).toEqual([
      [3, "counts|convicted"],
      [2, "fraud|convicted"],
    ]);
    expect(
      read("Venn was acquitted on five counts: two counts of bribery and three counts of theft."),
    ).toEqual([
      [5, "counts|acquitted"],
      [2, "bribery|acquitted"],
      [5, "counts|acquitted"],
      [3, "theft|acquitted"],
    ]);
  });

  it("keeps a dash after anything but counts of charges a break before the count", () => {
    expect(read("Venn was convicted of bribery — two counts of fraud were dropped.")).toEqual([
      [2, "fraud|"],
    ]);
  });

  it("counts the part told before its whole", () => {
    expect(read("Venn was convicted on five out of 12 counts.")).toEqual([[5, "counts|convicted"]]);
    expect(read("Two of the 40 passengers died.")).toEqual([[2, "passenger|killed"]]);
  });
});
