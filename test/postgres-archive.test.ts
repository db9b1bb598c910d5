import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../src/answer/answer.js";
import { answerQuestion } from "../src/answer/answer-question.js";
import { answerFromStore, findAnswer } from "../src/answer/find-answer.js";
import { parseDeskCommand } from "../src/commands/desk-command.js";
import { respond } from "../src/console/local-console.js";
import { parseDeskQuestions } from "../src/desk/desk-questions.js";
import type { CandidateStore, StoryDesk } from "../src/desk/story-desk.js";
import { type FoundDesk, findDesks } from "../src/newsroom/desk-folders.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { POSTINGS_STATEMENT } from "../src/newsroom/postgres/archive-candidates.js";
import {
  answerFromArchive,
  archiveDeskIds,
  loadArchiveDesk,
} from "../src/newsroom/postgres/archive-desk.js";
import { ArchiveFolderSync } from "../src/newsroom/postgres/archive-folder-sync.js";
import { openArchive } from "../src/newsroom/postgres/archive-from-env.js";
import {
  ArchiveAwayError,
  ArchiveLink,
  isConnectionError,
} from "../src/newsroom/postgres/archive-link.js";
import { ArchiveNewsroom } from "../src/newsroom/postgres/archive-newsroom.js";
import { ArchiveNotices, type DeskChange } from "../src/newsroom/postgres/archive-notices.js";
import {
  ArchiveMessage,
  ArchiveUnreachableError,
  openArchivePool,
} from "../src/newsroom/postgres/archive-pool.js";
import {
  ARCHIVE_MIGRATIONS,
  archiveVersion,
  migrateArchive,
} from "../src/newsroom/postgres/archive-schema.js";
import { syncDeskFolder } from "../src/newsroom/postgres/archive-sync.js";
import { SharedSeenKeys } from "../src/newsroom/postgres/shared-seen-keys.js";
import { renderAnswerText } from "../src/render/answer-text.js";
import { findAnswerOnDesk } from "../src/slack/desk-reply.js";
import {
  startThrowawayCluster,
  type ThrowawayCluster,
} from "../src/tools/postgres/throwaway-cluster.js";
import { runTool } from "./support/run-tool.js";

let cluster: ThrowawayCluster;
let url: string;
let pool: pg.Pool;
const work = mkdtempSync(path.join(tmpdir(), "story-desk-archive-test-"));

beforeAll(async () => {
  cluster = startThrowawayCluster();
  url = await cluster.createDatabase("archive");
  pool = await openArchive(url);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  cluster?.stop();
  rmSync(work, { recursive: true, force: true });
});

const quiet = () => {};
const deskIn = async (dir: string): Promise<FoundDesk> => {
  const [desk] = await findDesks(dir, quiet);
  if (!desk) throw new Error(`no desk in ${dir}`);
  return desk;
};
const withoutTime = (answer: Answer) => ({ ...answer, ms: 0 });

/** Each term's postings as the archive keeps them, sorted. */
async function storedPostings(db: pg.Pool, desk: string): Promise<Record<string, number[]>> {
  const { rows } = await db.query<{ term: string; pnums: number[] }>(
    "SELECT term, pnums FROM term_postings WHERE desk = $1 AND cardinality(pnums) > 0",
    [desk],
  );
  return Object.fromEntries(rows.map((row) => [row.term, [...row.pnums].sort((a, b) => a - b)]));
}

/** Each term's postings read from the passages themselves (their GIN-indexed terms). */
async function postingsFromPassages(db: pg.Pool, desk: string): Promise<Record<string, number[]>> {
  const { rows } = await db.query<{ term: string; pnums: number[] }>(
    `SELECT term, array_agg(pnum ORDER BY pnum) AS pnums
     FROM passages, unnest(terms) AS term WHERE desk = $1 GROUP BY term`,
    [desk],
  );
  return Object.fromEntries(rows.map((row) => [row.term, row.pnums]));
}

describe("the archive's schema", () => {
  it("is created by the app, versioned, and applied once however often the app starts", async () => {
    const fresh = await openArchivePool(await cluster.createDatabase("schema"));
    try {
      expect(await archiveVersion(fresh).catch(() => 0)).toBe(0);
      const versions = ARCHIVE_MIGRATIONS.map((step) => step.version);
      expect(versions.length).toBeGreaterThanOrEqual(2);
      expect(await migrateArchive(fresh)).toEqual(versions);
      expect(await migrateArchive(fresh)).toEqual([]);
      expect(await archiveVersion(fresh)).toBe(versions.at(-1));
    } finally {
      await fresh.end();
    }
  });
});

