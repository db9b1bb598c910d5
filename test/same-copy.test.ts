import { describe, expect, it } from "vitest";
import { copyOrigin, findSameCopy } from "../src/compare/same-copy.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { sameCopyLine } from "../src/render/comparison-lines.js";

/** Pages that carry the same copy, and whose copy a page says it carries. */

const STORY = [
  "GLENDALE (AP) — A water main burst under a busy intersection early Tuesday, flooding three blocks and closing the downtown library for the rest of the week, city officials said.",
  "Crews shut off the main by mid-morning, but about 40 homes were still without water in the afternoon, the utility said in a statement.",
  "The pipe was laid in 1931 and had been scheduled for replacement next spring, according to the city's public works director.",
];

const page = (id: string, outlet: string, paragraphs: readonly string[], byline?: string) =>
  articleFromParagraphs(id, paragraphs, { outlet, byline: byline ?? null });

describe("same copy", () => {
  it("reads whose copy a page carries from its dateline, byline or sign-off", () => {
    expect(copyOrigin(page("a", "Daily Star", STORY))).toBe("The Associated Press");
    const signed = page("b", "Morning Post", [
      "A water main burst under a busy intersection on Tuesday.",
      "This story was first published by the Valley Ledger.",
    ]);
    expect(copyOrigin(signed, ["Morning Post", "Valley Ledger"])).toBe("Valley Ledger");
    expect(
      copyOrigin(page("c", "Evening News", STORY.slice(1), "By Ann Lee - Associated Press")),
    ).toBe("The Associated Press");
    expect(copyOrigin(page("d", "Evening News", STORY.slice(1)))).toBeNull();
  });

  it("names pages that share most of their text and credit the same wire", () => {
    const a = page("a", "Daily Star", STORY);
    const b = page("b", "Evening News", [
      ...STORY.slice(0, 2),
      "Officials did not say when the library would reopen.",
    ]);
    const rewrite = page("c", "City Weekly", [
      "GLENDALE (AP) — Three blocks flooded on Tuesday after an old water pipe gave way downtown.",
    ]);
    const copies = findSameCopy([a, b, rewrite]);
    expect(copies).toEqual([
      {
        origin: "The Associated Press",
        sources: [
          { source: "a", outlet: "Daily Star" },
          { source: "b", outlet: "Evening News" },
        ],
      },
    ]);
    const [copy] = copies;
    expect(copy && sameCopyLine(copy)).toBe(
      "Evening News carries the same Associated Press copy as Daily Star.",
    );
  });

  it("does not take shared text alone, with no credit, for the same copy", () => {
    const a = page("a", "Daily Star", STORY.slice(1));
    const b = page("b", "Evening News", STORY.slice(1));
    expect(findSameCopy([a, b])).toEqual([]);
  });
});
