import { type FSWatcher, watch } from "node:fs";
import { newParseMemory } from "../ingest/load-desk.js";
import { buildCacheInAnotherProcess } from "./build-in-another-process.js";
import { type OpenOptions, openDeskFolder } from "./open-desk-folder.js";
import type { StoryDesk } from "./story-desk.js";

/** How long the folder must be quiet before a reload, so that a file being written is read once, whole. */
export const RELOAD_QUIET_MS = 400;

/**
 * A desk that follows its folder: an article added, changed or removed is picked up within a
 * second or so. Questions are always answered from a complete desk: the new one is built aside
 * and swapped in only when ready; a reload that fails leaves the old one serving.
 */
export class LiveDesk {
  private desk: StoryDesk;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reloading: Promise<void> | null = null;
  private again = false;

  private constructor(
    private readonly dir: string,
    private readonly warn: (line: string) => void,
    private readonly options: OpenOptions & { readonly buildAsideFrom?: number },
    desk: StoryDesk,
  ) {
    this.desk = desk;
  }

  static async open(
    dir: string,
    warn: (line: string) => void,
    options: OpenOptions & { readonly buildAsideFrom?: number },
  ): Promise<LiveDesk> {
    const withMemory = { ...options, memory: options.memory ?? newParseMemory() };
    const once = warnOnce(warn);
    return new LiveDesk(dir, once, withMemory, await openDeskFolder(dir, once, withMemory));
  }

  /** The desk to answer from now. */
  get current(): StoryDesk {
    return this.desk;
  }

  /** Starts following the folder. */
  watch(): this {
    if (this.watcher) return this;
    this.watcher = watch(this.dir, { persistent: false }, () => this.schedule());
    this.watcher.on("error", (error) =>
      this.warn(`warning: stopped following ${this.dir}: ${error.message}`),
    );
    return this;
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.reload();
    }, RELOAD_QUIET_MS);
    this.timer.unref();
  }

  /**
   * On a large desk, the index is built into the cache by another process, so that questions keep being
   * answered meanwhile; the reload then only loads the cache. If the builder cannot run, the
   * reload builds in this thread as a small desk does.
   */
  private async buildAsideWhenLarge(): Promise<void> {
    const cache = this.options.cache ?? null;
    if (!cache || this.desk.index.passageCount < (this.options.buildAsideFrom ?? BUILD_ASIDE_FROM))
      return;
    try {
      await buildCacheInAnotherProcess(this.dir, cache);
    } catch (error) {
      this.warn(
        `warning: building ${this.dir} in another process failed, building here: ${(error as Error).message}`,
      );
    }
  }

  /** Reads the folder again and swaps in the new desk; resolves when done (for tests and tools). */
  async reload(): Promise<void> {
    if (this.reloading) {
      this.again = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.again = false;
        try {
          await this.buildAsideWhenLarge();
          this.desk = await openDeskFolder(this.dir, this.warn, this.options);
        } catch (error) {
          this.warn(
            `warning: could not reload ${this.dir}, still serving the last desk: ${(error as Error).message}`,
          );
        }
      } while (this.again);
    })();
    try {
      await this.reloading;
    } finally {
      this.reloading = null;
    }
  }
}

/** Passages from which a reload builds its index in another process (needs the index cache). */
export const BUILD_ASIDE_FROM = 20_000;

/** Each distinct warning is said once, not again at every reload. */
function warnOnce(warn: (line: string) => void): (line: string) => void {
  const said = new Set<string>();
  return (line) => {
    if (said.has(line)) return;
    if (said.size > 10_000) said.clear();
    said.add(line);
    warn(line);
  };
}
