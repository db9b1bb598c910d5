import { describe, expect, it } from "vitest";
import { findQuoteChanges } from "../src/compare/quote-changes.js";
import { articleOf } from "./support/comparison-desk.js";

/** Changed quotes on general English copy: what counts as a change and what does not. */

const ORIGINAL = articleOf(
  "original",
  [
    "The U.S. Department of Energy said the new plant would open in the spring -- two years late -- and cost far more than planned.",
    "Local residents say they were never consulted about the route of the new power line.",
  ],
  "2024-05-01",
);

function changesIn(...paragraphs: string[]) {
  return findQuoteChanges([ORIGINAL, articleOf("quoting", paragraphs, "2024-05-03")]);
}

describe("changed quotes", () => {
  it("does not count case, US/U.S., curly quotes, dashes or a trailing comma as a change", () => {
    const changes = changesIn(
      "“the US Department of Energy said the new plant would open in the spring — two years late — and cost far more than planned,” a critic noted.",
    );
    expect(changes).toEqual([]);
  });

  it("finds a word added inside the quotation marks", () => {
    const [change] = changesIn(
      `The paper wrote that "local residents say they were never once consulted about the route."`,
    );
    expect(change).toMatchObject({ source: "quoting", paragraph: 1, dropped: [], added: ["once"] });
    expect(change?.original).toMatchObject({ source: "original", paragraph: 2 });
  });

  it("finds a word swapped, and says which for which", () => {
    const [change] = changesIn(
      `Residents "say they were never asked about the route of the new power line," it said.`,
    );
    expect(change?.dropped).toEqual(["consulted"]);
    expect(change?.added).toEqual(["asked"]);
    expect(change?.swapped).toEqual([{ from: "consulted", to: "asked" }]);
  });

  it("finds a word dropped at the start of a quote presented as a whole sentence", () => {
    const [change] = changesIn(`As one report put it: "Residents say they were never consulted."`);
    expect(change?.dropped).toEqual(["Local"]);
  });

  it("does not count an elision the quoting outlet marks as a change", () => {
    const changes = changesIn(
      `The department said "the new plant would open in the spring ... and cost far more than planned."`,
    );
    expect(changes).toEqual([]);
  });

  it("ignores quotations too short to prove anything, and quotations from nowhere", () => {
    const changes = changesIn(
      `Critics called the plan "late and costly" and "a scandal that nobody in the capital will admit."`,
    );
    expect(changes).toEqual([]);
  });

  it("puts a change to a quote two outlets share down to the later one", () => {
    const earlier = articleOf(
      "earlier",
      [`"We were never consulted about any of this," said a resident.`],
      "2024-05-01",
    );
    const later = articleOf(
      "later",
      [`"We were never asked about any of this," a resident told the paper.`],
      "2024-05-02",
    );
    const changes = findQuoteChanges([later, earlier]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ source: "later", dropped: ["consulted"], added: ["asked"] });
  });

  it("reads quotations in single quotation marks when a page uses no double ones", () => {
    const [change] = changesIn(
      "The paper reported that ‘local residents say they were rarely consulted about the route’.",
    );
    expect(change?.swapped).toEqual([{ from: "never", to: "rarely" }]);
  });

  it("puts the change down to the outlet that names the other as its source, dates or not", () => {
    const courier = articleOf("courier", [
      `"We flagged this in January and we flagged it again in April," said an engineer.`,
    ]);
    const ledger = articleOf("ledger", [
      `The Valley Courier reported that an engineer said "we flagged this in January and we flagged it again in May."`,
    ]);
    const named = { ...courier, metadata: { ...courier.metadata, outlet: "Valley Courier" } };
    const changes = findQuoteChanges([ledger, named]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ source: "ledger", dropped: ["April"], added: ["May"] });
  });

  it("finds words added to the end of a quote, without taking the attribution as dropped", () => {
    const speaker = articleOf(
      "speaker",
      [`"Safety has always been our first priority," she said.`],
      "2024-01-01",
    );
    const [change] = findQuoteChanges([
      speaker,
      articleOf(
        "embellished",
        [`She said "safety has always been our first priority, and it always will be."`],
        "2024-01-02",
      ),
    ]);
    expect(change).toMatchObject({ source: "embellished", dropped: [] });
    expect(change?.addedPhrases).toEqual(["and it always will be"]);
  });

  it("does not take a few common words in a row for a quotation's source", () => {
    const other = articleOf("other", ["Officials said the situation is dire and getting worse."]);
    const quoting = articleOf("quoting", [
      `The governor said "the situation is serious" on Friday.`,
    ]);
    expect(findQuoteChanges([other, quoting])).toEqual([]);
  });

  it("takes as the original the outlet that printed the words plainly, not one that quotes them", () => {
    const reprint = articleOf("reprint", [
      "Local residents say they were never consulted about the route of the new power line.",
    ]);
    const rewrite = articleOf("rewrite", [
      `"Local residents say they were never consulted about the route of the new power line," it said.`,
    ]);
    const column = articleOf("column", [
      `"Local residents say they were never once consulted about the route of the new power line and its cost," the paper wrote.`,
    ]);
    const changes = findQuoteChanges([rewrite, reprint, column]);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.original.source).toBe("reprint");
    expect(changes[0]?.addedPhrases).toEqual(["once", "and its cost"]);
  });
});

describe("quotes cut without a mark", () => {
  const statement = articleOf("statement", [
    '"I have used my power under rule 14(b) of the Harbour Code to close the pier until further notice," the port director said.',
  ]);
  const marked = articleOf("marked", [
    'The director said: "I have used my power… to close the pier until further notice."',
  ]);
  const unmarked = articleOf("unmarked", [
    'The director said that "I have used my power to close the pier until further notice".',
  ]);

  it("sets an unmarked cut against the fuller version, not against a version that marks it", () => {
    const changes = findQuoteChanges([statement, marked, unmarked]);
    const [cut, ...others] = changes.filter((c) => c.source === "unmarked");
    expect(others).toEqual([]);
    expect(cut?.original.source).toBe("statement");
    // The words left out, as the original prints them.
    expect(cut?.droppedPhrases).toEqual(["under rule 14(b) of the Harbour Code"]);
    expect(changes.filter((c) => c.source === "marked")).toEqual([]);
  });
});
