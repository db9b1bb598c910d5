import type pg from "pg";

/**
 * The archive's schema, one step per version; the app applies the steps a database lacks, in
 * order, each in its own transaction, and notes each in `story_desk_schema`. Steps are never
 * edited once released: a change is a new step.
 */
export const ARCHIVE_MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] =
  Object.freeze([
    {
      version: 1,
      sql: `
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE TABLE desks (
          id text PRIMARY KEY,
          profile jsonb NOT NULL,
          vocabulary text NOT NULL,
          revision bigint NOT NULL DEFAULT 0,
          updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE articles (
          num bigserial UNIQUE,
          desk text NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
          file_name text NOT NULL,
          id text NOT NULL,
          content_hash text NOT NULL,
          article jsonb NOT NULL,
          notes jsonb NOT NULL DEFAULT '[]',
          updated_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (desk, file_name)
        );
        CREATE TABLE passages (
          article_num bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
          seq integer NOT NULL,
          desk text NOT NULL,
          paragraph integer NOT NULL,
          kind text NOT NULL,
          passage_id text NOT NULL,
          text text NOT NULL,
          terms text[] NOT NULL,
          PRIMARY KEY (article_num, seq)
        );
        CREATE INDEX passages_terms ON passages USING gin (terms);
        CREATE TABLE desk_terms (
          desk text NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
          term text NOT NULL,
          PRIMARY KEY (desk, term)
        );
        CREATE INDEX desk_terms_trigrams ON desk_terms USING gin (term gin_trgm_ops);
        CREATE TABLE seen_keys (
          key text PRIMARY KEY,
          expires_at timestamptz NOT NULL
        );
        CREATE INDEX seen_keys_expiry ON seen_keys (expires_at);
      `,
    },
    {
      // Each term's postings kept whole, one row a term: a question's candidates are a few rows
      // read by primary key, where the GIN index had to visit every passage of a common term
      // (200,000 rows for one term at a million passages). Passages are numbered for it.
      version: 2,
      sql: `
        CREATE SEQUENCE passage_nums AS integer;
        ALTER TABLE passages ADD COLUMN pnum integer NOT NULL DEFAULT nextval('passage_nums');
        ALTER SEQUENCE passage_nums OWNED BY passages.pnum;
        CREATE TABLE term_postings (
          desk text NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
          term text NOT NULL,
          pnums integer[] NOT NULL,
          PRIMARY KEY (desk, term)
        );
        ALTER TABLE term_postings ALTER COLUMN pnums SET STORAGE EXTERNAL;
        INSERT INTO term_postings (desk, term, pnums)
          SELECT desk, term, array_agg(pnum ORDER BY pnum)
          FROM passages, unnest(terms) AS term GROUP BY desk, term;
        CREATE FUNCTION passages_gone() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- A desk being retired takes its postings with it: nothing to take out one by one.
          IF NOT EXISTS (SELECT 1 FROM desks WHERE id IN (SELECT desk FROM gone)) THEN
            RETURN NULL;
          END IF;
          UPDATE term_postings AS t
          SET pnums = ARRAY(SELECT n FROM unnest(t.pnums) AS n WHERE NOT (n = ANY (g.nums)))
          FROM (
            SELECT gone.desk, term, array_agg(gone.pnum) AS nums
            FROM gone, unnest(gone.terms) AS term GROUP BY gone.desk, term
          ) AS g
          WHERE t.desk = g.desk AND t.term = g.term;
          RETURN NULL;
        END
        $$;
        CREATE TRIGGER passages_gone AFTER DELETE ON passages
          REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION passages_gone();
      `,
    },
    {
      // Slack's rate-limit back-off shared by the replicas: until when each scope is held.
      version: 3,
      sql: `
        CREATE TABLE slack_backoff (
          scope text PRIMARY KEY,
          until timestamptz NOT NULL
        );
      `,
    },
    {
      // Each desk's engine as the index cache holds it, in parts: a replica on a machine of its
      // own starts from it rather than building the engine.
      version: 4,
      sql: `
        CREATE TABLE engine_snapshots (
          desk text NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
          key text NOT NULL,
          part integer NOT NULL,
          bytes bytea NOT NULL,
          PRIMARY KEY (desk, key, part)
        );
        ALTER TABLE engine_snapshots ALTER COLUMN bytes SET STORAGE EXTERNAL;
      `,
    },
    {
      // A mistyped word's lookalikes are looked for among its own desk's words only: the trigram
      // index leads with the desk (btree_gin), so other desks' words are never read and checked.
      // A server without btree_gin keeps the trigram index over every desk's words.
      version: 5,
      sql: `
        DO $$
        BEGIN
          CREATE EXTENSION IF NOT EXISTS btree_gin;
          CREATE INDEX desk_terms_desk_trigrams ON desk_terms USING gin (desk, term gin_trgm_ops);
          DROP INDEX desk_terms_trigrams;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'btree_gin is not available (%): lookalikes use the trigram index over every desk', SQLERRM;
        END
        $$;
      `,
    },
    {
      // Candidates come from the term postings (version 2): nothing reads the passages' terms by
      // their GIN index any more, and keeping it up cost a sync most of its time (every term of
      // every passage stored filed in it). The terms stay, for the postings' upkeep.
      version: 6,
      sql: "DROP INDEX IF EXISTS passages_terms;",
    },
  ]);

/** Replicas starting together take turns migrating: this advisory lock is held meanwhile. */
const MIGRATION_LOCK = 0x5_70de_5c;

/** Brings the database's schema up to the newest version; returns the versions applied now. */
export async function migrateArchive(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS story_desk_schema (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>(
      "SELECT version FROM story_desk_schema",
    );
    const have = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const step of ARCHIVE_MIGRATIONS) {
      if (have.has(step.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(step.sql);
        await client.query("INSERT INTO story_desk_schema (version) VALUES ($1)", [step.version]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      applied.push(step.version);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/** The newest schema version the database has (0: none). */
export async function archiveVersion(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ version: number | null }>(
    "SELECT max(version) AS version FROM story_desk_schema",
  );
  return rows[0]?.version ?? 0;
}
