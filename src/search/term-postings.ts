/**
 * Which passages hold each term, in typed arrays: for each term id, the ids of the passages that
 * hold it, ascending. Built once from the passages' token codes (one array of ids, term after
 * term); passages added later are filed in small per-term lists, and passages taken out are only
 * marked, so that one article's change touches only its own postings.
 */
export class TermPostings {
  /** Where each term's ids start in `ids`; one more entry than terms built with. */
  private readonly starts: Uint32Array;
  private readonly ids: Uint32Array;
  /** Passages filed since the arrays were built, by term id. */
  private readonly added = new Map<number, number[]>();
  /** One flag per passage id: 1 when taken out. */
  private removed: Uint8Array;

  private constructor(starts: Uint32Array, ids: Uint32Array, passageCount: number) {
    this.starts = starts;
    this.ids = ids;
    this.removed = new Uint8Array(passageCount);
  }

  /**
   * Files every passage under its distinct terms. `codes` holds each passage's token codes one
   * after the other, from `offsets[id]` to `offsets[id + 1]`; codes below zero are no term.
   */
  static fromCodes(
    codes: Int32Array,
    offsets: Uint32Array,
    termCount: number,
    isLive: (id: number) => boolean = () => true,
  ): TermPostings {
    const passageCount = Math.max(0, offsets.length - 1);
    const counts = new Uint32Array(termCount + 1);
    // A passage is counted once per distinct term: `last[term]` is the last passage counted + 1.
    const last = new Uint32Array(termCount);
    const eachDistinct = (visit: (term: number, id: number) => void) => {
      last.fill(0);
      for (let id = 0; id < passageCount; id++) {
        if (!isLive(id)) continue;
        const end = offsets[id + 1] ?? 0;
        for (let at = offsets[id] ?? 0; at < end; at++) {
          const term = codes[at] ?? -1;
          if (term < 0 || term >= termCount || last[term] === id + 1) continue;
          last[term] = id + 1;
          visit(term, id);
        }
      }
    };
    eachDistinct((term) => {
      counts[term + 1] = (counts[term + 1] ?? 0) + 1;
    });
    const starts = new Uint32Array(termCount + 1);
    for (let term = 0; term < termCount; term++)
      starts[term + 1] = (starts[term] ?? 0) + (counts[term + 1] ?? 0);
    const ids = new Uint32Array(starts[termCount] ?? 0);
    const next = starts.slice(0, termCount);
    eachDistinct((term, id) => {
      const at = next[term] ?? 0;
      ids[at] = id;
      next[term] = at + 1;
    });
    return new TermPostings(starts, ids, passageCount);
  }

  /** Postings as saved (see `parts`), for passages `0 … passageCount - 1`. */
  static fromParts(parts: PostingParts, passageCount: number): TermPostings {
    const { starts, ids } = parts;
    if (starts.length === 0 || (starts[starts.length - 1] ?? 0) !== ids.length)
      throw new Error("postings do not fit together");
    for (let term = 1; term < starts.length; term++)
      if ((starts[term] ?? 0) < (starts[term - 1] ?? 0))
        throw new Error("postings do not fit together");
    for (const id of ids) if (id >= passageCount) throw new Error("postings name no passage");
    return new TermPostings(starts, ids, passageCount);
  }

  /**
   * The arrays to save. Only postings built in one go can be saved as they are: after passages
   * were added or taken out, build them again from the codes (`fromCodes`).
   */
  parts(): PostingParts {
    return { starts: this.starts, ids: this.ids };
  }

  /** Whether passages were added or taken out since the arrays were built. */
  get changed(): boolean {
    return this.added.size > 0 || this.removed.includes(1);
  }

  /** Calls `visit` with the id of every passage (not taken out) that holds the term. */
  forEachPassage(term: number, visit: (id: number) => void): void {
    const removed = this.removed;
    if (term + 1 < this.starts.length) {
      const end = this.starts[term + 1] ?? 0;
      for (let at = this.starts[term] ?? 0; at < end; at++) {
        const id = this.ids[at] ?? 0;
        if (removed[id] !== 1) visit(id);
      }
    }
    for (const id of this.added.get(term) ?? []) if (removed[id] !== 1) visit(id);
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

/** Postings as plain arrays: each term's passage ids from `starts[term]` to `starts[term + 1]`. */
export interface PostingParts {
  readonly starts: Uint32Array;
  readonly ids: Uint32Array;
}
