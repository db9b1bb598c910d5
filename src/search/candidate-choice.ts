/** Where candidates are ranked: each passage's weight, place on the desk and source. */
export interface CandidateOrder {
  /** Index weight by passage id. */
  readonly weights: Float64Array;
  /** A passage's place on the desk (ties go to the earlier place). */
  placeOf(id: number): number;
  /** The passage at a place. */
  idAtPlace(place: number): number;
  /** A number for the passage's source, the same for every passage of one article. */
  sourceOf(id: number): number;
}

/** How many candidates are taken, and how. */
export interface CandidateLimits {
  /** The best overall, whatever their sources. */
  readonly pool: number;
  /** Then each source's best, second best… up to this many per source. */
  readonly perSource: number;
  /** At most this many in all. */
  readonly max: number;
}

/**
 * The passages to re-rank, in the order they are re-ranked: the `pool` heaviest (ties in desk
 * order), then every source's heaviest, then every source's second heaviest…, each round in
 * that same order, until `max`. Only the heads of the ranking are sorted, so that a question
 * whose common words touch most of a large desk costs little more than one that touches few.
 */
export function chooseCandidates(
  ids: readonly number[],
  order: CandidateOrder,
  limits: CandidateLimits,
): number[] {
  const { weights } = order;
  const chosen = new Set<number>(heaviest(ids, order, limits.pool));
  // Each source's best `perSource`, kept in place as the ids go by: by source, a short list.
  const bySource = new Map<number, number[]>();
  const before = (a: number, b: number) =>
    (weights[a] ?? 0) > (weights[b] ?? 0) ||
    ((weights[a] ?? 0) === (weights[b] ?? 0) && order.placeOf(a) < order.placeOf(b));
  for (const id of ids) {
    const source = order.sourceOf(id);
    const best = bySource.get(source);
    if (!best) {
      bySource.set(source, [id]);
      continue;
    }
    if (best.length >= limits.perSource && !before(id, best[best.length - 1] ?? id)) continue;
    let at = best.length;
    while (at > 0 && before(id, best[at - 1] ?? id)) at--;
    best.splice(at, 0, id);
    if (best.length > limits.perSource) best.pop();
  }
  for (let round = 0; round < limits.perSource && chosen.size < limits.max; round++) {
    const inRound: number[] = [];
    for (const best of bySource.values()) {
      const id = best[round];
      if (id !== undefined) inRound.push(id);
    }
    for (const id of byWeightThenPlace(inRound, order)) {
      if (chosen.size >= limits.max) break;
      chosen.add(id);
    }
  }
  return [...chosen];
}

/** The `count` heaviest ids, ties in desk order, heaviest first. */
function heaviest(ids: readonly number[], order: CandidateOrder, count: number): number[] {
  if (count <= 0) return [];
  const { weights } = order;
  // How many ids weigh each weight: the lightest weight the first `count` reach.
  const perWeight = new Map<number, number>();
  for (const id of ids) {
    const weight = weights[id] ?? 0;
    perWeight.set(weight, (perWeight.get(weight) ?? 0) + 1);
  }
  const descending = Float64Array.from(perWeight.keys()).sort().reverse();
  let lightest = descending[descending.length - 1] ?? 0;
  let reached = 0;
  for (const weight of descending) {
    reached += perWeight.get(weight) ?? 0;
    lightest = weight;
    if (reached >= count) break;
  }
  const head = ids.filter((id) => (weights[id] ?? 0) >= lightest);
  return byWeightThenPlace(head, order).slice(0, count);
}

/**
 * Ids heaviest first, ties in desk order. Weights take few distinct values (sums of a few
 * concept weights), so ids are grouped by weight and each group sorted natively: no comparator
 * function runs per comparison.
 */
export function byWeightThenPlace(ids: readonly number[], order: CandidateOrder): number[] {
  const { weights } = order;
  const groups = new Map<number, number[]>();
  for (const id of ids) {
    const weight = weights[id] ?? 0;
    const group = groups.get(weight);
    if (group) group.push(id);
    else groups.set(weight, [id]);
  }
  const ranked: number[] = [];
  for (const weight of Float64Array.from(groups.keys()).sort().reverse()) {
    const places = Float64Array.from(groups.get(weight) ?? [], (id) => order.placeOf(id)).sort();
    for (const place of places) ranked.push(order.idAtPlace(place));
  }
  return ranked;
}
