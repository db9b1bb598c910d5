import { ArchiveMessage, reasonOf } from "./archive-pool.js";

/** After the database failed, how long answers skip it before one tries it again. */
const RETRY_AFTER_MS = 2_000;

/** A database call refused at once: the database failed a moment ago. */
export class ArchiveAwayError extends Error {
  override readonly name = "ArchiveAwayError";
}

/**
 * Whether a replica reaches its database, said in the log once when it is lost and once when it
 * is back (never with the URL or its password). Answers go through `use`: while the database is
 * away they fail at once (and are answered from what was last loaded) but for one try every
 * couple of seconds; the change listener reports its own connection here too.
 */
export class ArchiveLink {
  private away = false;
  private retryAt = 0;

  constructor(
    private readonly log: (line: string) => void,
    /** The database URL, scrubbed from every reason logged. */
    private readonly url?: string,
    private readonly retryAfterMs = RETRY_AFTER_MS,
  ) {}

  /** Whether the database was lost and is not known to be back. */
  get isAway(): boolean {
    return this.away;
  }

  /** Runs a database call, noting whether the database answered. */
  async use<T>(call: () => Promise<T>): Promise<T> {
    if (this.away && performance.now() < this.retryAt)
      throw new ArchiveAwayError("the database is away");
    try {
      const result = await call();
      this.back();
      return result;
    } catch (error) {
      if (isConnectionError(error)) this.lost(error);
      throw error;
    }
  }

  /** The database failed (said once until it is back). */
  lost(error: unknown): void {
    this.retryAt = performance.now() + this.retryAfterMs;
    if (this.away) return;
    this.away = true;
    this.log(ArchiveMessage.lost(reasonOf(error, this.url)));
  }

  /** The database answered (said once after it was lost). */
  back(): void {
    if (!this.away) return;
    this.away = false;
    this.log(ArchiveMessage.back);
  }
}

/**
 * Whether an error says the database is out of reach (no connection, a connection broken, the
 * server shutting down or refusing connections), not that it refused one statement.
 */
export function isConnectionError(error: unknown): boolean {
  const { code, severity } = (error ?? {}) as { code?: unknown; severity?: unknown };
  if (typeof severity !== "string") return true;
  return typeof code === "string" && /^(08|57P0[1-3]|53300)/.test(code);
}
