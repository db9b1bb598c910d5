import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { initialsOf, spelledOut } from "../src/search/desk-acronyms.js";
import { makeArticle } from "./support/make-article.js";

describe("acronyms the desk's copy spells out", () => {
  it("reads a full name before or inside the brackets", () => {
    expect(spelledOut("said the Northern Rail Safety Board (NRSB) on Monday.", "NRSB")).toEqual([
      "Northern",
      "Rail",
      "Safety",
      "Board",
    ]);
    expect(spelledOut("The NRSB (Northern Rail Safety Board) said", "NRSB")).toEqual([
      "Northern",
      "Rail",
      "Safety",
      "Board",
    ]);
    expect(spelledOut("the Office of Coastal Planning (OCP) said", "OCP")).toEqual([
      "Office",
      "of",
      "Coastal",
      "Planning",
    ]);
    expect(spelledOut("the Ministry of Ports (MOP) said", "MOP")).toEqual([
      "Ministry",
      "of",
      "Ports",
    ]);
  });

  it("learns nothing from brackets whose words do not spell the acronym", () => {
    expect(spelledOut("the harbour board (NRSB) met", "NRSB")).toBeNull();
    expect(spelledOut("no brackets about the NRSB at all", "NRSB")).toBeNull();
    expect(initialsOf(["Office", "of", "Coastal", "Planning"])).toBe("ocp");
  });

  const desk = () =>
    openDesk([
      makeArticle("wire", "The Wire", [
        "The Northern Rail Safety Board (NRSB) opened an inquiry into the derailment at Kelso.",
        "Two freight wagons left the track on a curve, the operator said.",
      ]),
      makeArticle("courier", "The Courier", [
        "Investigators from the NRSB reached the Kelso site by noon on Tuesday.",
      ]),
      makeArticle("ledger", "The Ledger", [
        "The Northern Rail Safety Board will publish its findings within a year.",
      ]),
    ]);

  it("answers a question naming the full name from a passage that only uses the acronym", () => {
    const answer = answerQuestion(
      desk(),
      "when did Northern Rail Safety Board investigators arrive",
    );
    const courier = answer.sources.find((source) => source.source === "courier");
    expect(courier?.covered).toBe(true);
    expect(courier?.quote?.text).toContain("NRSB reached");
  });

  it("answers a question naming the acronym from a passage that only uses the full name", () => {
    const answer = answerQuestion(desk(), "when will the NRSB publish its findings");
    const ledger = answer.sources.find((source) => source.source === "ledger");
    expect(ledger?.covered).toBe(true);
  });
});
