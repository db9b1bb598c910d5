import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PackedCodes, packCodes } from "../src/search/packed-codes.js";
import { mayBeTwoEditsApart } from "../src/search/spelling-filter.js";
import { TermPostings } from "../src/search/term-postings.js";
import { editDistance } from "../src/text/name-variants.js";

/** Passages as lists of token codes (-1: a stop word), packed as the passage index keeps them. */
function pack(passages: readonly (readonly number[])[]): PackedCodes {
  return packCodes(passages);
}

/** What the postings must say: for each term, the passages holding it, ascending. */
function expected(
  passages: readonly (readonly number[])[],
  term: number,
  gone = new Set<number>(),
) {
  return passages.flatMap((codes, id) => (codes.includes(term) && !gone.has(id) ? [id] : []));
}

const passagesArbitrary = fc.array(fc.array(fc.integer({ min: -2, max: 11 }), { maxLength: 12 }), {
  maxLength: 30,
});

describe("term postings", () => {
  it("list, for every term, each passage that holds it once, in passage order", () => {
    fc.assert(
      fc.property(passagesArbitrary, (passages) => {
        const postings = TermPostings.fromCodes(pack(passages), 12);
        for (let term = 0; term < 12; term++)
          expect(postings.passagesOf(term)).toEqual(expected(passages, term));
      }),
    );
  });

  it("find added passages and stop finding removed ones, without being built again", () => {
    fc.assert(
      fc.property(
        passagesArbitrary,
        passagesArbitrary,
        fc.array(fc.nat(), { maxLength: 10 }),
        (first, later, removals) => {
          const postings = TermPostings.fromCodes(pack(first), 12);
          const all = [...first, ...later];
          for (const [i, passage] of later.entries())
            postings.add(first.length + i, new Set(passage.filter((code) => code >= 0)));
          const gone = new Set(all.length === 0 ? [] : removals.map((n) => n % all.length));
          for (const id of gone) postings.remove(id);
          for (let term = 0; term < 12; term++)
            expect(postings.passagesOf(term)).toEqual(expected(all, term, gone));
          expect(postings.changed).toBe(later.some((p) => p.some((c) => c >= 0)) || gone.size > 0);
        },
      ),
    );
  });

  it("are saved as two arrays and read back the same; arrays that do not fit are refused", () => {
    const passages = [[0, 1, -1, 1], [2], [], [1, 2, 0]];
    const parts = TermPostings.fromCodes(pack(passages), 3).parts();
    const again = TermPostings.fromParts(parts, passages.length);
    for (let term = 0; term < 3; term++)
      expect(again.passagesOf(term)).toEqual(expected(passages, term));
    expect(() => TermPostings.fromParts(parts, 2)).toThrow();
    expect(() =>
      TermPostings.fromParts({ starts: Uint32Array.of(0, 3), ids: parts.ids }, passages.length),
    ).toThrow();
  });

  it("keep passages far apart (gaps of several bytes) and refuse bytes cut in a gap", () => {
    const far = [0, 127, 128, 16_511, 16_512, 2_100_000, 2_100_001];
    const count = 2_100_002;
    const passages: number[][] = [];
    for (let id = 0; id < count; id++)
      passages.push(far.includes(id) ? [0, id % 2 === 0 ? 1 : -1] : []);
    const built = TermPostings.fromCodes(pack(passages), 2);
    expect(built.passagesOf(0)).toEqual(far);
    expect(built.passagesOf(1)).toEqual(far.filter((id) => id % 2 === 0));
    const parts = built.parts();
    expect(TermPostings.fromParts(parts, count).passagesOf(0)).toEqual(far);
    // The first term's last byte says another follows: its gap runs into the next term's bytes.
    const cut = Uint8Array.from(parts.ids);
    const lastOfFirst = (parts.starts[1] ?? 1) - 1;
    cut[lastOfFirst] = (cut[lastOfFirst] ?? 0) | 0x80;
    expect(() => TermPostings.fromParts({ starts: parts.starts, ids: cut }, count)).toThrow();
  });

  it("mark what they visit: each passage once, raised to the best quality, in visiting order", () => {
    fc.assert(
      fc.property(
        passagesArbitrary,
        passagesArbitrary,
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.double({ min: 0.1, max: 1 })), {
          maxLength: 4,
        }),
        (first, later, removals, terms) => {
          const postings = TermPostings.fromCodes(pack(first), 12);
          const all = [...first, ...later];
          for (const [i, passage] of later.entries())
            postings.add(first.length + i, new Set(passage.filter((code) => code >= 0)));
          for (const n of removals) if (all.length > 0) postings.remove(n % all.length);
          const best = new Float64Array(all.length);
          const seen = new Int32Array(terms.reduce((sum, [term]) => sum + postings.most(term), 0));
          let count = 0;
          const expectedBest = new Float64Array(all.length);
          const expectedSeen: number[] = [];
          for (const [term, quality] of terms) {
            count = postings.mark(term, quality, best, seen, count);
            postings.forEachPassage(term, (id) => {
              if (expectedBest[id] === 0) expectedSeen.push(id);
              if ((expectedBest[id] ?? 0) < quality) expectedBest[id] = quality;
            });
          }
          expect([...seen.subarray(0, count)]).toEqual(expectedSeen);
          expect([...best]).toEqual([...expectedBest]);
        },
      ),
    );
  });

  it("leave out passages that are not live when built", () => {
    const passages = [[0], [0, 1], [1]];
    const postings = TermPostings.fromCodes(pack(passages), 2, (id) => id !== 1);
    expect(postings.passagesOf(0)).toEqual([0]);
    expect(postings.passagesOf(1)).toEqual([2]);
  });
});

describe("the quick test for names two edits apart", () => {
  it("never turns away two words within two edits of each other", () => {
    const word = fc.stringMatching(/^[a-dz]{0,9}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        if (editDistance(a, b, 2) <= 2) expect(mayBeTwoEditsApart(a, b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("turns away words with more than four letters' difference", () => {
    expect(mayBeTwoEditsApart("anderson", "andersen")).toBe(true);
    expect(mayBeTwoEditsApart("anderson", "robinson")).toBe(false);
    expect(mayBeTwoEditsApart("short", "shortest")).toBe(false);
  });
});
