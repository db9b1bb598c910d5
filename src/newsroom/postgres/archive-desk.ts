import { mkdir } from "node:fs/promises";
import type pg from "pg";
import type { Answer } from "../../answer/answer.js";
import { answerQuestion } from "../../answer/answer-question.js";
import { answerFromStore } from "../../answer/find-answer.js";
import type { DeskProfile } from "../../desk/desk-profile.js";
import { type CandidateStore, openDesk, readyDesk, type StoryDesk } from "../../desk/story-desk.js";
import type { Article, Passage, PassageKind } from "../../ingest/article.js";
import { type CandidatePostings, PassageIndex, vocabularyKey } from "../../search/passage-index.js";
import { SearchConfig } from "../../search/search-config.js";
import { type CachedDesk, deskKey, readIndexCache, writeIndexCache } from "../index-cache.js";
import { indexInputs, vocabularyOf } from "../open-desk-folder.js";
import { byName } from "../parse-article-files.js";
import { warmUpDesk } from "../warm-up.js";
import {
  LOOKUP_TIMEOUT_MS,
  LookalikeMemo,
  PassageNumbers,
  PostingsMemo,
  readLookalikes,
  readPostings,
} from "./archive-candidates.js";
import { ArchiveLink } from "./archive-link.js";
import { fetchEngineSnapshot, shareEngineSnapshot } from "./archive-snapshots.js";
import { EngineGate } from "./engine-gate.js";

/**
 * A desk as the archive holds it: articles loaded from the database; its candidates (postings,
 * typo lookalikes) read from the database (`desk.store`).
 */
export interface ArchiveDesk {
  readonly desk: StoryDesk;
  /** The desk's revision when it was loaded. */
  readonly revision: number;
  /** Reads the postings of these terms from the database's GIN index, as passage ids of `desk`. */
  postings(terms: readonly string[]): Promise<CandidatePostings>;
}

/**
 * The archive's desk has moved past the version loaded (a sync committed, the reload not in
 * yet): its postings do not fit the engine, which answers in process meanwhile.
 */
export class ArchiveDeskAhead extends Error {
  override readonly name = "ArchiveDeskAhead";
  constructor(desk: string, revision: number) {
    super(`the archive's desk ${desk} has moved past revision ${revision}`);
  }
}

/** A desk the archive does not hold. */
export class ArchiveDeskMissing extends Error {
  override readonly name = "ArchiveDeskMissing";
}

/** The desk ids the archive holds, sorted. */
export async function archiveDeskIds(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>("SELECT id FROM desks ORDER BY id");
  return rows.map((row) => row.id);
}

/** Each desk the archive holds, with its revision. */
export async function archiveDeskRevisions(pool: pg.Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ id: string; revision: string }>(
    "SELECT id, revision FROM desks ORDER BY id",
  );
  return new Map(rows.map((row) => [row.id, Number(row.revision)]));
}

/** How a desk is loaded from the archive. */
export interface ArchiveLoadOptions {
  /** Whether the database answers (shared with the desk's lookups). */
  readonly link?: ArchiveLink;
  /**
   * Where the engine built over an archive desk is cached, by the desk's files' content hashes
   * (the index cache, see index-cache.ts); null or absent: never cached.
   */
  readonly cache?: string | null;
  /**
   * The desk as it was loaded before: the articles the archive still has are kept (not read
   * again), only new ones are read, and its engine is updated in place rather than rebuilt.
   */
  readonly previous?: ArchiveDesk;
  /** How long a question's lookup waits for the database (default LOOKUP_TIMEOUT_MS). */
  readonly lookupTimeoutMs?: number;
}

/** What a loaded desk keeps of the archive's numbering, for its reload. */
interface ArchiveNumbering {
  /** The article of each article number (articles.num). */
  readonly articleOf: ReadonlyMap<number, Article>;
  /** Each article's passage numbers (passages.pnum), in the article's order. */
  readonly pnumsOf: ReadonlyMap<number, readonly number[]>;
}

const numbering = new WeakMap<ArchiveDesk, ArchiveNumbering>();

/** An article row of the archive. */
interface StoredArticleRow {
  readonly num: number;
  readonly file_name: string;
  readonly content_hash: string;
  readonly article: ArticleRest;
}

