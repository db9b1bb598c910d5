import { describe, expect, it } from "vitest";
import { articleAttributions } from "../src/compare/attribution.js";
import type { Attribution } from "../src/compare/comparison.js";
import { articleOf } from "./support/comparison-desk.js";

/** Attribution on general English news copy, not on the seeds. */

function attributions(...paragraphs: string[]): Attribution[] {
  return [...articleAttributions(articleOf("story", paragraphs)).values()].flat();
}

describe("attribution", () => {
  it("reads a named person and the role set off after the name", () => {
    const found = attributions(
      "Maria Lopez, the city's housing director, said the repairs would take a year.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        who: "Maria Lopez",
        role: "the city's housing director",
        named: true,
        kind: "person",
        cue: "said",
      }),
    );
  });

  it("reads an inverted attribution after a quotation, with the role after the name", () => {
    const found = attributions(`"We will rebuild," said Maria Lopez, the city's housing director.`);
    expect(found[0]).toMatchObject({
      who: "Maria Lopez",
      role: "the city's housing director",
      named: true,
    });
  });

  it("keeps unnamed officials unnamed, with the anonymity the copy gives", () => {
    const found = attributions(
      `"The inspection was rushed," said a senior state official, who spoke on condition of anonymity because the review is not finished.`,
    );
    expect(found[0]?.who).toMatch(/^a senior state official, who spoke on condition of anonymity/);
    expect(found[0]).toMatchObject({ named: false, anonymous: true, kind: "official" });
  });

  it("tells institutions and outlets apart, and named ones from unnamed", () => {
    const found = attributions(
      "According to the newspaper, the bridge had failed two inspections.",
      "The Department of Transportation said it would reopen one lane.",
      "Police said nobody was hurt.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        who: "the newspaper",
        cue: "according to",
        kind: "outlet",
        named: false,
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        who: "The Department of Transportation",
        kind: "institution",
        named: true,
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ who: "Police", kind: "institution", named: false }),
    );
  });

  it("reads passive blame and citing", () => {
    const found = attributions(
      "The collapse was blamed by engineers on a corroded cable, citing two inspectors familiar with the bridge.",
    );
    expect(found).toContainEqual(expect.objectContaining({ who: "engineers", cue: "blamed by" }));
    expect(found).toContainEqual(
      expect.objectContaining({ who: "two inspectors familiar with the bridge", cue: "citing" }),
    );
  });

  it("resolves 'she said' to the person just named, and a later surname to the full name", () => {
    const found = attributions(
      "Maria Lopez, the city's housing director, said the repairs would take a year.",
      `"It is not a question of money," she said.`,
      "Lopez told reporters the council would vote in May.",
    );
    expect(found.find((a) => a.resolvedFrom === "she")?.who).toBe("Maria Lopez");
    expect(found.find((a) => a.cue === "told")).toMatchObject({
      who: "Maria Lopez",
      role: "the city's housing director",
    });
  });

  it("does not take words inside a quotation, or 'no one', as a source", () => {
    const found = attributions(
      `"Nobody said it would be easy," the mayor said, adding that no group had claimed responsibility.`,
    );
    expect(found.map((a) => a.who)).toEqual(["the mayor", "the mayor"]);
  });

  it("reads 'the role, Name, told' and British single quotation marks", () => {
    const found = attributions(
      "‘We will do whatever is necessary,’ the transport secretary, Anna Price, told parliament.",
      "‘It was not our decision,’ she said.",
    );
    expect(found[0]).toMatchObject({
      who: "Anna Price",
      role: "the transport secretary",
      cue: "told",
      named: true,
    });
    expect(found[1]).toMatchObject({ who: "Anna Price", resolvedFrom: "she" });
  });

  it("keeps a group of officials at a named ministry unnamed", () => {
    const found = attributions(
      "Officials at the Ministry of Transport said the line would reopen.",
    );
    expect(found[0]).toMatchObject({
      who: "Officials at the Ministry of Transport",
      named: false,
      kind: "official",
    });
  });

  it("keeps the standard formula for unnamed sources whole", () => {
    const found = attributions(
      "People familiar with the talks said a deal was close.",
      "The plan was dropped, according to two officials briefed on the decision.",
    );
    expect(found[0]).toMatchObject({ who: "People familiar with the talks", named: false });
    expect(found[1]).toMatchObject({
      who: "two officials briefed on the decision",
      cue: "according to",
      named: false,
    });
  });
});

