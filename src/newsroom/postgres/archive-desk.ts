import type pg from "pg";
import type { Answer } from "../../answer/answer.js";
import { answerFromStore } from "../../answer/find-answer.js";
import type { DeskProfile } from "../../desk/desk-profile.js";
import { type CandidateStore, openDesk, type StoryDesk } from "../../desk/story-desk.js";
import type { Article, Passage, PassageKind } from "../../ingest/article.js";
import type { CandidatePostings, Lookalikes } from "../../search/passage-index.js";
import { SearchConfig } from "../../search/search-config.js";
import { byName } from "../parse-article-files.js";
import { ArchiveLink } from "./archive-link.js";

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

/**
 * Loads a desk from the archive: its profile, its articles in file-name order (the order a
 * folder gives) with their passages; the desk's engine is built over them in process and
 * reads its candidates' postings from the database.
 */
export async function loadArchiveDesk(
  pool: pg.Pool,
  deskId: string,
  link: ArchiveLink = new ArchiveLink(() => {}),
): Promise<ArchiveDesk> {
  const client = await pool.connect();
  let profile: DeskProfile;
  let revision: number;
  const articles: Article[] = [];
  const numToArticle = new Map<number, string>();
  // Each passage's number in the archive (passages.pnum), by article number, in the article's order.
  const pnumsOf = new Map<number, number[]>();
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
    const stored = await client.query<{ num: number; file_name: string; article: ArticleRest }>(
      "SELECT num::int AS num, file_name, article FROM articles WHERE desk = $1",
      [deskId],
    );
    const passages = await client.query<{
      article_num: number;
      passage_id: string;
      paragraph: number;
      kind: PassageKind;
      text: string;
      pnum: number;
    }>(
      `SELECT article_num::int AS article_num, passage_id, paragraph, kind, text, pnum
       FROM passages WHERE desk = $1 ORDER BY article_num, seq`,
      [deskId],
    );
    await client.query("COMMIT");
    const byNum = new Map<number, Passage[]>();
    const articleIdOf = new Map(stored.rows.map((r) => [r.num, r.article.id]));
    for (const p of passages.rows) {
      const list = byNum.get(p.article_num) ?? [];
      list.push({
        id: p.passage_id,
        articleId: articleIdOf.get(p.article_num) ?? "",
        paragraph: p.paragraph,
        kind: p.kind,
        text: p.text,
      });
      byNum.set(p.article_num, list);
      const pnums = pnumsOf.get(p.article_num);
      if (pnums) pnums.push(p.pnum);
      else pnumsOf.set(p.article_num, [p.pnum]);
    }
    const seen = new Set<string>();
    for (const r of stored.rows.sort((a, b) => byName(a.file_name, b.file_name))) {
      if (seen.has(r.article.id)) continue;
      seen.add(r.article.id);
      numToArticle.set(r.num, r.article.id);
      articles.push({ ...r.article, passages: byNum.get(r.num) ?? [] });
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  const inProcess = openDesk(articles, SearchConfig, profile);
  const starts = inProcess.index.passageIdsByArticle();
  const ids = new PassageNumbers();
  for (const [num, id] of numToArticle) {
    const start = starts.get(id);
    if (start !== undefined) ids.add(start, pnumsOf.get(num) ?? []);
  }
  ids.seal();
  const postings = (terms: readonly string[]) =>
    link.use(() => readPostings(pool, deskId, terms, ids));
  const store: CandidateStore = {
    postings,
    lookalikes: (words) => link.use(() => readLookalikes(pool, deskId, words)),
  };
  return { desk: { ...inProcess, store }, revision, postings };
}

/**
 * The desk's passage ids by their numbers in the archive (passages.pnum): a passage stored after
 * the desk was loaded has none, and waits for the desk's reload.
 */
class PassageNumbers {
  private pending: Array<{ start: number; pnums: readonly number[] }> = [];
  private first = 0;
  private ids = new Int32Array(0);

  /** An article's passages: its first passage's id and their numbers, in the article's order. */
  add(start: number, pnums: readonly number[]): void {
    this.pending.push({ start, pnums });
  }

  /** Files what was added (numbers run from the desk's lowest to its highest). */
  seal(): void {
    let low = Number.POSITIVE_INFINITY;
    let high = -1;
    for (const { pnums } of this.pending)
      for (const pnum of pnums) {
        if (pnum < low) low = pnum;
        if (pnum > high) high = pnum;
      }
    this.first = high < 0 ? 0 : low;
    this.ids = new Int32Array(high < 0 ? 0 : high - low + 1).fill(-1);
    for (const { start, pnums } of this.pending)
      pnums.forEach((pnum, at) => {
        this.ids[pnum - this.first] = start + at;
      });
    this.pending = [];
  }

  /** The passage id of an archive passage number, or -1. */
  idOf(pnum: number): number {
    return this.ids[pnum - this.first] ?? -1;
  }
}

/** A text result, as PostgreSQL wrote it (an integer array is read by `readNumbers`). */
const AS_TEXT = Object.freeze({ getTypeParser: () => (value: string) => value });

/**
 * The passages filed under each term, from the term postings (one row a term, read by primary
 * key), as passage ids of the loaded desk.
 */
async function readPostings(
  pool: pg.Pool,
  deskId: string,
  terms: readonly string[],
  ids: PassageNumbers,
): Promise<CandidatePostings> {
  const postings = new Map<string, number[]>();
  if (terms.length === 0) return postings;
  const { rows } = await pool.query<{ term: string; pnums: string }>({
    text: "SELECT term, pnums FROM term_postings WHERE desk = $1 AND term = ANY($2::text[])",
    values: [deskId, terms],
    types: AS_TEXT,
  });
  for (const row of rows) postings.set(row.term, readNumbers(row.pnums, ids));
  return postings;
}

/**
 * The passage ids of an integer array as PostgreSQL writes it ("{12,15,40}"), read digit by
 * digit: several times faster than splitting and parsing, for the 200,000 passages of a common
 * term at a million passages.
 */
function readNumbers(text: string, ids: PassageNumbers): number[] {
  const found: number[] = [];
  let value = 0;
  let digits = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits = true;
    } else if (digits) {
      const id = ids.idOf(value);
      if (id >= 0) found.push(id);
      value = 0;
      digits = false;
    }
  }
  return found;
}

