import type pg from "pg";

/** How long a key is remembered unless said otherwise: Slack retries within minutes. */
const DEFAULT_TTL_MS = 60 * 60 * 1000;
/** How often expired keys are swept out. */
const SWEEP_EVERY = 500;

/**
 * The duplicate checks every replica shares (retried events, replayed commands and clicks,
 * shares), in the archive's database: a key is claimed by one replica only, until it expires.
 */
export class SharedSeenKeys {
  private claims = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly ttlMs = DEFAULT_TTL_MS,
  ) {}

  /** True for the one replica that sees a key first (or after it expired); false for every other. */
  async firstTime(key: string, ttlMs = this.ttlMs): Promise<boolean> {
    this.claims += 1;
    if (this.claims % SWEEP_EVERY === 0) await this.sweep();
    const { rowCount } = await this.pool.query(
      `INSERT INTO seen_keys (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at
       WHERE seen_keys.expires_at <= now()`,
      [key, ttlMs],
    );
    return rowCount === 1;
  }

  /** Removes the keys that have expired; returns how many. */
  async sweep(): Promise<number> {
    const { rowCount } = await this.pool.query("DELETE FROM seen_keys WHERE expires_at <= now()");
    return rowCount ?? 0;
  }
}
