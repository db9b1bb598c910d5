import { describe, expect, it } from "vitest";
import { findHedges, voicedHedges } from "../src/compare/hedges.js";
import { onlyInFacts } from "../src/compare/only-in-facts.js";
import { scareQuotes } from "../src/compare/scare-quotes.js";
import { articleOf } from "./support/comparison-desk.js";

/** Hedges, scare quotes and facts only one outlet has, on general English copy. */

describe("hedges and disputes", () => {
  it("finds the words an outlet uses to keep its distance from a claim", () => {
    expect(
      findHedges(
        "The group allegedly fired the shots, a claim that could not be independently verified. It is not clear who gave the order.",
      ),
    ).toEqual(["allegedly", "could not be independently verified", "It is not clear"]);
  });

  it("leaves out hedges inside a speaker's quotation", () => {
    expect(findHedges(`"They allegedly did it without any evidence," the lawyer said.`)).toEqual(
      [],
    );
  });

  it("finds a label put in quotation marks that another outlet prints plainly", () => {
    const other = articleOf("other", ["Thousands of peaceful protesters marched on Sunday."]);
    expect(scareQuotes("The “peaceful” protesters blocked the road.", [other])).toEqual([
      "“peaceful” (in quotation marks)",
    ]);
    expect(scareQuotes(`The mayor called them "peaceful" on Sunday.`, [other])).toEqual([]);
  });
});

describe("facts only one outlet reports", () => {
  const mine = articleOf("mine", [
    "The storm destroyed more than 1,200 homes and killed seven people, Mayor Jane Holloway said.",
    "The Red Cross opened four shelters.",
  ]);
  const theirs = articleOf("theirs", [
    "Seven people died in the storm, officials said, and the Red Cross opened 4 shelters.",
  ]);

  it("keeps numbers with what they count, and names, that the other outlet lacks", () => {
    const facts = onlyInFacts(mine.passages, [theirs]);
    expect(facts.map((f) => f.text)).toEqual(["more than 1,200 homes", "Jane Holloway"]);
    expect(facts[0]).toMatchObject({ paragraph: 1, kind: "number" });
    expect(facts[0]?.sentence).toMatch(/^The storm destroyed more than 1,200 homes/);
  });

  it("counts a number written in words or figures, and an organisation, as reported by both", () => {
    const facts = onlyInFacts(mine.passages, [theirs]).map((f) => f.text);
    expect(facts).not.toContain("seven people");
    expect(facts).not.toContain("four shelters");
    expect(facts).not.toContain("Red Cross");
  });
});

describe("hedges in more wordings", () => {
  it("reads contractions, what is still unknown and adverbs of doubt, each with its voice", () => {
    const voices = (text: string) => voicedHedges(text, 1).map((h) => [h.words, h.voice]);
    expect(voices("It’s unclear when the ferry will sail again.")).toEqual([
      ["It’s unclear", "outlet"],
    ]);
    expect(voices("The cause of the outage remains unknown.")).toEqual([
      ["remains unknown", "outlet"],
    ]);
    expect(voices("The leak was probably caused by frost, engineers said.")).toEqual([
      ["probably", "source"],
    ]);
    // The longer wording only: "It is unclear", not "is unclear" too.
    expect(voices("It is unclear who ordered the closure.")).toEqual([["It is unclear", "outlet"]]);
  });
});