/** A passage row of the archive. */
interface StoredPassageRow {
  readonly article_num: number;
  readonly passage_id: string;
  readonly paragraph: number;
  readonly kind: PassageKind;
  readonly text: string;
  readonly pnum: number;
}

/**
 * Loads a desk from the archive: its profile, its articles in file-name order (the order a
 * folder gives) with their passages; the desk's engine answers in process over them and reads
 * its candidates' postings from the database. The engine is not built when it need not be: a
 * reload keeps the articles it had and updates the engine in place (`previous`); a start finds
 * it in the index cache by the desk's content hashes (`cache`), and reads no passage text.
 */
export async function loadArchiveDesk(
  pool: pg.Pool,
  deskId: string,
  options: ArchiveLoadOptions = {},
): Promise<ArchiveDesk> {
  const link = options.link ?? new ArchiveLink(() => {});
  const timeoutMs = options.lookupTimeoutMs ?? LOOKUP_TIMEOUT_MS;
  const previous = options.previous ? numbering.get(options.previous) : undefined;
  const client = await pool.connect();
  let profile: DeskProfile;
  let revision: number;
  let stored: StoredArticleRow[];
  let passages: StoredPassageRow[] = [];
  let cached: CachedDesk | null = null;
  let key = "";
  const pnumsOf = new Map<number, readonly number[]>();
  try {
    // One snapshot of the desk: a sync committing meanwhile is seen whole or not at all.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const desk = await client.query<{ profile: DeskProfile; revision: string }>(
      "SELECT profile, revision FROM desks WHERE id = $1",
      [deskId],
    );
    const row = desk.rows[0];
    if (!row) throw new ArchiveDeskMissing(`the archive holds no desk ${deskId}`);
    profile = Object.freeze(row.profile);
    revision = Number(row.revision);
    stored = (
      await client.query<StoredArticleRow>(
        previous
          ? "SELECT num::int AS num, file_name, content_hash, NULL AS article FROM articles WHERE desk = $1"
          : "SELECT num::int AS num, file_name, content_hash, article FROM articles WHERE desk = $1",
        [deskId],
      )
    ).rows.sort((a, b) => byName(a.file_name, b.file_name));
    key = archiveKey(stored, profile);
    if (!previous && options.cache) cached = await cachedEngine(pool, deskId, options.cache, key);
    const unread = previous ? stored.filter((r) => !previous.articleOf.has(r.num)) : stored;
    if (previous && unread.length > 0) {
      // Only the new articles' rows, with their metadata.
      const fresh = await client.query<StoredArticleRow>(
        "SELECT num::int AS num, file_name, content_hash, article FROM articles WHERE num = ANY($1::bigint[])",
        [unread.map((r) => r.num)],
      );
      const byNum = new Map(fresh.rows.map((r) => [r.num, r]));
      stored = stored.map((r) => byNum.get(r.num) ?? r);
    }
    if (cached) {
      // The cache holds the passages: only their numbers are read.
      const numbers = await client.query<{ num: number; pnums: string }>({
        text: `SELECT article_num::int AS num, string_agg(pnum::text, ',' ORDER BY seq) AS pnums
               FROM passages WHERE desk = $1 GROUP BY article_num`,
        values: [deskId],
      });
      for (const r of numbers.rows) pnumsOf.set(r.num, numberList(r.pnums));
    } else if (unread.length > 0) {
      passages = (
        await client.query<StoredPassageRow>(
          `SELECT article_num::int AS article_num, passage_id, paragraph, kind, text, pnum
           FROM passages WHERE article_num = ANY($1::bigint[]) ORDER BY article_num, seq`,
          [unread.map((r) => r.num)],
        )
      ).rows;
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }

  // The desk's articles in file-name order, each once (the first file of an article id wins).
  const articleOf = new Map<number, Article>();
  const articles: Article[] = [];
  const seen = new Set<string>();
  const cachedById = new Map((cached?.articles ?? []).map((article) => [article.id, article]));
  const fromRows = articlesFromRows(passages, stored, pnumsOf);
  for (const r of stored) {
    const article =
      previous?.articleOf.get(r.num) ?? cachedById.get(r.article.id) ?? fromRows.get(r.num);
    if (!article || seen.has(article.id)) continue;
    seen.add(article.id);
    articleOf.set(r.num, article);
    articles.push(article);
    const known = previous?.pnumsOf.get(r.num);
    if (known) pnumsOf.set(r.num, known);
  }

  const vocabulary = vocabularyOf(profile);
  const over = (inProcess: StoryDesk, gate?: EngineGate<ArchiveDesk>) =>
    archiveDeskOver(
      inProcess,
      { pool, deskId, link, revision, articleOf, pnumsOf, timeoutMs },
      gate,
    );
  let loaded: ArchiveDesk;
  if (options.previous) {
    const { index } = options.previous.desk;
    // New equivalents read every passage anew: the engine is built again.
    if (index.vocabularyRead !== vocabularyKey(vocabulary))
      return loadArchiveDesk(pool, deskId, {
        link,
        cache: options.cache ?? null,
        lookupTimeoutMs: timeoutMs,
      });
    // The engine is updated once no question holds it, and the new version swapped in with it.
    const gate = gates.get(options.previous) ?? new EngineGate(options.previous);
    loaded = await gate.swap(() => {
      index.update(articles);
      return over(readyDesk(articles, index, SearchConfig, profile), gate);
    });
  } else if (cached) {
    const index =
      cached.articles.length === articles.length
        ? openSnapshot(articles, cached, vocabulary)
        : null;
    // A cache that does not fit the archive's desk is passed over.
    if (index === null) return loadArchiveDesk(pool, deskId, { link, lookupTimeoutMs: timeoutMs });
    loaded = over(readyDesk(articles, index, SearchConfig, profile));
  } else {
    const inProcess = openDesk(articles, SearchConfig, profile);
    if (options.cache) await saveArchiveDesk(pool, deskId, options.cache, key, inProcess);
    loaded = over(inProcess);
  }
  await warmUpLookups(loaded);
  return loaded;
}

