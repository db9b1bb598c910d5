import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseCandidates } from "../src/search/candidate-choice.js";
import { ContextPostings } from "../src/search/context-postings.js";
import { articleWeight, type ConceptMatcher } from "../src/search/passage-scoring.js";

/**
 * The choice as first written: rank every candidate (heaviest first, ties in desk order), take
 * the `pool` best, then each source's best, second best… in ranked order, up to `max`.
 */
function rankEverything(
  ids: readonly number[],
  weights: Float64Array,
  place: (id: number) => number,
  source: (id: number) => number,
  limits: { pool: number; perSource: number; max: number },
): number[] {
  const ranked = [...ids].sort(
    (a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || place(a) - place(b),
  );
  const chosen = new Set(ranked.slice(0, limits.pool));
  const rankInSource = new Map<number, number>();
  const rounds: number[][] = Array.from({ length: limits.perSource }, () => []);
  for (const id of ranked) {
    const rank = rankInSource.get(source(id)) ?? 0;
    rankInSource.set(source(id), rank + 1);
    rounds[rank]?.push(id);
  }
  for (const id of rounds.flat()) {
    if (chosen.size >= limits.max) break;
    chosen.add(id);
  }
  return [...chosen];
}

describe("choosing the candidates to re-rank", () => {
  it("takes the same passages, in the same order, as ranking every candidate would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.constantFrom(0.5, 1, 1.5, 2.25, 3), source: fc.nat(6) }), {
          maxLength: 80,
        }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (passages, pool, perSource, max, shuffled) => {
          const weights = Float64Array.from(passages, (p) => p.weight);
          const n = passages.length;
          // Places: the ids themselves, or reversed (as after an update that moved passages).
          const placeOf = (id: number) => (shuffled ? n - 1 - id : id);
          const idAtPlace = (place: number) => (shuffled ? n - 1 - place : place);
          const sourceOf = (id: number) => passages[id]?.source ?? 0;
          const ids = passages.map((_, id) => id).filter((id) => id % 3 !== 1);
          const limits = { pool, perSource, max };
          expect(chooseCandidates(ids, { weights, placeOf, idAtPlace, sourceOf }, limits)).toEqual(
            rankEverything(ids, weights, placeOf, sourceOf, limits),
          );
        },
      ),
    );
  });
});

describe("articles' subjects filed by term", () => {
  it("weigh each article's subject as reading the article would", () => {
    const concept = fc.record({
      word: fc.constant("w"),
      weight: fc.double({ min: 0.1, max: 3, noNaN: true }),
      subject: fc.boolean(),
      pairs: fc.array(fc.tuple(fc.nat(9), fc.constantFrom(1, 0.8, 0.6)), { maxLength: 4 }),
      related: fc.array(fc.nat(9), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.uniqueArray(fc.nat(9), { maxLength: 6 })), { maxLength: 8 }),
        fc.array(concept, { maxLength: 4 }),
        (subjects, drawn) => {
          const concepts: ConceptMatcher[] = drawn.map((c) => ({
            word: c.word,
            weight: c.weight,
            subject: c.subject,
            qualityById: new Map(c.pairs),
            relatedIds: new Set(c.related),
          }));
          const filed = ContextPostings.build(
            subjects.length,
            10,
            (source) => subjects[source] ?? null,
          );
          const weights = filed.weights(concepts, 0.7);
          subjects.forEach((subject, source) => {
            const want = subject ? articleWeight(concepts, new Set(subject), 0.7) : 0;
            expect(weights[source]).toBe(want);
          });
        },
      ),
    );
  });
});
