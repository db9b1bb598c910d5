import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignFigures } from "../src/compare/figures.js";
import { NO_NOUN_SENSES, sameCounted, useNounSenses } from "../src/compare/noun-senses.js";
import { ordinalValue, superlativeBase } from "../src/compare/rank-figures.js";
import { useWordNet } from "../src/newsroom/wordnet-thesaurus.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/**
 * Figures read by what they count rather than by the word after the number: parts of an earlier
 * count, places in a ranking, units however spelt, tolls told by their noun, and ages of things.
 */

const read = (text: string) => figuresIn(text).map((f) => [f.what, f.value, f.qualifier]);

const valuesOf = (figure: ReturnType<typeof alignFigures>[number] | undefined) =>
  figure?.values.map((v) => [v.source, v.value]);

describe("a part of what the sentence already counted", () => {
  it("counts '12 of which …' and 'including 9 …' as a part of the earlier count", () => {
    const figures = figuresIn(
      "The storm tore the roofs off about 80 barns, 12 of which housed dairy herds.",
    );
    expect(figures.map((f) => [f.what, f.value])).toEqual([
      ["barns", 80],
      ["barns housed dairy herds", 12],
    ]);
    expect(figures[1]?.counted).toBe(`${figures[0]?.counted}:herd`);
    expect(read("Roughly 300 trucks, including 40 hauling frozen food, were stuck.")).toEqual([
      ["trucks", 300, "roughly"],
      ["trucks hauling frozen food", 40, null],
    ]);
  });

  it("lines up the outlets' parts apart from their wholes", () => {
    const a = articleOf("a", ["The storm damaged about 80 barns, 12 of which housed dairy herds."]);
    const b = articleOf("b", ["Some 80 barns, including 11 sheltering dairy herds, lost roofs."]);
    const figures = alignFigures([side(a), side(b)], [], "how many barns were damaged");
    const part = figures.find((f) => f.what.includes("herds"));
    expect(valuesOf(part)).toEqual([
      ["a", 12],
      ["b", 11],
    ]);
    expect(part?.agree).toBe(false);
    const whole = figures.find((f) => f.what === "barns");
    expect(valuesOf(whole)).toEqual([
      ["a", 80],
      ["b", 80],
    ]);
  });

  it("reads a part told by what befell it as that outcome's count", () => {
    const figures = figuresIn("The crash hurt 30 passengers, 4 of whom were killed.");
    expect(figures.map((f) => [f.counted, f.outcome, f.value])).toContainEqual([
      figures[0]?.counted,
      "killed",
      4,
    ]);
  });

  it("reads no part that is as large as its whole, nor a bare number with nothing before it", () => {
    expect(read("About 20 boats, including 20 carrying fuel, left.")).toEqual([
      ["boats", 20, "about"],
    ]);
    expect(read("Including 9 stranded overnight, the count rose.")).toEqual([]);
  });
});

describe("places in a ranking", () => {
  it("reads an ordinal before a superlative as a rank, in digits, words or one hyphenated word", () => {
    expect(read("It is the state's 12th largest airport.")).toEqual([["rank (largest)", 12, null]]);
    expect(read("Oslo is only about the 5th richest city.")).toEqual([
      ["rank (richest)", 5, "about"],
    ]);
    expect(read("The fourth-busiest route in the region closed.")).toEqual([
      ["rank (busiest)", 4, null],
    ]);
  });

  it("lines up ranks by the superlative's base word, which a question may ask with", () => {
    const a = articleOf("a", ["The harbour is the nation's 9th busiest, officials said."]);
    const b = articleOf("b", ["By cargo, the harbour ranks as the 11th-busiest in the nation."]);
    const figures = alignFigures([side(a), side(b)], [], "how busy is the harbour");
    expect(figures[0]).toMatchObject({ what: "rank (busiest)", agree: false, asked: true });
    expect(valuesOf(figures[0])).toEqual([
      ["a", 9],
      ["b", 11],
    ]);
  });

  it("reads the place among those to do a thing as a rank by the noun counted, not a count", () => {
    expect(read("Ostland became the fourth country to land a probe on Mars.")).toEqual([
      ["rank (country to land)", 4, null],
    ]);
    expect(read("Ostland is the 4th nation to successfully land there.")).toEqual([
      ["rank (nation to land)", 4, null],
    ]);
    expect(read("It was the first time to see the probe.")).toEqual([]);
  });

  it("lines up outlets' places among those to do a thing, which a question may ask for", () => {
    const a = articleOf("a", ["Ostland became the fourth country to land a probe on Mars."]);
    const b = articleOf("b", [
      "The probe touched down, making Ostland the fourth country to land on Mars.",
    ]);
    const figures = alignFigures(
      [side(a), side(b)],
      [],
      "what number country is ostland to land on mars?",
    );
    expect(figures[0]).toMatchObject({ agree: true, asked: true });
    expect(valuesOf(figures[0])).toEqual([
      ["a", 4],
      ["b", 4],
    ]);
  });

  it("knows ordinal words and superlative bases", () => {
    expect(ordinalValue("third")).toBe(3);
    expect(ordinalValue("twenty-first")).toBe(21);
    expect(ordinalValue("103rd")).toBe(103);
    expect(ordinalValue("thirdly")).toBeNull();
    expect(superlativeBase("busiest")).toBe("busy");
    expect(superlativeBase("biggest")).toBe("big");
    expect(superlativeBase("largest")).toBe("larg");
  });

  it("reads 'one of the biggest' as no count", () => {
    expect(read("It is one of the biggest ferries afloat.")).toEqual([]);
  });
});

