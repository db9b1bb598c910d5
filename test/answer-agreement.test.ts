import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { answerAgreement, carriedByAgreement } from "../src/search/answer-agreement.js";
import { answerValueAt, tagTokens } from "../src/search/answer-tagger.js";
import { SearchConfig } from "../src/search/search-config.js";
import { matchTokens } from "../src/text/match-terms.js";
import { makeArticle } from "./support/make-article.js";

describe("which answer the outlets agree on", () => {
  it("gives each answering passage the share of other sources giving the same answer", () => {
    const passages = [
      { id: 1, source: 0, score: 0.9 },
      { id: 2, source: 0, score: 0.9 },
      { id: 3, source: 1, score: 0.8 },
      { id: 4, source: 2, score: 0.95 },
      { id: 5, source: 3, score: 0.2 },
    ];
    const answers = new Map([
      [1, ["tuesday"]],
      [2, ["wednesday"]],
      [3, ["tuesday"]],
      [4, ["tuesday"]],
      [5, ["wednesday"]],
    ]);
    const agreed = answerAgreement(passages, answers, 0.6);
    expect(agreed.get(1)).toBe(1);
    expect(agreed.get(2)).toBe(0);
    expect(agreed.get(3)).toBe(1);
    // A passage far under the floor gives no answer that counts.
    expect(agreed.has(5)).toBe(false);
  });

  it("reads nothing when no passage has an answer", () => {
    expect(answerAgreement([{ id: 1, source: 0, score: 1 }], new Map(), 0.6).size).toBe(0);
  });

  it("an outlet's passage giving the day the others give comes before one giving another day", () => {
    // Invented copy: a dam breach told by four outlets.
    const desk = openDesk([
      makeArticle("ledger", "The Valley Ledger", [
        "Engineers returned to the dam breach on Thursday.",
        "Water from the dam poured through the breach into three villages on Monday, officials said.",
      ]),
      makeArticle("herald", "The Coast Herald", [
        "The dam breach on Monday sent water across the farmland.",
      ]),
      makeArticle("post", "The Hill Post", ["Villagers fled when the dam breach came on Monday."]),
      makeArticle("wire", "Wire Service", ["A dam breach on Monday forced hundreds from home."]),
    ]);
    const ledger = answerQuestion(desk, "when was the dam breach").sources.find(
      (source) => source.source === "ledger",
    );
    expect(ledger?.quote?.paragraph).toBe(2);
  });
});

