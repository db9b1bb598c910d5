import pg from "pg";
import { LOOKALIKE_SESSION_OPTIONS } from "./archive-candidates.js";

/** What the archive says about the database, for the user (never with the URL's password). */
export const ArchiveMessage = Object.freeze({
  unreachable: (where: string, reason: string) =>
    `Cannot reach the database at ${where} (DATABASE_URL): ${reason}`,
  badUrl: "DATABASE_URL is not a postgres:// or postgresql:// URL",
  lost: (reason: string) =>
    `database connection lost (${reason}); answering from the articles last loaded until it is back`,
  back: "database connection back; following the archive again",
});

/** The database cannot be reached, or DATABASE_URL will not do; its message is for the user. */
export class ArchiveUnreachableError extends Error {
  override readonly name = "ArchiveUnreachableError";
}

/** How long a start waits for the database before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 5_000;
const POOL_SIZE = 8;
/**
 * Connections kept open however long the bot is idle: a question's two lookups go side by side,
 * and a connection opened for a question would cost it the connection, the session's settings
 * and preparing its statements again.
 */
const POOL_KEPT = 2;

/** Where a database URL points, for messages: host (or socket folder), port and database; no user or password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.searchParams.get("host") ?? (parsed.hostname || "localhost");
    const port = parsed.port ? `:${parsed.port}` : "";
    const database = parsed.pathname.replace(/^\//, "") || "(default database)";
    return `${decodeURIComponent(host)}${port}/${decodeURIComponent(database)}`;
  } catch {
    return "(unreadable URL)";
  }
}

/**
 * A pool of connections to the archive's database, checked once: a database that cannot be
 * reached is an ArchiveUnreachableError naming where (without secrets) and why.
 */
export async function openArchivePool(url: string): Promise<pg.Pool> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new ArchiveUnreachableError(ArchiveMessage.badUrl);
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    min: POOL_KEPT,
    // A kept connection that the network dropped is found out, not waited on.
    keepAlive: true,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    // Each connection's own settings, given when it opens.
    options: LOOKALIKE_SESSION_OPTIONS,
  });
  // An idle connection that breaks must not take the process down: the next query reconnects.
  pool.on("error", () => {});

  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new ArchiveUnreachableError(
      ArchiveMessage.unreachable(describeDatabaseUrl(url), reasonOf(error, url)),
    );
  }
  return pool;
}

/** A database error in a line, scrubbed of the URL and its password. */
export function reasonOf(error: unknown, url?: string): string {
  let text = error instanceof Error ? error.message || error.name : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (text === "" && typeof code === "string") text = code;
  if (url) {
    text = text.split(url).join("(DATABASE_URL)");
    try {
      const password = decodeURIComponent(new URL(url).password);
      if (password) text = text.split(password).join("***");
    } catch {
      // Not a URL: nothing more to scrub.
    }
  }
  return text.split("\n")[0] ?? "";
}
