/**
 * A duplicate check: keys (event ids, trigger ids, `channel:ts`, shares) seen once. In one
 * process, RecentKeys; shared by every replica, the database's (src/newsroom/postgres).
 */
export interface SeenKeys {
  /** True the first time a key is seen; false while it is still remembered. */
  firstTime(key: string): boolean | Promise<boolean>;
  /** Lets a key go, so that it can be acted on again (a share that failed). */
  forget(key: string): void | Promise<void>;
}

/**
 * Remembers the last `capacity` keys seen (event ids, message timestamps), so a re-delivered
 * event or a message that arrives as two events is answered once. Memory stays bounded.
 */
export class RecentKeys implements SeenKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True the first time a key is seen; false while it is still remembered. */
  firstTime(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
    return true;
  }

  /** Forgets a key, so that it counts as new again (say, a share that failed, to be tried again). */
  forget(key: string): void {
    this.keys.delete(key);
  }

  get size(): number {
    return this.keys.size;
  }
}
