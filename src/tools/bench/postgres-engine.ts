import path from "node:path";
import type pg from "pg";
import { defaultProfile } from "../../desk/desk-profile.js";
import {
  type ArchiveDesk,
  answerFromArchive,
  loadArchiveDesk,
} from "../../newsroom/postgres/archive-desk.js";
import { openArchive } from "../../newsroom/postgres/archive-from-env.js";
import { syncDeskFolder } from "../../newsroom/postgres/archive-sync.js";
import type { BenchEngine } from "./bench-engines.js";

/**
 * Story Desk over the PostgreSQL archive: `build` syncs the corpus folder into the database
 * (articles, passages, match terms; from scratch), then opens it once as the first replica does
 * (the engine built and saved in the index cache under `saved`); `load` opens the desk from the
 * database as a replica starts (the engine from that cache, by the desk's content hashes); `answer` is the bot's answer in PostgreSQL mode: the lookalikes of mistyped
 * words from the trigram index, the candidates' postings from the term postings, ranked by the engine
 * in process, the full answer with its comparison (a database failure fails the run rather than
 * being answered in process).
 */
export function postgresEngine(
  dir: string,
  saved: string,
  url: string,
  env: NodeJS.ProcessEnv = process.env,
): BenchEngine {
  // BENCH_ARCHIVE_DESK keeps the desk in the database between runs (with DATABASE_URL): the
  // build is then an incremental sync of the same corpus; BENCH_ARCHIVE_CACHE keeps the cache.
  const kept = env["BENCH_ARCHIVE_DESK"] || null;
  const deskId = kept ?? `bench-${path.basename(path.dirname(dir))}`;
  const cache = env["BENCH_ARCHIVE_CACHE"] || saved;
  let pool: pg.Pool | null = null;
  let archive: ArchiveDesk | null = null;
  return {
    async build() {
      pool = await openArchive(url);
      if (!kept) await pool.query("DELETE FROM desks WHERE id = $1", [deskId]);
      await syncDeskFolder(pool, { id: deskId, dir, profile: defaultProfile(deskId) }, () => {});
      // The first replica builds the engine over the desk once and caches it.
      await loadArchiveDesk(pool, deskId, { cache });
    },
    async save() {
      await pool?.end();
      pool = null;
    },
    async load() {
      pool = await openArchive(url);
      archive = await loadArchiveDesk(pool, deskId, { cache });
    },
    async answer(question) {
      if (!archive) throw new Error("not loaded");
      const best = new Map<string, string>();
      for (const source of (await answerFromArchive(archive, question)).sources)
        if (source.quote) best.set(source.source, source.quote.text);
      return best;
    },
    async close() {
      if (pool && !kept) await pool.query("DELETE FROM desks WHERE id = $1", [deskId]);
      await pool?.end();
    },
  };
}
