import path from "node:path";
import type pg from "pg";
import type { Article } from "../../ingest/article.js";
import { vocabularyKey } from "../../search/passage-index.js";
import { deskLexicon, passageTerms } from "../../search/passage-terms.js";
import type { FoundDesk } from "../desk-folders.js";
import { formatLoadWarning, readDeskFolder } from "../load-desk.js";
import { vocabularyOf } from "../open-desk-folder.js";
import { parseArticleFiles } from "../parse-article-files.js";
import { ARCHIVE_CHANNEL } from "./archive-notices.js";

/** What one sync of a desk folder into the archive did. */
export interface SyncReport {
  readonly desk: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  /** The desk's revision after the sync (it grows by one when anything changed). */
  readonly revision: number;
}

/** Passages written per statement. */
const PASSAGE_BATCH = 2_000;

/**
 * Loads a desk folder into the archive incrementally: a file whose content hash the archive
 * already has is not read again; new and changed files are parsed and stored with their
 * passages and match terms; files gone from the folder are removed. A file that cannot be read
 * or parsed now keeps the version the archive has. When anything changed, every replica is told
 * (NOTIFY). Warnings about files go to `warn`, as when a desk is opened; configured `secrets`
 * are hidden wherever an article holds one, as in process.
 */
export async function syncDeskFolder(
  pool: pg.Pool,
  desk: FoundDesk,
  warn: (line: string) => void,
  secrets: readonly string[] = [],
): Promise<SyncReport> {
  const vocabulary = vocabularyOf(desk.profile);
  const vocabularyText = vocabularyKey(vocabulary);
  const read = await readDeskFolder(desk.dir);
  for (const warning of read.warnings) warn(formatLoadWarning(warning));

  const known = await pool.query<{ vocabulary: string; revision: string }>(
    "SELECT vocabulary, revision FROM desks WHERE id = $1",
    [desk.id],
  );
  // New equivalents change every passage's terms: every file is stored again.
  const sameVocabulary = known.rows[0]?.vocabulary === vocabularyText;
  const stored = await pool.query<{ file_name: string; content_hash: string }>(
    "SELECT file_name, content_hash FROM articles WHERE desk = $1",
    [desk.id],
  );
  const storedHash = new Map(stored.rows.map((row) => [row.file_name, row.content_hash]));
  const nameOf = (file: string) => path.basename(file);
  const listed = new Set([
    ...read.files.map((file) => nameOf(file.file)),
    ...read.warnings.map((warning) => nameOf(warning.file)),
    ...read.vanished.map(nameOf),
  ]);
  const fresh = read.files.filter(
    (file) => !sameVocabulary || storedHash.get(nameOf(file.file)) !== file.hash,
  );
  const parsed = parseArticleFiles(fresh, undefined, undefined, [], secrets);
  for (const warning of parsed.warnings) warn(formatLoadWarning(warning));
  const hashOf = new Map(fresh.map((file) => [file.file, file.hash]));
  const removed = [...storedHash.keys()].filter((name) => !listed.has(name));
  const lexicon = deskLexicon(vocabulary);

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ revision: string }>(
      `INSERT INTO desks (id, profile, vocabulary) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET profile = EXCLUDED.profile, vocabulary = EXCLUDED.vocabulary
       RETURNING revision`,
      [desk.id, JSON.stringify(desk.profile), vocabularyText],
    );
    let revision = Number(rows[0]?.revision ?? 0);
    if (removed.length > 0)
      await client.query("DELETE FROM articles WHERE desk = $1 AND file_name = ANY($2::text[])", [
        desk.id,
        removed,
      ]);
    let added = 0;
    for (const article of parsed.articles) {
      const name = nameOf(article.file);
      if (!storedHash.has(name)) added += 1;
      await storeArticle(client, desk.id, name, hashOf.get(article.file) ?? "", article, lexicon);
    }
    const changed = parsed.articles.length - added;
    if (parsed.articles.length > 0 || removed.length > 0) {
      const bumped = await client.query<{ revision: string }>(
        "UPDATE desks SET revision = revision + 1, updated_at = now() WHERE id = $1 RETURNING revision",
        [desk.id],
      );
      revision = Number(bumped.rows[0]?.revision ?? revision + 1);
      // Delivered at commit, to every replica listening.
      await client.query("SELECT pg_notify($1, $2)", [
        ARCHIVE_CHANNEL,
        JSON.stringify({ desk: desk.id, revision }),
      ]);
    }
    await client.query("COMMIT");
    return {
      desk: desk.id,
      added,
      changed,
      removed: removed.length,
      unchanged: storedHash.size - changed - removed.length,
      revision,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Takes a desk out of the archive (its articles, passages and vocabulary with it) and tells
 * every replica, which stops serving it. Returns whether the archive held it.
 */
export async function retireDesk(pool: pg.Pool, deskId: string): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rowCount } = await client.query("DELETE FROM desks WHERE id = $1", [deskId]);
    await client.query("SELECT pg_notify($1, $2)", [
      ARCHIVE_CHANNEL,
      JSON.stringify({ desk: deskId, revision: -1 }),
    ]);
    await client.query("COMMIT");
    return (rowCount ?? 0) > 0;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Replaces one article and its passages (with their match terms) in the archive. */
async function storeArticle(
  client: pg.PoolClient,
  deskId: string,
  fileName: string,
  hash: string,
  article: Article,
  lexicon: ReturnType<typeof deskLexicon>,
): Promise<void> {
  await client.query("DELETE FROM articles WHERE desk = $1 AND file_name = $2", [deskId, fileName]);
  const { passages, ...rest } = article;
  const { rows } = await client.query<{ num: string }>(
    `INSERT INTO articles (desk, file_name, id, content_hash, article)
     VALUES ($1, $2, $3, $4, $5) RETURNING num`,
    [deskId, fileName, article.id, hash, JSON.stringify(rest)],
  );
  const num = rows[0]?.num;
  const allTerms = new Set<string>();
  for (let from = 0; from < passages.length; from += PASSAGE_BATCH) {
    const batch = passages.slice(from, from + PASSAGE_BATCH);
    const terms = batch.map((passage) => passageTerms(passage.text, lexicon));
    for (const list of terms) for (const term of list) allTerms.add(term);
    await client.query(
      `INSERT INTO passages (article_num, seq, desk, paragraph, kind, passage_id, text, terms)
       SELECT $1, x.seq, $2, x.paragraph, x.kind, x.passage_id, x.text,
              ARRAY(SELECT jsonb_array_elements_text(x.terms::jsonb))
       FROM unnest($3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS x(seq, paragraph, kind, passage_id, text, terms)`,
      [
        num,
        deskId,
        batch.map((_, i) => from + i),
        batch.map((passage) => passage.paragraph),
        batch.map((passage) => passage.kind),
        batch.map((passage) => passage.id),
        batch.map((passage) => passage.text),
        terms.map((list) => JSON.stringify(list)),
      ],
    );
  }
  if (allTerms.size > 0)
    await client.query(
      `INSERT INTO desk_terms (desk, term) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [deskId, [...allTerms]],
    );
}
