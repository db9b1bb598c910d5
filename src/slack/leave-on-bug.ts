import type { Logger } from "@slack/bolt";
import { describeError } from "./redacting-logger.js";

/** What leaving needs of the running app. */
export interface Leaving {
  readonly logger: Logger;
  /** Finishes or tells the askers of everything acknowledged (bounded). */
  leave(): Promise<unknown>;
}

/** Where failures no listener caught are heard (the process; an emitter in tests). */
export interface FailureSource {
  on(event: "unhandledRejection" | "uncaughtException", listener: (failure: unknown) => void): void;
}

/**
 * Every listener catches its own failures. Anything that still slips through (an exception or a
 * rejection nobody handled) is a state the bot may not recover from (say, a Socket Mode
 * connection that gave up): it is logged, scrubbed of secrets, the answers already acknowledged
 * are finished or their askers told, and the process exits with 1 for its supervisor to start it
 * afresh. A second failure while leaving is logged; the exit stays the one under way.
 */
export function leaveOnBug(
  running: Leaving,
  exit: (code: number) => void = (code) => process.exit(code),
  source: FailureSource = process,
): void {
  let leaving = false;
  const onFailure = (failure: unknown) => {
    running.logger.error(`unexpected failure, exiting: ${describeError(failure)}`);
    if (leaving) return;
    leaving = true;
    running
      .leave()
      .catch(() => undefined)
      .finally(() => exit(1));
  };
  source.on("unhandledRejection", onFailure);
  source.on("uncaughtException", onFailure);
}