/** What an archive desk's lookups go to, and what its reload keeps. */
interface ArchiveSide {
  readonly pool: pg.Pool;
  readonly deskId: string;
  readonly link: ArchiveLink;
  readonly revision: number;
  readonly articleOf: ReadonlyMap<number, Article>;
  readonly pnumsOf: ReadonlyMap<number, readonly number[]>;
  readonly timeoutMs: number;
}

/** The engine gate of each archive desk, shared by the versions an in-place reload makes. */
const gates = new WeakMap<ArchiveDesk, EngineGate<ArchiveDesk>>();

/**
 * The archive desk over a desk in process, warmed up: its passages' archive numbers, its store
 * (the database's postings and lookalikes, questions held through `gate`: a new one for a new
 * engine). Waits on nothing, so an in-place update and its swap are one step.
 */
function archiveDeskOver(
  inProcess: StoryDesk,
  side: ArchiveSide,
  gate?: EngineGate<ArchiveDesk>,
): ArchiveDesk {
  const { pool, deskId, link, articleOf, pnumsOf, timeoutMs } = side;
  // What the first question would pay for, done now (as for a desk folder).
  warmUpDesk(inProcess);
  const starts = inProcess.index.passageIdsByArticle();
  const ids = new PassageNumbers();
  for (const [num, article] of articleOf) {
    const start = starts.get(article.id);
    if (start !== undefined) ids.add(start, pnumsOf.get(num) ?? []);
  }
  ids.seal();
  // The postings this version of the desk read before, sent again only when their row changed.
  const memo = new PostingsMemo(side.revision);
  const lookalikeMemo = new LookalikeMemo();
  const postings = async (terms: readonly string[]) => {
    const read = await link.use(() => readPostings(pool, deskId, terms, ids, timeoutMs, memo));
    // A sync since the desk was loaded: its engine answers on its own until the reload.
    if (read.revision !== side.revision) throw new ArchiveDeskAhead(deskId, side.revision);
    return read.postings;
  };
  let engine = gate;
  const store: CandidateStore = {
    postings,
    lookalikes: (words) =>
      link.use(() => readLookalikes(pool, deskId, words, timeoutMs, lookalikeMemo)),
    hold: (work) => (engine as EngineGate<ArchiveDesk>).hold((now) => work(now.desk)),
  };
  const loaded: ArchiveDesk = { desk: { ...inProcess, store }, revision: side.revision, postings };
  numbering.set(loaded, { articleOf, pnumsOf });
  engine ??= new EngineGate(loaded);
  gates.set(loaded, engine);
  return loaded;
}

