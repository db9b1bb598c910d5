import { describe, expect, it } from "vitest";
import { articleAttributions } from "../src/compare/attribution.js";
import type { Attribution } from "../src/compare/comparison.js";
import { voicedHedges } from "../src/compare/hedges.js";
import { articleOf } from "./support/comparison-desk.js";

/** A reporting verb in its -ing form after "is" or "are", and what ought to have happened. */

function attributions(...paragraphs: string[]): Attribution[] {
  return [...articleAttributions(articleOf("story", paragraphs)).values()].flat();
}

describe("a source reporting now, and a hedge of what should have happened", () => {
  it("puts a claim down to the outlet or the people that 'is reporting' or 'are saying' it", () => {
    const [paper] = attributions(
      "However, The Harbor Courier is now reporting that Mara Lind will stand again.",
    );
    expect(paper).toMatchObject({ who: "The Harbor Courier", cue: "reporting" });
    const [officials] = attributions("Officials are saying the bridge will reopen on Friday.");
    expect(officials).toMatchObject({ who: "Officials", cue: "saying" });
  });

  it("reads no source from an -ing form that reports nothing", () => {
    expect(attributions("The fire was burning all night near the docks.")).toEqual([]);
  });

  it("reads 'should have' of a thing as a hedge, and a reproach of a person as none", () => {
    const [hedge] = voicedHedges("Engineers say the blast should have cleared the channel.", 2);
    expect(hedge).toMatchObject({ words: "should have", voice: "source" });
    expect(voicedHedges("They should have known better, the report found.", 2)).toEqual([]);
  });
});
