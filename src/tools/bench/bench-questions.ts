import { readFile } from "node:fs/promises";
import {
  type DeskQuestion,
  expectedFor,
  expectsCoverage,
  isExpectedAnswer,
  parseDeskQuestions,
} from "../../desk/desk-questions.js";

/** A benchmark question: a desk's `questions.yml` entry (which passage each outlet answers with). */
export type BenchQuestion = DeskQuestion;

/** What an engine answered: each source's best passage text (a source it did not rank is absent). */
export type BestBySource = ReadonlyMap<string, string>;

/** Reads the question mix from a desk's `questions.yml` (src/desk/desk-questions.ts has the format). */
export async function loadBenchQuestions(file: string): Promise<BenchQuestion[]> {
  return parseDeskQuestions(await readFile(file, "utf8"));
}

/** One (question, source) pair whose expected passage an engine must find, for recall. */
export interface RecallPair {
  readonly question: string;
  readonly source: string;
  readonly heldOut: boolean;
}

/** The (question, source) pairs where the source is expected to answer the question. */
export function recallPairs(questions: readonly BenchQuestion[]): RecallPair[] {
  return questions.flatMap((question) =>
    Object.keys(question.expect)
      .filter((source) => expectsCoverage(expectedFor(question, source)))
      .map((source) => ({ question: question.question, source, heldOut: question.heldOut })),
  );
}

/** Whether a source's best passage (its text, or null when none) is one the question set accepts. */
export function isExpectedPassage(
  questions: ReadonlyMap<string, BenchQuestion>,
  pair: RecallPair,
  got: string | null,
): boolean {
  const question = questions.get(pair.question);
  return question ? isExpectedAnswer(expectedFor(question, pair.source), got) : false;
}

/** The share of pairs for which `found` holds an expected passage (0 when there are none). */
export function recallOf(
  questions: readonly BenchQuestion[],
  pairs: readonly RecallPair[],
  found: ReadonlyMap<string, BestBySource>,
): number {
  const byText = new Map(questions.map((question) => [question.question, question]));
  const hits = pairs.filter((pair) =>
    isExpectedPassage(byText, pair, found.get(pair.question)?.get(pair.source) ?? null),
  );
  return Math.round((pairs.length ? hits.length / pairs.length : 0) * 1000) / 1000;
}

export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index] ?? 0;
}
