import type { ConceptMatcher } from "./passage-scoring.js";

/**
 * For each term, the sources (articles, by number) whose subject terms hold it: what lets a
 * question weigh every article's subject at once (see `articleWeight` in passage-scoring), where
 * reading each touched article's subject would read most of a large desk for a common word.
 */
/** Every source's subject terms, one list after the other (`gone`: 1 for a source taken out). */
export interface SubjectLists {
  readonly starts: Uint32Array;
  readonly terms: Uint32Array;
  readonly gone: Uint8Array;
}

/** How many sources' subject sets a desk keeps made (a few megabytes at most). */
const SUBJECT_SETS_KEPT = 4096;

export class ContextPostings {
  private constructor(
    private readonly starts: Uint32Array,
    private readonly sources: Uint32Array,
    private readonly sourceCount: number,
    private readonly subjects: readonly (Uint32Array | null)[],
  ) {}

  /**
   * The subject sets asked for lately, by source: a question re-ranks up to a few thousand
   * passages of far fewer articles, and each asks for its article's subject (at most
   * SUBJECT_SETS_KEPT kept; the postings never change once built, so a kept set stays right).
   */
  private readonly sets = new Map<number, ReadonlySet<number>>();

  /** A source's subject terms, as `subjectOf` gave them when built. */
  subjectOf(source: number): ReadonlySet<number> {
    const kept = this.sets.get(source);
    if (kept) return kept;
    if (this.sets.size >= SUBJECT_SETS_KEPT) this.sets.clear();
    const set: ReadonlySet<number> = new Set(this.subjects[source] ?? []);
    this.sets.set(source, set);
    return set;
  }

  /** Every source's subject terms in one array, for a snapshot (`fromLists` files them again). */
  lists(): SubjectLists {
    const starts = new Uint32Array(this.sourceCount + 1);
    const gone = new Uint8Array(this.sourceCount);
    for (let source = 0; source < this.sourceCount; source++) {
      const list = this.subjects[source];
      if (!list) gone[source] = 1;
      starts[source + 1] = (starts[source] ?? 0) + (list?.length ?? 0);
    }
    const terms = new Uint32Array(starts[this.sourceCount] ?? 0);
    this.subjects.forEach((list, source) => {
      if (list) terms.set(list, starts[source] ?? 0);
    });
    return { starts, terms, gone };
  }

  /** Files the subjects `lists` gave, as `build` filed them. */
  static fromLists(termCount: number, lists: SubjectLists): ContextPostings {
    const { starts, terms, gone } = lists;
    const sourceCount = gone.length;
    if (starts.length !== sourceCount + 1 || (starts[sourceCount] ?? 0) !== terms.length)
      throw new Error("the subject lists do not fit together");
    const listOf = (source: number) =>
      gone[source] === 1 ? null : terms.subarray(starts[source] ?? 0, starts[source + 1] ?? 0);
    if (!ContextPostings.plainLists(termCount, lists))
      return ContextPostings.build(sourceCount, termCount, listOf);
    // Each source's list is then a view of the saved array, filed in plain passes over it.
    const subjects: (Uint32Array | null)[] = new Array(sourceCount);
    for (let source = 0; source < sourceCount; source++) subjects[source] = listOf(source);
    return ContextPostings.filed(sourceCount, termCount, subjects);
  }

  /** Whether saved lists ascend and name only terms below `termCount` (what `build` would keep). */
  private static plainLists(termCount: number, lists: SubjectLists): boolean {
    const { starts, terms } = lists;
    for (let source = 0; source + 1 < starts.length; source++)
      if ((starts[source + 1] as number) < (starts[source] as number)) return false;
    for (let at = 0; at < terms.length; at++) if ((terms[at] as number) >= termCount) return false;
    return true;
  }

  /** The postings of sources' subject lists (null: a source that is gone). */
  private static filed(
    sourceCount: number,
    termCount: number,
    subjects: (Uint32Array | null)[],
  ): ContextPostings {
    const counts = new Uint32Array(termCount + 1);
    for (const list of subjects)
      if (list)
        for (let i = 0; i < list.length; i++) {
          const at = (list[i] as number) + 1;
          counts[at] = (counts[at] as number) + 1;
        }
    const starts = new Uint32Array(termCount + 1);
    for (let term = 0; term < termCount; term++)
      starts[term + 1] = (starts[term] as number) + (counts[term + 1] as number);
    const sources = new Uint32Array(starts[termCount] ?? 0);
    const next = starts.slice(0, termCount);
    for (let source = 0; source < subjects.length; source++) {
      const list = subjects[source];
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const term = list[i] as number;
        const at = next[term] as number;
        sources[at] = source;
        next[term] = at + 1;
      }
    }
    return new ContextPostings(starts, sources, sourceCount, subjects);
  }

  /** Files each source under the terms `subjectOf` gives it (null: a source that is gone). */
  static build(
    sourceCount: number,
    termCount: number,
    subjectOf: (source: number) => Iterable<number> | null,
  ): ContextPostings {
    const subjects: (Uint32Array | null)[] = [];
    for (let source = 0; source < sourceCount; source++) {
      const terms = subjectOf(source);
      subjects.push(terms ? Uint32Array.from(terms).filter((term) => term < termCount) : null);
    }
    return ContextPostings.filed(sourceCount, termCount, subjects);
  }

  /**
   * What each source's subject adds for these concepts: for each concept that names a subject,
   * its first term (in its own order, thesaurus words left out) that the subject holds counts
   * `quality` times its match, times the concept's weight; the same sums `articleWeight` makes.
   */
  weights(concepts: readonly ConceptMatcher[], quality: number): Float64Array {
    const bonus = new Float64Array(this.sourceCount);
    const credited = new Int32Array(this.sourceCount).fill(-1);
    concepts.forEach((concept, c) => {
      if (!concept.subject) return;
      for (const [term, match] of concept.qualityById) {
        if (concept.relatedIds?.has(term) || term + 1 >= this.starts.length) continue;
        const end = this.starts[term + 1] ?? 0;
        for (let at = this.starts[term] ?? 0; at < end; at++) {
          const source = this.sources[at] ?? 0;
          if (credited[source] === c) continue;
          credited[source] = c;
          bonus[source] = (bonus[source] ?? 0) + concept.weight * quality * match;
        }
      }
    });
    return bonus;
  }
}
