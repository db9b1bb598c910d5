import { describe, expect, it } from "vitest";
import { voicedHedges } from "../src/compare/hedges.js";

/** How a hedge is worded and whose voice it is. */

describe("hedge wording and voice", () => {
  it("keeps 'said to be' whole and leaves the verb's 'have' out of 'thought to have'", () => {
    const hedges = voicedHedges(
      "About 80 villagers are thought to have died; the mayor is said to be among them.",
      3,
    );
    expect(hedges.map((h) => h.words)).toEqual(["thought to", "said to be"]);
    // "said to reporters" hedges nothing.
    expect(voicedHedges("The minister said to reporters that the road would open.", 1)).toEqual([]);
  });

  it("puts 'reportedly' down to the outlet even in a sentence that reports a source", () => {
    const [hedge] = voicedHedges(
      "The company said on Monday that most of its stores were open and the firm is reportedly close to a settlement.",
      2,
    );
    expect(hedge).toMatchObject({
      text: "is reportedly close to a settlement",
      words: "reportedly",
      voice: "outlet",
      who: null,
    });
    // Another hedge in a reported sentence stays the source's.
    const [theirs] = voicedHedges("The company said the cause was possibly a faulty valve.", 2);
    expect(theirs).toMatchObject({ text: "was possibly a faulty valve", voice: "source" });
  });
});

describe("a hedge with the claim it is said of", () => {
  it("holds the helper verb before it and the words of its clause after it", () => {
    const [hedge] = voicedHedges(
      "The ferry is said to have been refitted last spring, owners say.",
      1,
    );
    expect(hedge).toMatchObject({
      text: "is said to have been refitted last spring",
      words: "said to",
    });
    const [cut] = voicedHedges(
      "Both lenders are believed to have enough cash to weather the long storm.",
      1,
    );
    // At most a few words of the claim, never ending on "to" or "the".
    expect(cut?.text).toBe("are believed to have enough cash to weather");
  });

  it("stops at the clause's end and reads 'likely would' before a verb", () => {
    const [hedge] = voicedHedges(
      "A second strike likely would draw a wider reply, one official said.",
      1,
    );
    expect(hedge).toMatchObject({ text: "likely would draw a wider reply", voice: "source" });
  });

  it("reads a belief passed on, an estimate held and a possibility as hedges", () => {
    const hedges = voicedHedges(
      "The rover set down in a basin that geologists and other scientists believe could hold ice.",
      1,
    );
    expect(hedges.map((h) => h.words)).toEqual(["scientists believe"]);
    expect(voicedHedges("The lost cargo is believed to total 900 crates.", 2)).toMatchObject([
      { words: "believed to", text: "is believed to total 900 crates", voice: "outlet" },
    ]);
    expect(voicedHedges("The northern ridge may hold more of the ore.", 3)).toMatchObject([
      { words: "may hold", text: "may hold more of the ore", voice: "outlet" },
    ]);
    // The month is no hedge, nor is a permission refused.
    expect(voicedHedges("The bridge opened in May after a year of work.", 4)).toEqual([]);
  });
});
