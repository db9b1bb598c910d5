/**
 * A question that names a day ("what happened in the port on Saturday") asks about that day's
 * event. Copy often tells of it without naming the day: "yesterday", or a report dated that day
 * or the next. A passage that names no other day, in an article published on the day or the day
 * after (or undated), holds the day for part of a match; one naming another day tells of another.
 */
import type { ConceptHit, ConceptMatcher } from "./passage-scoring.js";

/** The days of the week, as copy and questions name them. */
const WEEKDAYS: readonly string[] = Object.freeze(
  "sunday monday tuesday wednesday thursday friday saturday".split(" "),
);

/**
 * Marks each concept that is a day naming the asked event with the other days (`rivals`: their
 * term ids on the desk, by `idOf`), its weight kept to the mean of the question's other words:
 * a day picks out one event of the story, it says less than what the question asks of it.
 */
export function withDayRivals(
  concepts: readonly ConceptMatcher[],
  eventWords: readonly string[],
  idOf: (word: string) => number | undefined,
): ConceptMatcher[] {
  const days = eventWords.filter((word) => WEEKDAYS.includes(word));
  if (days.length === 0) return [...concepts];
  const others = concepts.filter((concept) => !days.includes(concept.word));
  const cap =
    others.length > 0
      ? others.reduce((sum, concept) => sum + concept.weight, 0) / others.length
      : Number.POSITIVE_INFINITY;
  return concepts.map((concept) => {
    if (!days.includes(concept.word)) return concept;
    const rivals = new Set<number>();
    for (const day of WEEKDAYS) {
      const id = day === concept.word ? undefined : idOf(day);
      if (id !== undefined) rivals.add(id);
    }
    return { ...concept, rivals, weight: Math.min(concept.weight, cap) };
  });
}

/**
 * Whether an article published on `published` (an ISO date, or null when unknown) may tell of
 * a day's event without naming it: published that day or the day after.
 */
export function mayTellOf(day: string, published: string | null): boolean {
  const dated = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!dated) return true;
  const weekday = new Date(
    Date.UTC(Number(dated[1]), Number(dated[2]) - 1, Number(dated[3])),
  ).getUTCDay();
  const asked = WEEKDAYS.indexOf(day);
  return weekday === asked || weekday === (asked + 1) % 7;
}

/**
 * A day the question names and the passage lacks counts `quality` of a match in a passage that
 * names no other day, in an article that may tell of that day (see `mayTellOf`).
 */
export function withImpliedDays(
  concepts: readonly ConceptMatcher[],
  hits: readonly ConceptHit[],
  codes: ArrayLike<number>,
  quality: number,
  published: string | null,
): ConceptHit[] {
  if (!concepts.some((concept) => concept.rivals)) return [...hits];
  return concepts.map((concept, i) => {
    const hit = hits[i] ?? { quality: 0, at: [], literal: false };
    const rivals = concept.rivals;
    if (!rivals || hit.quality > 0 || !mayTellOf(concept.word, published)) return hit;
    for (let at = 0; at < codes.length; at++) if (rivals.has(codes[at] ?? -1)) return hit;
    return { quality, at: [], literal: false };
  });
}

/** The most weight a passage is granted by the days it may imply (for choosing candidates). */
export function impliedDayWeight(concepts: readonly ConceptMatcher[], quality: number): number {
  return concepts.reduce(
    (sum, concept) => sum + (concept.rivals ? concept.weight * quality : 0),
    0,
  );
}
