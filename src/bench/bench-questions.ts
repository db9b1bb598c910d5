import { pathToFileURL } from "node:url";

/** A benchmark question: which paragraph(s) of which source answer it (null: that source does not). */
export interface BenchQuestion {
  readonly question: string;
  readonly expect: Readonly<Record<string, number | readonly number[] | null>>;
}

/**
 * Loads the question mix from a module exporting an array of `{ question, expect }`
 * (by default the team's question set on the seeds, kept with the tests).
 */
export async function loadBenchQuestions(file: string): Promise<BenchQuestion[]> {
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const list = Object.values(module).find(
    (value): value is BenchQuestion[] =>
      Array.isArray(value) &&
      value.every((item) => typeof item?.question === "string" && typeof item?.expect === "object"),
  );
  if (!list) throw new Error(`no question list found in ${file}`);
  return list;
}

/** Whether a source's best paragraph is the expected one. */
export function isExpected(
  expected: number | readonly number[] | null | undefined,
  got: number | null,
): boolean {
  if (expected === undefined || expected === null) return got === null;
  return typeof expected === "number" ? expected === got : expected.includes(got ?? -1);
}

/** The (question, source) pairs whose expected passage an engine must find, for recall. */
export function recallPairs(
  questions: readonly BenchQuestion[],
): Array<{ question: string; source: string; expected: number | readonly number[] }> {
  return questions.flatMap(({ question, expect }) =>
    Object.entries(expect).flatMap(([source, expected]) =>
      expected === null ? [] : [{ question, source, expected }],
    ),
  );
}

export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index] ?? 0;
}
