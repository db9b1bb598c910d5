import { describe, expect, it } from "vitest";
import { figuresIn } from "./support/comparison-desk.js";

/**
 * Figures in the forms house styles print them: a multiplier run on to the digits ("$10billion"),
 * a span told as a thing ("after a frantic 48 hours"), a shootout's tally however it is worded.
 */

const read = (text: string) => figuresIn(text).map((f) => [f.value, f.key]);

describe("figures in a house style's forms", () => {
  it("read a multiplier run on to the digits", () => {
    expect(read("The startup was once valued at $10billion by its backers.")).toEqual([
      [10_000_000_000, "dollars:value|"],
    ]);
  });

  it("read a span told as a thing as a length of time", () => {
    expect(read("The lender failed after a frantic 48 hours of withdrawals.")).toEqual([
      [48, "hour|"],
    ]);
  });

  it("read a shootout's tally as one thing, on penalties or in a shootout", () => {
    expect(read("Ashby beat Norholm 4-2 on penalties.")).toEqual([["4-2", "tally:penalty|"]]);
    expect(read("Ashby beat Norholm 4-2 in a penalty shoot-out.")).toEqual([
      ["4-2", "tally:penalty|"],
    ]);
    expect(read("Ashby won 4-2 in a shootout.")).toEqual([["4-2", "tally:penalty|"]]);
  });

  it("keep a tally in the final or after extra time a plain score", () => {
    expect(read("Ashby won 2-1 in the final.")).toEqual([["2-1", "tally:|"]]);
  });
});
