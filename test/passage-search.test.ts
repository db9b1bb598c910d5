import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { makeArticle } from "./support/make-article.js";

const filler =
  "The council met on Tuesday to discuss the budget, the schedule for road repairs, the new library hours and a long list of routine matters that took most of the afternoon. ";

const gazette = makeArticle("gazette", "The Gazette", [
  "Flooding closed the river road for a third day, county officials said.",
  "The governor promised a retaliatory response to the cyberattack on the state payroll system.",
  "American soldiers stationed near the border were moved to a larger base on Friday.",
  `${filler.repeat(6)}At the very end of this long paragraph the harbour pilots announced a strike over pay.`,
  "A missile defense battery was installed at the airfield last spring.",
]);
const courier = makeArticle("courier", "The Courier", [
  "The mayor opened a new bakery downtown and cut the ribbon herself.",
  "Schools will close early on Thursday because of the heat.",
]);
const desk = openDesk([gazette, courier]);
const best = (question: string, source = "gazette") =>
  answerQuestion(desk, question).sources.find((s) => s.source === source)?.quote?.paragraph ?? null;

describe("searching a desk's passages", () => {
  it("matches word forms: a question about retaliation finds a retaliatory response", () => {
    expect(best("what retaliation did the governor promise")).toBe(2);
  });

  it("treats newsroom equivalents alike: US troops are American soldiers", () => {
    expect(best("where were the US troops moved")).toBe(3);
  });

  it("forgives typos in the question", () => {
    expect(best("misile defence battery")).toBe(5);
    expect(best("harbor pilots strke")).toBe(4);
  });

  it("corrects a mistyped title the desk holds under one key ('govenor' for 'governor')", () => {
    const statehouse = openDesk([
      makeArticle("tribune", "The Tribune", [
        "The mayor said the bridge would reopen within a month.",
        "The governor said on Monday that the state would pay to mend the bridge.",
      ]),
    ]);
    const quote = answerQuestion(statehouse, "what did the govenor say about the bridge").quotes[0];
    expect(quote?.text).toContain("state would pay");
  });

  it("finds words far past the start of a long paragraph", () => {
    expect(gazette.passages[3]?.text.indexOf("harbour")).toBeGreaterThan(1000);
    expect(best("why did the harbour pilots strike")).toBe(4);
  });

  it("answers with the best passage of each source and marks a source that does not cover it", () => {
    const answer = answerQuestion(desk, "flooding on the river road");
    expect(answer.sources.map((s) => [s.source, s.covered, s.quote?.paragraph ?? null])).toEqual([
      ["gazette", true, 1],
      ["courier", false, null],
    ]);
  });

  it("scores quotes from 0 to 1, best first, and quotes the passage verbatim", () => {
    const answer = answerQuestion(desk, "the mayor opened a bakery");
    expect(answer.quotes[0]).toMatchObject({
      source: "courier",
      paragraph: 1,
      text: courier.passages[0]?.text,
    });
    for (const quote of answer.quotes) {
      expect(quote.score).toBeGreaterThan(0);
      expect(quote.score).toBeLessThanOrEqual(1);
    }
  });

  it("quotes nothing when no passage clears the relevance floor", () => {
    const answer = answerQuestion(desk, "volcano eruption in Iceland");
    expect(answer.quotes).toEqual([]);
    expect(answer.sources.every((s) => !s.covered && s.quote === null)).toBe(true);
  });

  it("answers a question of only stop words, markup or symbols with nothing found, never a throw", () => {
    for (const question of ["", "what is the", "?!?! ^= |", "<!channel> <@U123>", "\u202E\u0000"]) {
      expect(answerQuestion(desk, question).quotes).toEqual([]);
    }
  });

  it("ignores chat mentions inside a question", () => {
    expect(best("<!channel> <@U0123> flooding on the river road")).toBe(1);
  });
});
