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
