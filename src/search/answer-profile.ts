/**
 * What the confident outlets' answers have in common. Outlets covering one story tell the same
 * fact with the same names, figures and rarer words ("a court-imposed Friday deadline", "until
 * Friday or face a court battle"), even where the reporter's question shares few words with one
 * of them. When some outlets answer over the relevance floor, the distinctive terms of their
 * answers make the desk's answer profile; an outlet with no passage over the floor whose
 * candidate still touches the question and tells much of that profile answers it too, in its
 * own words. This is pseudo-relevance feedback, read over the candidates already ranked.
 */

/** A ranked candidate as the answer profile reads it. */
export interface ProfiledPassage {
  readonly id: number;
  /** Its source (one number per article). */
  readonly source: number;
  readonly score: number;
  /** Share of the question's weight it covers, 0..1. */
  readonly coverage: number;
}

/** What the profile knows of the desk's terms. */
export interface ProfileTerms {
  /**
   * A passage's distinctive terms, each once: not the question's own words (nor their kin), not
   * the story's subject, not words most of the desk holds.
   */
  termsOf(id: number): readonly number[];
  /** How much a term tells a passage apart (its rarity on the desk, as an idf). */
  weightOf(term: number): number;
}

export const AnswerProfileConfig = Object.freeze({
  /** Each confident source's best this many passages over the floor build the profile. */
  confidentPerSource: 1,
  /** A candidate scoring at least this share of the relevance floor may be carried over it. */
  liftFrom: 0.67,
  /** The least share of the question's weight a carried candidate covers: it is still on topic. */
  minCoverage: 0.3,
  /** Candidates read per source that answers nothing itself, best first. */
  perSource: 3,
  /** A carried candidate holds at least this many of the profile's terms… */
  minTerms: 3,
  /**
   * …and its distinctive terms lean this far towards the profile (a cosine, 0..1): much of what
   * it tells is what the confident outlets tell, not one name of the story among many others.
   */
  minLikeness: 0.15,
  /**
   * A profile is built only when at least this many sources answer over the floor: one outlet's
   * wording is its own, what two or more tell alike is the story's answer.
   */
  minConfident: 2,
});

/**
 * The candidates the desk's answer profile carries over the floor, by id with their new score:
 * the floor itself, below every outlet that answers in the question's own words. The profile
 * weighs each distinctive term of the confident answers (each confident source's best
 * `confidentPerSource`) by its rarity and by the share of confident sources telling it. Only
 * sources with no passage over the floor are read, each at its best `perSource` candidates
 * scoring `liftFrom` of the floor and covering `minCoverage` of the question; the first that
 * holds `minTerms` of the profile's terms, its terms `minLikeness` like the profile, is carried.
 */
export function carriedByProfile(
  passages: readonly ProfiledPassage[],
  floor: number,
  terms: ProfileTerms,
): Map<number, number> {
  const carried = new Map<number, number>();
  const {
    confidentPerSource,
    liftFrom,
    minCoverage,
    perSource,
    minTerms,
    minLikeness,
    minConfident,
  } = AnswerProfileConfig;
  const byScore = [...passages].sort((a, b) => b.score - a.score || a.id - b.id);
  // The sources each distinctive term of a confident answer is told by.
  const told = new Map<number, Set<number>>();
  const taken = new Map<number, number>();
  for (const passage of byScore) {
    if (passage.score < floor) break;
    const seen = taken.get(passage.source) ?? 0;
    if (seen >= confidentPerSource) continue;
    taken.set(passage.source, seen + 1);
    for (const term of terms.termsOf(passage.id)) {
      const sources = told.get(term);
      if (sources) sources.add(passage.source);
      else told.set(term, new Set([passage.source]));
    }
  }
  const confident = taken.size;
  if (confident < minConfident) return carried;
  const profile = new Map<number, number>();
  let profileNorm = 0;
  for (const [term, sources] of told) {
    const weight = (terms.weightOf(term) * sources.size) / confident;
    profile.set(term, weight);
    profileNorm += weight * weight;
  }
  profileNorm = Math.sqrt(profileNorm);
  const read = new Map<number, number>();
  for (const passage of byScore) {
    if (passage.score < floor * liftFrom) break;
    if (taken.has(passage.source) || passage.coverage < minCoverage) continue;
    const seen = read.get(passage.source) ?? 0;
    if (seen >= perSource) continue;
    read.set(passage.source, seen + 1);
    let shared = 0;
    let dot = 0;
    let norm = 0;
    for (const term of terms.termsOf(passage.id)) {
      const weight = terms.weightOf(term);
      norm += weight * weight;
      const profiled = profile.get(term);
      if (profiled === undefined) continue;
      shared++;
      dot += weight * profiled;
    }
    const likeness = norm > 0 && profileNorm > 0 ? dot / (Math.sqrt(norm) * profileNorm) : 0;
    if (shared < minTerms || likeness < minLikeness) continue;
    carried.set(passage.id, floor);
    taken.set(passage.source, 1);
  }
  return carried;
}