describe("a desk in the archive", () => {
  for (const dir of ["seeds/iraq", "test/fixtures/desks/recall"]) {
    it(`answers ${dir}'s question set exactly as the desk in process does`, async () => {
      const found = await deskIn(dir);
      const report = await syncDeskFolder(pool, found, quiet);
      expect(report.added).toBeGreaterThanOrEqual(2);
      const inProcess = await openDeskFolder(dir, quiet, { cache: null, profile: found.profile });
      const archive = await loadArchiveDesk(pool, found.id);
      expect(archive.desk.articles.map((a) => a.id)).toEqual(inProcess.articles.map((a) => a.id));
      const questions = parseDeskQuestions(await readFile(path.join(dir, "questions.yml"), "utf8"));
      expect(questions.length).toBeGreaterThanOrEqual(40);
      for (const { question } of questions) {
        const fromArchive = await answerFromArchive(archive, question);
        expect(withoutTime(fromArchive), question).toEqual(
          withoutTime(answerQuestion(inProcess, question)),
        );
      }
    }, 60_000);
  }

  it("starts from the index cache by the desk's content hashes, reading no passage text, on any machine", async () => {
    const db = await openArchive(await cluster.createDatabase("cached-start"));
    const cache = path.join(work, "archive-cache");
    try {
      const found = await deskIn("test/fixtures/desks/recall");
      await syncDeskFolder(db, found, quiet);
      const built = await loadArchiveDesk(db, found.id, { cache });
      expect(readdirSync(cache).length).toBeGreaterThan(0);
      // The passages' text changed behind the cache's back: a start that read it would show it.
      await db.query("UPDATE passages SET text = 'rewritten' WHERE desk = $1", [found.id]);
      const started = await loadArchiveDesk(db, found.id, { cache });
      expect(started.desk.articles).toEqual(built.desk.articles);
      const question = "how many heaters were recalled";
      expect(withoutTime(await answerFromArchive(started, question))).toEqual(
        withoutTime(await answerFromArchive(built, question)),
      );
      // A replica on another machine (a cache folder of its own, empty) starts from the engine
      // the archive keeps, fetched into its folder: it reads no passage text either.
      const elsewhere = path.join(work, "archive-cache-elsewhere");
      const remote = await loadArchiveDesk(db, found.id, { cache: elsewhere });
      expect(remote.desk.articles).toEqual(built.desk.articles);
      expect(readdirSync(elsewhere)).toEqual(readdirSync(cache));
      // Without the cache the start reads the archive's passages.
      const uncached = await loadArchiveDesk(db, found.id);
      expect(uncached.desk.articles[0]?.passages[0]?.text).toBe("rewritten");
    } finally {
      await db.end();
    }
  }, 60_000);

  it("reloads a changed desk in place: new articles read, the engine updated, answers as built afresh", async () => {
    const db = await openArchive(await cluster.createDatabase("in-place"));
    const dir = path.join(work, "in-place");
    cpSync("test/fixtures/desks/recall", dir, { recursive: true });
    try {
      const found = { ...(await deskIn(dir)), id: "in-place" };
      await syncDeskFolder(db, found, quiet);
      // The engine as a replica starts it: from the cache (built and cached by a first start).
      const cache = path.join(work, "in-place-cache");
      await loadArchiveDesk(db, found.id, { cache });
      const before = await loadArchiveDesk(db, found.id, { cache });
      writeFileSync(
        path.join(dir, "harbour-gazette-ferries.txt"),
        "Harbour Gazette\n\nThe night ferries to the islands will stop running in June, the port authority said.\n",
      );
      unlinkSync(path.join(dir, "valley6-thermaloft-heater-warning.txt"));
      await syncDeskFolder(db, found, quiet);
      const after = await loadArchiveDesk(db, found.id, { previous: before });
      expect(after.desk.index).toBe(before.desk.index);
      const afresh = await loadArchiveDesk(db, found.id);
      expect(after.desk.articles.map((a) => a.id)).toEqual(afresh.desk.articles.map((a) => a.id));
      // Articles the archive still has are the very ones loaded before: not read again.
      const kept = new Set(before.desk.articles);
      expect(after.desk.articles.filter((a) => kept.has(a)).length).toBe(
        after.desk.articles.length - 1,
      );
      const questions = parseDeskQuestions(
        await readFile("test/fixtures/desks/recall/questions.yml", "utf8"),
      ).map((q) => q.question);
      for (const question of [...questions, "when will the night ferries stop running"])
        expect(withoutTime(await answerFromArchive(after, question)), question).toEqual(
          withoutTime(await answerFromArchive(afresh, question)),
        );
    } finally {
      await db.end();
    }
  }, 90_000);

  it("lets a question in flight during an in-place reload finish on the engine it started with", async () => {
    const db = await openArchive(await cluster.createDatabase("in-flight"));
    const dir = path.join(work, "in-flight");
    cpSync("test/fixtures/desks/recall", dir, { recursive: true });
    const ferries = path.join(dir, "harbour-gazette-ferries.txt");
    const story = (month: string) =>
      `Harbour Gazette\n\nThe night ferries to the islands will stop running in ${month}, the port authority said.\n`;
    const question = "when will the night ferries to the islands stop running";
    const locker = await db.connect();
    try {
      writeFileSync(ferries, story("June"));
      const found = { ...(await deskIn(dir)), id: "in-flight" };
      await syncDeskFolder(db, found, quiet);
      const before = await loadArchiveDesk(db, found.id);
      // The same version on an engine of its own, for what the question answers before the change.
      const asBefore = withoutTime(
        await answerFromArchive(await loadArchiveDesk(db, found.id), question),
      );
      expect(JSON.stringify(asBefore)).toContain("in June");
      writeFileSync(ferries, story("July"));
      await syncDeskFolder(db, found, quiet);

      // The question's candidates wait on the database (their postings locked away) while the
      // reload reads the changed article and waits to update the engine.
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE term_postings IN ACCESS EXCLUSIVE MODE");
      const inFlight = findAnswer(before.desk, question);
      await waitUntil(async () => (await waitingOnLocks(db)) > 0);
      let reloaded = false;
      const reload = loadArchiveDesk(db, found.id, { previous: before }).then((after) => {
        reloaded = true;
        return after;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reloaded).toBe(false);
      await locker.query("COMMIT");

      expect(withoutTime(await inFlight)).toEqual(asBefore);
      const after = await reload;
      expect(after.desk.index).toBe(before.desk.index);
      const afresh = await loadArchiveDesk(db, found.id);
      const asAfter = withoutTime(await answerFromArchive(afresh, question));
      expect(JSON.stringify(asAfter)).toContain("in July");
      expect(withoutTime(await answerFromArchive(after, question))).toEqual(asAfter);
      // A question on the desk as it was handed out before the reload answers from the new version.
      expect(withoutTime(await findAnswer(before.desk, question))).toEqual(asAfter);
    } finally {
      locker.release();
      await db.end();
    }
  }, 90_000);

  it("answers in process when a lookup waits on the database too long, and lets a reload through", async () => {
    const db = await openArchive(await cluster.createDatabase("hung"));
    const dir = path.join(work, "hung");
    cpSync("test/fixtures/desks/recall", dir, { recursive: true });
    const lines: string[] = [];
    const link = new ArchiveLink((line) => lines.push(line));
    const locker = await db.connect();
    try {
      const found = { ...(await deskIn(dir)), id: "hung" };
      await syncDeskFolder(db, found, quiet);
      const archive = await loadArchiveDesk(db, found.id, { link, lookupTimeoutMs: 300 });
      const question = "which heater was recalled";
      const want = withoutTime(answerQuestion(archive.desk, question));
      // A change synced, then the postings locked away: a lookup never comes back on its own.
      writeFileSync(
        path.join(dir, "harbour-gazette-ferries.txt"),
        "Harbour Gazette\n\nThe night ferries stop in June.\n",
      );
      await syncDeskFolder(db, found, quiet);
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE term_postings IN ACCESS EXCLUSIVE MODE");
      const started = performance.now();
      expect(withoutTime(await findAnswer(archive.desk, question))).toEqual(want);
      expect(performance.now() - started).toBeLessThan(4_000);
      expect(lines.join("\n")).toContain("database connection lost (Query read timeout)");
      // A reload waits for no question held up by the database.
      const after = await loadArchiveDesk(db, found.id, { previous: archive, link });
      expect(after.desk.articles.some((a) => a.id === "harbour-gazette-ferries")).toBe(true);
      await locker.query("COMMIT");
    } finally {
      locker.release();
      await db.end();
    }
  }, 90_000);

  it("corrects mistyped words against the database's vocabulary (pg_trgm) as in process", async () => {
    const found = await deskIn("test/fixtures/desks/recall");
    await syncDeskFolder(pool, found, quiet);
    const inProcess = await openDeskFolder(found.dir, quiet, {
      cache: null,
      profile: found.profile,
    });
    const archive = await loadArchiveDesk(pool, found.id);
    const store = archive.desk.store as CandidateStore;
    const asked: string[][] = [];
    const watched: CandidateStore = {
      postings: (terms) => store.postings(terms),
      lookalikes: (words) => {
        asked.push([...words]);
        return store.lookalikes(words);
      },
    };
    const questions = parseDeskQuestions(
      await readFile(path.join(found.dir, "questions.yml"), "utf8"),
    );
    let corrected = 0;
    for (const { question } of questions) {
      for (const typo of mistyped(question)) {
        asked.length = 0;
        const fromArchive = await answerFromStore(archive.desk, watched, typo);
        const want = answerQuestion(inProcess, typo);
        expect(withoutTime(fromArchive), typo).toEqual(withoutTime(want));
        if (asked.length > 0 && want.quotes.length > 0) corrected += 1;
      }
    }
    expect(corrected).toBeGreaterThanOrEqual(40);
  }, 60_000);

  it("reads each question's candidates from the term postings by primary key", async () => {
    const client = await pool.connect();
    try {
      await client.query("SET enable_seqscan = off");
      const { rows } = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN ${POSTINGS_STATEMENT}`,
        ["recall", ["recal", "heater"], [null, "123"]],
      );
      expect(rows.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(
        /Index Scan using term_postings_pkey|Bitmap Index Scan on term_postings_pkey/,
      );
    } finally {
      client.release();
    }
  });

  it("sends a term's postings again only once its row has changed since the replica read them", async () => {
    const db = await openArchive(await cluster.createDatabase("postings-memo"));
    try {
      await syncDeskFolder(db, await deskIn("test/fixtures/desks/recall"), quiet);
      const archive = await loadArchiveDesk(db, "recall");
      // Counts the terms whose passages the database sends.
      let sent = 0;
      const query = db.query.bind(db) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
      Object.assign(db, {
        query: async (config: pg.QueryConfig) => {
          const result = await query(config);
          for (const row of result.rows) if (row.pnums) sent += 1;
          return result;
        },
      });
      const terms = archive.desk.index.candidateTerms(
        "why are the ThermaLoft heaters being recalled",
      );
      expect(terms.length).toBeGreaterThanOrEqual(2);
      const first = await archive.postings(terms);
      expect(sent).toBe(first.size);
      sent = 0;
      expect(await archive.postings(terms)).toEqual(first);
      expect(sent).toBe(0);
      // A passage taken out by hand rewrites its terms' rows: those are sent again, without it.
      const [term] = [...first.keys()];
      const { rows } = await query({
        text: `DELETE FROM passages WHERE pnum = (SELECT min(pnum) FROM passages
                 WHERE desk = 'recall' AND $1 = ANY (terms)) RETURNING terms`,
        values: [term],
      });
      const held: string[] = rows[0]?.terms ?? [];
      const after = await archive.postings(terms);
      expect(sent).toBe([...first.keys()].filter((t) => held.includes(t)).length);
      expect(after.get(term as string)?.length).toBe((first.get(term as string)?.length ?? 0) - 1);
    } finally {
      await db.end();
    }
  });

  it("keeps each desk's vocabulary in a trigram index led by the desk", async () => {
    // Lookalikes are looked for among the desk's own words (its first column), never another's.
    const { rows } = await pool.query<{ indexname: string; indexdef: string }>(
      "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'desk_terms' ORDER BY indexname",
    );
    expect(rows.map((row) => row.indexname)).toEqual([
      "desk_terms_desk_trigrams",
      "desk_terms_pkey",
    ]);
    expect(rows[0]?.indexdef).toMatch(/USING gin \(desk, term gin_trgm_ops\)/);
  });
});

describe("npm run desk -- sync, incrementally", () => {
  it("stores only what changed, removes what is gone, and tells every replica", async () => {
    const dir = path.join(work, "recall");
    cpSync("test/fixtures/desks/recall", dir, { recursive: true });
    const heard: DeskChange[] = [];
    const notices = await ArchiveNotices.listen(
      url,
      (change) => heard.push(change),
      new ArchiveLink(quiet),
    );
    try {
      const desk = { ...(await deskIn(dir)), id: "recall-copy" };
      const first = await syncDeskFolder(pool, desk, quiet);
      expect(first).toMatchObject({ added: 6, changed: 0, removed: 0, unchanged: 0 });
      const again = await syncDeskFolder(pool, desk, quiet);
      expect(again).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 6 });
      expect(again.revision).toBe(first.revision);

      writeFileSync(
        path.join(dir, "lakeshore-courier-heater-recall.txt"),
        "Lakeshore Courier\n\nThe harbour ferry timetable changes on Monday, the port office said.\n",
      );
      unlinkSync(path.join(dir, "valley6-thermaloft-heater-warning.txt"));
      const third = await syncDeskFolder(pool, desk, quiet);
      expect(third).toMatchObject({ added: 0, changed: 1, removed: 1, unchanged: 4 });
      expect(third.revision).toBe(first.revision + 1);
      // Each term's postings, kept up to date across the three syncs, are the passages that hold it.
      expect(await storedPostings(pool, "recall-copy")).toEqual(
        await postingsFromPassages(pool, "recall-copy"),
      );

      const archive = await loadArchiveDesk(pool, "recall-copy");
      expect(archive.desk.articles).toHaveLength(5);
      const answer = await answerFromArchive(archive, "when does the ferry timetable change");
      expect(answer.quotes[0]?.text).toContain("ferry timetable changes on Monday");

      // Most of the desk gone at once: its postings are filed again from the passages left.
      const others = readdirSync(dir).filter(
        (name) => name.endsWith(".txt") && name !== "lakeshore-courier-heater-recall.txt",
      );
      for (const name of others.slice(0, 3)) unlinkSync(path.join(dir, name));
      const fourth = await syncDeskFolder(pool, desk, quiet);
      expect(fourth).toMatchObject({ added: 0, changed: 0, removed: 3, unchanged: 2 });
      expect(await storedPostings(pool, "recall-copy")).toEqual(
        await postingsFromPassages(pool, "recall-copy"),
      );

      await until(() => heard.some((change) => change.revision === third.revision));
      expect(heard).toContainEqual({ desk: "recall-copy", revision: third.revision });
      expect(heard.filter((change) => change.desk === "recall-copy").length).toBeGreaterThanOrEqual(
        2,
      );
    } finally {
      await notices.close();
    }
  }, 60_000);
});

describe("npm run desk -- sync", () => {
  it("syncs every desk of a newsroom folder, then finds nothing to do", async () => {
    const newsroom = path.join(work, "newsroom");
    cpSync("seeds/iraq", path.join(newsroom, "iraq"), { recursive: true });
    symlinkSync(path.resolve("test/fixtures/desks/recall"), path.join(newsroom, "recall"));
    const env = { DATABASE_URL: await cluster.createDatabase("cli") };
    const first = runTool("src/cli/desk.ts", ["sync", "--seeds", newsroom], { env });
    expect(first.stderr).toBe("");
    expect(first.stdout).toBe(
      "iraq: 2 added, 0 changed, 0 removed, 0 unchanged (revision 1)\n" +
        "recall: 6 added, 0 changed, 0 removed, 0 unchanged (revision 1)\n",
    );
    expect(first.status).toBe(0);
    const again = runTool(
      "src/cli/desk.ts",
      ["sync", "--seeds", newsroom, "--desk", "iraq", "--json"],
      {
        env,
      },
    );
    expect(JSON.parse(again.stdout)).toEqual([
      { desk: "iraq", added: 0, changed: 0, removed: 0, unchanged: 2, revision: 1 },
    ]);
  }, 60_000);

  it("says in one line, exit code 2, that the database cannot be reached or is not set", () => {
    const dead = `postgresql://desk:pw-9f2@localhost/desk?host=${encodeURIComponent(path.join(work, "none"))}`;
    const run = runTool("src/cli/desk.ts", ["sync"], { env: { DATABASE_URL: dead } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^Cannot reach the database at \S+\/desk \(DATABASE_URL\): [^\n]+\n$/,
    );
    expect(run.stderr).not.toContain("pw-9f2");
    const unset = runTool("src/cli/desk.ts", ["sync"], { env: { DATABASE_URL: "" } });
    expect(unset.status).toBe(2);
    expect(unset.stderr).toMatch(/^DATABASE_URL is not set/);
  });
});

describe("two replicas on one database", () => {
  it("one syncs the folder it watches; the other answers from an article added there within 5 s", async () => {
    const seeds = path.join(work, "replica-seeds");
    cpSync("test/fixtures/desks/recall", path.join(seeds, "recall"), { recursive: true });
    const replicaUrl = await cluster.createDatabase("replicas");
    const [poolA, poolB] = [await openArchive(replicaUrl), await openArchive(replicaUrl)];
    const log: string[] = [];
    const syncA = new ArchiveFolderSync(poolA, seeds, (line) => log.push(`A ${line}`));
    const syncB = new ArchiveFolderSync(poolB, seeds, (line) => log.push(`B ${line}`));
    let newsroomB: ArchiveNewsroom | null = null;
    try {
      await syncA.start();
      await syncB.start();
      expect([syncA.holdsLock, syncB.holdsLock]).toEqual([true, false]);
      newsroomB = await ArchiveNewsroom.open(poolB, replicaUrl, (line) => log.push(`B ${line}`));
      const deskB = () => newsroomB?.defaultDesk?.current;
      expect(deskB()?.articles).toHaveLength(6);
      const question = "what did the harbour pilots union say about the night shifts";
      expect(answerQuestion(deskB() as StoryDesk, question).quotes).toEqual([]);

      writeFileSync(
        path.join(seeds, "recall", "coastal-wire-pilots.txt"),
        "Coastal Wire\n\nThe harbour pilots union said the night shifts would end in June, a spokesman told reporters.\n",
      );
      const added = Date.now();
      await until(() => (deskB()?.articles.length ?? 0) === 7, 5_000);
      expect(Date.now() - added).toBeLessThan(5_000);
      const answer = answerQuestion(deskB() as StoryDesk, question);
      expect(answer.quotes[0]?.source).toBe("coastal-wire-pilots");
      expect(log).toContainEqual(
        expect.stringMatching(/^A desk recall: synced to the database \(1 added/),
      );
    } finally {
      await newsroomB?.close();
      await syncB.close();
      await syncA.close();
      await poolA.end();
      await poolB.end();
    }
  }, 60_000);
});

describe("npm start with DATABASE_URL", () => {
  it("syncs the seeds folder into the database and answers from the archive", async () => {
    const env = { DATABASE_URL: await cluster.createDatabase("start") };
    const run = runTool("src/main.ts", [], { env, input: "who attacked Taji\n" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("The fatal rocket attacks earlier this month");
    const check = await openArchivePool(env.DATABASE_URL);
    try {
      const { rows } = await check.query(
        "SELECT count(*)::int AS n FROM articles WHERE desk = 'iraq'",
      );
      expect(rows[0]?.n).toBe(2);
    } finally {
      await check.end();
    }
  }, 60_000);

  it("stops with one line and exit code 2 when the database cannot be reached", () => {
    const dead = `postgresql://desk:pw-77x@localhost/desk?host=${encodeURIComponent(path.join(work, "gone"))}`;
    const run = runTool("src/main.ts", [], { env: { DATABASE_URL: dead }, input: "help\n" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^Cannot reach the database at \S+\/desk \(DATABASE_URL\): [^\n]+\n$/,
    );
    expect(run.stdout).toBe("");
  }, 30_000);
});

describe("a database lost while the bot runs", () => {
  it("answers from what it last loaded, says so in one line, and follows the database again when it is back", async () => {
    const own = startThrowawayCluster();
    const lostUrl = await own.createDatabase("lost");
    const lostPool = await openArchive(lostUrl);
    const log: string[] = [];
    let newsroom: ArchiveNewsroom | null = null;
    try {
      await syncDeskFolder(lostPool, await deskIn("seeds/iraq"), quiet);
      newsroom = await ArchiveNewsroom.open(lostPool, lostUrl, (line) => log.push(line));
      const question = "who attacked Taji";
      const desk = newsroom.defaultDesk?.current as StoryDesk;
      const before = await findAnswer(desk, question);
      expect(before.quotes.length).toBeGreaterThan(0);

      own.halt();
      // Asked at once, before the change listener noticed: the answer's own lookup finds out.
      const during = [await findAnswer(desk, question), await findAnswer(desk, question)];
      for (const answer of during) expect(withoutTime(answer)).toEqual(withoutTime(before));
      await until(() => log.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(log).toEqual([
        expect.stringMatching(
          /^database connection lost \(.+\); answering from the articles last loaded until it is back$/,
        ),
      ]);
      expect(log.join("\n")).not.toContain(lostUrl);
      const seen = new SharedSeenKeys(lostPool, undefined, (line) => log.push(line));
      expect([await seen.firstTime("event:EvLost"), await seen.firstTime("event:EvLost")]).toEqual([
        true,
        false,
      ]);
      expect(log.at(-1)).toMatch(/^duplicate checks: the database did not answer/);

      own.resume();
      await until(() => log.includes(ArchiveMessage.back), 10_000);
      expect(log).toContain(ArchiveMessage.back);
      // Back: the answers read their candidates from the database again (a passage taken out
      // of it behind the replica's back is no longer a candidate).
      const quoted = before.quotes[0];
      await lostPool.query("DELETE FROM passages WHERE desk = 'iraq' AND text = $1", [
        quoted?.text,
      ]);
      const after = await findAnswer(newsroom.defaultDesk?.current as StoryDesk, question);
      expect(after.quotes.map((quote) => quote.text)).not.toContain(quoted?.text);
      expect(log.filter((line) => line.startsWith("database connection lost"))).toHaveLength(1);
    } finally {
      await newsroom?.close();
      await lostPool.end().catch(() => {});
      own.stop();
    }
  }, 60_000);
});

describe("the link to the database", () => {
  it("counts a lost connection as the database away, not a statement it refused", async () => {
    const log: string[] = [];
    const link = new ArchiveLink((line) => log.push(line), undefined, 60_000);
    const refused = Object.assign(new Error('relation "x" does not exist'), {
      severity: "ERROR",
      code: "42P01",
    });
    await expect(link.use(() => Promise.reject(refused))).rejects.toBe(refused);
    expect([link.isAway, log]).toEqual([false, []]);
    const shutdown = Object.assign(new Error("terminating connection"), {
      severity: "FATAL",
      code: "57P01",
    });
    expect(isConnectionError(shutdown)).toBe(true);
    await expect(
      link.use(() => Promise.reject(new Error("connect ECONNREFUSED"))),
    ).rejects.toThrow();
    expect(link.isAway).toBe(true);
    // Away: answers skip the database at once, until it is tried again or heard back.
    await expect(link.use(() => Promise.resolve(1))).rejects.toBeInstanceOf(ArchiveAwayError);
    link.back();
    expect(await link.use(() => Promise.resolve(1))).toBe(1);
    expect(log).toEqual([
      "database connection lost (connect ECONNREFUSED); answering from the articles last loaded until it is back",
      ArchiveMessage.back,
    ]);
  });
});

describe("the bot's answers in Slack and the console", () => {
  it("come from the database's candidates, ranked in process", async () => {
    const dbUrl = await cluster.createDatabase("bot-path");
    const botPool = await openArchive(dbUrl);
    let newsroom: ArchiveNewsroom | null = null;
    try {
      await syncDeskFolder(botPool, await deskIn("seeds/iraq"), quiet);
      newsroom = await ArchiveNewsroom.open(botPool, dbUrl, quiet);
      const question = "who attacked Taji";
      const desk = newsroom.defaultDesk?.current as StoryDesk;
      const inProcess = answerQuestion(desk, question);
      const slack = await findAnswerOnDesk(desk, question);
      expect(withoutTime(slack)).toEqual(withoutTime(inProcess));
      const quoted = inProcess.quotes[0]?.text ?? "";
      expect(quoted).not.toBe("");
      // Taken out of the database behind the replica's back: no longer a candidate for the bot.
      await botPool.query("DELETE FROM passages WHERE desk = 'iraq' AND text = $1", [quoted]);
      const fromSlack = await findAnswerOnDesk(desk, question);
      expect(fromSlack.quotes.map((quote) => quote.text)).not.toContain(quoted);
      const printed = await respond(newsroom, {
        kind: "bare",
        request: parseDeskCommand(question),
      });
      expect(printed).not.toContain(quoted.slice(0, 60));
      expect(renderAnswerText(inProcess)).toContain(quoted.slice(0, 60));
    } finally {
      await newsroom?.close();
      await botPool.end();
    }
  }, 60_000);
});

describe("desk folders added and removed while the bot runs", () => {
  it("are synced to the database by the replica that watches the folder, and retired", async () => {
    const seeds = path.join(work, "coming-and-going");
    cpSync("test/fixtures/desks/recall", path.join(seeds, "recall"), { recursive: true });
    const dbUrl = await cluster.createDatabase("folders");
    const [poolA, poolB] = [await openArchive(dbUrl), await openArchive(dbUrl)];
    const log: string[] = [];
    const sync = new ArchiveFolderSync(poolA, seeds, (line) => log.push(line), {
      checkEveryMs: 100,
    });
    let other: ArchiveNewsroom | null = null;
    try {
      await sync.start();
      other = await ArchiveNewsroom.open(poolB, dbUrl, quiet);
      const ids = () => (other?.desks ?? []).map((desk) => desk.profile.id);
      expect(ids()).toEqual(["recall"]);

      const harbour = path.join(seeds, "harbour");
      mkdirSync(harbour);
      writeFileSync(
        path.join(harbour, "coastal-wire-pilots.txt"),
        "Coastal Wire\n\nThe harbour pilots union said the night shifts would end in June.\n",
      );
      await until(() => ids().includes("harbour"), 5_000);
      expect(ids()).toEqual(["harbour", "recall"]);
      expect(log).toContainEqual(
        expect.stringMatching(/^desk harbour: synced to the database \(1 added/),
      );
      const desk = other.desks.find((d) => d.profile.id === "harbour")?.current as StoryDesk;
      expect((await findAnswer(desk, "when will the night shifts end")).quotes[0]?.source).toBe(
        "coastal-wire-pilots",
      );

      rmSync(harbour, { recursive: true, force: true });
      await until(() => !ids().includes("harbour"), 5_000);
      expect(ids()).toEqual(["recall"]);
      expect(await archiveDeskIds(poolB)).toEqual(["recall"]);
      expect(log).toContain(
        `desk harbour: retired from the database (${harbour} holds no articles any more)`,
      );
    } finally {
      await other?.close();
      await sync.close();
      await poolA.end();
      await poolB.end();
    }
  }, 60_000);
});

describe("duplicate checks shared by replicas", () => {
  it("lets one replica claim a key, the others not, until it expires", async () => {
    const other = await openArchivePool(url);
    try {
      const one = new SharedSeenKeys(pool);
      const two = new SharedSeenKeys(other);
      const claims = await Promise.all(
        Array.from({ length: 8 }, (_, i) => (i % 2 ? one : two).firstTime("event:Ev1")),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      // Long enough that a busy machine cannot let the key expire between two claims.
      const expiresMs = 1_000;
      expect(await two.firstTime("event:Ev2", expiresMs)).toBe(true);
      expect(await one.firstTime("event:Ev2", expiresMs)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, expiresMs + 100));
      expect(await one.firstTime("event:Ev2", expiresMs)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, expiresMs + 100));
      expect(await one.sweep()).toBeGreaterThanOrEqual(1);
    } finally {
      await other.end();
    }
  });
});

describe("a database that cannot be reached", () => {
  it("is one clear line naming where, never the password", async () => {
    const dead = `postgresql://desk:s3cret-word@localhost/newsroom?host=${encodeURIComponent(path.join(work, "no-server"))}`;
    const failure = await openArchivePool(dead).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ArchiveUnreachableError);
    const message = (failure as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^Cannot reach the database at ${path.join(work, "no-server")}/newsroom \\(DATABASE_URL\\): \\S`,
      ),
    );
    expect(message).not.toContain("s3cret");
    expect(message).not.toContain("\n");
  });

  it("is refused before connecting when DATABASE_URL is not a postgres URL", async () => {
    await expect(openArchivePool("mysql://db/desk")).rejects.toThrow(
      "DATABASE_URL is not a postgres:// or postgresql:// URL",
    );
  });
});

/** A question with its longest word mistyped two ways: two letters swapped, one dropped. */
function mistyped(question: string): string[] {
  const words = question.split(" ");
  const at = words.reduce(
    (best, word, i) => (word.length > (words[best]?.length ?? 0) ? i : best),
    0,
  );
  const word = words[at] ?? "";
  if (word.length < 5) return [];
  const middle = Math.floor(word.length / 2);
  const variants = [
    word.slice(0, middle) +
      (word[middle + 1] ?? "") +
      (word[middle] ?? "") +
      word.slice(middle + 2),
    word.slice(0, middle) + word.slice(middle + 1),
  ];
  return variants.map((variant) => words.map((w, i) => (i === at ? variant : w)).join(" "));
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Statements of the database's sessions that wait for a lock. */
async function waitingOnLocks(db: pg.Pool): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
  );
  return rows[0]?.n ?? 0;
}

/** Waits (up to 10 s) until a check holds. */
async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
