/**
 * Answering is CPU work on the one event loop that also acknowledges Slack's requests. The desk
 * answers one question at a time and yields between questions, so a burst of commands is
 * acknowledged at once and answered in turn. It also counts unfinished replies, for shutdown.
 */
export class DeskWork {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly unfinished = new Set<Promise<unknown>>();

  /** Runs `job` after the jobs before it, with a turn of the event loop in between. */
  answer<T>(job: () => T): Promise<T> {
    const run = this.queue.then(yieldToEventLoop).then(job);
    this.queue = run.catch(() => undefined);
    return run;
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

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
