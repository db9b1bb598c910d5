import type pg from "pg";
import { reasonOf } from "./archive-pool.js";

/** How long a key is remembered unless said otherwise: Slack retries within minutes. */
const DEFAULT_TTL_MS = 60 * 60 * 1000;
/** How often (in claims) expired keys are swept out. */
const SWEEP_EVERY = 500;
/** Keys remembered in this process while the database is away. */
const LOCAL_CAPACITY = 10_000;

export const SeenKeysMessage = Object.freeze({
  local: (reason: string) =>
    `duplicate checks: the database did not answer (${reason}); checking in this replica alone until it does`,
  shared: "duplicate checks: shared through the database again",
});

/**
 * The duplicate checks every replica shares (retried events, replayed commands and clicks,
 * messages answered, shares), in the archive's database: a key is claimed by one replica only,
 * until it expires. While the database does not answer, this replica checks on its own (said
 * once in the log), so a question is still answered.
 */
export class SharedSeenKeys {
  private claims = 0;
  private readonly local = new Set<string>();
  private away = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly ttlMs = DEFAULT_TTL_MS,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** True for the one replica that sees a key first (or after it expired); false for every other. */
  async firstTime(key: string, ttlMs = this.ttlMs): Promise<boolean> {
    try {
      this.claims += 1;
      if (this.claims % SWEEP_EVERY === 0) await this.sweep();
      const { rowCount } = await this.pool.query(
        `INSERT INTO seen_keys (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at
         WHERE seen_keys.expires_at <= now()`,
        [key, ttlMs],
      );
      if (this.away) this.log(SeenKeysMessage.shared);
      this.away = false;
      return rowCount === 1 && !this.local.has(key);
    } catch (error) {
      if (!this.away) this.log(SeenKeysMessage.local(reasonOf(error)));
      this.away = true;
      return this.firstLocally(key);
    }
  }

  /** Lets a key go (a share that failed may be tried again). */
  async forget(key: string): Promise<void> {
    this.local.delete(key);
    await this.pool.query("DELETE FROM seen_keys WHERE key = $1", [key]).catch(() => {});
  }

  /** Removes the keys that have expired; returns how many. */
  async sweep(): Promise<number> {
    const { rowCount } = await this.pool.query("DELETE FROM seen_keys WHERE expires_at <= now()");
    return rowCount ?? 0;
  }

  private firstLocally(key: string): boolean {
    if (this.local.has(key)) return false;
    this.local.add(key);
    if (this.local.size > LOCAL_CAPACITY) {
      const oldest = this.local.values().next().value;
      if (oldest !== undefined) this.local.delete(oldest);
    }
    return true;
  }
}
