import path from "node:path";
import { withDeskExamples } from "../desk/desk-examples.js";
import type { DeskProfile } from "../desk/desk-profile.js";
import type { DeskOnDuty, NewsroomView } from "../desk/newsroom-view.js";
import type { StoryDesk } from "../desk/story-desk.js";
import { type DeskFolder, findDeskFolders, readDeskProfile, settleDesks } from "./desk-folders.js";
import { FOLDER_CHECK_MS } from "./folder-watch.js";
import { LiveDesk, LiveDeskMessage } from "./live-desk.js";
import { SeedsFolderError } from "./load-desk.js";

/** What the newsroom says about its desks coming and going, on stderr. */
export const LiveNewsroomMessage = Object.freeze({
  deskAdded: (id: string, dir: string) => `A desk was added: ${id} (${dir}).`,
  deskRemoved: (id: string, dir: string) =>
    `A desk was removed: ${id} (${dir} holds no articles any more).`,
  cannotOpen: (dir: string, detail: string) =>
    `warning: cannot open the desk in ${dir} for now (${detail}); trying again`,
  seedsGone: (dir: string) =>
    `warning: the seeds folder ${dir} is missing or not a folder; still serving the last desks until it is back`,
});

/** How a live newsroom opens its desks. */
export interface LiveNewsroomOptions {
  /** Folder of index caches (each desk keeps its own in a subfolder named by its id), or null. */
  readonly cache: string | null;
  /** How often the seeds folder is looked at for desks added or removed (default: a second). */
  readonly checkEveryMs?: number;
  /** Passages from which a desk's reload builds its index in another process. */
  readonly buildAsideFrom?: number;
  /** Told when a desk is added or removed while running (defaults to the warning sink). */
  readonly note?: (line: string) => void;
  /** Configured secrets (tokens, passwords): hidden wherever an article holds one. */
  readonly secrets?: readonly string[];
}

/** One desk the newsroom serves: its folder and the live desk over it. */
interface ServedDesk {
  readonly folder: DeskFolder;
  readonly live: LiveDesk;
}

/** The cache folder of one desk: the desks never prune each other's caches. */
export function deskCacheDir(cache: string | null, id: string): string | null {
  return cache === null ? null : path.join(cache, id);
}

/**
 * Every desk of a seeds folder, each a live desk with its own reload and index cache. A folder
 * with articles at its top level is one desk; else each subfolder holding articles is a desk. A
 * desk folder added or removed while the bot runs is picked up within a second or so, and a
 * desk.yml changed is read again (a broken one is one warning naming it; the desk keeps its
 * defaults). Read `desks` afresh for every question.
 */
export class LiveNewsroom implements NewsroomView {
  private served: ServedDesk[] = [];
  private view: { readonly key: readonly StoryDesk[]; readonly desks: DeskOnDuty[] } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<void> | null = null;
  private watching = false;
  private seedsGone = false;
  /** Lines about the desks as a whole (two defaults, one command twice), said once each. */
  private readonly said = new Set<string>();
  /** Folders that failed to open, with the last reason said (so each is said once). */
  private readonly failing = new Map<string, string>();

  private constructor(
    private readonly seedsDir: string,
    private readonly warn: (line: string) => void,
    private readonly options: LiveNewsroomOptions,
  ) {}

  /**
   * Opens every desk of a seeds folder. Throws SeedsFolderError when the seeds folder is missing
   * or not a folder.
   */
  static async open(
    seedsDir: string,
    warn: (line: string) => void,
    options: LiveNewsroomOptions,
  ): Promise<LiveNewsroom> {
    const newsroom = new LiveNewsroom(seedsDir, warn, options);
    await newsroom.scan(await findDeskFolders(seedsDir, warn));
    return newsroom;
  }

  /** The desks, by id, each with its profile as its desk.yml says now. */
  get desks(): readonly DeskOnDuty[] {
    const currents = this.served.map((desk) => desk.live.current);
    const view = this.view;
    if (view && view.key.length === currents.length && view.key.every((d, i) => d === currents[i]))
      return view.desks;
    const settled = settleDesks(
      this.served.map((desk) => ({
        desk,
        profile: withDeskExamples(desk.live.current.profile, desk.live.current.articles),
      })),
      (line) => this.sayOnce(line),
    );
    const desks = settled.map(({ desk, profile }) => onDuty(desk, profile));
    this.view = { key: currents, desks };
    return desks;
  }

  /** The desk marked default, else the first by id. */
  get defaultDesk(): DeskOnDuty | null {
    const desks = this.desks;
    return desks.find((desk) => desk.profile.isDefault) ?? desks[0] ?? null;
  }

  /** Starts following every desk's folder, and the seeds folder for desks added or removed. */
  watch(): this {
    if (this.watching) return this;
    this.watching = true;
    for (const desk of this.served) desk.live.watch();
    this.timer = setInterval(
      () => void this.rescan(),
      this.options.checkEveryMs ?? FOLDER_CHECK_MS,
    );
    this.timer.unref();
    return this;
  }

