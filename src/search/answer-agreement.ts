/**
 * Which answer the outlets agree on. When a question asks for a value (a date, a count, a name,
 * a place), the outlets that cover the story mostly give the same one ("early Tuesday", "six
 * workers"); a passage giving another value often tells of another moment of the story (the
 * search resumed "on Wednesday"). Among passages that score alike, the one whose answer most
 * other outlets give comes first.
 */

/** A ranked passage as the agreement reads it. */
export interface AnsweringPassage {
  readonly id: number;
  /** Its source (one number per article). */
  readonly source: number;
  readonly score: number;
}

export const AnswerAgreementConfig = Object.freeze({
  /** Passages per source whose answers count. */
  perSource: 3,
  /** A passage's answer counts when it scores at least this share of the relevance floor. */
  floorShare: 0.8,
});

/**
 * For each passage with an answer, the share of the other sources (0..1) among whose best
 * passages one gives the same answer. `answers`: the answer's terms, by passage id.
 */
export function answerAgreement(
  passages: readonly AnsweringPassage[],
  answers: ReadonlyMap<number, readonly string[]>,
  floor: number,
): Map<number, number> {
  const agreement = new Map<number, number>();
  if (answers.size === 0) return agreement;
  const { perSource, floorShare } = AnswerAgreementConfig;
  const taken = passages
    .filter((passage) => passage.score >= floor * floorShare && answers.has(passage.id))
    .sort((a, b) => b.score - a.score);
  const perSourceSeen = new Map<number, number>();
  const givers = new Map<string, Set<number>>();
  const counted: AnsweringPassage[] = [];
  for (const passage of taken) {
    const seen = perSourceSeen.get(passage.source) ?? 0;
    if (seen >= perSource) continue;
    perSourceSeen.set(passage.source, seen + 1);
    counted.push(passage);
    for (const term of answers.get(passage.id) ?? []) {
      const sources = givers.get(term);
      if (sources) sources.add(passage.source);
      else givers.set(term, new Set([passage.source]));
    }
  }
  const others = perSourceSeen.size - 1;
  if (others < 1) return agreement;
  for (const passage of counted) {
    let most = 0;
    for (const term of answers.get(passage.id) ?? []) {
      const sources = givers.get(term);
      const count = (sources?.size ?? 0) - (sources?.has(passage.source) ? 1 : 0);
      most = Math.max(most, count);
    }
    agreement.set(passage.id, most / others);
  }
  return agreement;
}

/** A candidate passage as the desk's agreed answer reads it. */
export interface AgreeingPassage extends AnsweringPassage {
  /** Whether it holds one of the question's own words (or a thesaurus kin), not only the value. */
  readonly topical: boolean;
}

export const AgreedAnswerConfig = Object.freeze({
  /** A passage scoring at least this share of the relevance floor may be carried over it. */
  liftFrom: 0.4,
  /** Passages read per source that answers nothing itself. */
  perSource: 3,
  /**
   * A value carries when at least this share of the sources answering over the floor with a
   * value give it: the desk's answer, not one outlet's among several that differ.
   */
  agreedShare: 0.5,
});

/**
 * The desk's agreed answer carries coverage across outlets. A desk is many outlets telling one
 * story: when some outlets answer the question over the floor with a value of the asked kind
 * (a figure, a place, a name, a time), another outlet's passage that states the same value and
 * holds a word of the question answers it too, though its own words score under the floor
 * ("was 16,000 feet up" for "how high did the plane climb"). Only sources with no passage over
 * the floor are read, each at its best `perSource` topical passages. `values`: the answer terms
 * of passages over the floor, by passage id; `holds(id, values)`: whether the passage states one
 * of them as an answer of the asked kind. Returns each carried passage's id with its new score,
 * the floor itself (or a little over it), below every direct answer.
 */
export function carriedByAgreement(
  passages: readonly AgreeingPassage[],
  values: ReadonlyMap<number, readonly string[]>,
  floor: number,
  holds: (id: number, values: ReadonlySet<string>) => boolean,
): Map<number, number> {
  const carried = new Map<number, number>();
  const covered = new Set<number>();
  const givers = new Map<string, Set<number>>();
  const answering = new Set<number>();
  for (const passage of passages) {
    if (passage.score < floor) continue;
    covered.add(passage.source);
    for (const value of values.get(passage.id) ?? []) {
      answering.add(passage.source);
      const sources = givers.get(value);
      if (sources) sources.add(passage.source);
      else givers.set(value, new Set([passage.source]));
    }
  }
  const { liftFrom, perSource, agreedShare } = AgreedAnswerConfig;
  const agreed = new Set<string>();
  for (const [value, sources] of givers)
    if (sources.size >= answering.size * agreedShare) agreed.add(value);
  if (agreed.size === 0) return carried;
  const read = new Map<number, number>();
  const hopeful = passages
    .filter(
      (passage) =>
        !covered.has(passage.source) && passage.topical && passage.score >= floor * liftFrom,
    )
    .sort((a, b) => b.score - a.score || a.id - b.id);
  for (const passage of hopeful) {
    if (covered.has(passage.source)) continue;
    const seen = read.get(passage.source) ?? 0;
    if (seen >= perSource) continue;
    read.set(passage.source, seen + 1);
    if (!holds(passage.id, agreed)) continue;
    carried.set(passage.id, floor);
    covered.add(passage.source);
  }
  return carried;
}
