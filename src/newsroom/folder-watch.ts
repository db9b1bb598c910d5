import { type FSWatcher, type Stats, statSync, watch } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

/** How often the folder itself is checked: that it is still there, and still the same folder. */
export const FOLDER_CHECK_MS = 1000;

export interface FolderEvents {
  /** Something in the folder changed, or the folder was replaced, or is back. */
  changed(): void;
  /** The folder is not there (told at every check while it is missing). */
  missing(): void;
  /** Following the folder failed for now; it is tried again at the next check. */
  trouble(message: string): void;
}

/**
 * Follows a folder's changes, and the folder itself: one deleted and made again, renamed over,
 * or gone for a while is followed again once it is there, and reported as changed.
 */
export class FolderWatch {
  private watcher: FSWatcher | null = null;
  /** Which folder is followed: its device, inode and birth time. */
  private followed: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly dir: string,
    private readonly events: FolderEvents,
  ) {}

  /** Starts following at once: a change made right after this is seen. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.check(), FOLDER_CHECK_MS);
    this.timer.unref();
    let now: string | null = null;
    try {
      now = identity(statSync(this.dir));
    } catch {
      // Missing: the first check says so.
    }
    if (now === null) void this.check();
    else this.attach(now);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.detach();
  }

  /** Follows the folder that is there now, unless it is the one already followed. */
  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const now = await folderIdentity(this.dir);
      if (!this.timer) return;
      if (now === null) {
        this.detach();
        this.events.missing();
        return;
      }
      if (this.watcher && now === this.followed) return;
      this.detach();
      this.attach(now);
      // A folder followed anew (replaced, back, or after a watch error) may have changed unseen.
      this.events.changed();
    } finally {
      this.checking = false;
    }
  }

  private attach(identity: string): void {
    this.followed = identity;
    try {
      this.watcher = watch(this.dir, { persistent: false }, (_event, name) => {
        // The folder's own name is reported when the folder itself is deleted or moved.
        if (name === path.basename(this.dir)) {
          this.detach();
          void this.check();
        }
        this.events.changed();
      });
    } catch (error) {
      this.events.trouble((error as Error).message);
      return;
    }
    this.watcher.on("error", (error) => {
      this.events.trouble(error.message);
      this.detach();
    });
  }

  private detach(): void {
    this.watcher?.close();
    this.watcher = null;
  }
}

/** What tells one folder from another at the same path, or null when there is no folder. */
async function folderIdentity(dir: string): Promise<string | null> {
  try {
    return identity(await stat(dir));
  } catch {
    return null;
  }
}

const identity = (info: Stats): string | null =>
  info.isDirectory() ? `${info.dev}:${info.ino}:${info.birthtimeMs}` : null;