/**
 * How the archive finds a mistyped word's lookalikes in a desk's vocabulary (pg_trgm). Word
 * similarity (the word against the closest stretch of a vocabulary word) follows the in-process
 * corrector, which matches a word anywhere in a longer one: over every word of the two test
 * desks mistyped four ways, the correction among these lookalikes is the in-process one for
 * 99.7% (recall desk) and 99.6% (seeds) of them.
 */
export const LookalikeSettings = Object.freeze({
  /** The least word similarity of a lookalike (pg_trgm.word_similarity_threshold for `<%`). */
  similarity: 0.15,
  /** Lookalikes per word, most similar first. */
  perWord: 64,
});

/**
 * Each mistyped word's lookalikes in the desk's vocabulary, by trigram word similarity over the
 * GIN trigram index: words beginning with the word's first or second letter (the in-process
 * corrector's rule), of a length near the word's. The engine corrects the word among them.
 */
async function readLookalikes(
  pool: pg.Pool,
  deskId: string,
  words: readonly string[],
): Promise<Lookalikes> {
  const lookalikes = new Map<string, string[]>(words.map((word) => [word, []]));
  if (words.length === 0) return lookalikes;
  const client = await pool.connect();
  try {
    await client.query("BEGIN READ ONLY");
    await client.query("SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)", [
      String(LookalikeSettings.similarity),
    ]);
    const { rows } = await client.query<{ word: string; term: string }>(
      `SELECT w.word, t.term
       FROM unnest($2::text[]) AS w(word)
       JOIN LATERAL (
         SELECT term FROM desk_terms
         WHERE w.word <% term AND desk = $1
           AND left(term, 1) IN (left(w.word, 1), substr(w.word, 2, 1))
           AND abs(length(term) - length(w.word)) <= greatest(2, length(w.word) / 4.0)
         ORDER BY word_similarity(w.word, term) DESC, term
         LIMIT $3
       ) AS t ON true`,
      [deskId, words, LookalikeSettings.perWord],
    );
    await client.query("COMMIT");
    for (const row of rows) lookalikes.get(row.word)?.push(row.term);
    return lookalikes;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
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
  const store = archive.desk.store;
  if (!store) throw new Error("an archive desk has a store");
  return answerFromStore(archive.desk, store, question);
}
