import { describe, expect, it } from "vitest";
import { compareSources } from "../src/compare/compare-sources.js";
import { openDesk } from "../src/desk/story-desk.js";
import {
  answeredAt as answered,
  articleOf,
  notAnswered as unanswered,
} from "./support/comparison-desk.js";

/**
 * On a desk read through, every outlet with a passage about the question takes part in the
 * comparison, quoted by the answer or not, and a quoted outlet's passage most about the
 * question is read beside the quoted one.
 */

describe("outlets the answer does not quote", () => {
  const courier = articleOf("courier", [
    "The ferry service across the estuary was suspended on Monday after a hull inspection.",
    "Passengers were offered places on buses instead.",
  ]);
  const ledger = articleOf("ledger", [
    "Crowds gathered at the harbour wall on Monday morning.",
    "The estuary ferry service will stay suspended for a week, harbour master Ines Calloway said.",
  ]);
  const gazette = articleOf("gazette", ["A new bakery opened on the high street this weekend."]);
  const desk = openDesk([courier, ledger, gazette]);
  const query = "why was the estuary ferry service suspended";
  const comparison = compareSources(desk, {
    query,
    sources: [answered("courier", 1), unanswered("ledger"), unanswered("gazette")],
  });

  it("compares an unquoted outlet by its passage most about the question", () => {
    const side = comparison.sources.find((s) => s.source === "ledger");
    expect(side?.answered).toBe(false);
    expect(side?.paragraphs).toEqual([2]);
    expect(side?.attributions.map((a) => a.who)).toEqual(["Ines Calloway"]);
  });

  it("keeps a quoted outlet marked as answering", () => {
    expect(comparison.sources.find((s) => s.source === "courier")?.answered).toBe(true);
  });

  it("leaves out an outlet with no passage about the question", () => {
    expect(comparison.sources.map((s) => s.source)).not.toContain("gazette");
  });
});

describe("a quoted outlet's other passage about the question", () => {
  const herald = articleOf("herald", [
    "Engineers closed the bridge over the canal on Tuesday after cracks were found.",
    "Traffic was sent through the town centre.",
    "The canal bridge is likely to reopen in the spring, the county's roads officer said.",
  ]);
  const desk = openDesk([herald]);

  it("is read for hedges beside the quoted passage", () => {
    const comparison = compareSources(desk, {
      query: "when will the canal bridge reopen",
      sources: [answered("herald", 1)],
    });
    const side = comparison.sources[0];
    expect(side?.paragraphs).toEqual([1, 3]);
    expect(side?.hedgeVoices.map((h) => h.words)).toContain("likely to");
  });
});

describe("an unquoted outlet's passage about a cause, or about a word the question misspells", () => {
  const first = articleOf("first", [
    "A fire broke out in a grain store at the docks late on Sunday, and a loud blast followed.",
  ]);
  const second = articleOf("second", [
    "Crowds watched from the hills above the town.",
    "It was not yet clear what caused the blast, which shook windows across the valley, according to residents.",
  ]);
  const third = articleOf("third", [
    "Sacks of potassium chlorate had been kept in the shed for two years, the harbour office said.",
  ]);
  const desk = openDesk([first, second, third]);
  const cause = compareSources(desk, {
    query: "What set off the blast at the docks?",
    sources: [answered("first", 1), unanswered("second"), unanswered("third")],
  });

  it("reads a passage telling what caused it as about what set it off", () => {
    const side = cause.sources.find((s) => s.source === "second");
    expect(side?.paragraphs).toEqual([2]);
    // The residents speak for the shaking, not for the outlet's "not yet clear".
    expect(side?.hedgeVoices).toContainEqual(
      expect.objectContaining({ words: "It was not yet clear", voice: "outlet" }),
    );
  });

  it("reads a question's word one letter off as the desk's word", () => {
    const typo = compareSources(desk, {
      query: "where had the potasium chlorate been stored?",
      sources: [answered("first", 1), unanswered("second"), unanswered("third")],
    });
    expect(typo.sources.find((s) => s.source === "third")?.paragraphs).toEqual([1]);
  });
});

describe("the same copy beside a compared outlet", () => {
  const shared = [
    "Council workers spent the whole of Thursday clearing fallen branches from the roads around the old mill after the overnight gale brought down dozens of trees across the district.",
    "Power was cut to about 600 homes on the eastern side of the town for most of the morning, and the electricity company said engineers had restored supply to all but a handful by lunchtime.",
  ];
  const original = articleOf("original", [
    "The ferry to the island was cancelled for a second day because of the swell.",
    ...shared,
  ]);
  const reprint = articleOf("reprint", [...shared, "The forecast for the weekend is calmer."]);
  const desk = openDesk([original, reprint]);
  const comparison = compareSources(desk, {
    query: "was the island ferry cancelled?",
    sources: [answered("original", 1), unanswered("reprint")],
  });

  it("names a page carrying the compared outlet's copy, compared or not", () => {
    expect(comparison.sources.map((s) => s.source)).toEqual(["original"]);
    expect(comparison.sameCopy.map((copy) => copy.sources.map((s) => s.source))).toEqual([
      ["original", "reprint"],
    ]);
  });
});

describe("the same copy on a small desk", () => {
  const shared = [
    "Lifeboat crews searched the estuary for most of Sunday after a small fishing boat overturned near the sandbanks in heavy rain and strong winds.",
    "Two men were pulled from the water by a passing yacht and taken to the county hospital, where staff said both were in a stable condition on Sunday evening.",
  ];
  const desk = openDesk([
    articleOf("market", ["The farmers' market moved indoors for the winter on Saturday."]),
    articleOf("wire", shared),
    articleOf("reprint", [...shared, "Readers can send their photographs to the newsroom."]),
  ]);

  it("names two pages carrying one copy though the question compares neither", () => {
    const comparison = compareSources(desk, {
      query: "where did the farmers' market move?",
      sources: [answered("market", 1), unanswered("wire"), unanswered("reprint")],
    });
    expect(comparison.sameCopy.map((copy) => copy.sources.map((s) => s.source))).toEqual([
      ["wire", "reprint"],
    ]);
  });
});
