import type pg from "pg";
import type { DeskOnDuty, NewsroomView } from "../../desk/newsroom-view.js";
import {
  type ArchiveDesk,
  ArchiveDeskMissing,
  archiveDeskIds,
  archiveDeskRevisions,
  loadArchiveDesk,
} from "./archive-desk.js";
import { ArchiveLink } from "./archive-link.js";
import { ArchiveNotices, type DeskChange } from "./archive-notices.js";
import { reasonOf } from "./archive-pool.js";

export const ArchiveNewsroomMessage = Object.freeze({
  reloaded: (desk: string, revision: number, articles: number) =>
    `desk ${desk}: revision ${revision} loaded from the database (${articles} articles)`,
  reloadFailed: (desk: string, reason: string) =>
    `desk ${desk}: could not be reloaded from the database (${reason}); answering from the articles last loaded`,
});

/**
 * The newsroom as a replica serves it from the PostgreSQL archive: every desk the archive holds,
 * loaded at start, and loaded again (built aside, swapped in whole) whenever any replica's sync
 * says it changed. While the database is away, the desks last loaded keep answering.
 */
export class ArchiveNewsroom implements NewsroomView {
  private readonly loaded = new Map<string, ArchiveDesk>();
  private notices: ArchiveNotices | null = null;
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly log: (line: string) => void,
    /** Whether the database answers, shared by the desks' lookups and the change listener. */
    readonly link: ArchiveLink,
    /** Where the desks' engines are cached (the index cache); null: never. */
    private readonly cache: string | null,
  ) {}

  /** Loads every desk of the archive and starts hearing of changes. */
  static async open(
    pool: pg.Pool,
    url: string,
    log: (line: string) => void,
    options: { readonly cache?: string | null } = {},
  ): Promise<ArchiveNewsroom> {
    const link = new ArchiveLink(log, url);
    const cache = options.cache ?? null;
    const newsroom = new ArchiveNewsroom(pool, log, link, cache);
    newsroom.notices = await ArchiveNotices.listen(url, (change) => newsroom.heard(change), link);
    for (const id of await archiveDeskIds(pool))
      newsroom.loaded.set(id, await loadArchiveDesk(pool, id, { link, cache }));
    return newsroom;
  }

  get desks(): readonly DeskOnDuty[] {
    return [...this.loaded.values()]
      .map((archive) => ({ profile: archive.desk.profile, current: archive.desk, folder: null }))
      .sort((a, b) => a.profile.id.localeCompare(b.profile.id));
  }

  get defaultDesk(): DeskOnDuty | null {
    const desks = this.desks;
    return desks.find((desk) => desk.profile.isDefault) ?? desks[0] ?? null;
  }

  /** A desk as loaded from the archive (for answers whose candidates come from the database). */
  archiveDesk(id: string): ArchiveDesk | null {
    return this.loaded.get(id) ?? null;
  }

  /** Resolves once every change heard so far has been loaded (or has failed to). */
  settled(): Promise<void> {
    return this.queue;
  }

  private heard(change: DeskChange): void {
    // One reload at a time, in the order heard; a change older than what is loaded is skipped.
    this.queue = this.queue.then(() => this.reload(change));
  }

  private async reload(change: DeskChange): Promise<void> {
    try {
      // "*": changes may have been missed (the listener reconnected): every desk whose revision moved.
      const wanted =
        change.desk === "*"
          ? await archiveDeskRevisions(this.pool)
          : new Map([[change.desk, change.revision]]);
      if (change.desk === "*")
        for (const id of [...this.loaded.keys()]) if (!wanted.has(id)) this.loaded.delete(id);
      for (const [id, revision] of wanted) {
        const known = this.loaded.get(id);
        if (known && revision >= 0 && known.revision >= revision) continue;
        // A desk loaded before keeps what has not changed and updates its engine in place.
        const options = known
          ? { link: this.link, previous: known }
          : { link: this.link, cache: this.cache };
        const fresh = await loadArchiveDesk(this.pool, id, options).catch((error: unknown) => {
          if (error instanceof ArchiveDeskMissing) return null;
          throw error;
        });
        if (fresh === null) this.loaded.delete(id);
        else {
          this.loaded.set(id, fresh);
          this.log(ArchiveNewsroomMessage.reloaded(id, fresh.revision, fresh.desk.articles.length));
        }
      }
    } catch (error) {
      this.log(ArchiveNewsroomMessage.reloadFailed(change.desk, reasonOf(error)));
    }
  }

  /** Stops hearing of changes (the pool is the caller's). */
  async close(): Promise<void> {
    await this.notices?.close();
    await this.queue;
  }
}
