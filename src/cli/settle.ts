/**
 * After a large desk is loaded, the JavaScript engine goes on compiling and collecting in the
 * background for a moment. A one-question run waits for that, as a running bot has long done,
 * so that the time it reports is the answer's own. Small desks need no wait.
 */
export async function settleAfterLoading(passages: number): Promise<void> {
  const ms = Math.min(MAX_SETTLE_MS, Math.floor(passages / PASSAGES_PER_MS));
  if (ms >= MIN_SETTLE_MS) await new Promise((resolve) => setTimeout(resolve, ms));
}

const PASSAGES_PER_MS = 400;
const MIN_SETTLE_MS = 20;
const MAX_SETTLE_MS = 300;
