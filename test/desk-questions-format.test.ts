import { describe, expect, it } from "vitest";
import {
  DeskQuestionsError,
  expectedFor,
  isExpectedAnswer,
  parseDeskQuestions,
} from "../src/desk/desk-questions.js";

const GOOD = `
- question: who closed the bridge
  kind: plain
  heldOut: true
  expect:
    harbour-daily: "the council voted to close"
    river-post: null
    city-wire:
      - "engineers said the bridge was unsafe"
      - null
- question: what is the weather in Paris
  expect: {}
`;

describe("reading a desk's questions.yml", () => {
  it("reads questions, kinds, held-out marks and expected fragments", () => {
    const [first, second] = parseDeskQuestions(GOOD);
    expect(first).toEqual({
      question: "who closed the bridge",
      kind: "plain",
      heldOut: true,
      expect: {
        "harbour-daily": ["the council voted to close"],
        "river-post": [null],
        "city-wire": ["engineers said the bridge was unsafe", null],
      },
    });
    expect(second).toMatchObject({ kind: "plain", heldOut: false, expect: {} });
  });

  it("expects an article the set does not name not to cover the question", () => {
    const [first] = parseDeskQuestions(GOOD);
    expect(first && expectedFor(first, "unnamed-outlet")).toEqual([null]);
  });

  it("accepts a passage holding a fragment, whatever its case, spacing and typographic quotes", () => {
    const expected = ["the council voted to close", null];
    expect(isExpectedAnswer(expected, "On Monday The Council  voted to close it.")).toBe(true);
    expect(isExpectedAnswer(["the “new” bridge is shut"], 'Now the "new" bridge is shut.')).toBe(
      true,
    );
    expect(isExpectedAnswer(expected, "The mayor spoke.")).toBe(false);
    expect(isExpectedAnswer(expected, null)).toBe(true);
    expect(isExpectedAnswer(["the council voted to close"], null)).toBe(false);
  });

  it("reads an empty file as no questions", () => {
    expect(parseDeskQuestions("")).toEqual([]);
    expect(parseDeskQuestions("# nothing yet\n")).toEqual([]);
  });

  it.each([
    ["- question: [unclosed\n", /not valid YAML/],
    ["question: who\nexpect: {}\n", /must be a list/],
    ["- just a string\n", /entry 1 is not a map/],
    ["- question: ''\n  expect: {}\n", /entry 1 has no question/],
    ["- question: who\n", /entry 1 \("who"\) expect must map/],
    [
      "- question: who\n  expect: {a: too short}\n",
      /"who"\) expect\.a must be a fragment of at least 4 words/,
    ],
    ["- question: who\n  expect: {a: []}\n", /expect\.a is an empty list/],
    ["- question: who\n  expect: {a: 12}\n", /expect\.a must be a fragment/],
    ["- question: who\n  heldOut: yes please\n  expect: {}\n", /heldOut must be true or false/],
    ["- question: who\n  kind: Not A Kind\n  expect: {}\n", /kind must be a word/],
    ["- question: who\n  answer: x\n  expect: {}\n", /unknown key "answer"/],
  ])("names the entry and the problem in %j", (text, message) => {
    expect(() => parseDeskQuestions(text)).toThrow(DeskQuestionsError);
    expect(() => parseDeskQuestions(text)).toThrow(message);
  });

  it("names the right entry when a later one is broken", () => {
    const text = `${GOOD}- question: third one\n  expect: {x: short}\n`;
    expect(() => parseDeskQuestions(text)).toThrow(/entry 3 \("third one"\)/);
  });
});
