import { beforeAll, describe, expect, it } from "vitest";
import { compareSources } from "../src/compare/compare-sources.js";
import { EMPTY_COMPARISON } from "../src/compare/comparison.js";
import { alignFigures } from "../src/compare/figures.js";
import { type NounSense, useNounSenses } from "../src/compare/noun-senses.js";
import { openDesk } from "../src/desk/story-desk.js";
import { wordNetThesaurus } from "../src/newsroom/wordnet-thesaurus.js";
import { comparisonLines } from "../src/render/comparison-lines.js";
import {
  answeredAt as answered,
  articleOf,
  figuresIn,
  figureSource as side,
  notAnswered as unanswered,
} from "./support/comparison-desk.js";

/**
 * Counts of one kind of thing that are of two events (a carrier's own fleet, and every plane a
 * regulator grounds) stand in two rows; counts of planes told as jets, planes and aircraft, or
 * after a model's name, stand in one.
 */

const noSense: NounSense = { lemmas: [], kindOf: [] };
const read = (text: string) => figuresIn(text).map((f) => [f.what, f.value, f.qualifier]);

describe("a count after a model's name", () => {
  it("counts the noun after the model, however the model's name is written", () => {
    expect(read("Regulators ordered checks on 88 Avro 900 MK 4 aircraft on Monday.")).toEqual([
      ["aircraft", 88, null],
    ]);
    expect(read("The agency halted about 88 Avro 900 Mk 4 planes overnight.")).toEqual([
      ["planes", 88, "about"],
    ]);
  });

  it("reads the model's own number as no count when a short variant number follows it", () => {
    expect(read("The carrier parked all its 900 Mk 4 planes until the checks were done.")).toEqual(
      [],
    );
  });

  it("reads an -s word straight after a number as what it counts", () => {
    expect(
      read("The order covers “roughly 88 airplanes worldwide” flown by local carriers."),
    ).toEqual([["airplanes", 88, "roughly"]]);
  });
});

describe("counts of two events", () => {
  // WordNet's noun senses, installed afresh: another file may have set the dictionary aside.
  beforeAll(() => {
    const wordNet = wordNetThesaurus() as unknown as { nounSense?: (noun: string) => NounSense };
    if (wordNet.nounSense) useNounSenses({ sense: (noun) => wordNet.nounSense?.(noun) ?? noSense });
  });

  const pages = () => [
    articleOf("wire", [
      "The carrier said it was parking its fleet of 21 Avro 900 jets for checks.",
      "The aviation agency later widened the order to about 88 airplanes worldwide.",
    ]),
    articleOf("daily", ["The aviation agency grounded 88 Avro 900 Mk 4 aircraft on Saturday."]),
    articleOf("local", ["Its fleet of 21 aircraft will stay on the ground, the carrier said."]),
    articleOf("radio", ["The agency's order keeps more than 85 planes on the ground."]),
  ];

  it("sets a carrier's fleet and the agency's order apart, each agreeing", () => {
    const figures = alignFigures(pages().map(side));
    const rows = figures.map((f) => [
      f.agree,
      f.values.map((v) => `${v.source}=${v.value}${v.qualifier ? ` (${v.qualifier})` : ""}`).sort(),
    ]);
    expect(rows).toContainEqual([true, ["daily=88", "radio=85 (more than)", "wire=88 (about)"]]);
    expect(rows).toContainEqual([true, ["local=21", "wire=21"]]);
  });

  it("still sets outlets' different tolls side by side as a disagreement", () => {
    const figures = alignFigures(
      [
        articleOf("one", ["At least 12 people were killed in the collapse, police said."]),
        articleOf("two", ["The collapse killed 30 people, the mayor said."]),
        articleOf("three", ["The toll stood at 12 killed early on; by night 31 people had died."]),
      ].map(side),
    );
    const toll = figures.find((f) => f.what.endsWith("killed"));
    expect(toll?.agree).toBe(false);
    expect(toll?.values.map((v) => v.source)).toEqual(["one", "two", "three"]);
  });
});

describe("tolls told by the bodies counted, by what is believed, and as a forecast", () => {
  it("reads bodies counted as a toll of the dead", () => {
    expect(
      read("Crews have now counted more than 640 bodies along the river, the governor said."),
    ).toEqual([["people killed", 640, "more than"]]);
  });

  it("reads a count believed to have been killed as a toll", () => {
    expect(read("Some 900 villagers are believed to have been killed in the mudslide.")).toEqual([
      ["villagers killed", 900, "some"],
    ]);
  });

  it("reads a toll that could pass a number, past a place said after the toll", () => {
    expect(read("The toll in the valley could eventually exceed 2,000, the mayor warned.")).toEqual(
      [["people killed", 2000, null]],
    );
  });
});

