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
    }>(
      `SELECT article_num::int AS article_num, passage_id, paragraph, kind, text
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
  const startOfNum = new Map<number, number>();
  for (const [num, id] of numToArticle) {
    const start = starts.get(id);
    if (start !== undefined) startOfNum.set(num, start);
  }
  const postings = (terms: readonly string[]) =>
    link.use(() => readPostings(pool, deskId, terms, startOfNum));
  const store: CandidateStore = {
    postings,
    lookalikes: (words) => link.use(() => readLookalikes(pool, deskId, words)),
  };
  return { desk: { ...inProcess, store }, revision, postings };
}

/** The passages filed under each term, from the GIN index, as passage ids of the loaded desk. */
async function readPostings(
  pool: pg.Pool,
  deskId: string,
  terms: readonly string[],
  startOfNum: ReadonlyMap<number, number>,
): Promise<CandidatePostings> {
  const postings = new Map<string, number[]>();
  if (terms.length === 0) return postings;
  // One GIN lookup per term (terms @> {term}): cheaper than unnesting each matched passage's
  // terms. Each term's passages come as one text of "article:seq" pairs, which reads several
  // times faster than two integer arrays (measured: 1,665 passages in 8 ms against 35–60 ms).
  const { rows } = await pool.query<{ term: string; pairs: string }>(
    `SELECT q.term, string_agg(p.article_num::text || ':' || p.seq::text, ',') AS pairs
     FROM unnest($2::text[]) AS q(term)
     JOIN LATERAL (
       SELECT article_num, seq FROM passages WHERE terms @> ARRAY[q.term] AND desk = $1
     ) AS p ON true
     GROUP BY q.term`,
    [deskId, terms],
  );
  for (const row of rows) {
    const ids: number[] = [];
    const pairs = row.pairs;
    let at = 0;
    while (at < pairs.length) {
      const colon = pairs.indexOf(":", at);
      let comma = pairs.indexOf(",", colon);
      if (comma < 0) comma = pairs.length;
      // Passages of articles synced after this desk was loaded wait for its reload.
      const start = startOfNum.get(Number(pairs.slice(at, colon)));
      if (start !== undefined) ids.push(start + Number(pairs.slice(colon + 1, comma)));
      at = comma + 1;
    }
    postings.set(row.term, ids);
  }
  return postings;
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
