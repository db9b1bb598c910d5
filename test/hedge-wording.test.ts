import { describe, expect, it } from "vitest";
import { voicedHedges } from "../src/compare/hedges.js";

/** How a hedge is worded and whose voice it is. */

describe("hedge wording and voice", () => {
  it("keeps 'said to be' whole and leaves the verb's 'have' out of 'thought to have'", () => {
    const hedges = voicedHedges(
      "About 80 villagers are thought to have died; the mayor is said to be among them.",
      3,
    );
    expect(hedges.map((h) => h.text)).toEqual(["thought to", "said to be"]);
    // "said to reporters" hedges nothing.
    expect(voicedHedges("The minister said to reporters that the road would open.", 1)).toEqual([]);
  });

  it("puts 'reportedly' down to the outlet even in a sentence that reports a source", () => {
    const [hedge] = voicedHedges(
      "The company said on Monday that most of its stores were open and the firm is reportedly close to a settlement.",
      2,
    );
    expect(hedge).toMatchObject({ text: "reportedly", voice: "outlet", who: null });
    // Another hedge in a reported sentence stays the source's.
    const [theirs] = voicedHedges("The company said the cause was possibly a faulty valve.", 2);
    expect(theirs).toMatchObject({ text: "possibly", voice: "source" });
  });
});
