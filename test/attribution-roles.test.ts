import { describe, expect, it } from "vitest";
import { articleAttributions } from "../src/compare/attribution.js";
import type { Attribution } from "../src/compare/comparison.js";
import { articleOf } from "./support/comparison-desk.js";

/** Roles set before or after a name, bodies named by a common noun, and correspondents. */

function attributions(...paragraphs: string[]): Attribution[] {
  return [...articleAttributions(articleOf("story", paragraphs)).values()].flat();
}

describe("attribution: a role before the name after the cue verb", () => {
  it("names the person set off after an inverted role, the role kept as the role", () => {
    const [found] = attributions(`"We will appeal the ruling," said her attorney, Mark Ostrow.`);
    expect(found).toMatchObject({
      who: "Mark Ostrow",
      role: "her attorney",
      named: true,
      kind: "person",
      cue: "said",
    });
  });

  it("reads the name when a relative clause follows it, and a title before the name", () => {
    const [plain] = attributions(
      "The levee held, said the county engineer, Rosa Delgado, who inspected it overnight.",
    );
    expect(plain).toMatchObject({ who: "Rosa Delgado", role: "the county engineer" });
    const [titled] = attributions(
      `"Stay indoors," said a spokesman for the police, Sgt. Leo Brandt.`,
    );
    expect(titled).toMatchObject({ who: "Leo Brandt", named: true, kind: "person" });
    expect(titled?.role).toMatch(/a spokesman for the police/);
  });

  it("keeps an inverted role with no name after it unnamed", () => {
    const [found] = attributions(`"The roads are closed," said a state trooper.`);
    expect(found).toMatchObject({ who: "a state trooper", named: false, kind: "official" });
  });
});

describe("attribution: what kind of source", () => {
  it("types a body named by a common noun as an institution, whatever the tagger guesses", () => {
    const found = attributions(
      "The company said in a statement that it would refund buyers.",
      "The utility said crews were on the way.",
    );
    expect(found.map((a) => [a.who, a.kind, a.named])).toEqual([
      ["The company", "institution", false],
      ["The utility", "institution", false],
    ]);
  });

  it("types a correspondent who reports as a person and a broadcaster as an outlet", () => {
    const found = attributions("Nadia Ferreira reports.", "Channel 9 reported that the dam held.");
    expect(found.map((a) => [a.who, a.kind])).toEqual([
      ["Nadia Ferreira", "person"],
      ["Channel 9", "outlet"],
    ]);
  });

  it("reads the less common cue verbs of news writing", () => {
    const found = attributions(
      "The governor remarked that the rain had eased.",
      "The union complained that nobody had been consulted.",
      `"It was the best day of my life," the coach quipped.`,
    );
    expect(found.map((a) => a.cue)).toEqual(["remarked", "complained", "quipped"]);
  });
});

describe("attribution: what stands between the source and the cue", () => {
  it("reads past an age and a home town to the source", () => {
    const [named] = attributions(
      `"We waited a year," Lena Ruiz, 31, of Dayton, said after the vote.`,
    );
    expect(named).toMatchObject({ who: "Lena Ruiz", role: null, named: true, kind: "person" });
    const [unnamed] = attributions("The mayor, 58, said the park would reopen.");
    expect(unnamed).toMatchObject({ who: "The mayor", named: false });
  });

  it("ends an inverted source at a preposition and keeps its title as the role", () => {
    const [found] = attributions(`"It is a good day," said Acting Mayor Tom Hale at the ceremony.`);
    expect(found).toMatchObject({ who: "Tom Hale", named: true, kind: "person" });
    expect(found?.role).toMatch(/Mayor/);
  });

  it("keeps a body's long name with 'and' in it before the role noun, unnamed", () => {
    const [found] = attributions(
      "A Board of Trade and Industry spokeswoman said the tariffs would stay.",
    );
    expect(found).toMatchObject({
      who: "A Board of Trade and Industry spokeswoman",
      kind: "official",
      named: false,
    });
  });

  it("reads a two-word title before a surname as the role", () => {
    const [found] = attributions("Vice Chancellor Okafor said the campus would close.");
    expect(found).toMatchObject({ who: "Okafor", role: "Vice Chancellor", kind: "person" });
  });
});

describe("attribution: people speaking for themselves, and titles named earlier", () => {
  it("takes an unnamed fan, neighbour or witness for a person no one named, not an official", () => {
    for (const text of [
      "One fan told the radio station the stands were half empty.",
      "A neighbour said the smoke rose for hours.",
      "Witnesses told reporters the van was speeding.",
    ]) {
      const [found] = attributions(text);
      expect(found).toMatchObject({ kind: "person", named: false });
    }
  });

  it("puts 'the Transport Minister said' down to the minister the article named with that title", () => {
    const found = attributions(
      "Transport Minister Lena Varga closed the bridge on Monday.",
      "The Transport Minister said the closure would last a week.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        who: "Lena Varga",
        kind: "person",
        named: true,
        role: "Transport Minister",
        paragraph: 2,
      }),
    );
  });

  it("leaves a title alone when the article names no one with it", () => {
    const [found] = attributions("The Transport Minister said the closure would last a week.");
    expect(found).toMatchObject({ who: "The Transport Minister", named: false });
  });
});

describe("attribution: counts confirmed in a state", () => {
  it("puts nothing down to 'five people confirmed dead'", () => {
    expect(
      attributions("Five people confirmed dead, rescuers still searching the hillside."),
    ).toEqual([]);
    expect(attributions("The sheriff confirmed five people were dead.")[0]).toMatchObject({
      who: "The sheriff",
    });
  });
});

describe("attribution: 'some' and 'others'", () => {
  it("puts a claim down to people no one named", () => {
    expect(attributions("Some speculated that the fire was set on purpose.")[0]).toMatchObject({
      who: "Some",
      kind: "person",
      named: false,
    });
  });
});
