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

  it("read a score on the way apart from the result", () => {
    expect(read("A brisk start had Ashby 2-0 up in the first half.")).toEqual([
      ["2-0", "tally:interim|"],
    ]);
    expect(read("Norholm led 1-0 at half-time.")).toEqual([["1-0", "tally:interim|"]]);
    expect(read("It was 1-1 at the break.")).toEqual([["1-1", "tally:interim|"]]);
    expect(read("The final ended 3-3 after extra time.")).toEqual([["3-3", "tally:|"]]);
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

describe("a price told for each one", () => {
  it("is read as a price per share, per barrel, apart from the sum a deal comes to", () => {
    expect(read("Korvane paid $61.40 a share for the mill operator.")).toEqual([
      [61.4, "dollars:per:share|"],
    ]);
    expect(read("The buyer agreed to pay $61.40 per share.")).toEqual([
      [61.4, "dollars:per:share|"],
    ]);
    expect(read("Korvane paid $8 billion, or $61.40 a share, for the mill.")).toEqual([
      [8_000_000_000, "dollars:deal|"],
      [61.4, "dollars:per:share|"],
    ]);
  });

  it("keeps a sum told for a length of time a sum", () => {
    expect(read("The new coach earns $4 million a year.")).toEqual([[4_000_000, "dollars:earn|"]]);
  });

  it("shows the words that say what it is for", () => {
    expect(figuresIn("Crude rose to $88 a barrel on Monday.")[0]?.text).toBe("$88 a barrel");
  });
});

describe("a currency's code run on to the digits", () => {
  it("reads the sum in that currency, as wire copy prints it", () => {
    expect(read("The krona was trading at USD0.0951 on Friday.")).toEqual([
      [0.0951, "dollars:trading|"],
    ]);
    expect(read("The fund sold EUR40 million of bonds.")).toEqual([[40_000_000, "euros:bond|"]]);
  });

  it("leaves a model's letters and digits alone", () => {
    expect(read("The USB3 socket sits beside the power switch.")).toEqual([]);
  });
});
