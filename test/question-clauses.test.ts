import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { analyseQuestion } from "../src/search/question-analysis.js";
import { readQuestion } from "../src/search/question-terms.js";
import { statesUnit } from "../src/search/unit-words.js";
import { makeArticle } from "./support/make-article.js";

describe("a question's clause of circumstance", () => {
  it("does not make a 'when' of a question another question word opens", () => {
    expect(analyseQuestion("what were the divers doing when the pier gave way").answerType).toBe(
      "none",
    );
    expect(analyseQuestion("who was on the ferry when it sank").answerType).toBe("person");
    expect(analyseQuestion("where was the barge going when it ran aground").answerType).toBe(
      "place",
    );
  });

  it("keeps a 'when' that asks for a date", () => {
    expect(analyseQuestion("when did the pier give way").answerType).toBe("date");
    expect(analyseQuestion("since when has the ferry been idle").answerType).toBe("date");
    expect(analyseQuestion("what was the date when the ferry sank").answerType).toBe("date");
  });
});

describe("how long a thing is", () => {
  it("asks for a length, not a stretch of time", () => {
    expect(analyseQuestion("how long is the tanker?").unit).toBe("size");
    expect(analyseQuestion("how long was the new runway").unit).toBe("size");
    expect(analyseQuestion("how long was the delay").unit).toBe("duration");
    expect(analyseQuestion("how long did the strike last").unit).toBe("duration");
    expect(analyseQuestion("how long is the wait at the border").unit).toBe("duration");
  });

  it("is answered by the passage giving the length", () => {
    const desk = openDesk([
      makeArticle("gazette", "The Gazette", [
        "The Marlow Star drifted for ten minutes before it struck the jetty.",
        "The 610-foot Marlow Star had left the harbour an hour earlier.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how long is the Marlow Star?");
    expect(answer.quotes[0]?.text).toContain("610-foot");
  });
});

describe("other wordings of a question's form", () => {
  it("reads 'what set off' as asking for a cause", () => {
    expect(analyseQuestion("what set off the fire at the depot?").answerType).toBe("reason");
    expect(analyseQuestion("what touched off the riots").answerType).toBe("reason");
  });

  it("reads an -ing word after its subject as the question's verb", () => {
    const question = readQuestion("how are the town's clinics coping with the injured?");
    const coping = question.concepts.find((concept) => concept.word === "coping");
    expect(coping?.isVerb).toBe(true);
    const bombing = readQuestion("who carried out the bombing").concepts.find(
      (concept) => concept.word === "bombing",
    );
    expect(bombing?.isVerb).toBe(false);
  });

  it("counts 'since 2014' as saying how long", () => {
    expect(statesUnit("duration", "The fertiliser had been stored there since 2014.")).toBe(true);
    expect(statesUnit("duration", "The fertiliser was stored there in 2014.")).toBe(false);
  });
});

describe("a question's scene", () => {
  it("weighs the words of its 'when' clause less than what it asks", () => {
    const question = readQuestion("how high was the glider when its wing snapped?");
    const scene = question.concepts.filter((concept) => concept.scene).map((c) => c.word);
    expect(scene).toEqual(expect.arrayContaining(["wing", "snapped"]));
    expect(scene).not.toContain("glider");
  });

  it("finds the height the copy gives without telling the scene again", () => {
    const desk = openDesk([
      makeArticle("examiner", "The Examiner", [
        "The glider had climbed to 3,000 feet over Fenwick Moor.",
        "Its wing snapped and the pilot steered it down onto a farm track.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how high was the glider when its wing snapped?");
    expect(answer.quotes[0]?.text).toContain("3,000 feet");
    expect(statesUnit("height", "The balloon drifted as high as 9,000 feet.")).toBe(true);
    expect(statesUnit("height", "The ship was 948 feet long.")).toBe(false);
  });
});

describe("a scene opened by 'once', 'while', or 'after' with a subject", () => {
  it("weighs the clause's words less, its phrasal verb too", () => {
    const question = readQuestion("who did the new owner sack once he took over?");
    const scene = question.concepts.filter((concept) => concept.scene).map((c) => c.word);
    expect(scene).toContain("take-over");
    expect(scene).not.toContain("sack");
    expect(question.analysis.answerType).toBe("person");
    expect(analyseQuestion("who was driving while the crew slept").answerType).toBe("person");
  });

  it("keeps 'after' with no subject of its own as what is asked", () => {
    const question = readQuestion("what did the council do after the vote?");
    expect(question.concepts.some((concept) => concept.scene)).toBe(false);
  });

  it("finds who was sacked in copy that does not tell the takeover again", () => {
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "Dana Pike took over the Harbour Mills group on Monday after a long fight for control.",
        "Pike sacked the finance director, Owen Tull, and the head of sales within hours.",
      ]),
    ]);
    const answer = answerQuestion(desk, "who did pike sack once she took over?");
    expect(answer.quotes[0]?.text).toContain("Owen Tull");
  });
});

describe("a question word run together with 'is', as chat types it", () => {
  it("reads the form it opens and asks nothing by itself", () => {
    expect(analyseQuestion("whats the death toll").answerType).toBe("number");
    expect(analyseQuestion("whos the judge").answerType).toBe("person");
    const question = readQuestion("Whats happening with the harbour bridge?");
    expect(question.concepts.map((concept) => concept.word)).not.toContain("whats");
    expect(readQuestion("what are its lanes").concepts.map((c) => c.word)).toContain("lanes");
  });

  it("finds the toll as the written-out question does", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "Rescuers searched the collapsed depot through the night in Carden.",
        "The death toll rose to 14 on Tuesday, the fire service said.",
      ]),
    ]);
    const answer = answerQuestion(desk, "whats the death toll in carden");
    expect(answer.quotes[0]?.text).toContain("rose to 14");
  });
});

