import type pg from "pg";
import { type FoundDesk, findDesks } from "../desk-folders.js";
import { FolderWatch } from "../folder-watch.js";
import { reasonOf } from "./archive-pool.js";
import { syncDeskFolder } from "./archive-sync.js";

/** Only the replica holding this advisory lock syncs the folders: one writer, any number of readers. */
const SYNC_LOCK = 0x5_70de_5d;
/** Changes arriving together (a copy of many files) are synced once. */
const SETTLE_MS = 300;
const RETRY_LOCK_MS = 5_000;

export const FolderSyncMessage = Object.freeze({
  synced: (desk: string, added: number, changed: number, removed: number) =>
    `desk ${desk}: synced to the database (${added} added, ${changed} changed, ${removed} removed)`,
  failed: (desk: string, reason: string) =>
    `desk ${desk}: could not be synced to the database (${reason}); tried again at the next change`,
});

/**
 * Keeps the archive in step with the seeds folder's desks while the bot runs: the one replica
 * that holds the sync lock syncs every desk at start and again whenever its folder changes;
 * the others wait for the lock (a replica that stops lets it go, and another takes over).
 */
export class ArchiveFolderSync {
  private lockClient: pg.PoolClient | null = null;
  private readonly watches: FolderWatch[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly pool: pg.Pool,
    private readonly seedsDir: string,
    private readonly log: (line: string) => void,
    /** Configured secrets, hidden wherever an article holds one. */
    private readonly secrets: readonly string[] = [],
  ) {}

  /** Whether this replica is the one that syncs. */
  get holdsLock(): boolean {
    return this.lockClient !== null;
  }

  /** Tries for the lock now (and every few seconds until it has it); resolves after the first try. */
  async start(): Promise<void> {
    if (this.closed || this.lockClient) return;
    const client = await this.pool.connect();
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock($1) AS locked",
      [SYNC_LOCK],
    );
    if (!rows[0]?.locked || this.closed) {
      client.release();
      this.retry = setTimeout(() => void this.start().catch(() => {}), RETRY_LOCK_MS);
      this.retry.unref();
      return;
    }
    this.lockClient = client;
    const desks = await findDesks(this.seedsDir, this.log);
    for (const desk of desks) {
      await this.sync(desk);
      const watch = new FolderWatch(desk.dir, {
        changed: () => this.soon(desk),
        missing: () => {},
        trouble: () => {},
      });
      watch.start();
      this.watches.push(watch);
    }
  }

  /** Resolves once the syncs under way are done. */
  settled(): Promise<void> {
    return this.running;
  }

  private soon(desk: FoundDesk): void {
    clearTimeout(this.timers.get(desk.id));
    const timer = setTimeout(() => {
      this.timers.delete(desk.id);
      this.running = this.running.then(() => this.sync(desk));
    }, SETTLE_MS);
    timer.unref();
    this.timers.set(desk.id, timer);
  }

  private async sync(desk: FoundDesk): Promise<void> {
    if (this.closed) return;
    try {
      // desk.yml may have changed too: the desk is found afresh.
      const now = (await findDesks(this.seedsDir, () => {})).find((d) => d.id === desk.id) ?? desk;
      const report = await syncDeskFolder(this.pool, now, this.log, this.secrets);
      if (report.added + report.changed + report.removed > 0)
        this.log(FolderSyncMessage.synced(desk.id, report.added, report.changed, report.removed));
    } catch (error) {
      this.log(FolderSyncMessage.failed(desk.id, reasonOf(error)));
    }
  }

  /** Stops watching and lets the lock go. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const watch of this.watches) watch.stop();
    await this.running;
    const client = this.lockClient;
    this.lockClient = null;
    if (client) {
      await client.query("SELECT pg_advisory_unlock($1)", [SYNC_LOCK]).catch(() => {});
      client.release();
    }
  }
}
