import nlp from "compromise";

/**
 * A quicker way for the language tagger (compromise) to choose which of its tagging patterns to
 * try on a sentence, with the same patterns tried in the same order.
 *
 * compromise files its ~570 post-tagging patterns under the words and tags they need (~730 keys).
 * For every clause it reads, it walks all the keys and asks whether the clause holds each; here the
 * clause's own words and tags (a few dozen) are looked up among the keys instead, and the keys
 * found are put back in the keys' order. Every later step (which patterns a clause keeps, the
 * matching and the tagging) is compromise's own, so every word's tags are what they were.
 */

/** A tagging pattern as compromise's pattern net files it (only what choosing one reads). */
interface NetPattern {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly ifNo?: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  unTag?: unknown;
}

/** compromise's pattern net: patterns by the word or tag they need or want, and those needing none. */
interface PatternNet {
  readonly hooks: Readonly<Record<string, readonly NetPattern[]>>;
  readonly always: readonly NetPattern[];
}

type Clause = readonly unknown[];
type Pointer = number[];

/** compromise's methods that choosing and running patterns calls. */
interface TaggerMethods {
  one: {
    cacheDoc(document: readonly Clause[]): ReadonlySet<string>[];
    match(document: readonly Clause[], pattern: NetPattern): { ptrs: Pointer[] };
    bulkMatch: BulkMatch;
  };
}

type BulkMatch = (
  document: readonly Clause[],
  net: PatternNet,
  methods: TaggerMethods,
  options?: { matchOne?: boolean },
) => Array<NetPattern & { pointer: Pointer }>;

/**
 * A net read once: each key's place in compromise's order; each pattern (by number) with its
 * match text's number, where compromise files it (place and position under each of its keys) and
 * the one key it is looked up by here. A pattern that needs words or tags is looked up by the key
 * among its needs that files the fewest patterns (a clause lacking it cannot take the pattern);
 * one that only wants some is looked up by each of its wants.
 */
interface NetIndex {
  readonly places: ReadonlyMap<string, number>;
  readonly lists: readonly (readonly number[])[];
  readonly patterns: readonly NetPattern[];
  readonly matchIds: Int32Array;
  /** For each match text, the number of the last clause that took a pattern of it. */
  readonly taken: Uint32Array;
  /** Pattern numbers by the key they are looked up by (null: two patterns share a match text). */
  readonly lookups: ReadonlyMap<string, readonly number[]> | null;
  /** Each pattern's keys, by place, and its order under the first of them a clause holds. */
  readonly filed: readonly (readonly { readonly key: string; readonly order: number }[])[];
  clause: number;
}

const netIndexes = new WeakMap<PatternNet["hooks"], NetIndex>();

/** Keys file at most this many patterns each (compromise's largest: under a hundred). */
const PLACE_STRIDE = 1 << 12;

function netIndex(hooks: PatternNet["hooks"]): NetIndex {
  const known = netIndexes.get(hooks);
  if (known) return known;
  const keys = Object.keys(hooks);
  const numbers = new Map<NetPattern, number>();
  const patterns: NetPattern[] = [];
  const matchNumbers = new Map<string, number>();
  const matchIds: number[] = [];
  const filed: { key: string; order: number }[][] = [];
  const lists = keys.map((key, place) =>
    (hooks[key] ?? []).map((pattern, position) => {
      let number = numbers.get(pattern);
      if (number === undefined) {
        number = patterns.length;
        numbers.set(pattern, number);
        patterns.push(pattern);
        filed.push([]);
        let matchId = matchNumbers.get(pattern.match);
        if (matchId === undefined) {
          matchId = matchNumbers.size;
          matchNumbers.set(pattern.match, matchId);
        }
        matchIds.push(matchId);
      }
      filed[number]?.push({ key, order: place * PLACE_STRIDE + position });
      return number;
    }),
  );
  // Looking a pattern up by one key gives compromise's choice only when no two patterns share a
  // match text (compromise keeps the first of them, whether or not it can run) and no key files
  // more than PLACE_STRIDE patterns; else every key is walked, as compromise does.
  const exact =
    matchNumbers.size === patterns.length &&
    lists.every((list) => list.length < PLACE_STRIDE) &&
    keys.length * PLACE_STRIDE * Math.max(1, patterns.length) < Number.MAX_SAFE_INTEGER;
  const lookups = exact ? new Map<string, number[]>() : null;
  if (lookups)
    patterns.forEach((pattern, number) => {
      const needs = pattern.needs.filter((need) => (hooks[need]?.length ?? 0) > 0);
      const by =
        needs.length > 0
          ? [
              needs.reduce((best, need) =>
                (hooks[need]?.length ?? 0) < (hooks[best]?.length ?? 0) ? need : best,
              ),
            ]
          : (filed[number] ?? []).map((entry) => entry.key);
      for (const key of by) {
        const list = lookups.get(key);
        if (list) list.push(number);
        else lookups.set(key, [number]);
      }
    });
  const index: NetIndex = {
    places: new Map(keys.map((key, place) => [key, place])),
    lists,
    patterns,
    matchIds: Int32Array.from(matchIds),
    taken: new Uint32Array(matchNumbers.size),
    lookups,
    filed,
    clause: 0,
  };
  netIndexes.set(hooks, index);
  return index;
}

