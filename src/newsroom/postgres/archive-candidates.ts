import type pg from "pg";
import type { CandidatePostings, Lookalikes } from "../../search/passage-index.js";

/**
 * The desk's passage ids by their numbers in the archive (passages.pnum): a passage stored after
 * the desk was loaded has none, and waits for the desk's reload.
 */
export class PassageNumbers {
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

/**
 * How long a question's lookup waits for the database (a few milliseconds at a million passages)
 * before the question is answered in process: a database that hangs never holds a question, nor
 * a reload waiting for it (the link counts it as lost, and tries again shortly).
 */
export const LOOKUP_TIMEOUT_MS = 5_000;

/** A lookup's statement with its own read timeout (node-postgres reads `query_timeout`). */
const lookup = (config: pg.QueryConfig & { readonly query_timeout: number }): pg.QueryConfig =>
  config;

/** A text result, as PostgreSQL wrote it (an integer array is read by `readNumbers`). */
const AS_TEXT = Object.freeze({ getTypeParser: () => (value: string) => value });

/** A question's postings as the archive holds them now, and the desk's revision they are of. */
export interface ReadPostings {
  readonly postings: CandidatePostings;
  /** The desk's revision in the same snapshot; null: the archive no longer holds the desk. */
  readonly revision: number | null;
}

/**
 * A desk's revision ($1) and the postings of its terms ($2), by primary key, with each posting
 * row's version (`xmin`, the transaction that last wrote it): a term whose version is the one
 * this replica read before ($3, by term) comes back without its passages, which the replica
 * still holds. A sync appending to a term's postings, or a passage taken out of them (by a sync
 * or by hand), writes the row anew, so its version moves and its passages are read again.
 */
export const POSTINGS_STATEMENT = `SELECT d.revision, p.term, p.xmin::text AS version,
    CASE WHEN p.xmin::text = c.version THEN NULL ELSE p.pnums END AS pnums
  FROM desks AS d
  LEFT JOIN (unnest($2::text[], $3::text[]) AS c(term, version)
    JOIN term_postings AS p ON p.desk = $1 AND p.term = c.term) ON true
  WHERE d.id = $1`;

/** A term's postings as read at one version of its row. */
interface KeptPostings {
  readonly version: string;
  readonly ids: readonly number[];
}

/**
 * The postings a replica read before, by term, as passage ids of one loaded desk version (a
 * reload makes a new one), with the row version each was read at; the least recently asked go
 * first once the memo holds more than `maxIds` passage ids.
 */
export class PostingsMemo {
  private readonly kept = new Map<string, KeptPostings>();
  private held = 0;

  /** Postings are kept only as read at the desk's `revision` (the loaded one). */
  constructor(
    readonly revision: number,
    private readonly maxIds = 2_000_000,
  ) {}

  /** A term's kept postings (now the most recently asked), if any. */
  take(term: string): KeptPostings | undefined {
    const entry = this.kept.get(term);
    if (!entry) return undefined;
    this.kept.delete(term);
    this.kept.set(term, entry);
    return entry;
  }

  /** Keeps a term's postings as read at `version`. */
  keep(term: string, version: string, ids: readonly number[]): void {
    this.forget(term);
    if (ids.length > this.maxIds) return;
    this.kept.set(term, { version, ids });
    this.held += ids.length;
    for (const [oldest, entry] of this.kept) {
      if (this.held <= this.maxIds) break;
      this.kept.delete(oldest);
      this.held -= entry.ids.length;
    }
  }

  private forget(term: string): void {
    const entry = this.kept.get(term);
    if (!entry) return;
    this.kept.delete(term);
    this.held -= entry.ids.length;
  }
}

/**
 * The passages filed under each term, from the term postings (one row a term, read by primary
 * key), as passage ids of the loaded desk, with the desk's revision read in the same statement
 * (postings of a later revision than the desk's engine do not fit it). Postings the replica
 * read before and that have not changed since are not sent again (`memo`).
 */
export async function readPostings(
  pool: pg.Pool,
  deskId: string,
  terms: readonly string[],
  ids: PassageNumbers,
  timeoutMs: number = LOOKUP_TIMEOUT_MS,
  memo: PostingsMemo = new PostingsMemo(-1, 0),
): Promise<ReadPostings> {
  const postings = new Map<string, readonly number[]>();
  // What is kept now is what the statement is told of (another question may drop it meanwhile).
  const known = terms.map((term) => memo.take(term));
  const { rows } = await pool.query<{
    revision: string;
    term: string | null;
    version: string | null;
    pnums: string | null;
  }>(
    lookup({
      name: "story-desk-postings",
      text: POSTINGS_STATEMENT,
      values: [deskId, terms, known.map((entry) => entry?.version ?? null)],
      types: AS_TEXT,
      query_timeout: timeoutMs,
    }),
  );
  const revision = rows[0] ? Number(rows[0].revision) : null;
  // Postings of another revision than the memo's are used (the caller decides), never kept.
  const keeps = revision === memo.revision;
  const knownOf = new Map(terms.map((term, at) => [term, known[at]]));
  for (const row of rows) {
    if (row.term === null || row.version === null) continue;
    const kept = knownOf.get(row.term);
    if (row.pnums === null && kept) {
      postings.set(row.term, kept.ids);
      continue;
    }
    const read = readNumbers(row.pnums ?? "", ids);
    if (keeps) memo.keep(row.term, row.version, read);
    postings.set(row.term, read);
  }
  return { postings, revision };
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

/** Each word's ($2) most similar words ($3 at most) of a desk's ($1) vocabulary. */
export const LOOKALIKES_STATEMENT = `SELECT w.word, t.term
       FROM unnest($2::text[]) AS w(word)
       JOIN LATERAL (
         SELECT term FROM desk_terms
         WHERE w.word <% term AND desk = $1
           AND left(term, 1) IN (left(w.word, 1), substr(w.word, 2, 1))
           AND abs(length(term) - length(w.word)) <= greatest(2, length(w.word) / 4.0)
         ORDER BY word_similarity(w.word, term) DESC, term
         LIMIT $3
       ) AS t ON true`;

/**
 * Each mistyped word's lookalikes in the desk's vocabulary, by trigram word similarity over the
 * GIN trigram index: words beginning with the word's first or second letter (the in-process
 * corrector's rule), of a length near the word's. The engine corrects the word among them.
 */
export async function readLookalikes(
  pool: pg.Pool,
  deskId: string,
  words: readonly string[],
  timeoutMs: number = LOOKUP_TIMEOUT_MS,
): Promise<Lookalikes> {
  const lookalikes = new Map<string, string[]>(words.map((word) => [word, []]));
  if (words.length === 0) return lookalikes;
  // The similarity threshold of `<%` is each connection's own (LOOKALIKE_SESSION_OPTIONS): one
  // statement, one round trip.
  const { rows } = await pool.query<{ word: string; term: string }>(
    lookup({
      name: "story-desk-lookalikes",
      text: LOOKALIKES_STATEMENT,
      values: [deskId, words, LookalikeSettings.perWord],
      query_timeout: timeoutMs,
    }),
  );
  for (const row of rows) lookalikes.get(row.word)?.push(row.term);
  return lookalikes;
}

/** What each connection to the archive is opened with: the lookalikes' similarity threshold. */
export const LOOKALIKE_SESSION_OPTIONS = `-c pg_trgm.word_similarity_threshold=${LookalikeSettings.similarity}`;