/** How long the database side of a start warms up at most (a large desk's questions cost more). */
const LOOKUP_WARM_UP_BUDGET_MS = 1_500;
/** Questions the database side warms up on, at most: each of another opening's words. */
const LOOKUP_WARM_UP_QUESTIONS = 6;
const LOOKUP_WARM_UP_OPENERS = ["who", "how many", "what did"];
/** From this many passages a start answers its warm-up questions from the database. */
const LOOKUP_WARM_UP_FROM_PASSAGES = 20_000;

/**
 * What the first question would pay for on the database's side, done now: two connections
 * opened (a question's lookups go side by side) and both lookups prepared, their index pages
 * read; then a few questions of the desk's own opening words answered as a question is, from the
 * database's postings, the words many passages use first (the in-process warm-up ran the engine
 * over its own postings, not over long postings read from the database, whose code a large
 * desk's first question would otherwise run cold).
 */
async function warmUpLookups(archive: ArchiveDesk): Promise<void> {
  const { desk } = archive;
  const { store } = desk;
  const openings = desk.articles
    .slice(0, LOOKUP_WARM_UP_QUESTIONS)
    .flatMap((article) => article.passages.slice(0, 1))
    .map((passage) => passage.text.match(/\p{L}{5,}/gu)?.slice(0, 3) ?? [])
    .filter((words) => words.length > 0);
  const first = openings[0];
  if (!first || !store) return;
  const passages = desk.articles.reduce((sum, article) => sum + article.passages.length, 0);
  await Promise.all([
    store.postings(desk.index.candidateTerms(`who ${first.join(" ")}`)),
    store.lookalikes(first.map((word) => `${word.toLowerCase()}q`)),
  ]).catch(() => {});
  // A small desk's postings are short: its first question meets nothing cold.
  if (passages < LOOKUP_WARM_UP_FROM_PASSAGES) return;
  const started = performance.now();
  const common = commonWords(desk.articles);
  const questions =
    common.length > 1 ? [common.slice(0, 2), common.slice(2, 4), ...openings] : openings;
  for (const [i, words] of questions.entries()) {
    if (performance.now() - started > LOOKUP_WARM_UP_BUDGET_MS) break;
    const opener = LOOKUP_WARM_UP_OPENERS[i % LOOKUP_WARM_UP_OPENERS.length];
    await answerFromStore(desk, store, `${opener} ${words.join(" ")}`).catch(() => {});
  }
}

/** Passages sampled across a desk for its common words, and the share of them a common word is in. */
const COMMON_WORD_SAMPLE = 2_000;
const COMMON_WORD_SHARE = Object.freeze({ least: 0.02, most: 0.15 });

/**
 * Words many of a desk's passages use, yet not most (in 2–15% of passages sampled evenly across
 * the desk), most used first: a question of them reads long postings, as a reporter's common
 * words do.
 */
