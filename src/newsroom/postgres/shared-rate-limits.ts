import type pg from "pg";
import { reasonOf } from "./archive-pool.js";

/** How often (in holds) deadlines long passed are swept out. */
const SWEEP_EVERY = 100;

export const RateLimitsMessage = Object.freeze({
  local: (reason: string) =>
    `Slack back-off: the database did not answer (${reason}); kept in this replica alone until it does`,
  shared: "Slack back-off: shared through the database again",
});

/**
 * Slack's rate-limit back-off shared by every replica (`slack_backoff`: a deadline per scope, a
 * Web API method or a method in one channel): a 429 one replica receives holds the others' calls
 * of that scope until Slack's Retry-After has passed. Deadlines are the database's clock, so the
 * replicas' clocks need not agree. While the database does not answer, this replica keeps its
 * own (said once in the log).
 */
export class SharedRateLimits {
  private readonly local = new Map<string, number>();
  private away = false;
  private holds = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** How long (ms) until Slack takes calls of these scopes again, whichever replica was told; 0: now. */
  async waitFor(scopes: readonly string[]): Promise<number> {
    try {
      const { rows } = await this.pool.query<{ ms: number | null }>(
        `SELECT ceil(max(extract(epoch FROM until - clock_timestamp()) * 1000))::int AS ms
         FROM slack_backoff WHERE scope = ANY($1::text[]) AND until > clock_timestamp()`,
        [scopes],
      );
      this.back();
      return Math.max(rows[0]?.ms ?? 0, this.localWait(scopes));
    } catch (error) {
      this.lost(error);
      return this.localWait(scopes);
    }
  }

  /** Slack said to wait `ms` before calling `scope` again: every replica waits. */
  async hold(scope: string, ms: number): Promise<void> {
    this.local.set(scope, Math.max(this.local.get(scope) ?? 0, Date.now() + ms));
    try {
      this.holds += 1;
      if (this.holds % SWEEP_EVERY === 0)
        await this.pool.query("DELETE FROM slack_backoff WHERE until < now() - interval '1 hour'");
      await this.pool.query(
        `INSERT INTO slack_backoff (scope, until)
         VALUES ($1, clock_timestamp() + $2 * interval '1 millisecond')
         ON CONFLICT (scope) DO UPDATE SET until = greatest(slack_backoff.until, EXCLUDED.until)`,
        [scope, ms],
      );
      this.back();
    } catch (error) {
      this.lost(error);
    }
  }

  private localWait(scopes: readonly string[]): number {
    const now = Date.now();
    let wait = 0;
    for (const scope of scopes) {
      const deadline = this.local.get(scope);
      if (deadline === undefined) continue;
      if (deadline <= now) this.local.delete(scope);
      else wait = Math.max(wait, deadline - now);
    }
    return wait;
  }

  private lost(error: unknown): void {
    if (!this.away) this.log(RateLimitsMessage.local(reasonOf(error)));
    this.away = true;
  }

  private back(): void {
    if (this.away) this.log(RateLimitsMessage.shared);
    this.away = false;
  }
}
