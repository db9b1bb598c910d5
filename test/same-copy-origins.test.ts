import { describe, expect, it } from "vitest";
import { findSameCopy } from "../src/compare/same-copy.js";
import { articleFromParagraphs } from "../src/ingest/article.js";

/** Whose copy two uncredited pages carry when only one of them says which outlet it is. */

const COPY = [
  "Heavy snow closed the mountain pass for a second day on Thursday, stranding hundreds of lorries at the foot of the climb while ploughs worked through the night to clear the drifts.",
  "The roads agency said the pass would stay shut until at least Friday morning and urged drivers to take the coastal route, which adds about two hours to the journey between the two valleys.",
  "Hotels in the lower village said every room had been taken by stranded drivers, and the school hall was opened as a shelter with camp beds brought up from the regional depot by the army.",
  "Forecasters said more snow was expected over the weekend and warned that avalanche risk on the eastern slopes had been raised to its second-highest level for the first time this winter.",
];

describe("same copy with no credit line", () => {
  it("names the page whose outlet is known as the origin, never a page known by its file name", () => {
    const saved = articleFromParagraphs("story-88231", COPY, { published: "2024-02-01" });
    const named = articleFromParagraphs("alpine-courier-pass", [...COPY, "More to follow."], {
      outlet: "Alpine Courier",
      published: "2024-02-02",
    });
    const [copy] = findSameCopy([saved, named]);
    expect(copy?.origin).toBe("Alpine Courier");
    expect(copy?.sources.map((s) => s.source)).toEqual(["alpine-courier-pass", "story-88231"]);
  });
});