function commonWords(articles: readonly Article[]): string[] {
  const step = Math.max(1, Math.floor(articles.length / COMMON_WORD_SAMPLE));
  const counts = new Map<string, number>();
  let sampled = 0;
  for (let at = 0; at < articles.length; at += step) {
    const passage = articles[at]?.passages[0];
    if (!passage) continue;
    sampled++;
    const words = new Set(passage.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => {
      const share = count / Math.max(1, sampled);
      return share >= COMMON_WORD_SHARE.least && share <= COMMON_WORD_SHARE.most;
    })
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
}

/** The articles of passage rows, by article number; each article's passage numbers go to `pnumsOf`. */
function articlesFromRows(
  passages: readonly StoredPassageRow[],
  stored: readonly StoredArticleRow[],
  pnumsOf: Map<number, readonly number[]>,
): Map<number, Article> {
  const rowOf = new Map(stored.map((r) => [r.num, r]));
  const passagesOf = new Map<number, Passage[]>();
  const numbers = new Map<number, number[]>();
  for (const p of passages) {
    const articleId = rowOf.get(p.article_num)?.article?.id ?? "";
    const list = passagesOf.get(p.article_num) ?? [];
    list.push({
      id: p.passage_id,
      articleId,
      paragraph: p.paragraph,
      kind: p.kind,
      text: p.text,
    });
    passagesOf.set(p.article_num, list);
    const pnums = numbers.get(p.article_num) ?? [];
    pnums.push(p.pnum);
    numbers.set(p.article_num, pnums);
  }
  const articles = new Map<number, Article>();
  for (const [num, list] of passagesOf) {
    const row = rowOf.get(num);
    if (!row?.article) continue;
    articles.set(num, { ...row.article, passages: list });
    pnumsOf.set(num, numbers.get(num) ?? []);
  }
  // An article without passages is an article all the same.
  for (const row of stored)
    if (row.article && !articles.has(row.num) && !pnumsOf.has(row.num)) {
      articles.set(row.num, { ...row.article, passages: [] });
      pnumsOf.set(row.num, []);
    }
  return articles;
}

/** The engine over cached articles from its snapshot; null when it does not open. */
function openSnapshot(
  articles: readonly Article[],
  cached: CachedDesk,
  vocabulary: ReturnType<typeof vocabularyOf>,
): PassageIndex | null {
  try {
    return PassageIndex.fromSnapshot(articles, cached.index, SearchConfig, vocabulary);
  } catch {
    return null;
  }
}

/** "1,2,3" as numbers. */
function numberList(text: string): number[] {
  return text === "" ? [] : text.split(",").map(Number);
}

/**
 * The index cache key of an archive desk: its files' names and content hashes, its equivalents
 * and the code (as for a desk folder), marked as the archive's.
 */
function archiveKey(stored: readonly StoredArticleRow[], profile: DeskProfile): string {
  return deskKey(
    stored.map((r) => ({ file: r.file_name, hash: r.content_hash, bytes: new Uint8Array(0) })),
    { archive: true, ...indexInputs(SearchConfig, vocabularyOf(profile)) },
  );
}

/**
 * The engine of this desk version from the index cache: this replica's own, else the one the
 * archive keeps (`engine_snapshots`, fetched into the cache folder first). Null: none.
 */
async function cachedEngine(
  pool: pg.Pool,
  deskId: string,
  dir: string,
  key: string,
): Promise<CachedDesk | null> {
  const local = await readIndexCache(dir, key);
  if (local.found) return local.cached;
  try {
    await mkdir(dir, { recursive: true });
    if (!(await fetchEngineSnapshot(pool, deskId, dir, key))) return null;
  } catch {
    return null;
  }
  const fetched = await readIndexCache(dir, key);
  return fetched.found ? fetched.cached : null;
}

/**
 * Saves an archive desk's engine in the index cache, and in the archive for the other replicas
 * (once per desk version); a cache that cannot be written is skipped.
 */
async function saveArchiveDesk(
  pool: pg.Pool,
  deskId: string,
  dir: string,
  key: string,
  desk: StoryDesk,
): Promise<void> {
  try {
    await writeIndexCache(dir, {
      key,
      articles: desk.articles,
      warnings: [],
      index: await desk.index.snapshot(),
    });
    await shareEngineSnapshot(pool, deskId, dir, key);
  } catch {
    // A start without a cache builds the engine, as now.
  }
}

type ArticleRest = Omit<Article, "passages">;

/**
 * Answers a question from an archive desk: the candidates' postings (and the lookalikes of its
 * mistyped words) from the database, ranked by the desk's engine in process, then the answer and
 * its comparison as everywhere else. A database failure is thrown (the bot's `findAnswer` answers
 * in process instead).
 */
export function answerFromArchive(archive: ArchiveDesk, question: string): Promise<Answer> {
  const { store } = archive.desk;
  if (!store?.hold) throw new Error("an archive desk has a store");
  return store.hold(async (desk) => {
    try {
      return await answerFromStore(desk, desk.store ?? store, question);
    } catch (error) {
      if (error instanceof ArchiveDeskAhead) return answerQuestion(desk, question);
      throw error;
    }
  });
}
