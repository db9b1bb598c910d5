import type { Article } from "../ingest/article.js";

/** One file's last good reading: the content it was read from, its article, and notes about it. */
export interface GoodReading {
  /** A hash of the file's content when it was read. */
  readonly hash: string;
  readonly article: Article;
  readonly notes: readonly string[];
}

/**
 * What a desk remembers between loads, so that reloading is cheap and a file caught mid-write
 * loses nothing: the last good reading of each file still in the folder, and nothing else, so
 * that a bot running for months with articles edited and removed holds no more than its folder.
 */
export class ParseMemory {
  private readonly byFile = new Map<string, GoodReading>();

  /** Files remembered. */
  get size(): number {
    return this.byFile.size;
  }

  /** The last good reading of a file, if any. */
  lastGood(file: string): GoodReading | undefined {
    return this.byFile.get(file);
  }

  remember(file: string, reading: GoodReading): void {
    this.byFile.set(file, reading);
  }

  /** Forgets every file but these (the files now in the folder). */
  keepOnly(files: Iterable<string>): void {
    const keep = new Set(files);
    for (const file of [...this.byFile.keys()]) if (!keep.has(file)) this.byFile.delete(file);
  }
}

export function newParseMemory(): ParseMemory {
  return new ParseMemory();
}
