import { describe, expect, it } from "vitest";
import { copyOrigin, findSameCopy, sharedSentences } from "../src/compare/same-copy.js";
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

  it("names an updated version of the same wire story, with a new top and a trimmed end", () => {
    const first = page("a", "Daily Star", [
      ...STORY,
      "Residents were told to boil tap water until Thursday as a precaution.",
      "The city council will meet on Monday to discuss the cost of repairs.",
      "Traffic was diverted along Main Street for most of the day, and two bus routes were moved to side streets until the crews finished.",
    ]);
    const update = page("b", "Evening News", [
      "GLENDALE (AP) — The downtown library will stay shut until next month after a water main burst under a busy intersection, the city said Wednesday, as engineers found more damage to its foundations than first feared.",
      "The pipe burst early Tuesday, flooding three blocks.",
      STORY[1] ?? "",
      "Council members asked for an audit of the city's oldest pipes, and a spokeswoman said the repairs would cost about $2 million, twice the first estimate given on Tuesday night.",
      "Residents were told to boil tap water until Thursday as a precaution.",
      "Shop owners on the flooded blocks said they had lost a week of trade and asked the city to waive their parking fees while the road stays closed.",
    ]);
    // A third of the shorter page's runs of words are the other's.
    expect(sharedSentences(first, update)).toBeLessThan(0.4);
    const [copy] = findSameCopy([first, update]);
    expect(copy?.sources.map((s) => s.source)).toEqual(["a", "b"]);
  });

  it("names pages that share paragraphs of their own words as the same copy, with no credit line", () => {
    // A longer report of the same burst, printed a day before the other page took its top.
    const longer = [
      "A water main burst under a busy intersection early Tuesday, flooding three blocks and closing the downtown library for the rest of the week, city officials said on Tuesday morning.",
      "Crews shut off the main by mid-morning, but about 40 homes were still without water in the afternoon, the utility said in a statement posted on its website before noon.",
      "The pipe was laid in 1931 and had been scheduled for replacement next spring, according to the city's public works director, who said the cost would be met from reserves.",
    ];
    const first = articleFromParagraphs("a", longer, {
      outlet: "Daily Star",
      published: "2026-03-03",
    });
    const later = articleFromParagraphs(
      "b",
      [...longer.slice(0, 2), "Officials did not say when the library would reopen."],
      {
        outlet: "Evening News",
        published: "2026-03-04",
      },
    );
    // Desk order does not say who printed it first: the dates do.
    const copies = findSameCopy([later, first]);
    expect(copies).toEqual([
      {
        origin: "Daily Star",
        sources: [
          { source: "a", outlet: "Daily Star" },
          { source: "b", outlet: "Evening News" },
        ],
      },
    ]);
    const [copy] = copies;
    expect(copy && sameCopyLine(copy)).toBe("Evening News carries the same copy as Daily Star.");
    // When one of them credits a wire, the copy is the wire's.
    const credited = articleFromParagraphs(
      "c",
      [`GLENDALE (AP) — ${longer[0]}`, ...longer.slice(1)],
      {
        outlet: "Morning Post",
      },
    );
    expect(findSameCopy([credited, later])[0]?.origin).toBe("The Associated Press");
  });

  it("does not take a shared quotation or a few shared sentences for the same copy", () => {
    const statement =
      "We have never seen a failure like this on a pipe of that age, and we will be checking every main laid before 1940 across the whole city over the coming months";
    const a = page("a", "Daily Star", [
      "A burst pipe flooded three downtown blocks on Tuesday and shut the library.",
      `“${statement},” the public works director said at a news conference.`,
      STORY[1] ?? "",
    ]);
    const b = page("b", "Evening News", [
      "Three blocks were under water after an old main gave way under a crossroads.",
      `The director told reporters: “${statement}.”`,
      STORY[1] ?? "",
    ]);
    expect(findSameCopy([a, b])).toEqual([]);
  });
});
