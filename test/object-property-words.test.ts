import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { answerJson } from "../src/render/answer-json.js";
import { renderAnswerText } from "../src/render/answer-text.js";

/** The names every plain JavaScript object answers to, written as a page or a reporter might. */
const PROPERTY_WORDS = Object.freeze([
  "constructor",
  "Constructor",
  "toString",
  "tostring",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "__proto__",
  "__defineGetter__",
  "__lookupSetter__",
]);

/** A page whose every slot (title, outlet, byline, names, figures, quotes, hedges) holds such words. */
function pageOf(outlet: string, killed: number, hurt: string): string {
  return [
    `Constructor toString valueOf report | ${outlet}`,
    "",
    "January 2, 2024",
    "",
    "By Jane Constructor",
    "",
    `The constructor said toString valueOf that the constructor collapse killed ${killed} prototype workers on Tuesday, according to __proto__ officials.`,
    "",
    `"We hasOwnProperty no doubt," said constructor spokesman John valueOf. At least ${hurt} toString people were hurt, the isPrototypeOf agency reported.`,
    "",
    "Officials said it is not clear whether propertyIsEnumerable caused the toLocaleString collapse of the __defineGetter__ bridge.",
    "",
    `Constructor Valueof, the constructor's chief, told reporters that ${killed} constructor crews and ${hurt} hundred toString tonnes were lost.`,
  ].join("\n");
}

let folder: string;
let desk: StoryDesk;
const warnings: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "property-words-"));
  await writeFile(
    path.join(folder, "constructor-news-2024-01-02.txt"),
    pageOf("The Daily Prototype", 12, "twenty"),
  );
  await writeFile(
    path.join(folder, "tostring-valueof-2024-01-03.txt"),
    pageOf("Evening Constructor", 15, "thirty"),
  );
  await writeFile(path.join(folder, "__proto__.txt"), pageOf("hasOwnProperty", 9, "constructor"));
  desk = await openDeskFolder(folder, (warning) => warnings.push(String(warning)), {
    cache: null,
  });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function answerFully(question: string): void {
  const answer = answerQuestion(desk, question);
  expect(answer.sources).toHaveLength(desk.articles.length);
  expect(typeof renderAnswerText(answer)).toBe("string");
  expect(JSON.parse(JSON.stringify(answerJson(answer))).query).toBe(answer.query);
}

describe("pages and questions made of the names of JavaScript's object properties", () => {
  it("are all read as articles, none skipped", () => {
    expect(desk.articles).toHaveLength(3);
  });

  it("answer and compare every question about them without failing", () => {
    for (const question of [
      "how many constructor workers were killed",
      "who said toString",
      "what did valueOf say",
      "__proto__ constructor",
      "who is hasOwnProperty",
      "when did the toLocaleString collapse happen",
    ])
      answerFully(question);
  });

  it("answer any question mixing those names with news words", () => {
    const word = fc.constantFrom(
      ...PROPERTY_WORDS,
      "who",
      "how",
      "many",
      "killed",
      "said",
      "the",
      "at",
      "least",
      "12",
      "twenty",
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        answerFully(words.join(" "));
      }),
      { numRuns: 60 },
    );
  });
});
