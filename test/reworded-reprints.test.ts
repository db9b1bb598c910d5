import { describe, expect, it } from "vitest";
import { findSameCopy, sharedSentences } from "../src/compare/same-copy.js";
import { articleFromParagraphs } from "../src/ingest/article.js";

/** Reprints of wire copy that a site reworded, or whose credit line it dropped. */

const page = (id: string, outlet: string, paragraphs: readonly string[]) =>
  articleFromParagraphs(id, paragraphs, { outlet, byline: null });

const WIRE = [
  "RIVERTON (AP) — Volunteers worked through Sunday to clear mud from the old market hall after the river broke its banks, as the town counted the cost of its worst flood in living memory.",
  "Those forced from their homes spent the night in school gyms or with relatives on higher ground, and the county said about 300 houses had water inside them.",
  "The river crested at just over 6 metres late on Saturday, nearly a metre above the mark set in 1952, the regional water board said.",
];

describe("reworded and uncredited reprints of the same copy", () => {
  it("names two pages crediting the same wire when one lightly reworded the other", () => {
    const original = page("a", "Valley Ledger", WIRE);
    const reworded = page("b", "Site Digest", [
      "RIVERTON (AP) — Volunteers toiled through Sunday to clear mud out of the old market building after the river burst its banks, while the town counted the cost of its worst flooding in living memory.",
      "Those driven from their homes slept the night in school halls or with family on higher ground, and the county said some 300 homes had water inside them.",
      "The river peaked at just over 6 metres late Saturday, almost a metre above the level set in 1952, the regional water authority said.",
    ]);
    // Few runs of five words survive the rewording; runs of three do.
    expect(sharedSentences(original, reworded)).toBeLessThan(0.3);
    const [copy] = findSameCopy([original, reworded]);
    expect(copy?.origin).toBe("The Associated Press");
    expect(copy?.sources.map((s) => s.source)).toEqual(["a", "b"]);
  });

  it("does not pair two different stories from the same wire", () => {
    const flood = page("a", "Valley Ledger", WIRE);
    const other = page("b", "Site Digest", [
      "RIVERTON (AP) — The county opened two more shelters on Monday and asked for donations of blankets and bottled water.",
      "Schools will stay closed until Wednesday while engineers check the bridges, officials said.",
    ]);
    expect(findSameCopy([flood, other])).toEqual([]);
  });

  it("names a page with no credit line that carries most of a credited page's text", () => {
    const credited = page("a", "Valley Ledger", WIRE);
    const uncredited = page("b", "Town Hub", [
      "Volunteers worked through Sunday to clear mud from the old market hall after the river broke its banks, as the town counted the cost of its worst flood in living memory.",
      WIRE[1] ?? "",
      WIRE[2] ?? "",
    ]);
    const [copy] = findSameCopy([credited, uncredited]);
    expect(copy?.origin).toBe("The Associated Press");
    expect(copy?.sources.map((s) => s.source)).toEqual(["a", "b"]);
    // A page that takes a third of it and writes the rest is no reprint.
    const borrowing = page("c", "Town Hub", [
      WIRE[2] ?? "",
      "Shopkeepers on the high street said they had never seen the water so high and feared for the summer trade, which keeps most of them going through the winter.",
      "The council will meet on Thursday to decide how to share out the emergency fund among the streets hit worst.",
    ]);
    expect(findSameCopy([credited, borrowing])).toEqual([]);
  });
});
