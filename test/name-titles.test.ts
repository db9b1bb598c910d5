import { describe, expect, it } from "vitest";
import { passageNames } from "../src/compare/names.js";

/** A person named after a country's word and a title, and words that only describe a noun. */

const names = (text: string) => passageNames(text).map((n) => [n.text, n.kind]);

describe("a title between a country's word and a name", () => {
  it("reads the words after the title as a person, whatever the tagger knows of them", () => {
    expect(names("Chilean President Marisol Quenta flew to the border on Friday.")).toEqual([
      ["Marisol Quenta", "person"],
    ]);
    expect(names("Later, Peruvian Minister Tavo Inchaustegui visited the camp.")).toContainEqual([
      "Tavo Inchaustegui",
      "person",
    ]);
  });
});

describe("a name's word that describes a noun", () => {
  it("reads no name in 'South American leaders' or 'the Republican senator'", () => {
    expect(names("Fellow South American leaders also condemned the raid.")).toEqual([]);
    expect(names("The Republican senator called the raid a disgrace.")).toEqual([]);
  });

  it("keeps a company before the noun it names", () => {
    expect(names("Technicians checked the Boeing planes overnight.")).toContainEqual([
      "Boeing",
      "organisation",
    ]);
  });
});

describe("a body's 'of the', lists of places and storms", () => {
  it("keeps 'of the' inside a body's name", () => {
    expect(
      names("Aid came from the International Federation of the Mountain Guilds."),
    ).toContainEqual(["International Federation of the Mountain Guilds", "organisation"]);
  });

  it("types every name listed after a noun for places as a place", () => {
    expect(names("The towns of Ostrava-Jih and Kelmor were cut off.")).toEqual([
      ["Ostrava-Jih", "place"],
      ["Kelmor", "place"],
    ]);
  });

  it("keeps a body in a list of countries a body", () => {
    expect(names("Envoys from France, Germany and Acme Corp met.")).toContainEqual([
      "Acme Corp",
      "organisation",
    ]);
  });

  it("takes no storm's name for a person's", () => {
    expect(names("Storm Ravel flooded the valley on Sunday.")).toEqual([]);
  });
});
