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
