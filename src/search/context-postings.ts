import type { ConceptMatcher } from "./passage-scoring.js";

/**
 * For each term, the sources (articles, by number) whose subject terms hold it: what lets a
 * question weigh every article's subject at once (see `articleWeight` in passage-scoring), where
 * reading each touched article's subject would read most of a large desk for a common word.
 */
export class ContextPostings {
  private constructor(
    private readonly starts: Uint32Array,
    private readonly sources: Uint32Array,
    private readonly sourceCount: number,
    private readonly subjects: readonly (Uint32Array | null)[],
  ) {}

  /** A source's subject terms, as `subjectOf` gave them when built. */
  subjectOf(source: number): ReadonlySet<number> {
    return new Set(this.subjects[source] ?? []);
  }

  /** Files each source under the terms `subjectOf` gives it (null: a source that is gone). */
  static build(
    sourceCount: number,
    termCount: number,
    subjectOf: (source: number) => Iterable<number> | null,
  ): ContextPostings {
    const subjects: (Uint32Array | null)[] = [];
    const counts = new Uint32Array(termCount + 1);
    for (let source = 0; source < sourceCount; source++) {
      const terms = subjectOf(source);
      const list = terms ? Uint32Array.from(terms).filter((term) => term < termCount) : null;
      subjects.push(list);
      for (const term of list ?? []) counts[term + 1] = (counts[term + 1] ?? 0) + 1;
    }
    const starts = new Uint32Array(termCount + 1);
    for (let term = 0; term < termCount; term++)
      starts[term + 1] = (starts[term] ?? 0) + (counts[term + 1] ?? 0);
    const sources = new Uint32Array(starts[termCount] ?? 0);
    const next = starts.slice(0, termCount);
    subjects.forEach((list, source) => {
      for (const term of list ?? []) {
        const at = next[term] ?? 0;
        sources[at] = source;
        next[term] = at + 1;
      }
    });
    return new ContextPostings(starts, sources, sourceCount, subjects);
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
