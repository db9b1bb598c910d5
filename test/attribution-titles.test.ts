import { describe, expect, it } from "vitest";
import { articleAttributions } from "../src/compare/attribution.js";
import type { Attribution } from "../src/compare/comparison.js";
import { articleOf } from "./support/comparison-desk.js";

/** Long titles before a name, the name remembered without them, and a cue after "and". */

function attributions(...paragraphs: string[]): Attribution[] {
  return [...articleAttributions(articleOf("story", paragraphs)).values()].flat();
}

describe("attribution: titles with 'of' and coordinated cues", () => {
  it("names the person after a title that holds 'of', the title kept as the role", () => {
    const [found] = attributions(
      "Minister of Housing Sarah Quinlan announced on Friday that the scheme would be extended.",
    );
    expect(found).toMatchObject({
      who: "Sarah Quinlan",
      role: "Minister of Housing",
      kind: "person",
      named: true,
      cue: "announced",
    });
  });

  it("resolves a later surname to the name, not to the title's last word", () => {
    const found = attributions(
      "Minister of Housing Sarah Quinlan announced on Friday that the scheme would be extended.",
      "On Saturday, Quinlan posted a video of the first new homes.",
    );
    expect(found.find((a) => a.cue === "posted")).toMatchObject({
      who: "Sarah Quinlan",
      kind: "person",
    });
  });

  it("gives a cue after 'and' the subject of the verb before it", () => {
    const [found] = attributions(
      "At first the landlords refused, but Housing Minister Sarah Quinlan later stepped in and said that tenants must be repaid.",
    );
    expect(found).toMatchObject({ who: "Sarah Quinlan", cue: "said", kind: "person" });
    expect(found?.role).toBe("Housing Minister");
    // "and said" with nothing coordinated before it in its clause puts it down to no one.
    expect(attributions("The rain stopped. And said the forecast was wrong.")).toEqual([]);
  });

  it("types a lone surname as a person when the article gives the full name only in a possessive", () => {
    const found = attributions(
      "Rescuers worked for hours, but nothing of Odun Vrednik’s workshop could be saved.",
      "“It was all I had,” Vrednik said, standing by the ruins.",
    );
    expect(found.find((a) => a.cue === "said")).toMatchObject({
      who: "Vrednik",
      kind: "person",
      named: true,
    });
  });
});
