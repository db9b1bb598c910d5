import { describe, expect, it } from "vitest";
import { alignFigures } from "../src/compare/figures.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/**
 * What befell what a figure counts, read past words of stance ("presumed", "feared", "remain")
 * and past a clause about the counted noun; counts of other nouns with the same outcome and the
 * same numbers are one count.
 */

const outcomes = (text: string) => figuresIn(text).map((f) => [f.value, f.outcome]);
const read = (text: string) => figuresIn(text).map((f) => [f.value, f.key]);

describe("the outcome of a count", () => {
  it("is read past words saying how sure or how lasting it is", () => {
    expect(outcomes("Four divers are now presumed dead after the storm.")).toEqual([[4, "killed"]]);
    expect(outcomes("Three hikers remain missing on the ridge.")).toEqual([[3, "missing"]]);
    expect(outcomes("Nine miners were feared killed in the blast.")).toEqual([[9, "killed"]]);
  });

  it("is read past a clause about the counted noun", () => {
    expect(
      outcomes("Five anglers who had set out before dawn were swept off the pier and were killed."),
    ).toEqual([[5, "killed"]]);
    expect(outcomes("Seven climbers who reached the summit were rescued by helicopter.")).toEqual([
      [7, "rescued"],
    ]);
  });

  it("is the next count's when its verb takes a count of its own", () => {
    expect(
      outcomes("Fires at two depots and four warehouses killed 31 workers on Monday."),
    ).toEqual([
      [2, null],
      [4, null],
      [31, "killed"],
    ]);
    expect(outcomes("Three gunmen wounded 14 guests at the inn.")).toEqual([
      [3, null],
      [14, "wounded"],
    ]);
  });

  it("is not taken from past another number", () => {
    const figures = figuresIn("Twelve volunteers who searched for 3 days were later thanked.");
    expect(figures.find((f) => f.value === 12)?.outcome ?? null).toBeNull();
  });
});

describe("counts of other nouns with the same outcome", () => {
  const a = articleOf("a", ["Four divers are now presumed dead after the storm."]);
  const b = articleOf("b", ["Four men who went out on the boat were killed in the storm."]);
  const c = articleOf("c", ["The storm killed four divers off the coast."]);

  it("line up when they give the same numbers", () => {
    const figures = alignFigures([side(a), side(b), side(c)], [], "how many divers died");
    const toll = figures.find((f) => f.values.length === 3);
    expect(toll?.values.map((v) => [v.source, v.value]).sort()).toEqual([
      ["a", 4],
      ["b", 4],
      ["c", 4],
    ]);
    expect(toll?.agree).toBe(true);
  });

  it("stay apart when their numbers differ", () => {
    const d = articleOf("d", ["Eleven passengers on the boat were killed in the storm."]);
    const figures = alignFigures([side(a), side(c), side(d)], [], "how many divers died");
    expect(figures.some((f) => f.values.some((v) => v.source === "d"))).toBe(false);
  });
});

describe("the givers to an appeal", () => {
  it("are counted as people who donated, however the outlet tells it", () => {
    expect(
      read("The shelter appeal drew donations from more than 8,000 people by Friday."),
    ).toContainEqual([8000, "people|donated"]);
    expect(read("More than 9,500 people had contributed by Sunday.")).toEqual([
      [9500, "people|donated"],
    ]);
    expect(read("The appeal has 8,200 donors so far.")).toEqual([[8200, "people|donated"]]);
  });

  it("are no gift when something contributed to a toll", () => {
    expect(read("Smoke from the blaze contributed to 12 deaths.")).toEqual([[12, "people|killed"]]);
  });

  it("line up across outlets for a question about how many gave", () => {
    const figures = alignFigures(
      [
        side(articleOf("ledger", ["The shelter appeal drew donations from 8,000 people."])),
        side(articleOf("courier", ["About 9,500 people have donated to the shelter appeal."])),
      ],
      [],
      "how many people have donated to the shelter appeal?",
    );
    expect(figures[0]).toMatchObject({ agree: false, asked: true });
    expect(figures[0]?.values.map((v) => [v.source, v.value])).toEqual([
      ["ledger", 8000],
      ["courier", 9500],
    ]);
  });
});
