import { open, rename, unlink } from "node:fs/promises";
import type pg from "pg";
import { cacheFile } from "../index-cache.js";

/** Bytes of a cache file per row of `engine_snapshots`. */
const PART_BYTES = 8 * 1024 * 1024;

/**
 * Puts a desk's index cache file in the archive (`engine_snapshots`, in parts), so that a
 * replica on another machine starts from it without building the engine. Written once per key,
 * in one transaction (a replica reading meanwhile sees all of it or none); the desk's snapshots
 * of other keys (older versions of the desk) go. Returns whether it wrote anything.
 */
export async function shareEngineSnapshot(
  pool: pg.Pool,
  deskId: string,
  cacheDir: string,
  key: string,
): Promise<boolean> {
  const client = await pool.connect();
  let file: Awaited<ReturnType<typeof open>> | null = null;
  try {
    await client.query("BEGIN");
    // One replica at a time writes a desk's snapshot.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('engine_snapshots:' || $1))", [
      deskId,
    ]);
    const known = await client.query(
      "SELECT 1 FROM engine_snapshots WHERE desk = $1 AND key = $2 LIMIT 1",
      [deskId, key],
    );
    if ((known.rowCount ?? 0) > 0) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query("DELETE FROM engine_snapshots WHERE desk = $1", [deskId]);
    file = await open(cacheFile(cacheDir, key), "r");
    const buffer = Buffer.alloc(PART_BYTES);
    for (let part = 0; ; part++) {
      const { bytesRead } = await file.read(buffer, 0, PART_BYTES, null);
      if (bytesRead === 0) break;
      await client.query(
        "INSERT INTO engine_snapshots (desk, key, part, bytes) VALUES ($1, $2, $3, $4)",
        [deskId, key, part, buffer.subarray(0, bytesRead)],
      );
    }
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await file?.close();
    client.release();
  }
}

/**
 * Writes the archive's snapshot of a desk's engine for this key into the folder of caches, as
 * the index cache file of that key (written aside, then renamed into place). Returns whether
 * the archive had one.
 */
export async function fetchEngineSnapshot(
  pool: pg.Pool,
  deskId: string,
  cacheDir: string,
  key: string,
): Promise<boolean> {
  const client = await pool.connect();
  const target = cacheFile(cacheDir, key);
  const temporary = `${target}.${process.pid}.tmp`;
  let written = false;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ parts: number }>(
      "SELECT count(*)::int AS parts FROM engine_snapshots WHERE desk = $1 AND key = $2",
      [deskId, key],
    );
    const parts = rows[0]?.parts ?? 0;
    if (parts === 0) {
      await client.query("COMMIT");
      return false;
    }
    const file = await open(temporary, "w");
    try {
      // A part at a time: never the whole snapshot in memory.
      for (let part = 0; part < parts; part++) {
        const row = await client.query<{ bytes: Buffer }>(
          "SELECT bytes FROM engine_snapshots WHERE desk = $1 AND key = $2 AND part = $3",
          [deskId, key, part],
        );
        const bytes = row.rows[0]?.bytes;
        if (!bytes) throw new Error(`engine snapshot of ${deskId}: part ${part} missing`);
        await file.write(bytes);
      }
    } finally {
      await file.close();
    }
    await client.query("COMMIT");
    await rename(temporary, target);
    written = true;
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    if (!written) await unlink(temporary).catch(() => {});
    client.release();
  }
}
