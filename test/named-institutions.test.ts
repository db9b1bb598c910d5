import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { analyseQuestion, plainQuestion } from "../src/search/question-analysis.js";
import { matchTokens } from "../src/text/match-terms.js";
import { paraphrasesOf } from "../src/text/news-paraphrases.js";
import { makeArticle } from "./support/make-article.js";

describe("questions asking which hospital, school or prison", () => {
  it("reads 'which hospital' and its like as asking for a place", () => {
    expect(analyseQuestion("which hospital was the driver taken to").answerType).toBe("place");
    expect(analyseQuestion("what school did the boys attend").answerType).toBe("place");
    expect(analyseQuestion("which prison is he held in").answerType).toBe("place");
  });

  it("reads a medical center, however it is spelt, as a hospital", () => {
    const terms = (text: string) => matchTokens(text, "article").map((token) => token.term);
    expect(terms("Lakeview Medical Center")).toEqual(terms("Lakeview hospital"));
    expect(terms("Lakeview Medical Centre")).toEqual(terms("Lakeview hospital"));
  });

  it("answers 'which hospital' from copy that names the hospital a medical center", () => {
    const desk = openDesk([
      makeArticle("gazette", "The Gazette", [
        "The cyclist was hit by a van on Orchard Road shortly after 8 a.m.",
        "She was taken to Brantley Medical Center with leg injuries, police said.",
      ]),
    ]);
    const answer = answerQuestion(desk, "which hospital was the cyclist taken to?");
    expect(answer.sources[0]?.covered).toBe(true);
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});

describe("who is expected to win, and who comes next", () => {
  it("knows the favourites are the frontrunners and those tipped", () => {
    expect(paraphrasesOf("favourites")).toContain("frontrunners");
    expect(paraphrasesOf("favourites")).toContain("tipped");
    expect(paraphrasesOf("successor")).toContain("replacement");
    expect(paraphrasesOf("take-over")).toContain("succeed");
    expect(paraphrasesOf("sterling")).toContain("pound");
  });

  it("reads 'front-runner' as the one word 'frontrunner'", () => {
    const terms = (text: string) => matchTokens(text, "article").map((token) => token.term);
    expect(terms("the front-runners")).toEqual(terms("the frontrunners"));
  });

  it("answers who the favourites are from copy naming the frontrunners", () => {
    const desk = openDesk([
      makeArticle("herald", "The Herald", [
        "Councillors Mina Osei and Pavel Lund spoke at a Harrowdale hustings on Monday.",
        "Osei and Lund are the frontrunners, a Harrowdale poll found.",
      ]),
    ]);
    const answer = answerQuestion(desk, "who are the Harrowdale favourites?");
    expect(answer.sources[0]?.covered).toBe(true);
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});

describe("newsroom words a question and the copy put differently", () => {
  it("knows a few more loose paraphrases of news English", () => {
    expect(paraphrasesOf("fire")).toContain("sacked");
    expect(paraphrasesOf("workforce")).toContain("employees");
    expect(paraphrasesOf("bases")).toContain("outposts");
    expect(paraphrasesOf("revenge")).toContain("retaliation");
    expect(paraphrasesOf("eastern")).toContain("et");
    expect(paraphrasesOf("get-done")).toContain("delivered");
    expect(paraphrasesOf("walk-away")).toContain("pull-out");
    expect(paraphrasesOf("walk-away")).toContain("step-back");
    expect(paraphrasesOf("building")).toContain("headquarters");
  });

  it("writes out chat's 'execs' as copy spells it", () => {
    expect(plainQuestion("were the execs fired")).toBe("were the executives fired");
  });

  it("reads 'walk away' and 'got done' as one word each", () => {
    const terms = (text: string) => matchTokens(text, "article").map((token) => token.term);
    expect(terms("walked away")).toHaveLength(1);
    expect(terms("stepped back")).toEqual(terms("steps back"));
    expect(terms("stepped back")).toHaveLength(1);
    expect(terms("walked away")).toEqual(terms("walks away"));
    expect(terms("got done")).toHaveLength(1);
    expect(terms("got done")).toEqual(terms("getting done"));
  });

  it("answers a time asked in a zone's name better from copy giving the zone's letters", () => {
    const desk = openDesk([
      makeArticle("wire", "The Wire", ["Controllers lost contact with the probe at 9:41 p.m."]),
      makeArticle("post", "The Post", ["Controllers lost contact with the probe at 9:41 p.m. ET."]),
    ]);
    const answer = answerQuestion(desk, "what time was contact lost, eastern?");
    const score = (source: string) =>
      answer.sources.find((entry) => entry.source === source)?.quote?.score ?? 0;
    expect(score("post")).toBeGreaterThan(score("wire"));
  });
});

describe("a question asking how something moved", () => {
  it("is answered by the direction copy tells, one way only", () => {
    expect(paraphrasesOf("move")).toContain("rose");
    expect(paraphrasesOf("moved")).toContain("fell");
    expect(paraphrasesOf("rose")).not.toContain("move");
    expect(paraphrasesOf("rose")).not.toContain("fell");
    expect(paraphrasesOf("medics")).toContain("paramedics");
  });

  it("finds the passage telling that a currency rose, for 'how did it move'", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "Veltran's central bank cut rates on Monday; the krona is the island's currency.",
        "The krona rose 2% on the news.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how did the krona move?");
    expect(answer.sources[0]?.covered).toBe(true);
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});
