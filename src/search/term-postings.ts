import type { PackedCodes } from "./packed-codes.js";

/**
 * Which passages hold each term, in typed arrays: for each term id, the ids of the passages that
 * hold it, ascending, each written as its gap from the one before in as few bytes as it takes
 * (seven bits a byte, the high bit saying another byte follows): a common term's passages take
 * about a byte each instead of four. Built once from the passages' token codes (one array of
 * bytes, term after term); passages added later are filed in small per-term lists, and passages
 * taken out are only marked, so that one article's change touches only its own postings.
 */
export class TermPostings {
  /** Where each term's bytes start in `bytes`; one more entry than terms built with. */
  private readonly starts: Uint32Array;
  private readonly bytes: Uint8Array;
  /** Passages filed since the arrays were built, by term id. */
  private readonly added = new Map<number, number[]>();
  /** One flag per passage id: 1 when taken out. */
  private removed: Uint8Array;

  private constructor(starts: Uint32Array, bytes: Uint8Array, passageCount: number) {
    this.starts = starts;
    this.bytes = bytes;
    this.removed = new Uint8Array(passageCount);
  }

  /**
   * Files every passage under its distinct terms: each passage's token codes as `codes` packed
   * them; codes below zero are no term.
   */
  static fromCodes(
    codes: PackedCodes,
    termCount: number,
    isLive: (id: number) => boolean = () => true,
  ): TermPostings {
    const { bytes, offsets } = codes;
    const passageCount = codes.passageCount;
    // `last[term]`: the last passage filed under the term, plus one (0: none yet). A passage is
    // filed once per distinct term; its gap is from the passage filed before it.
    const last = new Uint32Array(termCount);
    const eachDistinct = (visit: (term: number, gap: number) => void) => {
      last.fill(0);
      for (let id = 0; id < passageCount; id++) {
        if (!isLive(id)) continue;
        const end = offsets[id + 1] ?? 0;
        let at = offsets[id] ?? 0;
        while (at < end) {
          // A packed code (see PackedCodes): its value plus two, seven bits a byte.
          let byte = bytes[at++] as number;
          let value = byte & 0x7f;
          for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
            byte = bytes[at++] as number;
            value += (byte & 0x7f) * scale;
          }
          const term = value - 2;
          if (term < 0 || term >= termCount || last[term] === id + 1) continue;
          const gap = id - (last[term] ?? 0);
          last[term] = id + 1;
          visit(term, gap);
        }
      }
    };
    const sizes = new Float64Array(termCount);
    eachDistinct((term, gap) => {
      sizes[term] = (sizes[term] ?? 0) + gapBytes(gap);
    });
    const starts = new Uint32Array(termCount + 1);
    let total = 0;
    for (let term = 0; term < termCount; term++) {
      total += sizes[term] ?? 0;
      if (total > 0xffffffff) throw new RangeError("too many postings for one index");
      starts[term + 1] = total;
    }
    const gaps = new Uint8Array(total);
    const next = starts.slice(0, termCount);
    eachDistinct((term, gap) => {
      next[term] = writeGap(gaps, next[term] ?? 0, gap);
    });
    return new TermPostings(starts, gaps, passageCount);
  }

  /** Postings as saved (see `parts`), for passages `0 … passageCount - 1`. */
  static fromParts(parts: PostingParts, passageCount: number): TermPostings {
    const { starts, ids } = parts;
    if (starts.length === 0 || (starts[starts.length - 1] ?? 0) !== ids.length)
      throw new Error("postings do not fit together");
    for (let term = 1; term < starts.length; term++)
      if ((starts[term] ?? 0) < (starts[term - 1] ?? 0))
        throw new Error("postings do not fit together");
    // Every term's bytes must read as ascending passage ids of this index, ending where the next begins.
    if (!gapsFit(starts, ids, passageCount)) throw new Error("postings name no passage");
    return new TermPostings(starts, ids, passageCount);
  }

  /**
   * The arrays to save. Only postings built in one go can be saved as they are: after passages
   * were added or taken out, build them again from the codes (`fromCodes`).
   */
  parts(): PostingParts {
    return { starts: this.starts, ids: this.bytes };
  }

  /** Whether passages were added or taken out since the arrays were built. */
  get changed(): boolean {
    return this.added.size > 0 || this.removed.includes(1);
  }

  /** Calls `visit` with the id of every passage (not taken out) that holds the term. */
  forEachPassage(term: number, visit: (id: number) => void): void {
    if (term + 1 < this.starts.length) this.readTerm(term, visit);
    const removed = this.removed;
    for (const id of this.added.get(term) ?? []) if (removed[id] !== 1) visit(id);
  }

  /** At most how many passages `mark` can write for a term (each takes at least a byte). */
  most(term: number): number {
    const built =
      term + 1 < this.starts.length
        ? (this.starts[term + 1] as number) - (this.starts[term] as number)
        : 0;
    return built + (this.added.get(term)?.length ?? 0);
  }

  /**
   * What `forEachPassage` would visit, marked in `best` without a call per passage: each passage
   * (not taken out) that holds the term gets `best[id]` raised to `quality`; one whose `best` was
   * zero is first written to `seen` at `count` (then one further on). Returns the new count.
   */
  mark(term: number, quality: number, best: Float64Array, seen: Int32Array, count: number): number {
    let at = count;
    const { bytes, removed } = this;
    if (term + 1 < this.starts.length) {
      const end = this.starts[term + 1] as number;
      let read = this.starts[term] as number;
      let next = 0;
      while (read < end) {
        let byte = bytes[read++] as number;
        let gap = byte & 0x7f;
        for (let scale = 0x80; byte & 0x80; scale *= 0x80) {
          byte = bytes[read++] as number;
          gap += (byte & 0x7f) * scale;
        }
        const id = next + gap;
        next = id + 1;
        if (removed[id] === 1) continue;
        const previous = best[id] as number;
        if (previous === 0) seen[at++] = id;
        if (previous < quality) best[id] = quality;
      }
    }
    for (const id of this.added.get(term) ?? []) {
      if (removed[id] === 1) continue;
      const previous = best[id] as number;
      if (previous === 0) seen[at++] = id;
      if (previous < quality) best[id] = quality;
    }
    return at;
  }

  /**
   * Reads a term's bytes, calling `visit` with each passage not taken out; returns the last
   * passage read plus one (more than the passage count, or than 2^32, when the bytes are not
   * postings: a gap running past the term's end or past the largest id).
   */
  private readTerm(term: number, visit: (id: number) => void): number {
    const { bytes, removed } = this;
    const end = this.starts[term + 1] ?? 0;
    let at = this.starts[term] ?? 0;
    let next = 0;
    while (at < end) {
      let byte = bytes[at++] ?? 0;
      let gap = byte & 0x7f;
      // Most gaps of a long list take one byte; a longer one goes on while the high bit is set.
      for (let scale = 0x80; byte & 0x80; scale *= 0x80) {
        if (at >= end || scale > 2 ** 28) return Number.POSITIVE_INFINITY;
        byte = bytes[at++] ?? 0;
        gap += (byte & 0x7f) * scale;
      }
      const id = next + gap;
      if (id >= removed.length) return Number.POSITIVE_INFINITY;
      if (removed[id] !== 1) visit(id);
      next = id + 1;
    }
    return next;
  }

  /** The passages that hold a term, ascending. */
  passagesOf(term: number): number[] {
    const found: number[] = [];
    this.forEachPassage(term, (id) => found.push(id));
    return found;
  }

  /** Files a new passage (an id above every passage filed so far) under its distinct terms. */
  add(id: number, terms: Iterable<number>): void {
    if (id >= this.removed.length) {
      const grown = new Uint8Array(Math.max(id + 1, Math.ceil(this.removed.length * 1.25) + 64));
      grown.set(this.removed);
      this.removed = grown;
    }
    for (const term of terms) {
      const list = this.added.get(term);
      if (list) list.push(id);
      else this.added.set(term, [id]);
    }
  }

  /** Takes a passage out: it is no longer found under any term. */
  remove(id: number): void {
    if (id < this.removed.length) this.removed[id] = 1;
  }
}

