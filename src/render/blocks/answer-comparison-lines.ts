import type { Comparison } from "../../compare/comparison.js";
import { differenceLines } from "../../compare/difference-lines.js";

/**
 * The comparison lines an answer shows inline, most telling first: changed quotes, then hedges
 * and disputes, then who each outlet puts the claim down to, facts only one outlet has, naming.
 * At most `max`; the rest are behind "How they differ". (One place to swap in the comparison's
 * own ranking when it offers one.)
 */
export function answerComparisonLines(comparison: Comparison, max = 3): string[] {
  return differenceLines(comparison, { maxLines: max });
}
