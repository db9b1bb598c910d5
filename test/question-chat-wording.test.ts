import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { analyseQuestion, plainQuestion } from "../src/search/question-analysis.js";
import { questionChoice, readQuestion } from "../src/search/question-terms.js";
import { makeArticle } from "./support/make-article.js";

const words = (question: string) => readQuestion(question).concepts.map((c) => c.word);
const salience = (question: string, word: string) =>
  readQuestion(question).concepts.find((c) => c.word === word)?.salience;

describe("the words of a reporter's question that ask nothing of the copy", () => {
  it("reads 'get' in any form as the auxiliary of a passive, not as a word to find", () => {
    expect(words("when is the mayor getting sentenced")).toEqual(["mayor", "sentenced"]);
    expect(words("has the ferry operator gotten its licence back")).not.toContain("gotten");
    expect(words("who gets the contract")).toEqual(["contract"]);
  });

  it("leaves out modal verbs and 'whether'", () => {
    expect(words("might the council decide whether the pier must close")).toEqual([
      "council",
      "decide",
      "pier",
      "close",
    ]);
  });

  it("writes chat's short spellings out as copy spells them", () => {
    expect(plainQuestion("how many ppl were hurt rn")).toBe("how many people were hurt right now");
    expect(plainQuestion("what did she say abt the strike w/ the dockers")).toBe(
      "what did she say about the strike with  the dockers",
    );
    expect(plainQuestion("did the bill go thru")).toBe("did the bill go through");
    expect(plainQuestion("is the U.S. envoy there")).toBe("is the U.S. envoy there");
    expect(words("how many ppl were hurt rn")).toEqual(["people", "hurt"]);
  });

  it("drops 'right' where it only says how close in time or place", () => {
    expect(words("what did the coach say right after the final whistle")).toEqual([
      "coach",
      "final",
      "whistle",
    ]);
    expect(words("who was right about the flood defences")).toContain("right");
  });

  it("weighs an adverb of manner as lightly as a light verb", () => {
    expect(salience("did the minister formally resign", "formally")).toBe(0.3);
    expect(salience("did the minister formally resign", "minister")).toBe(1);
  });

  it("reads a bare verb form right after 'what' or 'which' as the noun it asks about", () => {
    expect(salience("what price did the buyers pay", "price")).toBe(1);
    expect(salience("what sank the ferry", "sank")).toBe(0.6);
  });

  it("takes 'at its height' for when, not for a height to find", () => {
    expect(words("how many staff did the chain employ at its height")).not.toContain("height");
    expect(words("what is the height of the tower")).toContain("height");
  });

  it("reads 'what price' and 'valued at' as asking for a sum of money", () => {
    expect(analyseQuestion("what price are the bondholders getting").unit).toBe("money");
    expect(analyseQuestion("what was the bakery valued at").unit).toBe("money");
  });
});

describe("a question that offers two answers to choose from", () => {
  it("is read as two choices where 'or' or a slash joins them in a yes-or-no question", () => {
    expect(questionChoice("is the captain in custody or still free?")).toEqual([
      "is the captain in custody",
      "still free",
    ]);
    expect(questionChoice("will the airline stay listed / go private?")).not.toBeNull();
    expect(questionChoice("is the captain in custody or not?")).toBeNull();
    expect(questionChoice("who rescued the crew or the dog?")).toBeNull();
  });

  it("marks the words of each choice, and leaves the names both share unmarked", () => {
    const question = readQuestion("is Captain Oduya in custody or still free?");
    const choice = (word: string) => question.concepts.find((c) => c.word === word)?.choice;
    expect(choice("custody")).toBe(0);
    expect(choice("free")).toBe(1);
    expect(choice("oduya")).toBeUndefined();
  });

  it("counts an outlet telling either choice as covering the question", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "Captain Mira Oduya was taken into custody at the quay on Tuesday night.",
        "The ferry line said it would review its safety drills.",
      ]),
      makeArticle("courier", "The Courier", [
        "Captain Mira Oduya remains free on bail until her hearing in March.",
        "The ferry line said it would review its safety drills.",
      ]),
      makeArticle("echo", "The Echo", ["The ferry line said it would review its safety drills."]),
    ]);
    const answer = answerQuestion(desk, "is captain oduya in custody or still free?");
    const source = (id: string) => answer.sources.find((s) => s.source === id);
    expect(source("ledger")?.quote?.text).toContain("taken into custody");
    expect(source("courier")?.quote?.text).toContain("free on bail");
    expect(source("echo")?.covered).toBe(false);
  });
});

describe("news English's stock phrases in a question", () => {
  it("reads 'the price tag' as the cost, and 'hat in the ring' as standing", () => {
    expect(words("what is the price tag on the new bridge")).toEqual(["cost", "new", "bridge"]);
    expect(words("is Senator Okafor throwing her hat in the ring")).toEqual([
      "senator",
      "okafor",
      "stand",
    ]);
  });

  it("drops 'in place' where it only says something is set up", () => {
    expect(words("when will the council have a new chief in place")).toEqual([
      "council",
      "new",
      "chief",
    ]);
  });

  it("reads a word after a determiner as a noun, not as a phrasal verb with the next word", () => {
    expect(words("how much time was left on the clock in the second half")).toContain("clock");
  });
});

describe("a question asking how much something weighs", () => {
  it("asks for a weight, not a sum of money", () => {
    expect(analyseQuestion("how much did the satellite weigh").unit).toBe("weight");
    expect(analyseQuestion("how heavy was the load").unit).toBe("weight");
    expect(analyseQuestion("how much did the satellite cost").unit).toBe("money");
  });

  it("is answered by a weight, and not by a distance", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "The 900-pound satellite was launched from a barge off the coast of Norland.",
      ]),
      makeArticle("courier", "The Courier", [
        "The satellite will circle 400 miles above the planet for a decade.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how much did the satellite weigh");
    const source = (id: string) => answer.sources.find((s) => s.source === id);
    expect(source("ledger")?.quote?.text).toContain("900-pound");
    expect(source("courier")?.covered).toBe(false);
  });
});
