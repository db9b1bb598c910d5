import { describe, expect, it } from "vitest";
import { compareSources, type SourceAnswer } from "../src/compare/compare-sources.js";
import { openDesk } from "../src/desk/story-desk.js";
import { articleOf } from "./support/comparison-desk.js";

/** A headline's "…, report says" names no outlet: the lead says whose report it is. */

const answered = (source: string, paragraph: number): SourceAnswer => ({
  source,
  covered: true,
  quote: { paragraph, kind: "paragraph", score: 0.8 },
  seconds: [],
});

describe("the outlet behind a headline's unnamed report", () => {
  const digest = articleOf("digest", [
    "Harbor Freight Lines sheds three directors in overnight shake-up, report says",
    "Three directors of Harbor Freight Lines were dismissed overnight, according to the Valley Ledger.",
    "The company's shares fell 4% in early trading.",
  ]);
  const courier = articleOf("courier", ["Shares of the shipping firm fell on Tuesday."]);
  const desk = openDesk([digest, courier]);

  it("puts the headline's claim down to the outlet the lead names as well", () => {
    const comparison = compareSources(desk, {
      query: "who reported that the directors were dismissed",
      sources: [answered("digest", 1)],
    });
    const side = comparison.sources.find((s) => s.source === "digest");
    expect(side?.attributions.map((a) => [a.who, a.named])).toEqual([
      ["report", false],
      ["the Valley Ledger", true],
    ]);
  });

  it("adds nothing when the answering passage names its source", () => {
    const comparison = compareSources(desk, {
      query: "who reported that the directors were dismissed",
      sources: [answered("digest", 2)],
    });
    const side = comparison.sources.find((s) => s.source === "digest");
    expect(side?.attributions.map((a) => a.who)).toEqual(["the Valley Ledger"]);
  });
});
