import type pg from "pg";
import type { Answer } from "../../answer/answer.js";
import { answerFromRanked } from "../../answer/answer-question.js";
import type { DeskProfile } from "../../desk/desk-profile.js";
import { openDesk, type StoryDesk } from "../../desk/story-desk.js";
import type { Article, Passage, PassageKind } from "../../ingest/article.js";
import type { CandidatePostings } from "../../search/passage-index.js";
import { SearchConfig } from "../../search/search-config.js";
import { byName } from "../parse-article-files.js";

/** A desk as the archive holds it: articles loaded from the database, postings read from it. */
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

/**
 * Loads a desk from the archive: its profile, its articles in file-name order (the order a
 * folder gives) with their passages; the desk's engine is built over them in process and
 * reads its candidates' postings from the database.
 */
export async function loadArchiveDesk(pool: pg.Pool, deskId: string): Promise<ArchiveDesk> {
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
  const desk = openDesk(articles, SearchConfig, profile);
  const starts = desk.index.passageIdsByArticle();
  const startOfNum = new Map<number, number>();
  for (const [num, id] of numToArticle) {
    const start = starts.get(id);
    if (start !== undefined) startOfNum.set(num, start);
  }
  return {
    desk,
    revision,
    async postings(terms) {
      const postings = new Map<string, number[]>();
      if (terms.length === 0) return postings;
      // One GIN lookup per term (terms @> {term}): cheaper than unnesting each matched passage's terms.
      const { rows } = await pool.query<{ term: string; nums: number[]; seqs: number[] }>(
        `SELECT q.term, array_agg(p.article_num::int) AS nums, array_agg(p.seq) AS seqs
         FROM unnest($2::text[]) AS q(term)
         JOIN LATERAL (
           SELECT article_num, seq FROM passages WHERE terms @> ARRAY[q.term] AND desk = $1
         ) AS p ON true
         GROUP BY q.term`,
        [deskId, terms],
      );
      for (const row of rows) {
        const ids: number[] = [];
        row.nums.forEach((num, i) => {
          // Passages of articles synced after this desk was loaded wait for its reload.
          const start = startOfNum.get(num);
          if (start !== undefined) ids.push(start + (row.seqs[i] ?? 0));
        });
        postings.set(row.term, ids);
      }
      return postings;
    },
  };
}

type ArticleRest = Omit<Article, "passages">;

/**
 * Answers a question from an archive desk: the candidates' postings from the database, ranked
 * by the desk's engine in process, then the answer and its comparison as everywhere else.
 */
export async function answerFromArchive(archive: ArchiveDesk, question: string): Promise<Answer> {
  const started = performance.now();
  const query = question.trim();
  const postings = await archive.postings(archive.desk.index.candidateTerms(query));
  const { ranked } = archive.desk.index.search(query, postings);
  return answerFromRanked(archive.desk, query, ranked, started);
}