describe("a question asking whether someone said anything", () => {
  it("asks for a statement, as 'what did X say' does", () => {
    expect(analyseQuestion("did the coach say anything about the injury?").answerType).toBe(
      "statement",
    );
    expect(analyseQuestion("has the council posted anything on the closure").answerType).toBe(
      "statement",
    );
    expect(analyseQuestion("what did the minister tweet after the vote").answerType).toBe(
      "statement",
    );
    expect(analyseQuestion("did the bridge reopen").answerType).toBe("none");
  });

  it("is answered by the words said, not by copy on the subject alone", () => {
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "Mayor Lena Voss said the pool closure would last until the spring.",
      ]),
      makeArticle("ledger", "The Ledger", ["The pool closure will last until the spring."]),
    ]);
    const answer = answerQuestion(desk, "did mayor voss say anything about the pool closure?");
    expect(answer.sources.find((source) => source.source === "courier")?.covered).toBe(true);
    expect(answer.sources.find((source) => source.source === "ledger")?.covered).toBe(false);
  });
});

describe("the chat around a question", () => {
  it("drops an opener the copy never holds", () => {
    const words = (text: string) => readQuestion(text).concepts.map((concept) => concept.word);
    expect(words("quick q: how many were hurt")).not.toContain("quick");
    expect(words("remind me what the council decided")).not.toContain("remind");
    expect(words("any idea when the trial starts")).not.toContain("idea");
    expect(analyseQuestion("anyone know where the ship sank").answerType).toBe("place");
    expect(words("tell me")).toEqual([]);
  });
});

describe("the place a story happens", () => {
  it("is taken as read by an article's later paragraphs, as its subject is", () => {
    const desk = openDesk([
      makeArticle("tribune", "The Tribune", [
        "A gas explosion tore through a market in Ohio on Monday, injuring hundreds of shoppers.",
        "At least 12 people were killed in the explosion, the fire service said.",
        "The market had reopened last spring after a refit.",
      ]),
    ]);
    const answer = answerQuestion(desk, "How many people have died in the Ohio explosion?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});