describe("an outlet that gives the count asked for", () => {
  const desk = openDesk([
    articleOf("tribune", ["At least 310 people died when the mudslide buried the village."]),
    articleOf("courier", [
      "Rescue teams worked through the night in heavy rain.",
      "More than 400 bodies have been recovered from the mudslide, a provincial official said, and the toll may even double.",
    ]),
  ]);
  const comparison = compareSources(desk, {
    query: "how many people died in the mudslide",
    sources: [answered("tribune", 1), unanswered("courier")],
  });

  it("takes part by the passage it gives the count in, with its source and hedges", () => {
    const side = comparison.sources.find((s) => s.source === "courier");
    expect(side?.answered).toBe(false);
    expect(side?.paragraphs).toEqual([2]);
    expect(side?.attributions.map((a) => [a.who, a.named])).toEqual([
      ["a provincial official", false],
    ]);
    expect(side?.hedgeVoices.map((h) => [h.text, h.voice])).toEqual([
      ["may even double", "source"],
    ]);
  });

  it("sets its count beside the other outlet's as a disagreement", () => {
    const toll = comparison.figures.find((f) => f.what.endsWith("killed"));
    expect(toll?.agree).toBe(false);
    expect(toll?.values.map((v) => [v.source, v.value])).toEqual([
      ["tribune", 310],
      ["courier", 400],
    ]);
  });
});

describe("one figure told in two units", () => {
  it("reads the conversion an outlet gives in brackets, and 'as high as' as a bound", () => {
    expect(read("The surge rose as high as 4 metres (13 feet) along the seafront.")).toEqual([
      ["metres", 4, "as high as"],
      ["feet", 13, null],
    ]);
  });

  it("sets inches beside millimetres of rain, agreeing when one converts to the other", () => {
    const figures = alignFigures(
      [
        articleOf("met", ["The storm dropped more than 250 mm of rain on the hills in a day."]),
        articleOf("wire", ["The storm dumped nearly 10 inches of rain on the hills."]),
      ].map(side),
      [],
      "how much rain fell on the hills",
    );
    const rain = figures.find((f) => f.values.length === 2);
    expect(rain?.agree).toBe(true);
    expect(rain?.asked).toBe(true);
    expect(rain?.values.map((v) => v.text)).toEqual(["more than 250 mm", "nearly 10 inches"]);
  });

  it("never calls a height in metres and a different one in feet agreeing", () => {
    // Units join only where one converts to the other: a distance in miles and a height in
    // feet of one story are no one figure.
    const figures = alignFigures(
      [
        articleOf("met", ["The surge on the seafront reached 4 metres, forecasters said."]),
        articleOf("wire", ["The surge on the seafront reached 20 feet, forecasters said."]),
      ].map(side),
      [],
      "how high was the surge",
    );
    expect(figures.some((f) => f.agree && f.values.length === 2)).toBe(false);
  });
});

describe("what the question asks to be counted", () => {
  const pages = () =>
    [
      articleOf("one", [
        "At least 40 people died in the fire at the market, and 120 people were injured.",
        "The town of 90,000 people woke to smoke over the market.",
      ]),
      articleOf("two", [
        "The market fire killed 45 people and injured more than 100 people.",
        "Some 3,000 people gathered at the market for a vigil.",
      ]),
    ].map(side);

  it("asks for the toll of the injured only when the question asks how many were injured", () => {
    const figures = alignFigures(pages(), [], "how many people were injured in the market fire");
    const asked = figures.filter((f) => f.asked).map((f) => f.what);
    expect(asked).toEqual(["people wounded"]);
  });

  it("sets no counts of people with nothing said of them side by side as a disagreement", () => {
    const figures = alignFigures(pages(), [], "how many people died in the market fire");
    expect(figures.map((f) => f.what)).toEqual(["people killed", "people wounded"]);
  });
});

describe("the people of a crowd that something befell", () => {
  it("sets 'arrested 120 demonstrators' beside the people arrested that others count", () => {
    const figures = alignFigures(
      [
        articleOf("one", ["Police said 150 people were arrested after the march on the assembly."]),
        articleOf("two", ["By night 400 people had been arrested over the march on the assembly."]),
        articleOf("three", ["Officers cleared the assembly steps and arrested 120 demonstrators."]),
      ].map(side),
      [],
      "how many people were arrested after the march",
    );
    const arrests = figures.find((f) => f.what === "people arrested");
    expect(arrests?.agree).toBe(false);
    expect(arrests?.values.map((v) => [v.source, v.value])).toEqual([
      ["one", 150],
      ["two", 400],
      ["three", 120],
    ]);
  });

  it("keeps a part of the toll apart when the outlet gives the whole too", () => {
    const figures = alignFigures(
      [
        articleOf("one", ["Police said 150 people were arrested after the march on the assembly."]),
        articleOf("two", [
          "In all 160 people were arrested at the assembly, including 40 residents of the square.",
        ]),
      ].map(side),
      [],
      "how many people were arrested",
    );
    const arrests = figures.find((f) => f.what === "people arrested");
    expect(arrests?.values.map((v) => [v.source, v.value])).toEqual([
      ["one", 150],
      ["two", 160],
    ]);
  });
});

