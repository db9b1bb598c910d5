import { createHash } from "node:crypto";
import type { Stats } from "node:fs";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The content hashes of a desk folder's files as last read, by what the file system says of each
 * file (device, inode, size, change and modification times): on a cached start a file that says
 * the same is not read again to be hashed. Any write to a file changes its change time, which no
 * program can set back, so a file that was written since is always read again. Kept in the cache
 * folder, one small file per desk folder.
 */
export class FileHashMemo {
  private readonly known: Map<string, { stamp: string; hash: string }>;
  private changed = false;

  private constructor(
    private readonly file: string | null,
    known: Map<string, { stamp: string; hash: string }>,
  ) {
    this.known = known;
  }

  /** A memo that remembers nothing and saves nothing. */
  static none(): FileHashMemo {
    return new FileHashMemo(null, new Map());
  }

  /** The memo of `dir`'s files in the cache folder `cache` (empty when there is none yet). */
  static async open(cache: string, dir: string): Promise<FileHashMemo> {
    const file = memoFile(cache, dir);
    const known = new Map<string, { stamp: string; hash: string }>();
    try {
      const saved = JSON.parse(await readFile(file, "utf8")) as unknown;
      if (isSavedMemo(saved) && saved.format === MEMO_FORMAT)
        for (const [name, stamp, hash] of saved.files) known.set(name, { stamp, hash });
    } catch {
      // No memo yet, or one that cannot be read: every file is read and hashed.
    }
    return new FileHashMemo(file, known);
  }

  /** The hash of a file whose information is `info`, when it was hashed saying the same. */
  hashOf(file: string, info: Stats): string | null {
    const entry = this.known.get(file);
    return entry && entry.stamp === stampOf(info) ? entry.hash : null;
  }

  /** Remembers the hash of a file read with information `info` (taken before it was read). */
  remember(file: string, info: Stats, hash: string): void {
    const stamp = stampOf(info);
    const entry = this.known.get(file);
    if (entry?.stamp === stamp && entry.hash === hash) return;
    this.known.set(file, { stamp, hash });
    this.changed = true;
  }

  /** Saves the memo, keeping only `files` (those in the folder now); a failure loses nothing. */
  async save(files: Iterable<string>): Promise<void> {
    if (!this.file) return;
    const keep = new Set(files);
    for (const name of [...this.known.keys()]) {
      if (keep.has(name)) continue;
      this.known.delete(name);
      this.changed = true;
    }
    if (!this.changed) return;
    const saved: SavedMemo = {
      format: MEMO_FORMAT,
      files: [...this.known].map(([name, { stamp, hash }]) => [name, stamp, hash]),
    };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify(saved));
      await rename(temporary, this.file);
      this.changed = false;
    } catch {
      await unlink(temporary).catch(() => undefined);
    }
  }
}

const MEMO_FORMAT = "story-desk-file-hashes-1";

interface SavedMemo {
  readonly format: string;
  readonly files: readonly (readonly [string, string, string])[];
}

function isSavedMemo(value: unknown): value is SavedMemo {
  const memo = value as SavedMemo | null;
  return (
    typeof memo === "object" &&
    memo !== null &&
    Array.isArray(memo.files) &&
    memo.files.every(
      (entry) =>
        Array.isArray(entry) && entry.length === 3 && entry.every((x) => typeof x === "string"),
    )
  );
}

/** What says a file is the one hashed before: where it lives, its size and its times. */
function stampOf(info: Stats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
}

function memoFile(cache: string, dir: string): string {
  const folder = createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 16);
  return path.join(cache, `hashes-${folder}.json`);
}