describe("the desk's agreed answer carries coverage across outlets", () => {
  // Invented copy: a hot-air balloon whose burner failed, told by four outlets.
  const valley = makeArticle("valley", "Valley Courier", [
    "A hot-air balloon carrying tourists rose as high as 3,200 feet before its burner failed over the vineyards on Sunday, the pilot said.",
    "All four passengers walked away unhurt.",
  ]);
  const ridge = makeArticle("ridge", "Ridge Times", [
    "The balloon climbed to 3,200 feet before the burner gave out, according to the operator.",
  ]);
  const wire = makeArticle("wire", "Coast Wire", [
    "Tracking data showed the balloon was 3,200ft up when the flame went out.",
    "The operator has grounded its fleet.",
  ]);
  const daily = makeArticle("daily", "Plains Daily", [
    "The balloon was carrying 4 tourists when the flame went out.",
    "The operator has grounded its fleet of 12 balloons.",
  ]);
  const question = "How high was the balloon when the burner failed?";
  const source = (desk: ReturnType<typeof openDesk>, id: string) =>
    answerQuestion(desk, question).sources.find((answer) => answer.source === id);

  it("an outlet stating the figure the others give answers, scored at the floor", () => {
    const desk = openDesk([valley, ridge, wire, daily]);
    const carried = source(desk, "wire");
    expect(carried?.covered).toBe(true);
    expect(carried?.quote?.text).toContain("3,200ft up");
    expect(carried?.quote?.score).toBe(desk.settings.relevanceFloor);
    // Another figure is no answer; nor is the outlets' agreement a reason to quote it first.
    expect(source(desk, "daily")?.covered).toBe(false);
    expect(answerQuestion(desk, question).quotes[0]?.source).toBe("valley");
  });

  it("alone, the same outlet's passage does not answer", () => {
    expect(source(openDesk([wire, daily]), "wire")?.covered).toBe(false);
  });

  it("a value carries only when most outlets answering give it", () => {
    const passages = [
      { id: 1, source: 0, score: 0.9, topical: true },
      { id: 2, source: 1, score: 0.8, topical: true },
      { id: 3, source: 2, score: 0.7, topical: true },
      { id: 4, source: 3, score: 0.45, topical: true },
      { id: 5, source: 4, score: 0.45, topical: false },
      { id: 6, source: 5, score: 0.2, topical: true },
    ];
    const states = (_id: number, values: ReadonlySet<string>) => values.has("40 m");
    const split = new Map([
      [1, ["40 m"]],
      [2, ["12 m"]],
      [3, ["9 m"]],
    ]);
    expect(carriedByAgreement(passages, split, 0.6, states).size).toBe(0);
    const agreed = new Map([
      [1, ["40 m"]],
      [2, ["40 m"]],
      [3, ["9 m"]],
    ]);
    // A passage without a word of the question, or far under the floor, is not carried.
    expect([...carriedByAgreement(passages, agreed, 0.6, states)]).toEqual([[4, 0.6]]);
  });

  it("folds a value as outlets write it", () => {
    const figureOf = (text: string, word: string) => {
      const tokens = matchTokens(text, "article", true);
      const at = tokens.findIndex((token) => token.word.startsWith(word));
      return answerValueAt("number", tokens, tagTokens(tokens), at);
    };
    expect(figureOf("it rose to 8,500ft that day", "8500")).toBe(figureOf("at 8,500 feet", "8500"));
    expect(figureOf("some 40 metres", "40")).toBe(figureOf("40m high", "40"));
    expect(figureOf("40 metres", "40")).not.toBe(figureOf("40 miles", "40"));
    const placeOf = (text: string, word: string) => {
      const tokens = matchTokens(text, "article", true);
      const at = tokens.findIndex((token) => token.word === word);
      return answerValueAt("place", tokens, tagTokens(tokens), at);
    };
    expect(placeOf("It landed at Greenfield Regional Airport.", "airport")).toBe(
      placeOf("It turned back to Greenfield.", "greenfield"),
    );
  });
});

describe("a name the whole desk holds", () => {
  // Four outlets on a weaving firm's closure: most of their copy names the firm.
  const filler = [
    "Greyfield Looms made sailcloth on the quay for more than a century.",
    "Workers at Greyfield Looms gathered at the gates before dawn.",
    "Greyfield Looms had been losing money since the spring.",
    "The town council said Greyfield Looms was its largest employer.",
    "Suppliers to Greyfield Looms were told to stop deliveries.",
    "Greyfield Looms shares were suspended in the afternoon.",
    "A union official said Greyfield Looms owed staff two weeks of pay.",
    "Greyfield Looms will keep its shop open until the end of the month.",
    "The founder's family no longer holds a stake in Greyfield Looms.",
    "Greyfield Looms declined to comment on the weekend shifts.",
    "Neighbours said the machines at Greyfield Looms fell silent at noon.",
    "Greyfield Looms said the pension scheme was not affected.",
    "Lenders to Greyfield Looms met on Tuesday.",
    "Greyfield Looms has two other sites inland.",
    "Greyfield Looms was sold twice in the past decade.",
  ];
  const outlet = (id: string, name: string, lead: string, more: readonly string[] = []) =>
    makeArticle(id, name, [lead, ...more, ...filler]);
  const articles = [
    outlet("ledger", "The Ledger", "Pike sacked Owen Tull, the finance director, on Monday.", [
      "Pike sacked Greyfield Looms staff on Monday.",
    ]),
    outlet("courier", "The Courier", "Pike sacked Greyfield Looms staff on Monday."),
    outlet("gazette", "The Gazette", "Pike sacked Greyfield Looms staff on Monday."),
    outlet("herald", "The Herald", "Pike sacked Greyfield Looms staff on Monday."),
  ];

  it("is the story's subject, not an answer the outlets agree on", () => {
    const answer = answerQuestion(openDesk(articles), "who did pike sack?");
    const ledger = answer.sources.find((source) => source.source === "ledger");
    expect(ledger?.quote?.text).toContain("Owen Tull");
  });

  it("counts as agreed on a desk too small to tell its subject", () => {
    const small = { ...SearchConfig, storySubjectFrom: 1000 };
    const answer = answerQuestion(openDesk(articles, small), "who did pike sack?");
    const ledger = answer.sources.find((source) => source.source === "ledger");
    expect(ledger?.quote?.text).toContain("Greyfield Looms staff");
  });
});
