import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { makeArticle } from "./support/make-article.js";

// Invented copy: a power cut told in several outlets' own words.
const desk = openDesk([
  makeArticle("ledger", "The Valley Ledger", [
    "The blackout struck the northern districts at 9:40 p.m. on Monday, the grid operator said.",
    "The blackout left thousands of homes without heating through the night.",
    "Crews from three counties were sent to repair the damaged substation.",
  ]),
  makeArticle("herald", "The Coast Herald", [
    "Shops reopened as the blackout eased and traffic lights came back on.",
    "Residents queued for bottled water at the town hall.",
    "The blackout closed two hospitals' outpatient clinics.",
    "Officials said the blackout cost local firms a day's trade.",
    "Neighbours checked on elderly residents during the blackout.",
    "The blackout was the longest the county has known.",
  ]),
  makeArticle("post", "The Hill Post", [
    "A school concert was moved to the church hall because of the heat.",
    "Tickets for the harvest fair go on sale next week.",
  ]),
]);
const quoteOf = (question: string, source: string) =>
  answerQuestion(desk, question).sources.find((s) => s.source === source)?.quote?.paragraph ?? null;

describe("a 'when' question's light verb is told by the date", () => {
  it("finds the passage stating when the event happened, in whatever verb", () => {
    expect(quoteOf("when did the blackout start", "ledger")).toBe(1);
    expect(quoteOf("what time did the blackout happen", "ledger")).toBe(1);
  });

  it("does not count a date alone: a passage must hold the event's own word", () => {
    expect(quoteOf("when did the blackout start", "post")).toBeNull();
  });

  it("a passage naming the event without a date does not answer 'when'", () => {
    expect(quoteOf("when did the blackout start", "herald")).toBeNull();
  });
});
