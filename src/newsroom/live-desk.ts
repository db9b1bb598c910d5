import type { DeskProfile } from "../desk/desk-profile.js";
import type { StoryDesk } from "../desk/story-desk.js";
import { buildCacheInAnotherProcess } from "./build-in-another-process.js";
import { FolderWatch } from "./folder-watch.js";
import { InPlaceFailure, updateDeskInPlace } from "./live-desk-update.js";
import { SeedsFolderError } from "./load-desk.js";
import {
  type DeskWarn,
  type OpenOptions,
  openDeskFolder,
  vocabularyOf,
} from "./open-desk-folder.js";
import { newParseMemory } from "./parse-memory.js";
import { ReloadWarnings } from "./reload-warnings.js";

/** How long the folder must be quiet before a reload, so that a file being written is read once, whole. */
export const RELOAD_QUIET_MS = 400;

/** What a live desk says about its folder, on stderr. */
export const LiveDeskMessage = Object.freeze({
  folderGone: (dir: string) =>
    `warning: the seeds folder ${dir} is missing or not a folder; still serving the last desk until it is back`,
  cannotFollow: (dir: string, detail: string) =>
    `warning: cannot follow ${dir} for now (${detail}); trying again`,
  updateFailed: (dir: string, detail: string) =>
    `warning: could not update ${dir} in place (${detail}); building its index afresh`,
});

/** How a live desk opens: where its cache is, and how it reads its profile at each reload. */
export interface LiveDeskOptions extends OpenOptions {
  /** Passages from which a reload builds its index in another process. */
  readonly buildAsideFrom?: number;
  /** Reads the desk's profile (its desk.yml) afresh; without it, `profile` (or the defaults) stays. */
  readonly readProfile?: (warn: DeskWarn) => Promise<DeskProfile>;
}

/**
 * A desk that follows its folder: an article added, changed or removed is picked up within a
 * second or so, and so is a folder replaced or gone for a while. Questions are always answered
 * from a complete desk: the new one is built aside and swapped in only when ready; a reload that
 * fails leaves the old one serving.
 */
export class LiveDesk {
  private desk: StoryDesk;
  private folder: FolderWatch | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reloading: Promise<void> | null = null;
  private again = false;
  /** Whether the folder is known to be missing (said once until it is back). */
  private gone = false;
  private readonly troubles = new Set<string>();

  private constructor(
    private readonly dir: string,
    /** Warnings about the folder itself, which say themselves once by their own rules. */
    private readonly sayAboutFolder: (line: string) => void,
    /** Warnings of reloads: about files, once per broken version. */
    private readonly warnings: ReloadWarnings,
    private readonly options: LiveDeskOptions,
    desk: StoryDesk,
  ) {
    this.desk = desk;
  }

  static async open(
    dir: string,
    warn: (line: string) => void,
    options: LiveDeskOptions,
  ): Promise<LiveDesk> {
    const withMemory = { ...options, memory: options.memory ?? newParseMemory() };
    const warnings = new ReloadWarnings(warn);
    const desk = await openDeskFolder(dir, warnings.say, await withProfile(withMemory, warnings));
    warnings.endReload(true);
    return new LiveDesk(dir, warn, warnings, withMemory, desk);
  }

  /** The desk to answer from now. */
  get current(): StoryDesk {
    return this.desk;
  }

  /** Starts following the folder. */
  watch(): this {
    if (this.folder) return this;
    this.folder = new FolderWatch(this.dir, {
      changed: () => this.schedule(),
      missing: () => this.folderGone(),
      trouble: (detail) => {
        const line = LiveDeskMessage.cannotFollow(this.dir, detail);
        if (this.troubles.size < 100 && !this.troubles.has(line)) {
          this.troubles.add(line);
          this.sayAboutFolder(line);
        }
      },
    });
    this.folder.start();
    return this;
  }

  close(): void {
    this.folder?.stop();
    this.folder = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The folder is missing: the last desk keeps serving, and this is said once until it is back. */
  private folderGone(): void {
    if (this.gone) return;
    this.gone = true;
    this.sayAboutFolder(LiveDeskMessage.folderGone(this.dir));
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
  private async buildAsideWhenLarge(profile: DeskProfile | undefined): Promise<void> {
    const cache = this.options.cache ?? null;
    if (!cache || this.desk.index.passageCount < (this.options.buildAsideFrom ?? BUILD_ASIDE_FROM))
      return;
    try {
      await buildCacheInAnotherProcess(
        this.dir,
        cache,
        profile ? vocabularyOf(profile) : undefined,
        this.options.secrets,
      );
    } catch (error) {
      this.warnings.say(
        `warning: building ${this.dir} in another process failed, building here: ${(error as Error).message}`,
      );
    }
  }

  /**
   * The desk with only its changed articles read again and indexed in place; null when it had
   * better be built afresh. The old desk is not served once its index has been updated.
   */
  private async updateInPlace(options: LiveDeskOptions): Promise<StoryDesk | null> {
    const memory = options.memory;
    if (!memory) return null;
    try {
      return await updateDeskInPlace(this.dir, this.desk, this.warnings.say, {
        ...options,
        memory,
      });
    } catch (error) {
      if (!(error instanceof InPlaceFailure)) throw error;
      this.warnings.say(LiveDeskMessage.updateFailed(this.dir, (error as Error).message));
      return null;
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
        let finished = false;
        try {
          const options = await withProfile(this.options, this.warnings);
          const updated = await this.updateInPlace(options);
          if (updated) this.desk = updated;
          else {
            await this.buildAsideWhenLarge(options.profile);
            this.desk = await openDeskFolder(this.dir, this.warnings.say, options);
          }
          this.gone = false;
          finished = true;
        } catch (error) {
          if (error instanceof SeedsFolderError) this.folderGone();
          else
            this.warnings.say(
              `warning: could not reload ${this.dir}, still serving the last desk: ${(error as Error).message}`,
            );
        }
        this.warnings.endReload(finished);
      } while (this.again);
    })();
    try {
      await this.reloading;
    } finally {
      this.reloading = null;
    }
  }
}

/** The options with the desk's profile read afresh, when the desk reads one. */
async function withProfile(
  options: LiveDeskOptions,
  warnings: ReloadWarnings,
): Promise<LiveDeskOptions> {
  if (!options.readProfile) return options;
  return { ...options, profile: await options.readProfile(warnings.say) };
}

/** Passages from which a reload builds its index in another process (needs the index cache). */
export const BUILD_ASIDE_FROM = 20_000;
