import { describe, expect, it } from "vitest";
import { passageAttributions } from "../src/compare/attribution.js";
import { passageFigures } from "../src/compare/figure-reading.js";
import { voicedHedges } from "../src/compare/hedges.js";
import { articleFromParagraphs } from "../src/ingest/article.js";

/** Shapes of news copy the comparison reads: model numbers, a body's part as source, forecasts. */

const passage = (text: string) => ({
  id: "p#1",
  articleId: "p",
  paragraph: 1,
  kind: "paragraph" as const,
  text,
});
const sources = (text: string) =>
  passageAttributions(articleFromParagraphs("p", [text]), 1).map((a) => [a.who, a.named, a.kind]);

describe("wire copy shapes in the comparison", () => {
  it("counts the planes of a model, not the model's number as a score", () => {
    const figures = passageFigures(
      passage("The carrier said it had pulled its 42 Airbus 321-8 jets from service overnight."),
    );
    expect(figures.map((f) => f.value)).toEqual([42]);
    expect(figures[0]?.text).toBe("42 Airbus 321-8 jets");
    expect(
      passageFigures(passage("The Airbus 321-8 NEO first flew in 2015, the maker said.")),
    ).toEqual([]);
    // A score after a team's name is still a score.
    expect(passageFigures(passage("Rovers won 3-1 on Saturday.")).map((f) => f.value)).toEqual([
      "3-1",
    ]);
  });

  it("names a body and its part as the source, not a person", () => {
    expect(sources("The Union of Bus Drivers said the depot would stay shut.")).toContainEqual([
      "The Union of Bus Drivers",
      true,
      "institution",
    ]);
    expect(
      sources(
        "No one was hurt, though the Ohio branch of the Federation of Rail Workers said crews were shaken.",
      ),
    ).toContainEqual(["the Ohio branch of the Federation of Rail Workers", true, "institution"]);
  });

  it("reads the press and the crews as unnamed sources", () => {
    expect(
      sources("Two schools were shut for the week, according to regional media."),
    ).toContainEqual(["regional media", false, "outlet"]);
    expect(sources("The clinic had run out of dressings, medics said.")).toContainEqual([
      "medics",
      false,
      "official",
    ]);
  });

  it("reads a quoted forecast as the source's hedge", () => {
    const hedges = voicedHedges(
      '"We expect the line to reopen by Friday," the operator said in a statement.',
      1,
    );
    expect(hedges).toContainEqual(expect.objectContaining({ words: "We expect", voice: "source" }));
  });
});
