import { describe, expect, it } from "vitest";
import { compareSources, type SourceAnswer } from "../src/compare/compare-sources.js";
import { openDesk } from "../src/desk/story-desk.js";
import { articleOf } from "./support/comparison-desk.js";

/**
 * An outlet whose answering passage puts the claim down to no one: who the article's passage most
 * about the question puts it down to.
 */

const answered = (source: string, paragraph: number): SourceAnswer => ({
  source,
  covered: true,
  quote: { paragraph, kind: "paragraph", score: 0.8 },
  seconds: [],
});

describe("attribution read from the article's passage on the question", () => {
  const courier = articleOf("courier", [
    "The regional council revoked the quarry's licence for a second time on Friday.",
    "The quarry employs about 60 people in the valley.",
    "Council leader Maya Torvik said she had revoked the licence because the quarry ignored two warnings.",
  ]);
  const ledger = articleOf("ledger", [
    "The quarry's licence was revoked again on Friday, the council's planning chief, Owen Brask, said.",
  ]);
  const desk = openDesk([courier, ledger]);

  it("takes the speaker of the article's passage holding most of the question's words", () => {
    const comparison = compareSources(desk, {
      query: "why was the quarry licence revoked a second time",
      sources: [answered("courier", 1), answered("ledger", 1)],
    });
    const side = comparison.sources.find((s) => s.source === "courier");
    expect(side?.attributions.map((a) => [a.who, a.paragraph])).toEqual([["Maya Torvik", 3]]);
    // An outlet whose own passage names its source keeps that one alone.
    const other = comparison.sources.find((s) => s.source === "ledger");
    expect(other?.attributions.map((a) => a.who)).toEqual(["Owen Brask"]);
  });

  it("takes no one from a passage about something else", () => {
    const comparison = compareSources(desk, {
      query: "how many people work at the quarry",
      sources: [answered("courier", 2)],
    });
    expect(comparison.sources[0]?.attributions).toEqual([]);
  });
});
