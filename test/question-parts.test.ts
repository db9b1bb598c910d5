import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { questionParts, readQuestion } from "../src/search/question-terms.js";
import { makeArticle } from "./support/make-article.js";

describe("a question that asks two things at once", () => {
  it("is read as two parts where 'and' or 'or' opens a second question", () => {
    expect(
      questionParts("Which agency grounded the barges, and who is running the port now?"),
    ).toEqual(["Which agency grounded the barges", "who is running the port now?"]);
    expect(
      questionParts("How many sailors were rescued and did any of them need hospital care?"),
    ).not.toBeNull();
    expect(questionParts("Who rescued the sailors and the dog?")).toBeNull();
    expect(questionParts("What happened to the ferry?")).toBeNull();
  });

  it("marks each word with the part it stands in", () => {
    const question = readQuestion(
      "Which agency grounded the barges, and who is running the port now?",
    );
    const part = (word: string) => question.concepts.find((c) => c.word === word)?.part;
    expect(part("agency")).toBe(0);
    expect(part("barges")).toBe(0);
    expect(part("port")).toBe(1);
    expect(
      readQuestion("Who rescued the sailors?").concepts.every((c) => c.part === undefined),
    ).toBe(true);
  });

  it("counts an outlet that answers one part as covering the question", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "The river authority grounded every barge on the canal on Tuesday after the lock failed.",
        "Traders said the closure would cost them dearly.",
      ]),
      makeArticle("courier", "The Courier", [
        "The Harbour Board of Dunmore was put in charge of the port on Wednesday.",
        "Traders said the closure would cost them dearly.",
      ]),
      makeArticle("echo", "The Echo", ["Traders said the closure would cost them dearly."]),
    ]);
    const answer = answerQuestion(
      desk,
      "Which authority grounded the barges on the canal, and who was put in charge of the port?",
    );
    const covered = (id: string) => answer.sources.find((source) => source.source === id);
    expect(covered("ledger")?.quote?.text).toContain("grounded every barge");
    expect(covered("courier")?.quote?.text).toContain("Harbour Board");
    expect(covered("echo")?.covered).toBe(false);
  });

  it("ranks a passage answering both parts above one answering a part", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "The river authority grounded every barge on the canal on Tuesday after the lock failed.",
        "The river authority grounded the barges and put a harbour master in charge of the port.",
      ]),
    ]);
    const answer = answerQuestion(
      desk,
      "Which authority grounded the barges, and who was put in charge of the port?",
    );
    expect(answer.quotes[0]?.text).toContain("harbour master");
  });
});
