import type pg from "pg";
import { UsageError } from "../../cli/cli-run.js";
import { cacheDir } from "../open-desk-folder.js";
import { ArchiveFolderSync } from "./archive-folder-sync.js";
import { databaseUrl, openArchive } from "./archive-from-env.js";
import { ArchiveNewsroom } from "./archive-newsroom.js";
import { ArchiveUnreachableError } from "./archive-pool.js";
import { SharedRateLimits } from "./shared-rate-limits.js";
import { SharedSeenKeys } from "./shared-seen-keys.js";

/** What a replica runs when DATABASE_URL is set. */
export interface ArchiveService {
  readonly pool: pg.Pool;
  /** Every desk the archive holds, reloaded when any replica's sync changes one. */
  readonly newsroom: ArchiveNewsroom;
  /** The duplicate checks shared by every replica. */
  readonly seen: SharedSeenKeys;
  /** Slack's rate-limit back-off shared by every replica. */
  readonly rateLimits: SharedRateLimits;
  /** Keeps the archive in step with the seeds folder (on the one replica that holds the sync lock). */
  readonly folderSync: ArchiveFolderSync;
  close(): Promise<void>;
}

/**
 * The archive when DATABASE_URL is set (else null): the database reached and migrated, the seeds
 * folder synced into it (by whichever replica holds the sync lock), the desks loaded from it. A
 * database that cannot be reached is a UsageError: one line, exit code 2.
 */
export async function openArchiveService(
  seedsDir: string,
  log: (line: string) => void,
  options: { readonly secrets?: readonly string[]; readonly env?: NodeJS.ProcessEnv } = {},
): Promise<ArchiveService | null> {
  const env = options.env ?? process.env;
  const url = databaseUrl(env);
  if (url === null) return null;
  let pool: pg.Pool;
  try {
    pool = await openArchive(url);
  } catch (error) {
    if (error instanceof ArchiveUnreachableError) throw new UsageError(error.message);
    throw error;
  }
  const folderSync = new ArchiveFolderSync(pool, seedsDir, log, {
    secrets: options.secrets ?? [],
  });
  await folderSync.start();
  const newsroom = await ArchiveNewsroom.open(pool, url, log, { cache: cacheDir(env) });
  return {
    pool,
    newsroom,
    seen: new SharedSeenKeys(pool, undefined, log),
    rateLimits: new SharedRateLimits(pool, log),
    folderSync,
    async close() {
      await newsroom.close();
      await folderSync.close();
      await pool.end();
    },
  };
}
