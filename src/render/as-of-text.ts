import type { AsOf } from "../answer/answer.js";

/**
 * "12 articles on this desk, newest 2024-05-03": how current the desk is, for every answer.
 * A desk with no dated article says only how many it holds (never "undated").
 */
export function asOfLine(asOf: AsOf): string {
  const count = `${asOf.articles} ${asOf.articles === 1 ? "article" : "articles"} on this desk`;
  return asOf.newest ? `${count}, newest ${asOf.newest}` : count;
}
