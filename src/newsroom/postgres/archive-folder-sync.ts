import path from "node:path";
import type pg from "pg";
import { type DeskFolder, findDeskFolders, findDesks } from "../desk-folders.js";
import { FOLDER_CHECK_MS, FolderWatch } from "../folder-watch.js";
import { SeedsFolderError } from "../load-desk.js";
import { reasonOf } from "./archive-pool.js";
import { retireDesk, syncDeskFolder } from "./archive-sync.js";

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
  retired: (desk: string, dir: string) =>
    `desk ${desk}: retired from the database (${dir} holds no articles any more)`,
  retireFailed: (desk: string, reason: string) =>
    `desk ${desk}: its folder is gone but it could not be retired from the database (${reason}); tried again`,
});

/** How the folder sync looks for desks. */
export interface FolderSyncOptions {
  /** Configured secrets, hidden wherever an article holds one. */
  readonly secrets?: readonly string[];
  /** How often the seeds folder is looked at for desk folders added or removed (default: a second). */
  readonly checkEveryMs?: number;
}

/** A desk folder the sync follows. */
interface FollowedDesk {
  readonly folder: DeskFolder;
  readonly watch: FolderWatch;
}

/**
 * Keeps the archive in step with the seeds folder's desks while the bot runs: the one replica
 * that holds the sync lock syncs every desk at start and again whenever its folder changes; a
 * desk folder added to the seeds folder is synced (and followed), and one removed is retired
 * from the database (every replica stops serving it). The other replicas wait for the lock (a
 * replica that stops lets it go, and another takes over). While the seeds folder itself is
 * missing, nothing is retired.
 */
export class ArchiveFolderSync {
  private lockClient: pg.PoolClient | null = null;
  private readonly followed = new Map<string, FollowedDesk>();
  /** Desks whose folder went while their retirement failed: tried again at the next look. */
  private readonly toRetire = new Map<string, DeskFolder>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private retry: NodeJS.Timeout | null = null;
  private scanTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly pool: pg.Pool,
    private readonly seedsDir: string,
    private readonly log: (line: string) => void,
    private readonly options: FolderSyncOptions = {},
  ) {}

  /** Whether this replica is the one that syncs. */
  get holdsLock(): boolean {
    return this.lockClient !== null;
  }

  /** Tries for the lock now (and every few seconds until it has it); resolves after the first try. */
  async start(): Promise<void> {
    if (this.closed || this.lockClient) return;
    const client = await this.pool.connect();
    const { rows } = await client
      .query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [SYNC_LOCK])
      .catch((error: unknown) => {
        client.release();
        throw error;
      });
    if (!rows[0]?.locked || this.closed) {
      client.release();
      this.retry = setTimeout(() => void this.start().catch(() => {}), RETRY_LOCK_MS);
      this.retry.unref();
      return;
    }
    this.lockClient = client;
    await this.rescan();
    this.scanTimer = setInterval(
      () => void this.rescan(),
      this.options.checkEveryMs ?? FOLDER_CHECK_MS,
    );
    this.scanTimer.unref();
  }

  /** Resolves once the syncs under way are done. */
  settled(): Promise<void> {
    return this.running;
  }

  /**
   * Looks at the seeds folder now (it is looked at every second anyway): desk folders new since
   * the last look are synced and followed, those gone are retired. Resolves when done.
   */
  rescan(): Promise<void> {
    this.running = this.running.then(() => this.scan());
    return this.running;
  }

  private async scan(): Promise<void> {
    if (this.closed) return;
    let folders: DeskFolder[];
    try {
      folders = await findDeskFolders(this.seedsDir, () => {});
    } catch (error) {
      // The seeds folder missing (or unreadable) for now: every desk stays as it is.
      if (error instanceof SeedsFolderError) return;
      throw error;
    }
    const same = (a: DeskFolder, b: DeskFolder) =>
      a.id === b.id && path.resolve(a.dir) === path.resolve(b.dir);
    for (const [id, desk] of [...this.followed]) {
      if (folders.some((folder) => same(folder, desk.folder))) continue;
      desk.watch.stop();
      clearTimeout(this.timers.get(id));
      this.followed.delete(id);
      if (!folders.some((folder) => folder.id === id)) this.toRetire.set(id, desk.folder);
    }
    for (const [id, folder] of [...this.toRetire]) {
      if (this.closed) return;
      try {
        await retireDesk(this.pool, id);
        this.toRetire.delete(id);
        this.log(FolderSyncMessage.retired(id, folder.dir));
      } catch (error) {
        this.log(FolderSyncMessage.retireFailed(id, reasonOf(error)));
      }
    }
    for (const folder of folders) {
      if (this.closed || this.followed.has(folder.id)) continue;
      this.toRetire.delete(folder.id);
      const watch = new FolderWatch(folder.dir, {
        changed: () => this.soon(folder),
        missing: () => {},
        trouble: () => {},
      });
      this.followed.set(folder.id, { folder, watch });
      await this.sync(folder);
      watch.start();
    }
  }

  private soon(folder: DeskFolder): void {
    clearTimeout(this.timers.get(folder.id));
    const timer = setTimeout(() => {
      this.timers.delete(folder.id);
      this.running = this.running.then(() => this.sync(folder));
    }, SETTLE_MS);
    timer.unref();
    this.timers.set(folder.id, timer);
  }

  private async sync(folder: DeskFolder): Promise<void> {
    if (this.closed || !this.followed.has(folder.id)) return;
    try {
      // desk.yml may have changed too: the desk is found afresh.
      const desks = await findDesks(this.seedsDir, () => {});
      const desk = desks.find((d) => d.id === folder.id);
      if (!desk) return;
      const report = await syncDeskFolder(this.pool, desk, this.log, this.options.secrets ?? []);
      if (report.added + report.changed + report.removed > 0)
        this.log(FolderSyncMessage.synced(desk.id, report.added, report.changed, report.removed));
    } catch (error) {
      this.log(FolderSyncMessage.failed(folder.id, reasonOf(error)));
    }
  }

  /** Stops watching and lets the lock go. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.scanTimer) clearInterval(this.scanTimer);
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const desk of this.followed.values()) desk.watch.stop();
    await this.running.catch(() => {});
    const client = this.lockClient;
    this.lockClient = null;
    if (client) {
      await client.query("SELECT pg_advisory_unlock($1)", [SYNC_LOCK]).catch(() => {});
      client.release();
    }
  }
}
