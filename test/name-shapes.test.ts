import { describe, expect, it } from "vitest";
import { articleNameContext, namedEntities, passageNames } from "../src/compare/names.js";

/** Names with particles, numbers and place words in them, and words capitalised by position. */

const names = (text: string) => passageNames(text).map((n) => [n.text, n.kind]);

describe("names with particles and numbers in them", () => {
  it("keeps a lower-case particle inside a person's name", () => {
    expect(names("The talks were led by Ursula von der Leyen and Pieter de Wit.")).toEqual([
      ["Ursula von der Leyen", "person"],
      ["Pieter de Wit", "person"],
    ]);
    expect(names("The runoff pitted the mayor against rival Anne le Fevre.")).toContainEqual([
      "Anne le Fevre",
      "person",
    ]);
  });

  it("reads a particle that opens a name at the start of a sentence as part of it", () => {
    expect(names("De Vries said the vote was fair.")).toEqual([["De Vries", "person"]]);
  });

  it("merges a two-word surname with the full name it belongs to", () => {
    const [entity, ...rest] = namedEntities([
      { text: "Anne Le Fevre conceded. Supporters of Le Fevre wept.", paragraph: 1 },
    ]);
    expect(rest).toEqual([]);
    expect(entity).toMatchObject({ text: "Anne Le Fevre", kind: "person", forms: ["Le Fevre"] });
  });

  it("keeps a model's or a flight's number inside its name", () => {
    expect(names("The Airbus 320 was replaced on Flight 981 by a Boeing 787.")).toEqual([
      ["Airbus 320", "organisation"],
      ["Flight 981", "organisation"],
      ["Boeing 787", "organisation"],
    ]);
  });
});

describe("names typed by their words and where they stand", () => {
  it("types a country with a possessive as a place, and a name ending in a place word", () => {
    expect(names("Spain's prime minister flew over the Barents Sea.")).toEqual([
      ["Spain", "place"],
      ["Barents Sea", "place"],
    ]);
  });

  it("types a body named after an institution's noun, or speaking, as an organisation", () => {
    expect(names("The Bank of Portugal raised rates.")).toEqual([
      ["Bank of Portugal", "organisation"],
    ]);
    expect(names("Entergy Texas said 9,000 homes were dark.")).toEqual([
      ["Entergy Texas", "organisation"],
    ]);
  });

  it("takes no name from a word capitalised after a colon or an opening quotation mark", () => {
    expect(names(`The mayor said: "Although we tried, the dam failed."`)).toEqual([]);
  });
});

describe("words that are no name, or not the name's", () => {
  it("takes a people's word, a bare role and a ranking for no name", () => {
    expect(names("The Portuguese side lost, the Sports Minister said.")).toEqual([]);
    expect(names("Rain delayed the match, the three-time Tour Champion told Kenyans.")).toEqual([]);
    expect(names("The court freed world No. 3 Ana Ribeiro on Monday.")).toEqual([
      ["Ana Ribeiro", "person"],
    ]);
  });

  it("leaves a people's word out of a person's name, and reads a law or a contest as no person", () => {
    expect(names("Chilean Ana Ribeiro won under the Sports Integrity Act.")).toEqual([
      ["Ana Ribeiro", "person"],
      ["Sports Integrity Act", "organisation"],
    ]);
  });

  it("reads a lone surname after a lower-case title as a person, all through the article", () => {
    expect(names("The ruling was welcomed by minister Okafor.")).toEqual([["Okafor", "person"]]);
    expect(
      namedEntities(
        [
          { text: "The appeal was lodged by minister Okafor.", paragraph: 1 },
          { text: "Okafor later left the building.", paragraph: 2 },
        ],
        articleNameContext({}, [
          { text: "The appeal was lodged by minister Okafor." },
          { text: "Okafor later left the building." },
        ]),
      ).map((n) => [n.text, n.kind]),
    ).toEqual([["Okafor", "person"]]);
  });

  it("reads no name off a headline in title case", () => {
    expect(names("Striker Banned From League After Losing Final Appeal")).toEqual([]);
  });
});

describe("sentences run together", () => {
  it("reads no name across a full stop that lost its space", () => {
    expect(names("The bus left Dunmore.Okafor, 41, was driving.").map(([t]) => t)).not.toContain(
      "Dunmore.Okafor",
    );
  });
});

describe("times and quantities that are no one", () => {
  it("reads 'Last August' as no name, and keeps a surname that is a month's", () => {
    expect(names("Last August, the ferry ran aground.")).toEqual([]);
    expect(names("Jane May said the ferry ran aground.")).toEqual([["Jane May", "person"]]);
  });
});