/** Whether a clause with these words and tags can take a pattern (compromise's own tests). */
function fits(haves: ReadonlySet<string>, words: number, pattern: NetPattern): boolean {
  if (!holdsAll(haves, pattern.needs)) return false;
  if (pattern.ifNo !== undefined && holdsAny(haves, pattern.ifNo)) return false;
  if (pattern.wants.length > 0 && heldCount(haves, pattern.wants) < pattern.minWant) return false;
  return words >= pattern.minWords;
}

/** The patterns worth trying on one clause, in the order compromise tries them. */
function patternsFor(haves: ReadonlySet<string>, words: number, net: PatternNet): NetPattern[] {
  const index = netIndex(net.hooks);
  const { patterns, taken, lookups, filed } = index;
  // A fresh number per clause marks the patterns (or match texts) this clause has met.
  index.clause = index.clause >= 0xfffffffe ? 1 : index.clause + 1;
  if (index.clause === 1) taken.fill(0);
  const clause = index.clause;
  if (lookups === null) return patternsByEveryKey(haves, words, net, index, clause);
  const found: number[] = [];
  for (const item of haves) {
    const numbers = lookups.get(item);
    if (numbers === undefined) continue;
    for (const number of numbers) {
      if (taken[number] === clause) continue;
      taken[number] = clause;
      const pattern = patterns[number];
      if (!pattern || !fits(haves, words, pattern)) continue;
      // Where compromise meets it: under the first of its keys (in the keys' order) the clause holds.
      const at = filed[number]?.find((entry) => haves.has(entry.key));
      if (at) found.push(at.order * patterns.length + number);
    }
  }
  found.sort((a, b) => a - b);
  const chosen: NetPattern[] = [];
  for (const key of found) {
    const pattern = patterns[key % patterns.length];
    if (pattern) chosen.push(pattern);
  }
  for (const pattern of net.always) if (words >= pattern.minWords) chosen.push(pattern);
  return chosen;
}

/** As compromise chooses: every key the clause holds, in the keys' order, each match text once. */
function patternsByEveryKey(
  haves: ReadonlySet<string>,
  words: number,
  net: PatternNet,
  index: NetIndex,
  clause: number,
): NetPattern[] {
  const { places, lists, patterns, matchIds, taken } = index;
  const found: number[] = [];
  for (const item of haves) {
    const place = places.get(item);
    if (place !== undefined) found.push(place);
  }
  found.sort((a, b) => a - b);
  const chosen: NetPattern[] = [];
  for (const place of found)
    for (const number of lists[place] ?? []) {
      const matchId = matchIds[number] ?? 0;
      if (taken[matchId] === clause) continue;
      taken[matchId] = clause;
      const pattern = patterns[number];
      if (pattern && fits(haves, words, pattern)) chosen.push(pattern);
    }
  for (const pattern of net.always) if (words >= pattern.minWords) chosen.push(pattern);
  return chosen;
}

/** Every one of the words and tags is in the clause's set (plain loops: this runs per pattern). */
function holdsAll(haves: ReadonlySet<string>, items: readonly string[]): boolean {
  for (const item of items) if (!haves.has(item)) return false;
  return true;
}

function holdsAny(haves: ReadonlySet<string>, items: readonly string[]): boolean {
  for (const item of items) if (haves.has(item)) return true;
  return false;
}

function heldCount(haves: ReadonlySet<string>, items: readonly string[]): number {
  let count = 0;
  for (const item of items) if (haves.has(item)) count++;
  return count;
}

/** compromise's bulk matcher, choosing each clause's patterns as above. */
const quickBulkMatch: BulkMatch = (document, net, methods, options = {}) => {
  const haves = methods.one.cacheDoc(document);
  const results: Array<NetPattern & { pointer: Pointer }> = [];
  for (let n = 0; n < document.length; n++) {
    const clause = document[n] ?? [];
    for (const pattern of patternsFor(haves[n] ?? new Set(), clause.length, net)) {
      const found = methods.one.match([clause], pattern);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        const todo: NetPattern & { pointer: Pointer } = { ...pattern, pointer };
        // As compromise does: an untagging step is kept even when it is not the pattern's own.
        if (pattern.unTag !== undefined) todo.unTag = pattern.unTag;
        results.push(todo);
      }
      const first = results[0];
      if (options.matchOne === true && first) return [first];
    }
  }
  return results;
};

let compromiseOwn: BulkMatch | null = null;

/**
 * Puts the quicker pattern choice into this process's compromise (the same tags), or with
 * `false` gives compromise its own back.
 */
export function useQuickTaggerSweep(on = true): void {
  const world = (nlp as unknown as { world?: () => { methods?: TaggerMethods } }).world?.();
  const one = world?.methods?.one;
  if (!one || typeof one.bulkMatch !== "function") return;
  if (one.bulkMatch !== quickBulkMatch) compromiseOwn = one.bulkMatch;
  if (on) one.bulkMatch = quickBulkMatch;
  else if (compromiseOwn) one.bulkMatch = compromiseOwn;
}
