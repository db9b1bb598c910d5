/**
 * What a process remembers for a while, in memory: the newest `capacity` entries by key, none
 * older than `maxAgeMs`. Memory stays bounded, and after a restart everything is forgotten.
 */
export class ExpiringMemory<Value> {
  private readonly entries = new Map<string, { value: Value; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers `value` under `key`, as the newest entry (replacing what the key held). */
  set(key: string, value: Value): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** The value under `key` while it is remembered; null once it was dropped or expired. */
  get(key: string): Value | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.now() - entry.at > this.maxAgeMs) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  /** Forgets `key`. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
