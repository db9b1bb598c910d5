import { config as loadDotenv } from "dotenv";
import type pg from "pg";
import { openArchivePool } from "./archive-pool.js";
import { migrateArchive } from "./archive-schema.js";

/** The environment variable that turns the PostgreSQL archive on. */
export const DATABASE_URL = "DATABASE_URL";

/** The archive's URL from the environment (after `.env`, which never overrides it), or null. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env, dotenv = true): string | null {
  if (dotenv) loadDotenv({ quiet: true, processEnv: env as Record<string, string> });
  const url = env[DATABASE_URL]?.trim();
  return url ? url : null;
}

/**
 * Opens the archive named by the URL and brings its schema up to date. Throws an
 * ArchiveUnreachableError (one line, no secrets) when the database cannot be reached.
 */
export async function openArchive(url: string): Promise<pg.Pool> {
  const pool = await openArchivePool(url);
  try {
    await migrateArchive(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  return pool;
}
