import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { parseConsoleLine } from "../src/console/console-line.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { answerJson } from "../src/render/answer-json.js";
import { renderAnswerText } from "../src/render/answer-text.js";
import { hostileText } from "./support/hostile-text.js";

let desk: StoryDesk;
beforeAll(async () => {
  desk = await openDeskFolder("seeds/iraq", () => {}, { cache: null });
});

/** Strings a hostile or careless user might type (shared with the Block Kit properties). */
const hostile = hostileText;

describe("hostile questions", () => {
  it("always get an answer or nothing found, never a throw, through the question path and the renderers", () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const answer = answerQuestion(desk, question);
        expect(answer.sources).toHaveLength(desk.articles.length);
        expect(answer.quotes.length).toBeLessThanOrEqual(5);
        expect(typeof renderAnswerText(answer)).toBe("string");
        expect(JSON.parse(JSON.stringify(answerJson(answer))).query).toBe(answer.query);
        parseConsoleLine(question);
      }),
      { numRuns: 300 },
    );
  });

  it("with words that name the built-in properties of every JavaScript object get an answer", () => {
    for (const question of ["constructor", "toString valueOf", "who set __proto__ hasOwnProperty"])
      expect(answerQuestion(desk, question).sources).toHaveLength(desk.articles.length);
  });

  it("answer a 20,000-character question from its start, without reading the rest", () => {
    const question = `who attacked Taji ${"x".repeat(20_000)}`;
    const answer = answerQuestion(desk, question);
    expect(answer.quotes[0]?.text).toMatch(/Taji/);
  });

  it("only ever quote passages verbatim from the desk", () => {
    const texts = new Set(
      desk.articles.flatMap((article) => article.passages.map((passage) => passage.text)),
    );
    fc.assert(
      fc.property(hostile, (question) => {
        for (const quote of answerQuestion(desk, question).quotes)
          expect(texts.has(quote.text)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
