import type { Answer, Quote } from "../../answer/answer.js";
import { passageKey } from "../../ingest/article.js";

/**
 * Every quote an answer holds, best first and each passage once: the ranked quotes, then each
 * outlet's best and close seconds. "More quotes" pages through this list.
 */
export function quotePool(answer: Answer): Quote[] {
  const seen = new Set<string>();
  const pool: Quote[] = [];
  const add = (quote: Quote | null) => {
    if (quote === null) return;
    const key = passageKey(quote.source, quote.kind, quote.paragraph);
    if (seen.has(key)) return;
    seen.add(key);
    pool.push(quote);
  };
  for (const quote of answer.quotes) add(quote);
  const rest = answer.sources
    .flatMap((source) => [source.quote, ...source.seconds])
    .filter((quote): quote is Quote => quote !== null)
    .sort((a, b) => b.score - a.score);
  for (const quote of rest) add(quote);
  return pool;
}
