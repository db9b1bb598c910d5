import type { Logger } from "@slack/bolt";
import {
  deliverReply,
  type ReplyJob,
  type ReplyOutcome,
  tellersOfReply,
} from "./listeners/deliver-reply.js";

/** One way of telling an asker something privately (a response_url, an ephemeral message). */
export type AskerTeller = (text: string) => Promise<unknown>;

/** What became of the replies still unfinished when the process had to leave. */
export interface LeftBehind {
  /** Unfinished when leaving began, then finished in the time given. */
  readonly finished: number;
  /** Still unfinished: their askers were told. */
  readonly told: number;
  /** Still unfinished, and their askers could not be told (or no way to tell them was known). */
  readonly untold: number;
}

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
  /** Replies acknowledged but not yet settled, with the ways to tell their askers. */
  private readonly unfinished = new Map<Promise<unknown>, readonly AskerTeller[]>();
  private lastArrival = Number.NEGATIVE_INFINITY;
  private lastJobMs = 0;

  /** Runs `job` after the jobs before it, letting Slack's requests through in between. */
  answer<T>(job: () => T | Promise<T>): Promise<T> {
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

  /**
   * Counts a reply as unfinished until it settles; `tellAsker` are the ways to tell its asker,
   * should the process have to leave before it is done (by default, those of a reply that
   * deliverReply gave).
   */
  track<T>(
    reply: Promise<T>,
    tellAsker: readonly AskerTeller[] = tellersOfReply(reply) ?? [],
  ): Promise<T> {
    this.unfinished.set(reply, tellAsker);
    const forget = () => this.unfinished.delete(reply);
    reply.then(forget, forget);
    return reply;
  }

  /** Delivers a reply (see deliverReply) and counts it as unfinished, with its asker's tellers. */
  deliver<Reply>(job: ReplyJob<Reply>, logger: Logger): Promise<ReplyOutcome> {
    return this.track(deliverReply(job, logger), job.tellAsker);
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
    await Promise.race([Promise.allSettled([...this.unfinished.keys()]), timeout]);
    clearTimeout(timer);
  }

  /**
   * For a process that must leave (a bug no listener caught): waits up to `finishMs` for the
   * replies under way, then tells the asker of each one still unfinished `text`, each way of
   * telling given at most `tellMs`. Bounded: it returns within about `finishMs + 2 × tellMs`.
   */
  async finishOrTell(text: string, finishMs: number, tellMs: number): Promise<LeftBehind> {
    const before = this.unfinished.size;
    await this.drain(finishMs);
    const waiting = [...this.unfinished.values()];
    const told = await Promise.all(waiting.map((tellers) => tellOnce(tellers, text, tellMs)));
    const toldCount = told.filter(Boolean).length;
    return {
      finished: Math.max(0, before - waiting.length),
      told: toldCount,
      untold: waiting.length - toldCount,
    };
  }
}

/**
 * Tries each way of telling in turn, each for at most `ms`; stops at the first that works, and
 * after one that timed out (it may have arrived: another way could tell twice).
 */
async function tellOnce(tellers: readonly AskerTeller[], text: string, ms: number) {
  for (const tell of tellers.slice(0, 2)) {
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      Promise.resolve()
        .then(() => tell(text))
        .then(
          () => "told" as const,
          () => "refused" as const,
        ),
      new Promise<"timed-out">((resolve) => {
        timer = setTimeout(() => resolve("timed-out"), ms);
      }),
    ]);
    clearTimeout(timer);
    if (outcome === "told") return true;
    if (outcome === "timed-out") return false;
  }
  return false;
}
