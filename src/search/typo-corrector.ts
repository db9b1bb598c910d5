import Fuse, { type FuseResult, type IFuseOptions } from "fuse.js";

/** A letter's words are narrowed before searching from this many on. */
const NARROW_FROM = 64;
/** Fuse.js searches a longer word in pieces: such a word is searched as it is. */
const MAX_PATTERN = 32;
const SEARCH = Object.freeze({ limit: 8 });

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

  /** Builds every small letter's searcher now, so that no question pays for it (see `search`). */
  warm(): void {
    for (const [key, bucket] of this.buckets) if (bucket.length < NARROW_FROM) this.searcher(key);
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
      for (const result of this.search(key, word)) {
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

  /**
   * The best matches of `word` among one letter's words, as that letter's searcher gives them:
   * a large vocabulary is first narrowed to the words that hold enough of `word`'s letters to
   * come within the threshold (see `lettersWithin`), searched in the same order, so that the
   * same words come out with the same scores.
   */
  private search(key: string, word: string): FuseResult<string>[] {
    const bucket = this.buckets.get(key);
    if (!bucket) return [];
    if (bucket.length < NARROW_FROM || word.length > MAX_PATTERN)
      return this.searcher(key)?.search(word, SEARCH) ?? [];
    const allowed = Math.floor(this.threshold * word.length) + 1;
    const letters = letterCounts(word.toLowerCase());
    const near = bucket.filter((term) => lettersWithin(letters, term.toLowerCase(), allowed));
    return near.length === 0 ? [] : new Fuse(near, this.options()).search(word, SEARCH);
  }

  private options(): IFuseOptions<string> {
    return {
      includeScore: true,
      threshold: this.threshold,
      location: 0,
      distance: 16,
      minMatchCharLength: 3,
    };
  }

  private searcher(key: string): Fuse<string> | undefined {
    const existing = this.searchers.get(key);
    if (existing) return existing;
    const bucket = this.buckets.get(key);
    if (!bucket) return undefined;
    const fuse = new Fuse(bucket, this.options());
    this.searchers.set(key, fuse);
    return fuse;
  }
}

/** How often each UTF-16 code unit stands in a word, as the pairs [code unit, count]. */
function letterCounts(word: string): Array<[number, number]> {
  const counts = new Map<number, number>();
  for (let i = 0; i < word.length; i++)
    counts.set(word.charCodeAt(i), (counts.get(word.charCodeAt(i)) ?? 0) + 1);
  return [...counts];
}

/** A word's letter counts while it is compared; all zero between calls. */
const termCounts = new Int16Array(65536);

/**
 * Whether a word could match within `allowed` edits: each of the searched word's letters that
 * it lacks (counting repeats) costs an edit at least, a substitution or a deletion, wherever in
 * the word the match stands. Fuse.js's score is at least the edits over the searched word's
 * length, so a word lacking more letters than the threshold allows is never among its matches.
 */
function lettersWithin(
  letters: readonly [number, number][],
  term: string,
  allowed: number,
): boolean {
  for (let i = 0; i < term.length; i++)
    termCounts[term.charCodeAt(i)] = (termCounts[term.charCodeAt(i)] ?? 0) + 1;
  let missing = 0;
  for (const [code, count] of letters) missing += Math.max(0, count - (termCounts[code] ?? 0));
  for (let i = 0; i < term.length; i++) termCounts[term.charCodeAt(i)] = 0;
  return missing <= allowed;
}

/** What a dictionary word's correction may count for at most: it is more likely worded otherwise. */
const KNOWN_WORD_QUALITY = 0.7;

/**
 * The corrections kept for a question word the desk lacks. A word the dictionary knows ("away",
 * "height") is rarely a typo: the desk words the idea another way, and a longer or shorter word
 * holding it ("await", "eight") is no correction. Only a same-length slip ("trail" for "trial")
 * is kept, for less than a true correction.
 */
export function correctionsOfWord(
  term: string,
  isDictionaryWord: boolean,
  corrections: readonly Correction[],
): Correction[] {
  if (!isDictionaryWord) return [...corrections];
  return corrections
    .filter((correction) => correction.term.length === term.length)
    .map((correction) => ({
      term: correction.term,
      quality: Math.min(correction.quality, KNOWN_WORD_QUALITY),
    }));
}