describe("attribution: titles, roles and company names", () => {
  it("reads a capitalised title set off after the name", () => {
    const found = attributions(
      "Tomas Berg, Chairman of the Harbour Board, told reporters that the port would reopen.",
    );
    expect(found[0]).toMatchObject({
      who: "Tomas Berg",
      kind: "person",
      named: true,
      role: "Chairman of the Harbour Board",
    });
  });

  it("types a name as an institution when its role or ending says so", () => {
    const found = attributions(
      "Service returned by noon, the water company Northfield Utilities reported.",
      "Brightline Corp said repairs would take a week.",
    );
    expect(found.map((a) => [a.who, a.kind])).toEqual([
      ["Northfield Utilities", "institution"],
      ["Brightline Corp", "institution"],
    ]);
  });

  it("types a name as a person when the role before it says so", () => {
    const [found] = attributions(
      "The crash killed a cyclist. Her family's lawyer, Ines Hartmann, said the road was unlit.",
    );
    expect(found).toMatchObject({ who: "Ines Hartmann", kind: "person", role: "family's lawyer" });
  });

  it("names the person after a possessive and a role, and reads 'X reports that'", () => {
    const found = attributions(
      `"We waited all night," said her neighbour Aiko Tanaka, 41.`,
      "Channel 9 reports that the bridge will stay shut.",
    );
    expect(found[0]).toMatchObject({ who: "Aiko Tanaka", kind: "person", role: "her neighbour" });
    expect(found[1]).toMatchObject({ who: "Channel 9", kind: "outlet", cue: "reports" });
  });

  it("does not take a company recalling its products for a source recalling", () => {
    const found = attributions("When the maker recalled its kettles in May, sales fell.");
    expect(found).toEqual([]);
  });

  it("reads an outlet named after its story with 'reported', but not a company's results", () => {
    const found = attributions(
      "The dam may have failed because of a blocked spillway, reported the Harbour Courier newspaper, citing unnamed officials.",
    );
    expect(found.map((a) => [a.who, a.cue, a.kind])).toEqual([
      ["the Harbour Courier newspaper", "reported", "outlet"],
      ["unnamed officials", "citing", "official"],
    ]);
    expect(attributions("The mill, which closed last year, reported record profits.")).toEqual([]);
  });

  it("gives a wire service named by its initials its full name too", () => {
    const [wire] = attributions("The rebels seized the depot at dawn, AP reported.");
    expect(wire).toMatchObject({
      who: "The Associated Press (AP)",
      cue: "reported",
      kind: "outlet",
      named: true,
    });
  });

  it("puts 'he said' down to the person the sentence before is about, not to one it mentions", () => {
    const found = attributions(
      "\u201cWe did it,\u201d said Mayor Maria Lopez, who watched from the control room.",
      "Prime Minister John Harlow congratulated the team in a letter to Lopez.",
      "\u201cThis is a fine day for science,\u201d he said.",
    );
    expect(found.map((a) => [a.who, a.cue, a.resolvedFrom])).toEqual([
      ["Maria Lopez", "said", null],
      ["John Harlow", "said", "he"],
    ]);
  });

  it("reads no source in the one a letter is sent to, so 'he said' is the sender's", () => {
    const found = attributions(
      "Prime Minister John Harlow congratulated the crew in a message to Maria Lopez published on the harbour board's website.",
      "\u201cThis is a fine day for the port,\u201d he said.",
    );
    expect(found.map((a) => [a.who, a.cue, a.resolvedFrom])).toEqual([
      ["John Harlow", "said", "he"],
    ]);
    // "According to" still leads a source.
    expect(attributions("According to Maria Lopez, the crew trained for a year.")).toMatchObject([
      { who: "Maria Lopez", cue: "according to" },
    ]);
  });
});