describe("an outlet that gives the asked count twice", () => {
  const desk = openDesk([
    articleOf("tribune", ["At least 310 people died when the mudslide buried the village."]),
    articleOf("courier", [
      "Up to 900 people may have died in the mudslide, the governor fears.",
      "Diggers reached the school on Tuesday.",
      "The toll could eventually top 900, he said, as diggers reached the lower streets.",
    ]),
  ]);
  const comparison = compareSources(desk, {
    query: "how many people died in the mudslide",
    sources: [answered("tribune", 1), answered("courier", 2)],
  });

  it("compares each passage that gives it, with the hedges there", () => {
    const side = comparison.sources.find((s) => s.source === "courier");
    expect(side?.paragraphs).toEqual([1, 2, 3]);
    expect(side?.hedgeVoices.map((h) => h.words)).toContain("could eventually top");
  });
});

describe("the lines of a figure asked for", () => {
  it("tells an agreeing count asked for before who the outlets put it down to, each unit shown", () => {
    const figures = alignFigures(
      [
        articleOf("met", ["The storm dropped more than 250 mm of rain on the hills in a day."]),
        articleOf("wire", ["The storm dumped nearly 10 inches of rain on the hills."]),
        articleOf("radio", ["The storm killed 4 people on the hills, and the wire said 6 people."]),
      ].map(side),
      [],
      "how much rain fell on the hills",
    );
    const lines = comparisonLines({ ...EMPTY_COMPARISON, figures });
    expect(lines[0]?.text).toContain("more than 250 mm (met ¶1); nearly 10 inches (wire ¶1)");
  });
});

describe("a count with a thousands comma after 'around' or 'a total of'", () => {
  it("reads the count, not a year", () => {
    expect(read("The army arrested around 1,500 people at the square.")).toEqual([
      ["people arrested", 1500, "around"],
    ]);
    expect(read("A total of 1,843 people were detained, officers said.")).toEqual([
      ["people arrested", 1843, "a total of"],
    ]);
  });
});

describe("two tolls joined by a comma", () => {
  it("gives each count the verb before it, not the next count's verb", () => {
    expect(read("The storm killed 30 people, injured about 200 and flattened the pier.")).toEqual([
      ["people killed", 30, null],
      ["people wounded", 200, "about"],
    ]);
  });

  it("still reads a participle after a comma as said of the count before it", () => {
    expect(read("Medics said 12 people, injured by falling glass, were treated.")).toEqual([
      ["people wounded", 12, null],
    ]);
  });
});

describe("arrests told as custody", () => {
  it("reads 'taken into custody' and 'rounded up' as people arrested", () => {
    expect(read("About 1,200 were taken into custody after the march.")).toEqual([
      ["people arrested", 1200, "about"],
    ]);
    expect(read("Officers took 75 people into custody at the depot.")).toEqual([
      ["people arrested", 75, null],
    ]);
    expect(read("Roughly 1,500 people were rounded up overnight.")).toEqual([
      ["people arrested", 1500, "roughly"],
    ]);
  });
});

describe("a toll told as lives", () => {
  it("reads lives lost, claimed or taken as people killed", () => {
    expect(read("Thirty people lost their lives when the ferry sank.")).toEqual([
      ["people killed", 30, null],
    ]);
    expect(read("The fire claimed at least 31 lives at the depot.")).toEqual([
      ["people killed", 31, "at least"],
    ]);
    expect(read("The crash took the lives of 12 people near the junction.")).toEqual([
      ["people killed", 12, null],
    ]);
  });

  it("reads lives saved as no toll", () => {
    expect(read("Lifeguards saved 30 lives on the beach this summer.")).toEqual([
      ["lives", 30, null],
    ]);
  });

  it("sets lives claimed beside a count of people killed, in one row", () => {
    const figures = alignFigures(
      [
        articleOf("daily", ["The fire at the depot killed 30 people."]),
        articleOf("wire", ["The depot fire claimed 31 lives."]),
      ].map(side),
      [],
      "how many people died in the depot fire",
    );
    expect(figures[0]?.agree).toBe(false);
    expect(figures[0]?.values.map((v) => [v.source, v.value])).toEqual([
      ["daily", 30],
      ["wire", 31],
    ]);
  });
});