/**
 * Postings as plain arrays: each term's passage ids, as gaps in bytes (see `TermPostings`), from
 * `ids[starts[term]]` to `ids[starts[term + 1]]`.
 */
export interface PostingParts {
  readonly starts: Uint32Array;
  readonly ids: Uint8Array;
}

/**
 * Whether every term's bytes read as gaps (as `readTerm` reads them) that end where the next
 * term's begin and name passages below `passageCount`: what reading each term would find, in
 * one plain pass (the postings of a million passages are tens of megabytes).
 */
function gapsFit(starts: Uint32Array, bytes: Uint8Array, passageCount: number): boolean {
  for (let term = 0; term + 1 < starts.length; term++) {
    const end = starts[term + 1] as number;
    let at = starts[term] as number;
    // The last passage read, plus one.
    let next = 0;
    while (at < end) {
      let byte = bytes[at++] as number;
      if (byte < 0x80) {
        next += byte + 1;
        continue;
      }
      let gap = byte & 0x7f;
      for (let scale = 0x80; byte & 0x80; scale *= 0x80) {
        if (at >= end || scale > 2 ** 28) return false;
        byte = bytes[at++] as number;
        gap += (byte & 0x7f) * scale;
      }
      next += gap + 1;
    }
    if (next > passageCount) return false;
  }
  return true;
}

/** How many bytes a gap takes, seven bits a byte. */
function gapBytes(gap: number): number {
  let size = 1;
  for (let rest = gap; rest >= 0x80; rest = Math.floor(rest / 0x80)) size++;
  return size;
}

/** Writes a gap at `at`, seven bits a byte, low bits first; returns where the next one goes. */
function writeGap(bytes: Uint8Array, at: number, gap: number): number {
  let rest = gap;
  let place = at;
  while (rest >= 0x80) {
    bytes[place++] = (rest & 0x7f) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  bytes[place++] = rest;
  return place;
}
