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

describe("weights and tenures", () => {
  it("read a weight written as one word with its thousands comma", () => {
    expect(read("The 1,450-pound probe struck the rock.")).toEqual([[1450, "pound|"]]);
  });

  it("read a weight in pounds before its noun as a weight, not a sum", () => {
    expect(read("The 1,450 pound probe struck the rock.")).toEqual([[1450, "pound|"]]);
  });

  it("read the length of a tenure", () => {
    expect(read("Mayor Quill resigned after 52 days in office.")).toEqual([[52, "day|"]]);
  });
});

describe("a sum an appeal has raised", () => {
  it("is read by the word for it after the sum", () => {
    expect(read("By Monday more than $2 million had been raised.")).toEqual([
      [2_000_000, "dollars:raised|"],
    ]);
  });

  it("is read by the sentence's word for it past a verb of a mark reached", () => {
    expect(read("Donations to the shelter fund have topped $2 million.")).toEqual([
      [2_000_000, "dollars:raised|"],
    ]);
    expect(read("The fund drew pledges from 9,000 people, totalling $2.4 million.")).toEqual([
      [9000, "people|"],
      [2_400_000, "dollars:raised|"],
    ]);
  });
});
