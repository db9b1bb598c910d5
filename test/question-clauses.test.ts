import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { analyseQuestion } from "../src/search/question-analysis.js";
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
