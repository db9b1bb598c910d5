/**
 * One engine shared by the versions of an archive desk that reloads update in place. A question
 * holds the engine from its first lookup to its answer (its lookups wait on the database
 * meanwhile); an update waits until no question holds it, then changes the engine and swaps in
 * the desk's new version in one step, so a question in flight finishes on the engine it started
 * with and never sees half an update. A question that comes while an update waits is answered
 * from the new version once it is in.
 */
export class EngineGate<Desk> {
  private holding = 0;
  private swapping: Promise<void> | null = null;
  private drained: (() => void) | null = null;

  constructor(private current: Desk) {}

  /** The desk's version now in. */
  get desk(): Desk {
    return this.current;
  }

  /** How many questions hold the engine now. */
  get questionsInFlight(): number {
    return this.holding;
  }

  /** Whether an update is waiting for the questions in flight (or being made). */
  get updateWaiting(): boolean {
    return this.swapping !== null;
  }

  /** Runs a question on the desk's version now in; no update is made until it is done. */
  async hold<T>(work: (desk: Desk) => Promise<T>): Promise<T> {
    while (this.swapping) await this.swapping;
    this.holding += 1;
    try {
      return await work(this.current);
    } finally {
      this.holding -= 1;
      if (this.holding === 0) this.drained?.();
    }
  }

  /**
   * Waits until no question holds the engine, then runs `change` (which updates the engine and
   * returns the desk's new version, without waiting on anything) and puts its version in.
   */
  async swap(change: () => Desk): Promise<Desk> {
    while (this.swapping) await this.swapping;
    let done = () => {};
    this.swapping = new Promise((resolve) => {
      done = resolve;
    });
    try {
      if (this.holding > 0)
        await new Promise<void>((resolve) => {
          this.drained = resolve;
        });
      this.drained = null;
      this.current = change();
      return this.current;
    } finally {
      this.swapping = null;
      done();
    }
  }
}
