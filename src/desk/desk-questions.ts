import { parse } from "yaml";

/**
 * A desk's question set (`questions.yml` in the desk's folder): questions a reporter would ask,
 * each with the passage every outlet should answer it with. Pure: text in, data out.
 */

/** One acceptable answer of an outlet: a verbatim fragment of the passage, or null (not covered). */
export type ExpectedPassage = string | null;

export interface DeskQuestion {
  readonly question: string;
  /** What the question tries: plain, paraphrase, typo, one-outlet, not-covered, event, name-variant… */
  readonly kind: string;
  /** True when the question was never tuned on: figures are reported on these. */
  readonly heldOut: boolean;
  /**
   * Article id → the acceptable answers (any one is right). `[null]`: the outlet does not cover
   * it; a list holding fragments and null: either that passage or not covered. An article the
   * set does not list is expected not to cover the question.
   */
  readonly expect: Readonly<Record<string, readonly ExpectedPassage[]>>;
}

/** A question set that cannot be read, with which entry and why. */
export class DeskQuestionsError extends Error {
  override readonly name = "DeskQuestionsError";
}

/** Fragments shorter than this many words could stand in more than one passage. */
const MIN_FRAGMENT_WORDS = 4;
const KIND = /^[a-z][a-z-]*$/;
const KEYS = new Set(["question", "kind", "heldOut", "expect"]);

export const DeskQuestionsMessage = Object.freeze({
  unreadable: (reason: string) => `questions.yml is not valid YAML: ${reason}`,
  notAList: "questions.yml must be a list of questions",
  notAnEntry: "is not a map with question and expect",
  noQuestion: "has no question text",
  unknownKey: (key: string) => `has an unknown key "${key}"`,
  badKind: "kind must be a word such as plain, paraphrase, typo, one-outlet or not-covered",
  badHeldOut: "heldOut must be true or false",
  noExpect: "expect must map article ids to a fragment, a list of fragments, or null",
  badFragment: (id: string) =>
    `expect.${id} must be a fragment of at least ${MIN_FRAGMENT_WORDS} words, a list of them, or null`,
  emptyList: (id: string) => `expect.${id} is an empty list`,
  at: (index: number, question: string | null, problem: string) =>
    `questions.yml entry ${index + 1}${question ? ` ("${question}")` : ""} ${problem}`,
});

/** Reads a `questions.yml` text. Throws a `DeskQuestionsError` naming the first bad entry. */
export function parseDeskQuestions(yamlText: string): DeskQuestion[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new DeskQuestionsError(DeskQuestionsMessage.unreadable(reason));
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new DeskQuestionsError(DeskQuestionsMessage.notAList);
  return data.map((entry, index) => readEntry(entry, index));
}

function readEntry(entry: unknown, index: number): DeskQuestion {
  const fail = (question: string | null, problem: string): never => {
    throw new DeskQuestionsError(DeskQuestionsMessage.at(index, question, problem));
  };
  if (entry === null || typeof entry !== "object" || Array.isArray(entry))
    return fail(null, DeskQuestionsMessage.notAnEntry);
  const fields = entry as Record<string, unknown>;
  const question = typeof fields["question"] === "string" ? fields["question"].trim() : "";
  if (question === "") return fail(null, DeskQuestionsMessage.noQuestion);
  for (const key of Object.keys(fields))
    if (!KEYS.has(key)) fail(question, DeskQuestionsMessage.unknownKey(key));
  const kind = fields["kind"] ?? "plain";
  if (typeof kind !== "string" || !KIND.test(kind)) fail(question, DeskQuestionsMessage.badKind);
  const heldOut = fields["heldOut"] ?? false;
  if (typeof heldOut !== "boolean") fail(question, DeskQuestionsMessage.badHeldOut);
  const expect = fields["expect"];
  if (expect === null || typeof expect !== "object" || Array.isArray(expect))
    return fail(question, DeskQuestionsMessage.noExpect);
  const expected: Record<string, readonly ExpectedPassage[]> = {};
  for (const [id, value] of Object.entries(expect as Record<string, unknown>)) {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) fail(question, DeskQuestionsMessage.emptyList(id));
    if (!list.every(isExpectedPassage)) fail(question, DeskQuestionsMessage.badFragment(id));
    expected[id] = Object.freeze([...(list as ExpectedPassage[])]);
  }
  return Object.freeze({
    question,
    kind: kind as string,
    heldOut: heldOut as boolean,
    expect: Object.freeze(expected),
  });
}

function isExpectedPassage(value: unknown): value is ExpectedPassage {
  if (value === null) return true;
  return typeof value === "string" && value.trim().split(/\s+/).length >= MIN_FRAGMENT_WORDS;
}

/** What an article is expected to answer with (not covered when the set does not list it). */
export function expectedFor(question: DeskQuestion, articleId: string): readonly ExpectedPassage[] {
  return question.expect[articleId] ?? [null];
}

/**
 * Whether an outlet's answer is one the set accepts: `passageText` is the text of the passage
 * it was answered with, or null when it was reported as not covered. Fragments match ignoring
 * case, runs of white space and typographic quotes and dashes.
 */
export function isExpectedAnswer(
  expected: readonly ExpectedPassage[],
  passageText: string | null,
): boolean {
  if (passageText === null) return expected.includes(null);
  const text = comparable(passageText);
  return expected.some((fragment) => fragment !== null && text.includes(comparable(fragment)));
}

/** Whether an outlet is expected to answer at all. */
export function expectsCoverage(expected: readonly ExpectedPassage[]): boolean {
  return expected.some((fragment) => fragment !== null);
}

function comparable(text: string): string {
  return text
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
