/** How the desk paces its answers against Slack's requests (defaults in one frozen object). */
export const DeskWorkPacing = Object.freeze({
  /** Questions arriving closer together than this make a burst. */
  burstGapMs: 50,
  /** The least pause between answers during a burst. */
  minPauseMs: 1,
  /** A single pause is never longer than this. */
  maxPauseMs: 50,
});

/**
 * Answering is CPU work on the one event loop that also acknowledges Slack's requests, which
 * Slack wants within 3 seconds. The desk answers one question at a time and yields between
 * questions. During a burst it pauses after each answer for as long as that answer took (at most
 * `maxPauseMs`), so acknowledging new requests gets at least half of the time while answers take
 * up to that long each; answers wait in turn. It also counts unfinished replies, for shutdown.
 */
export class DeskWork {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly unfinished = new Set<Promise<unknown>>();
  private lastArrival = Number.NEGATIVE_INFINITY;
  private lastJobMs = 0;

  /** Runs `job` after the jobs before it, letting Slack's requests through in between. */
  answer<T>(job: () => T): Promise<T> {
    this.lastArrival = performance.now();
    const run = this.queue
      .then(() => this.pause())
      .then(() => {
        const started = performance.now();
        try {
          return job();
        } finally {
          this.lastJobMs = performance.now() - started;
        }
      });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private pause(): Promise<void> {
    const inBurst = performance.now() - this.lastArrival < DeskWorkPacing.burstGapMs;
    if (!inBurst) return new Promise((resolve) => setImmediate(resolve));
    const ms = Math.min(
      DeskWorkPacing.maxPauseMs,
      Math.max(DeskWorkPacing.minPauseMs, this.lastJobMs),
    );
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Counts a reply as unfinished until it settles. */
  track<T>(reply: Promise<T>): Promise<T> {
    this.unfinished.add(reply);
    const forget = () => this.unfinished.delete(reply);
    reply.then(forget, forget);
    return reply;
  }

  get pending(): number {
    return this.unfinished.size;
  }

  /** Waits for unfinished replies, at most `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.unfinished]), timeout]);
    clearTimeout(timer);
  }
}
