import { describe, expect, it } from "vitest";
import { EMPTY_COMPARISON } from "../src/compare/comparison.js";
import { alignFigures, allowedRange } from "../src/compare/figures.js";
import { comparisonJson } from "../src/render/comparison-json.js";
import { comparisonLines, formatValue } from "../src/render/comparison-lines.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/** Two numbers in one phrase (ranges, splits, shares set against each other) and numbers in names. */

const read = (text: string) => figuresIn(text).map((f) => [f.what, f.value, f.qualifier]);

describe("figures written as two numbers", () => {
  it("reads 'X to Y' before what is counted as one range, with the qualifier before it", () => {
    expect(read("Officials said roughly 200 to 300 families had left the valley.")).toEqual([
      ["families", "200-300", "roughly"],
    ]);
    expect(read("Eight to 12 patients were treated for smoke.")).toEqual([
      ["patients", "8-12", null],
    ]);
  });

  it("reads a split vote written with 'to' or a dash as a tally of the vote", () => {
    expect(read("The council voted 9 to 4 to close the bridge.")).toEqual([
      ["vote, score", "9-4", null],
    ]);
    expect(read("The board voted 5-2 against the merger.")).toEqual([["vote, score", "5-2", null]]);
  });

  it("keeps the other side's share of 'X percent to Y percent' apart from the first", () => {
    const figures = read("The mayor was re-elected with 61.2 percent of the vote to 38.8 percent.");
    expect(figures).toEqual([
      ["percent of vote", 61.2, null],
      ["other side's percent of vote", 38.8, null],
    ]);
  });

  it("does not read a rising share as two sides", () => {
    const figures = read("Unemployment rose from 4 percent to 6 percent in a year.");
    expect(figures.map((f) => f[1])).toEqual([6]);
  });

  it("reads 'a million', 'a hundred' and 'a dozen' as numbers", () => {
    expect(read("More than a million homes lost power and a dozen roads closed.")).toEqual([
      ["homes", 1_000_000, "more than"],
      ["roads", 12, null],
    ]);
  });

  it("reads no count from a number that is part of a name", () => {
    const figures = read(
      "The Airbus 320 jets were grounded after Flight 981 landed; Category 3 winds hit 40 homes on Route 6.",
    );
    expect(figures).toEqual([["homes", 40, null]]);
  });
});

describe("aligning shares and qualified counts", () => {
  it("puts a share that says not what it is of with the share the others give", () => {
    const a = articleOf("a", ["The senator won 54 percent of the vote in the runoff."]);
    const b = articleOf("b", ["The senator won the runoff, 54.3 percent to 45.7 percent."]);
    const figures = alignFigures([side(a), side(b)]);
    const share = figures.find((f) => f.what === "percent of vote");
    expect(share?.values.map((v) => [v.source, v.value])).toEqual([
      ["a", 54],
      ["b", 54.3],
    ]);
  });

  it("calls qualified figures that one number satisfies agreeing, and others differing", () => {
    const agree = alignFigures([
      side(articleOf("a", ["The flood came just 5 days after the levee inspection."])),
      side(articleOf("b", ["The flood came less than 6 days after the levee inspection."])),
    ]);
    expect(agree[0]?.agree).toBe(true);
    // Each outlet's words, set apart by no sign of a rift.
    expect(
      comparisonLines({
        sources: [],
        onlyIn: [],
        quoteChanges: [],
        figures: agree,
        sameCopy: [],
      })[0]?.text,
    ).toBe("Outlets agree on days, in their own words: just 5 (a ¶1); less than 6 (b ¶1).");
    const differ = alignFigures([
      side(articleOf("a", ["At least 20 buses were damaged in the depot fire."])),
      side(articleOf("b", ["Some 45 buses were damaged in the depot fire."])),
    ]);
    expect(differ[0]?.agree).toBe(false);
  });

  it("gives no line to outlets agreeing on a count the question does not ask for", () => {
    const figures = alignFigures(
      [
        side(articleOf("a", ["Crews cleared 40 trees after the storm closed the coast road."])),
        side(articleOf("b", ["The storm closed the coast road; crews cleared 40 trees."])),
      ],
      [],
      "when will the coast road reopen",
    );
    expect(figures[0]).toMatchObject({ agree: true, asked: false });
    expect(
      comparisonLines({ sources: [], onlyIn: [], quoteChanges: [], figures, sameCopy: [] }),
    ).toEqual([]);
  });

  it("gives the numbers a qualifier allows", () => {
    const [low, high] = allowedRange(100, "about");
    expect(low).toBeCloseTo(95);
    expect(high).toBeCloseTo(105);
    const [below, top] = allowedRange(6, "less than");
    expect(below).toBeCloseTo(4.8);
    expect(top).toBe(6);
    expect(allowedRange("10-15", null)).toEqual([10, 15]);
  });
});

