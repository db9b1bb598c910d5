/**
 * Word-level alignment of a quotation against a passage: where in the passage the quoted words
 * come from, and which words were kept, dropped, added or swapped on the way.
 */

/** One step of an alignment: a kept word, a swapped pair, an original word dropped, or a word added. */
export type AlignStep =
  | { readonly op: "same"; readonly quote: number; readonly original: number }
  | { readonly op: "swap"; readonly quote: number; readonly original: number }
  | { readonly op: "drop"; readonly original: number }
  | { readonly op: "add"; readonly quote: number };

export interface Alignment {
  readonly steps: readonly AlignStep[];
  /** Words kept as they were. */
  readonly same: number;
  /** First and last aligned word of the quotation (inclusive). */
  readonly quoteFrom: number;
  readonly quoteTo: number;
  /** First and last aligned word of the original (inclusive). */
  readonly originalFrom: number;
  readonly originalTo: number;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

/**
 * The best local alignment (Smith–Waterman) of two word sequences, compared by folded form;
 * null when they share no word.
 */
export function alignWords(
  quote: readonly string[],
  original: readonly string[],
): Alignment | null {
  const rows = quote.length + 1;
  const cols = original.length + 1;
  const score = new Int32Array(rows * cols);
  let best = 0;
  let bestAt = -1;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const diagonal =
        at(score, (i - 1) * cols + j - 1) + (quote[i - 1] === original[j - 1] ? MATCH : MISMATCH);
      const up = at(score, (i - 1) * cols + j) + GAP;
      const left = at(score, i * cols + j - 1) + GAP;
      const value = Math.max(0, diagonal, up, left);
      score[i * cols + j] = value;
      if (value > best) {
        best = value;
        bestAt = i * cols + j;
      }
    }
  }
  if (bestAt < 0) return null;
  const steps: AlignStep[] = [];
  let i = Math.floor(bestAt / cols);
  let j = bestAt % cols;
  let same = 0;
  while (i > 0 && j > 0 && at(score, i * cols + j) > 0) {
    const here = at(score, i * cols + j);
    const isSame = quote[i - 1] === original[j - 1];
    if (here === at(score, (i - 1) * cols + j - 1) + (isSame ? MATCH : MISMATCH)) {
      steps.push({ op: isSame ? "same" : "swap", quote: i - 1, original: j - 1 });
      if (isSame) same++;
      i--;
      j--;
    } else if (here === at(score, (i - 1) * cols + j) + GAP) {
      steps.push({ op: "add", quote: i - 1 });
      i--;
    } else {
      steps.push({ op: "drop", original: j - 1 });
      j--;
    }
  }
  steps.reverse();
  const first = steps.find((step) => step.op === "same");
  const last = steps.findLast((step) => step.op === "same");
  if (!first || !last || first.op !== "same" || last.op !== "same") return null;
  const trimmed = steps.slice(steps.indexOf(first), steps.indexOf(last) + 1);
  return {
    steps: trimmed,
    same,
    quoteFrom: first.quote,
    quoteTo: last.quote,
    originalFrom: first.original,
    originalTo: last.original,
  };
}

function at(score: Int32Array, index: number): number {
  return score[index] ?? 0;
}
