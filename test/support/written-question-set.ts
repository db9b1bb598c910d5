import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { answerQuestion } from "../../src/answer/answer-question.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";

/** One question of a desk's `questions.yml` (format: the team plan's addendum). */
export interface SetQuestion {
  readonly question: string;
  readonly kind: string;
  readonly heldOut: boolean;
  /** Article id → verbatim fragments of passages that answer (any one will do), or null. */
  readonly expect: Readonly<Record<string, readonly string[] | null>>;
}

/** Reads a `questions.yml`, failing loudly on an entry that does not follow the format. */
export async function readQuestionSet(file: string): Promise<SetQuestion[]> {
  const entries = parse(await readFile(file, "utf8")) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file}: not a list of questions`);
  return entries.map((entry: Record<string, unknown>, i) => {
    const { question, kind, heldOut, expect } = entry;
    if (typeof question !== "string" || typeof kind !== "string" || typeof heldOut !== "boolean")
      throw new Error(`${file}: entry ${i + 1} lacks question, kind or heldOut`);
    if (!expect || typeof expect !== "object")
      throw new Error(`${file}: "${question}" lacks expect`);
    const fragments = Object.entries(expect).map(([id, value]): [string, string[] | null] => {
      if (value === null) return [id, null];
      const list = Array.isArray(value) ? value : [value];
      if (list.length === 0 || !list.every((item) => typeof item === "string"))
        throw new Error(`${file}: "${question}" / ${id}: a fragment, a list of them, or null`);
      return [id, list];
    });
    return { question, kind, heldOut, expect: Object.fromEntries(fragments) };
  });
}

/** How one (question, outlet) pair came out. */
export interface PairResult {
  readonly question: string;
  readonly kind: string;
  readonly heldOut: boolean;
  readonly source: string;
  /** Whether the outlet covers the question, by the set. */
  readonly covers: boolean;
  readonly right: boolean;
  /** What the desk quoted for the outlet, or null for "not covered". */
  readonly got: string | null;
}

/**
 * Asks every question through the public ask path and checks each outlet's best passage: right
 * when it holds one of the expected fragments, or when both say "not covered".
 */
export function runQuestionSet(desk: StoryDesk, questions: readonly SetQuestion[]): PairResult[] {
  return questions.flatMap(({ question, kind, heldOut, expect }) => {
    const answer = answerQuestion(desk, question);
    return answer.sources.map((side): PairResult => {
      const wanted = expect[side.source];
      if (wanted === undefined) throw new Error(`"${question}": no expectation for ${side.source}`);
      const got = side.quote?.text ?? null;
      const right =
        wanted === null ? got === null : got !== null && wanted.some((f) => got.includes(f));
      return { question, kind, heldOut, source: side.source, covers: wanted !== null, right, got };
    });
  });
}

/** The share of pairs right (1 when there are none). */
export function shareRight(pairs: readonly PairResult[]): number {
  return pairs.length === 0 ? 1 : pairs.filter((pair) => pair.right).length / pairs.length;
}

/** A figures line: overall, covered pairs, "not covered" pairs, and each outlet. */
export function figuresLine(label: string, pairs: readonly PairResult[]): string {
  const pct = (list: readonly PairResult[]) =>
    `${Math.round(shareRight(list) * 100)}% of ${list.length}`;
  const outlets = [...new Set(pairs.map((pair) => pair.source))]
    .map((source) => `${source} ${pct(pairs.filter((pair) => pair.source === source))}`)
    .join("; ");
  return [
    `${label}: ${pct(pairs)} right`,
    `covered ${pct(pairs.filter((pair) => pair.covers))}`,
    `not covered ${pct(pairs.filter((pair) => !pair.covers))}`,
    `per outlet: ${outlets}`,
  ].join(" · ");
}

/** Each miss, one line: question, outlet, what was wanted and what was quoted. */
export function missLines(pairs: readonly PairResult[], questions: readonly SetQuestion[]): string {
  const wanted = new Map(questions.map((q) => [q.question, q.expect]));
  return pairs
    .filter((pair) => !pair.right)
    .map((pair) => {
      const want = wanted.get(pair.question)?.[pair.source];
      return `${pair.question} / ${pair.source}: wanted ${JSON.stringify(want)}, got ${JSON.stringify(pair.got?.slice(0, 80) ?? null)}`;
    })
    .join("\n");
}
