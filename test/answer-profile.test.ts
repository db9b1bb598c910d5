import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { carriedByProfile, type ProfileTerms } from "../src/search/answer-profile.js";
import { makeArticle } from "./support/make-article.js";

/** Terms as given per passage id, each weighing the same. */
function termsFrom(byId: Record<number, number[]>): ProfileTerms {
  return { termsOf: (id) => byId[id] ?? [], weightOf: () => 2 };
}

describe("the confident outlets' answer profile", () => {
  const floor = 0.6;

  it("carries an outlet under the floor that tells what two confident outlets tell, to the floor", () => {
    const passages = [
      { id: 1, source: 0, score: 0.9, coverage: 1 },
      { id: 2, source: 1, score: 0.8, coverage: 1 },
      { id: 3, source: 2, score: 0.5, coverage: 0.5 },
    ];
    const terms = termsFrom({ 1: [10, 11, 12, 13], 2: [10, 11, 12, 14], 3: [10, 11, 12, 20] });
    expect([...carriedByProfile(passages, floor, terms)]).toEqual([[3, floor]]);
  });

  it("carries nothing when one outlet alone answers: its wording is its own", () => {
    const passages = [
      { id: 1, source: 0, score: 0.9, coverage: 1 },
      { id: 3, source: 2, score: 0.5, coverage: 0.5 },
    ];
    const terms = termsFrom({ 1: [10, 11, 12], 3: [10, 11, 12] });
    expect(carriedByProfile(passages, floor, terms).size).toBe(0);
  });

  it("leaves a candidate sharing too few of the profile's terms, or off the question", () => {
    const passages = [
      { id: 1, source: 0, score: 0.9, coverage: 1 },
      { id: 2, source: 1, score: 0.8, coverage: 1 },
      { id: 3, source: 2, score: 0.5, coverage: 0.5 },
      { id: 4, source: 3, score: 0.5, coverage: 0.1 },
    ];
    const terms = termsFrom({
      1: [10, 11, 12],
      2: [10, 11, 12],
      3: [10, 11, 30, 31, 32],
      4: [10, 11, 12],
    });
    expect(carriedByProfile(passages, floor, terms).size).toBe(0);
  });

  it("leaves alone an outlet that already answers over the floor", () => {
    const passages = [
      { id: 1, source: 0, score: 0.9, coverage: 1 },
      { id: 2, source: 1, score: 0.8, coverage: 1 },
      { id: 3, source: 1, score: 0.5, coverage: 0.5 },
    ];
    const terms = termsFrom({ 1: [10, 11, 12], 2: [10, 11, 12], 3: [10, 11, 12] });
    expect(carriedByProfile(passages, floor, terms).size).toBe(0);
  });
});

describe("an outlet telling the answer in its own words is covered", () => {
  // Invented copy: a footbridge closed after an inspection, told by four outlets.
  const ledger = makeArticle("ledger", "The Marrow Ledger", [
    "Inspectors closed the Marrowby footbridge on Tuesday after finding rusted cables and a cracked pillar beneath its east span.",
    "The council said the crossing had carried walkers for forty years.",
  ]);
  const herald = makeArticle("herald", "The Coast Herald", [
    "The footbridge was closed by inspectors who found rusted cables and a cracked pillar under the east span.",
    "Walkers will use a ferry for now.",
  ]);
  const post = makeArticle("post", "The Hill Post", [
    "The Marrowby footbridge stays shut. Engineers had found rusted cables and a cracked pillar under the east span during a routine visit.",
    "The council meets next week.",
  ]);
  const wire = makeArticle("wire", "Wire Service", [
    "The Marrowby footbridge will reopen to walkers next spring, the council said, and a ferry will run until then.",
  ]);
  const question = "why did inspectors close the footbridge?";

  it("quotes the outlet whose rusted cables and cracked pillar the confident outlets also tell", () => {
    const answer = answerQuestion(openDesk([ledger, herald, post, wire]), question);
    const quote = answer.sources.find((source) => source.source === "post")?.quote;
    expect(quote?.text).toBe(post.passages[0]?.text);
  });

  it("keeps the outlet that tells no reason not covered", () => {
    const answer = answerQuestion(openDesk([ledger, herald, post, wire]), question);
    expect(answer.sources.find((source) => source.source === "wire")?.covered).toBe(false);
  });

  it("does not cover the outlet on its own words alone, with no confident outlets beside it", () => {
    const answer = answerQuestion(openDesk([post, wire]), question);
    expect(answer.sources.find((source) => source.source === "post")?.covered).toBe(false);
  });
});
