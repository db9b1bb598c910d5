import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { ComparisonConfig } from "../src/compare/compare-sources.js";
import { openDesk } from "../src/desk/story-desk.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { differenceLines } from "../src/render/comparison-lines.js";

/** Every covered outlet takes part in the comparison, and the lines summarise the many. */

const outlets = Array.from({ length: 12 }, (_, n) => `Outlet ${String.fromCharCode(65 + n)}`);
const desk = openDesk(
  outlets.map((outlet, n) =>
    articleFromParagraphs(
      `outlet-${n}`,
      [
        `The river crest forced about ${n < 6 ? "2,000" : "2,500"} residents of Millbank from their homes on Sunday, the county emergency office said.`,
        "Schools stayed shut while crews cleared the roads.",
      ],
      { outlet },
    ),
  ),
);

describe("a desk of twelve outlets", () => {
  it("compares every covered outlet and shows at most three short lines", () => {
    const answer = answerQuestion(desk, "how many residents were forced from their homes");
    expect(answer.sources.filter((s) => s.covered)).toHaveLength(12);
    expect(answer.comparison.sources).toHaveLength(12);
    const [figure] = answer.comparison.figures;
    expect(figure?.values).toHaveLength(12);
    expect(figure?.agree).toBe(false);
    const lines = differenceLines(answer.comparison);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toMatch(/^Outlets differ on residents/);
    expect(lines[0]).toMatch(/and 3 more/);
    for (const line of lines) expect(line.length).toBeLessThan(400);
  });
});

describe("an archive too large to read whole", () => {
  it("still compares several of the best-answering outlets, not just two", () => {
    const size = ComparisonConfig.fullScanArticles + 20;
    const archive = openDesk(
      Array.from({ length: size }, (_, n) =>
        articleFromParagraphs(
          `story-${n}`,
          n < 10
            ? [
                `The river crest forced about ${2000 + n * 100} residents of Millbank from their homes on Sunday, the county emergency office said.`,
              ]
            : [`The council of town ${n} met on Tuesday to discuss the parking budget.`],
          { outlet: `Paper ${n}` },
        ),
      ),
    );
    const answer = answerQuestion(archive, "how many residents were forced from their homes");
    expect(answer.sources.filter((s) => s.covered).length).toBeGreaterThanOrEqual(10);
    expect(answer.comparison.sources.length).toBe(ComparisonConfig.maxSourcesOnArchive);
    expect(ComparisonConfig.maxSourcesOnArchive).toBeGreaterThan(2);
  });
});

describe("one name, one kind across outlets", () => {
  it("types a surname as the person other outlets name in full", () => {
    const transfer = openDesk([
      articleFromParagraphs("ledger", ["Tomas Brandt signed for the club on Monday."], {
        outlet: "Ledger",
      }),
      articleFromParagraphs("courier", ["Tomas Brandt signed for the club on Monday morning."], {
        outlet: "Courier",
      }),
      articleFromParagraphs(
        "gazette",
        ["For his part, Brandt signed for the club on Monday despite the critics."],
        { outlet: "Gazette" },
      ),
    ]);
    const answer = answerQuestion(transfer, "who signed for the club on Monday");
    const kinds = answer.comparison.sources.flatMap((side) =>
      side.names.filter((n) => /Brandt/.test(n.text)).map((n) => [side.source, n.kind]),
    );
    expect(kinds).toContainEqual(["gazette", "person"]);
    expect(kinds.every(([, kind]) => kind === "person")).toBe(true);
  });
});

describe("a source put down by one word", () => {
  it("is the person other outlets name in full", () => {
    const pier = openDesk([
      articleFromParagraphs(
        "ledger",
        ["Port director Ilse Marken said the pier would close for repairs on Friday."],
        { outlet: "Ledger" },
      ),
      articleFromParagraphs(
        "courier",
        ["“The pier will close for repairs on Friday,” added Marken in a statement."],
        { outlet: "Courier" },
      ),
    ]);
    const answer = answerQuestion(pier, "when will the pier close for repairs");
    const courier = answer.comparison.sources.find((side) => side.source === "courier");
    expect(courier?.attributions).toContainEqual(
      expect.objectContaining({ who: "Marken", kind: "person", named: true }),
    );
  });
});