describe("units however they are spelt", () => {
  it("sets tonnes, tons and a tonnage side by side when the question asks how big", () => {
    const a = articleOf("a", ["The ferry, a 41,000 gross tonnage vessel, ran aground."]);
    const b = articleOf("b", ["Some 41,000 tonnes of ferry ran aground at dawn."]);
    const figures = alignFigures([side(a), side(b)], [], "how big is the ferry");
    expect(figures[0]).toMatchObject({ agree: true, asked: true });
    expect(figures[0]?.values.map((v) => [v.source, v.value, v.qualifier])).toEqual([
      ["a", 41000, null],
      ["b", 41000, "some"],
    ]);
  });
});

describe("tolls told by their noun", () => {
  it("counts '31 arrests' as people arrested, beside '29 people were arrested'", () => {
    const a = articleOf("a", ["Police made 31 arrests during the rally."]);
    const b = articleOf("b", ["At the rally, 29 people were arrested by police."]);
    const figures = alignFigures([side(a), side(b)], [], "how many people were arrested");
    expect(figures[0]).toMatchObject({ agree: false, asked: true });
    expect(valuesOf(figures[0])).toEqual([
      ["a", 31],
      ["b", 29],
    ]);
  });
});

describe("ages of things", () => {
  it("keeps a thing's age apart from the ages of the people in the story", () => {
    const figures = figuresIn("Mayor Ruiz, 61, opened the 140-year-old lighthouse again.");
    expect(figures.map((f) => [f.counted, f.value])).toEqual([
      ["age:old", 61],
      ["age:old:lighthouse", 140],
    ]);
  });

  it("reads 'the 34-year-old' before a verb the tagger took for a noun as a person's age", () => {
    const figures = figuresIn("Should the 34-year-old fail in court, she must go home.");
    expect(figures.map((f) => [f.counted, f.value])).toEqual([["age:old", 34]]);
  });

  it("sets a span of years in a sentence naming the thing beside its age when asked how old", () => {
    const a = articleOf("a", ["Crowds gathered at the 140-year-old lighthouse on Sunday."]);
    const b = articleOf("b", ["The lighthouse has guided ships over the past 141 years."]);
    const figures = alignFigures([side(a), side(b)], [], "how old is the lighthouse");
    expect(figures[0]).toMatchObject({ agree: false, asked: true });
    expect(valuesOf(figures[0])).toEqual([
      ["a", 140],
      ["b", 141],
    ]);
  });
});

describe("counted nouns of one kind (WordNet)", () => {
  beforeAll(() => useWordNet());
  afterAll(() => useNounSenses(NO_NOUN_SENSES));

  it("sets 'computers' beside 'devices', and 'vessels' beside 'ships'", () => {
    const a = articleOf("a", ["The faulty patch crashed 4.1 million office computers."]);
    const b = articleOf("b", ["About 4 million devices crashed after the faulty patch."]);
    const figures = alignFigures([side(a), side(b)], [], "how many machines crashed");
    expect(valuesOf(figures[0])).toEqual([
      ["a", 4_100_000],
      ["b", 4_000_000],
    ]);
    expect(sameCounted("vessels", "ships")).toBe(true);
  });

  it("keeps apart nouns that are only kinds of the same thing", () => {
    expect(sameCounted("cars", "trucks")).toBe(false);
    const a = articleOf("a", ["The flood swept away 30 cars near the bridge."]);
    const b = articleOf("b", ["Near the bridge the flood swept away 12 trucks."]);
    const figures = alignFigures([side(a), side(b)], [], "how many vehicles were swept away");
    expect(figures.some((f) => f.values.length === 2)).toBe(false);
  });
});

describe("what a count says of its noun", () => {
  it("reads 'another 40 buses' as new ones, and 'another 300 people were hurt' after a toll as the wounded", () => {
    expect(figuresIn("The city ordered another 40 buses.")[0]?.what).toBe("another buses");
    const figures = figuresIn("At least 90 people died. Another 300 people were hurt.");
    expect(figures.map((f) => [f.counted, f.outcome, f.value])).toEqual([
      ["people", "killed", 90],
      ["people", "wounded", 300],
    ]);
  });

  it("reads what befell them said before the noun, and counts the crew of '22 crew members'", () => {
    const a = articleOf("a", ["Divers searched for four missing fishermen off the cape."]);
    const b = articleOf("b", ["Off the cape, four fishermen were still missing on Friday."]);
    const figures = alignFigures([side(a), side(b)], [], "how many fishermen are missing");
    expect(figures[0]).toMatchObject({ what: "fishermen missing", agree: true });
    const c = articleOf("c", ["The tanker had 19 crew members aboard."]);
    const d = articleOf("d", ["All 19 crew aboard the tanker were safe."]);
    expect(valuesOf(alignFigures([side(c), side(d)], [], "how many crew")[0])).toEqual([
      ["c", 19],
      ["d", 19],
    ]);
  });
});
