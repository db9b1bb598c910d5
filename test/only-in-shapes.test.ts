import { describe, expect, it } from "vitest";
import { passageFigures } from "../src/compare/figure-reading.js";
import { namingTerms } from "../src/compare/naming-terms.js";
import { onlyInFacts } from "../src/compare/only-in-facts.js";
import { articleOf } from "./support/comparison-desk.js";

/** Facts another outlet reports in other shapes are not only-in; words capitalised by position name nothing. */

const factsOf = (text: string, others: readonly string[]) => {
  const [article, ...rest] = [
    articleOf("mine", [text]),
    ...others.map((o, n) => articleOf(`o${n}`, [o])),
  ];
  return onlyInFacts(article?.passages ?? [], rest, true).map((fact) => fact.text);
};

describe("facts another outlet reports in another shape", () => {
  it("finds a name inside another outlet's hyphenated word", () => {
    expect(
      factsOf("Vance blamed Brexit for the delay at the Tilbury docks.", [
        "Hauliers said post-Brexit checks at Tilbury slowed the docks.",
      ]),
    ).not.toContain("Brexit");
  });

  it("reads two names run together as the two names another outlet gives", () => {
    const facts = factsOf("The Harbor Line Volvo bus left the road near Elm Park.", [
      "A Volvo coach run by Harbor Line crashed near Elm Park.",
    ]);
    expect(facts).not.toContain("Harbor Line Volvo");
  });

  it("still lists a name another outlet writes only as common words", () => {
    const facts = factsOf("The Coastal Relief Fund paid out on Friday.", [
      "Relief for coastal towns came from a fund, officials said.",
    ]);
    expect(facts).toContain("Coastal Relief Fund");
  });
});

describe("counts and terms the tagger misreads", () => {
  it("counts the plural after a singular noun that the tagger took for a verb", () => {
    const passage = articleOf("x", ["There were two major bus crashes within a month."])
      .passages[0];
    const [crashes] = passage ? passageFigures(passage) : [];
    expect(crashes).toMatchObject({ value: 2, counted: "crash" });
  });

  it("takes a word capitalised after a colon for no name in the naming line", () => {
    const [terms] = namingTerms(
      [
        articleOf("a", ["Roads closed: Drivers across the county were told to stay home."])
          .passages,
      ],
      "which roads closed",
    );
    expect(terms).not.toContain("Drivers");
  });
});

describe("numbers that count nothing only one outlet gives", () => {
  it("lists neither a year before a noun nor the second half of a split", () => {
    const facts = factsOf(
      "The six to three ruling overturned the 1973 decision; 14 states acted.",
      ["The court ruled on Friday."],
    );
    expect(facts).toEqual(["14 states"]);
  });
});
