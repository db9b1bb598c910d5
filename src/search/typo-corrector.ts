import Fuse from "fuse.js";

/** A vocabulary word close to a mistyped one, with how close (1 is the same word). */
export interface Correction {
  readonly term: string;
  readonly quality: number;
}

/**
 * Corrects mistyped question words against the words the articles use, with Fuse.js.
 * The vocabulary is split by first letter so that each search stays small at archive scale.
 */
export class TypoCorrector {
  private readonly buckets = new Map<string, string[]>();
  private readonly searchers = new Map<string, Fuse<string>>();

  /** Builds every letter's searcher now, so that no question pays for it. */
  warm(): void {
    for (const key of this.buckets.keys()) this.searcher(key);
  }

  constructor(
    vocabulary: Iterable<string>,
    private readonly threshold: number,
  ) {
    for (const term of vocabulary) {
      if (term.length < 3 || term.startsWith("~") || /\d/.test(term)) continue;
      const key = term[0] ?? "";
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(term);
      else this.buckets.set(key, [term]);
    }
  }

  /** The closest known words to `word` (its first or second letter may be wrong, not both). */
  correct(word: string, limit = 2): Correction[] {
    if (word.length < 4) return [];
    const keys = new Set([word[0] ?? "", word[1] ?? ""]);
    const found: Correction[] = [];
    for (const key of keys) {
      for (const result of this.searcher(key)?.search(word, { limit: 8 }) ?? []) {
        if (Math.abs(result.item.length - word.length) > Math.max(2, word.length / 4)) continue;
        found.push({ term: result.item, quality: 1 - (result.score ?? 1) });
      }
    }
    found.sort((a, b) => b.quality - a.quality || a.term.localeCompare(b.term));
    const best = found[0]?.quality ?? 0;
    return found
      .filter((c, i) => c.quality >= best - 0.1 && found.findIndex((d) => d.term === c.term) === i)
      .slice(0, limit);
  }

  private searcher(key: string): Fuse<string> | undefined {
    const existing = this.searchers.get(key);
    if (existing) return existing;
    const bucket = this.buckets.get(key);
    if (!bucket) return undefined;
    const fuse = new Fuse(bucket, {
      includeScore: true,
      threshold: this.threshold,
      location: 0,
      distance: 16,
      minMatchCharLength: 3,
    });
    this.searchers.set(key, fuse);
    return fuse;
  }
}