describe("figures of time and scores of one game", () => {
  it("reads a very long time ago and a length a verb of taking gives", () => {
    expect(read("The rocks formed 3.2 billion years ago.")).toEqual([
      ["years", 3_200_000_000, null],
    ]);
    expect(read("The survey took the crew 40 hours to finish.")).toEqual([["hours", 40, null]]);
    expect(read("Two days later the road reopened.")).toEqual([]);
  });

  it("takes what a score is of only from the noun right after it or 'on'", () => {
    expect(read("The game ended 2-2 at 90 minutes.")).toEqual([["score", "2-2", null]]);
    expect(read("Ashford won 4-3 on penalties.")).toEqual([["penalties, score", "4-3", null]]);
  });

  it("leaves out another game's score read outside the answering passages", () => {
    const a = articleOf("a", ["The final ended 2-2 after extra time."]);
    const b = articleOf("b", ["The final was drawn 2-2 after extra time."]);
    const c = articleOf("c", [
      "Fans left early.",
      "In the other semi-final, Brill and Cole drew 0-0 after extra time.",
    ]);
    const figures = alignFigures([
      side(a),
      side(b),
      { source: "c", outlet: "c", passages: [], elsewhere: c.passages },
    ]);
    const score = figures.find((f) => f.what === "score");
    expect(score?.values.map((v) => [v.source, v.value])).toEqual([
      ["a", "2-2"],
      ["b", "2-2"],
    ]);
  });

  it("puts a second bare share of an outlet with the other side's shares", () => {
    const a = articleOf("a", ["The senator won 54 percent of the vote to 46 percent."]);
    const b = articleOf("b", ["She won with 54.2% of the vote while her rival secured 45.8%."]);
    const figures = alignFigures([side(a), side(b)]);
    const other = figures.find((f) => f.what.startsWith("other side's"));
    expect(other?.values.map((v) => [v.source, v.value])).toEqual([
      ["a", 46],
      ["b", 45.8],
    ]);
  });
});

describe("figures the question does not ask for", () => {
  it("marks a count the question names as asked, and ranks another count's line lower", () => {
    const a = articleOf("a", ["About 300 homes flooded and the city sent 40 pumps."]);
    const b = articleOf("b", ["Some 350 homes flooded and the city sent 60 pumps."]);
    const figures = alignFigures([side(a), side(b)], [], "how many homes flooded");
    expect(figures.map((f) => [f.what, f.asked])).toEqual([
      ["homes", true],
      ["pumps", false],
    ]);
    const lines = comparisonLines({ ...EMPTY_COMPARISON, figures });
    expect(lines.map((l) => l.kind)).toEqual(["figures", "figures-aside"]);
  });

  it("writes a large value in words without a rounding slip", () => {
    expect(formatValue(4_600_000_000)).toBe("4.6 billion");
    expect(formatValue(1_250_000)).toBe("1.25 million");
  });
});

describe("figures in the JSON", () => {
  it("adds whether the question asks for each count, keeping every earlier field", () => {
    const a = articleOf("a", ["About 300 homes flooded and the city sent 40 pumps."]);
    const b = articleOf("b", ["Some 350 homes flooded and the city sent 60 pumps."]);
    const figures = alignFigures([side(a), side(b)], [], "how many homes flooded");
    const json = comparisonJson({ ...EMPTY_COMPARISON, figures });
    expect(json.figures.map((f) => [f.what, f.agree, f.asked])).toEqual([
      ["homes", false, true],
      ["pumps", false, false],
    ]);
    expect(Object.keys(json.figures[0]?.values[0] ?? {})).toEqual([
      "source",
      "outlet",
      "value",
      "qualifier",
      "text",
      "paragraph",
    ]);
  });
});

describe("counts of the rest, and the asked outcome first", () => {
  it("does not set 'eight other people' against a total of nine", () => {
    const figures = alignFigures([
      side(articleOf("a", ["Nine people were killed when the ferry sank off the cape."])),
      side(articleOf("b", ["The captain and eight other people were killed when the ferry sank."])),
    ]);
    expect(figures.filter((f) => !f.agree)).toEqual([]);
  });

  it("lists the count of the outcome the question asks for first", () => {
    const passages = (text: string) => side(articleOf(text.slice(0, 5), [text]));
    const figures = alignFigures(
      [
        passages("About 300 people were injured and 12 people were killed in the quake."),
        passages("Some 410 people were injured and 15 people were killed in the quake."),
      ],
      [],
      "how many people were killed in the quake",
    );
    expect(figures.map((f) => f.what)).toEqual(["people killed", "people wounded"]);
  });
});

describe("what a question asks for", () => {
  it("takes any length of time for what 'how long' asks, and no unit of a compound for a word of the question", () => {
    const lasted = alignFigures(
      [
        side(articleOf("a", ["The blackout went on for more than three hours on Monday."])),
        side(articleOf("b", ["The blackout lasted six hours, engineers said."])),
      ],
      [],
      "how long did the blackout last",
    );
    expect(lasted[0]).toMatchObject({ agree: false, asked: true });
    const term = alignFigures(
      [
        side(articleOf("a", ["The coach signed a three-year contract with the club."])),
        side(articleOf("b", ["His three-year contract was announced on Friday."])),
      ],
      [],
      "what happened this year",
    );
    expect(term[0]?.asked).toBe(false);
  });
});
