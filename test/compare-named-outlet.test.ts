import { describe, expect, it } from "vitest";
import { compareSources } from "../src/compare/compare-sources.js";
import { openDesk } from "../src/desk/story-desk.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { comparisonJson } from "../src/render/comparison-json.js";
import { answeredAt, notAnswered } from "./support/comparison-desk.js";

/**
 * A question about how one outlet tells something ("does the Harbor paper state as fact …")
 * compares that outlet by its passage about the claim, even when the search quoted nothing from it.
 */

const page = (id: string, outlet: string, paragraphs: string[]) =>
  articleFromParagraphs(id, paragraphs, { outlet, published: null });

describe("an outlet the question names", () => {
  const desk = openDesk([
    page("coast-wire", "Coast Wire", [
      "The old swing bridge reopened to traffic on Monday after a year of work.",
      "Engineers said the deck had been replaced.",
    ]),
    page("valley-ledger", "Valley Ledger", ["Traffic crossed the swing bridge again on Monday."]),
    page("harbor-online-1", "Harbor Online", [
      "Crowds gathered on the quay for the reopening.",
      "The swing bridge is said to have been fully rebuilt, though no inspector has signed it off.",
    ]),
  ]);
  const comparison = compareSources(desk, {
    query: "Does the Harbor paper state as fact that the swing bridge was rebuilt?",
    sources: [
      answeredAt("coast-wire", 1),
      answeredAt("valley-ledger", 1),
      notAnswered("harbor-online-1"),
    ],
  });

  it("takes part by its passage about the claim, with the hedge there", () => {
    const side = comparison.sources.find((s) => s.source === "harbor-online-1");
    expect(side?.paragraphs).toEqual([2]);
    expect(side?.hedgeVoices).toContainEqual(
      expect.objectContaining({ words: "said to", voice: "outlet" }),
    );
    expect(side?.hedgeVoices[0]?.text).toMatch(/^is said to have been fully rebuilt/);
  });
});

describe("a hedge in --json", () => {
  it("keeps `text` as the hedging words alone and adds the claim they hedge as `claim`", () => {
    const desk = openDesk([
      page("harbor-online-2", "Harbor Online", [
        "The swing bridge is said to have been fully rebuilt, though no inspector has signed it off.",
      ]),
    ]);
    const comparison = compareSources(desk, {
      query: "Was the swing bridge rebuilt?",
      sources: [answeredAt("harbor-online-2", 1)],
    });
    const hedge = comparisonJson(comparison).sources[0]?.hedgeVoices[0];
    expect(hedge?.text).toBe("said to");
    expect(hedge?.words).toBe("said to");
    expect(hedge?.claim).toMatch(/^is said to have been fully rebuilt/);
  });
});