describe("a count written in hyphenated words", () => {
  it("reads 'Forty-one' whole, as 41, counting the noun after it", () => {
    expect(read("Forty-one people drowned when the ferry capsized.")).toEqual([
      ["people killed", 41, null],
    ]);
    expect(read("Twenty-five people were killed in the crush.")).toEqual([
      ["people killed", 25, null],
    ]);
  });

  it("still reads a hyphenated span or age", () => {
    expect(read("He faces a twenty-five-year sentence.")).toEqual([["sentence (years)", 25, null]]);
  });
});

describe("a toll that passed a mark", () => {
  it("reads 'topped' or 'passed' as more than the mark, past a place after the toll", () => {
    expect(read("The toll from the landslide passed 1,000 on Friday.")).toEqual([
      ["people killed", 1000, "more than"],
    ]);
    expect(read("The storm's toll topped 80, the governor said.")).toEqual([
      ["people killed", 80, "more than"],
    ]);
  });

  it("sets it beside an exact toll above the mark as agreeing", () => {
    const figures = alignFigures(
      [
        articleOf("daily", ["The landslide killed 1,043 people in the valley."]),
        articleOf("wire", ["The toll from the landslide in the valley passed 1,000."]),
      ].map(side),
      [],
      "how many people died in the landslide",
    );
    expect(figures[0]?.agree).toBe(true);
    expect(figures[0]?.values.map((v) => [v.source, v.value, v.qualifier])).toEqual([
      ["daily", 1043, null],
      ["wire", 1000, "more than"],
    ]);
  });
});

describe("what befell a count past an 'of' phrase about it", () => {
  it("reads the outcome said after the phrase", () => {
    expect(read("Officials said 900 residents of the valley were still missing.")).toEqual([
      ["residents missing", 900, null],
    ]);
    expect(read("About 60 members of the riot squad were injured.")).toEqual([
      ["members wounded", 60, "about"],
    ]);
  });

  it("reads no outcome of a clause of the phrase's own", () => {
    expect(read("The fire gutted 40 homes of families who were evacuated.")).toEqual([
      ["homes", 40, null],
    ]);
  });
});

describe("an outlet that gives a toll and then a part of it", () => {
  const harbor = articleOf("harbor", [
    "Storms across the coast killed 61 people on Sunday, the coast guard said.",
    "At least 12 people were killed in the fishing port alone.",
  ]);
  const ledger = articleOf("ledger", ["Twelve people were killed in the fishing port."]);
  const courier = articleOf("courier", ["The storms killed 74 people along the coast."]);

  it("sets the toll its lede gives beside the others, not the part another outlet shares", () => {
    const figures = alignFigures(
      [side(harbor), side(ledger), side(courier)],
      [],
      "how many people were killed in the storms",
    );
    const toll = figures.find((f) => f.values.some((v) => v.source === "courier"));
    expect(toll?.values.find((v) => v.source === "harbor")?.value).toBe(61);
    expect(toll?.agree).toBe(false);
  });
});

describe("a distance written with its unit glued on, and nationalities", () => {
  it("reads '40km' as 40 kilometres, also right after a place and its comma", () => {
    const figures = figuresIn("The bus left the road near Marlow, 40km north of the port.");
    expect(figures.map((f) => [f.value, f.counted, f.text])).toEqual([[40, "kilometre", "40km"]]);
  });

  it("sets passengers' nationalities beside the countries another outlet counts", () => {
    const a = articleOf("a", ["The passengers came from 21 countries, the airline said."]);
    const b = articleOf("b", ["The airline said its passengers held 23 nationalities."]);
    const figures = alignFigures([side(a), side(b)], [], "how many nationalities were on board");
    const row = figures.find((f) => f.values.length === 2);
    expect(row?.values.map((v) => v.value).sort()).toEqual([21, 23]);
    expect(row?.agree).toBe(false);
  });
});

describe("a toll an outlet recalls from a past year", () => {
  it("gives way to the outlet's count of the story's own toll", () => {
    const figures = alignFigures(
      [
        side(articleOf("ledger", ["The storm has killed at least 14 people, officials said."])),
        side(
          articleOf("courier", [
            "The region's deadliest storm killed at least 900 people in 1931, officials said.",
            "Officials counted at least 16 storm deaths by Friday.",
          ]),
        ),
      ],
      [],
      "how many people have died in the storm?",
    );
    expect(figures[0]?.values.map((v) => [v.source, v.value])).toEqual([
      ["ledger", 14],
      ["courier", 16],
    ]);
  });

  it("is read as dated only by a year its own clause names", () => {
    const [past] = figuresIn("The great flood of 1931 killed 900 people.");
    const [now] = figuresIn("Since the flood began, 14 people have died, the agency said.");
    expect(past?.dated).toBe(true);
    expect(now?.dated).toBeUndefined();
  });
});