  /** Stops following; the desks keep answering from what they hold. */
  close(): void {
    this.watching = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const desk of this.served) desk.live.close();
  }

  /** Looks at the seeds folder now for desks added or removed; resolves when done (tests, tools). */
  async rescan(): Promise<void> {
    if (this.scanning) return this.scanning;
    this.scanning = (async () => {
      let folders: DeskFolder[];
      try {
        folders = await findDeskFolders(this.seedsDir, (line) => this.sayOnce(line));
      } catch (error) {
        if (!(error instanceof SeedsFolderError)) throw error;
        if (!this.seedsGone) this.warn(LiveNewsroomMessage.seedsGone(this.seedsDir));
        this.seedsGone = true;
        return;
      }
      this.seedsGone = false;
      await this.scan(folders);
    })();
    try {
      await this.scanning;
    } catch (error) {
      this.sayOnce(LiveNewsroomMessage.cannotOpen(this.seedsDir, (error as Error).message));
    } finally {
      this.scanning = null;
    }
  }

  /** Every desk's reload run now (tests, tools): each re-reads its folder and its desk.yml. */
  async reloadAll(): Promise<void> {
    await Promise.all(this.served.map((desk) => desk.live.reload()));
  }

  /** Opens the desks newly found, closes those gone; the others keep running as they are. */
  private async scan(folders: readonly DeskFolder[]): Promise<void> {
    const sameAs = (a: DeskFolder, b: DeskFolder) =>
      a.id === b.id && path.resolve(a.dir) === path.resolve(b.dir);
    const kept = this.served.filter((desk) => folders.some((f) => sameAs(f, desk.folder)));
    const gone = this.served.filter((desk) => !kept.includes(desk));
    const added: ServedDesk[] = [];
    for (const folder of folders) {
      if (kept.some((desk) => sameAs(desk.folder, folder))) continue;
      const live = await this.openDesk(folder);
      if (live) added.push({ folder, live });
    }
    if (added.length === 0 && gone.length === 0) return;
    const first = this.served.length === 0;
    this.served = [...kept, ...added].sort((a, b) => a.folder.id.localeCompare(b.folder.id));
    this.view = null;
    for (const desk of gone) {
      desk.live.close();
      this.note(LiveNewsroomMessage.deskRemoved(desk.folder.id, desk.folder.dir));
    }
    if (!first)
      for (const desk of added)
        this.note(LiveNewsroomMessage.deskAdded(desk.folder.id, desk.folder.dir));
  }

  private async openDesk(folder: DeskFolder): Promise<LiveDesk | null> {
    try {
      const live = await LiveDesk.open(folder.dir, (line) => this.deskSays(folder, line), {
        cache: deskCacheDir(this.options.cache, folder.id),
        readProfile: (warn) => readDeskProfile(folder, warn),
        ...(this.options.secrets === undefined ? {} : { secrets: this.options.secrets }),
        ...(this.options.buildAsideFrom === undefined
          ? {}
          : { buildAsideFrom: this.options.buildAsideFrom }),
      });
      this.failing.delete(folder.dir);
      return this.watching ? live.watch() : live;
    } catch (error) {
      // A folder removed while it was read, or unreadable for now: tried again at the next look.
      const detail = (error as Error).message;
      if (this.failing.get(folder.dir) !== detail) {
        this.failing.set(folder.dir, detail);
        this.warn(LiveNewsroomMessage.cannotOpen(folder.dir, detail));
      }
      return null;
    }
  }

  /**
   * A desk's own warnings, except that a desk folder gone is first looked into: a folder removed
   * from the newsroom is a desk removed (said as such), not a desk that lost its folder.
   */
  private deskSays(folder: DeskFolder, line: string): void {
    if (line !== LiveDeskMessage.folderGone(folder.dir)) {
      this.warn(line);
      return;
    }
    // The seeds folder itself gone is said by the newsroom, once.
    if (path.resolve(folder.dir) === path.resolve(this.seedsDir)) {
      void this.rescan();
      return;
    }
    // A look under way may have listed the folder before it went: the second look is after.
    void this.rescan()
      .then(() => this.rescan())
      .then(() => {
        if (this.served.some((desk) => desk.folder.dir === folder.dir)) this.warn(line);
      });
  }

  private note(line: string): void {
    (this.options.note ?? this.warn)(line);
  }

  private sayOnce(line: string): void {
    if (this.said.has(line)) return;
    if (this.said.size > 1000) this.said.clear();
    this.said.add(line);
    this.warn(line);
  }
}

/** A desk as the transports see it: its profile, its desk as it is now, and its folder. */
function onDuty(desk: ServedDesk, profile: DeskProfile): DeskOnDuty {
  return Object.freeze({
    profile,
    get current() {
      return desk.live.current;
    },
    folder: desk.folder.dir,
  });
}
