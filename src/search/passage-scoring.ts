/** How a candidate passage is scored against a question's concepts: coverage and proximity. */

/** A question concept with, for each term id that stands for it, how much a match counts. */
export interface ConceptMatcher {
  readonly word: string;
  readonly weight: number;
  readonly qualityById: ReadonlyMap<number, number>;
  /** Term ids that stand for the word only through the thesaurus (synonyms, derived forms). */
  readonly relatedIds?: ReadonlySet<number>;
  /**
   * A common noun: what an article is about as a whole. Verbs and adjectives are not, nor names:
   * an article is often about two people, and a paragraph about one of them.
   */
  readonly subject?: boolean;
  /** A word naming the measure asked for ("share", "cost"): a figure in that measure answers it. */
  readonly unit?: boolean;
  /**
   * For a day naming the asked event ("on Saturday"): the term ids of the other days (see
   * `event-days`).
   */
  readonly rivals?: ReadonlySet<number>;
  /**
   * A light verb of a question asking when ("when did the outage start", "what time did it
   * happen"): a passage stating a date or a time tells it, in whatever verb (see `withToldWhen`).
   */
  readonly toldByWhen?: boolean;
  /**
   * In a question of two parts, the part this word stands in (0 or 1), set only for a part that
   * asks a thing of its own (see `partCoverage`).
   */
  readonly part?: number;
  /** In a question offering two answers to choose from, the one this word names (see `choiceCoverage`). */
  readonly choice?: number;
}

export interface ConceptHit {
  /** The best match quality found (0 when the concept is absent). */
  readonly quality: number;
  /** Token positions where the concept stands. */
  readonly at: readonly number[];
  /** True when the word itself (not only a related word) stands in the passage. */
  readonly literal: boolean;
}

/** Where each concept stands in a passage's encoded tokens, and how well it matches there. */
export function findConcepts(
  concepts: readonly ConceptMatcher[],
  codes: Int32Array,
  statesUnit = false,
): ConceptHit[] {
  // One pass over the passage's codes, each looked up once among every concept's terms.
  const lookup = termLookup(concepts);
  const count = concepts.length;
  const quality = new Array<number>(count).fill(0);
  const literal = new Array<boolean>(count).fill(false);
  const at: number[][] = [];
  for (let i = 0; i < count; i++) at.push([]);
  for (let position = 0; position < codes.length; position++) {
    const entries = lookup.get(codes[position] ?? -1);
    if (entries === undefined) continue;
    for (let k = 0; k < entries.length; k += 3) {
      const i = entries[k] ?? 0;
      const found = entries[k + 1] ?? 0;
      (at[i] as number[]).push(position);
      if (found > (quality[i] ?? 0)) quality[i] = found;
      if (entries[k + 2] === 0) literal[i] = true;
    }
  }
  const hits: ConceptHit[] = [];
  for (let i = 0; i < count; i++)
    hits.push({ quality: quality[i] ?? 0, at: at[i] ?? [], literal: literal[i] ?? false });
  // A related word counts only beside a literal match of another question word, or beside a
  // figure in the measure the question asks for (`withStatedUnit`): the passage's own answer.
  if (statesUnit || hits.some((hit) => hit.literal)) return hits;
  return hits.map((hit) => (hit.quality > 0 ? { quality: 0, at: [], literal: false } : hit));
}

/**
 * Every concept's term ids in one table, for `findConcepts`: term id → triples (concept index,
 * quality, 1 when the term stands for the concept only as a related word), in concept order.
 * Kept per concept list: a question's concepts score every candidate passage.
 */
const lookups = new WeakMap<readonly ConceptMatcher[], Map<number, number[]>>();

function termLookup(concepts: readonly ConceptMatcher[]): Map<number, number[]> {
  const kept = lookups.get(concepts);
  if (kept) return kept;
  const lookup = new Map<number, number[]>();
  concepts.forEach((concept, i) => {
    for (const [id, quality] of concept.qualityById) {
      const entries = lookup.get(id);
      const entry = [i, quality, concept.relatedIds?.has(id) ? 1 : 0];
      if (entries) entries.push(...entry);
      else lookup.set(id, entry);
    }
  });
  lookups.set(concepts, lookup);
  return lookup;
}

/** Share of the question's weight a passage covers, 0..1. */
export function coverageOf(
  concepts: readonly ConceptMatcher[],
  hits: readonly ConceptHit[],
): number {
  let total = 0;
  let covered = 0;
  concepts.forEach((concept, i) => {
    total += concept.weight;
    covered += concept.weight * (hits[i]?.quality ?? 0);
  });
  return total > 0 ? covered / total : 0;
}

/**
 * A question of two parts ("how many were aboard, and did anyone survive?") is answered by a
 * passage that answers one of them: the share of that part's weight the passage covers, times
 * `quality` (below 1: answering both is better), when it is more than its share of the whole.
 */
export function partCoverage(
  concepts: readonly ConceptMatcher[],
  hits: readonly ConceptHit[],
  whole: number,
  quality: number,
): number {
  let best = whole;
  for (const part of [0, 1]) {
    let total = 0;
    let covered = 0;
    concepts.forEach((concept, i) => {
      if (concept.part !== part) return;
      total += concept.weight;
      covered += concept.weight * (hits[i]?.quality ?? 0);
    });
    if (total > 0) best = Math.max(best, (quality * covered) / total);
  }
  return best;
}

/**
 * A question offering two answers to choose from ("is she in custody or still free?") is
 * answered by a passage telling either: its coverage of the words both choices share and of one
 * choice, when that is more than its coverage of the whole.
 */
export function choiceCoverage(
  concepts: readonly ConceptMatcher[],
  hits: readonly ConceptHit[],
  whole: number,
): number {
  if (!concepts.some((concept) => concept.choice !== undefined)) return whole;
  let best = whole;
  for (const choice of [0, 1]) {
    let total = 0;
    let covered = 0;
    // A choice is told by its weightiest word ("free", "private"), not by a light verb of it ("go").
    let heaviest = -1;
    concepts.forEach((concept, i) => {
      if (concept.choice !== undefined && concept.choice !== choice) return;
      total += concept.weight;
      covered += concept.weight * (hits[i]?.quality ?? 0);
      if (concept.choice === choice && concept.weight > (concepts[heaviest]?.weight ?? 0))
        heaviest = i;
    });
    if (total > 0 && (hits[heaviest]?.quality ?? 0) > 0) best = Math.max(best, covered / total);
  }
  return best;
}

/** The weight of the heavier of a question's two choices (see `choiceCoverage`), 0 for none. */
export function heavierChoice(concepts: readonly ConceptMatcher[]): number {
  const weights = [0, 0];
  for (const concept of concepts)
    if (concept.choice === 0 || concept.choice === 1)
      weights[concept.choice] = (weights[concept.choice] ?? 0) + concept.weight;
  return weights[0] && weights[1] ? Math.max(weights[0], weights[1]) : 0;
}

/** The least weight of a part that asks a thing of its own, or null when the question has none. */
export function lightestPart(concepts: readonly ConceptMatcher[]): number | null {
  let lightest: number | null = null;
  for (const part of [0, 1]) {
    let total = 0;
    for (const concept of concepts) if (concept.part === part) total += concept.weight;
    if (total > 0) lightest = lightest === null ? total : Math.min(lightest, total);
  }
  return lightest;
}

/**
 * How close together the matched question words stand: 1 when side by side, falling as the
 * smallest stretch of text holding one of each grows.
 */
export function proximity(positionLists: ReadonlyArray<readonly number[]>): number {
  const lists = positionLists.filter((list) => list.length > 0);
  if (lists.length <= 1) return lists.length;
  const events = lists.flatMap((list, concept) => list.map((position) => ({ position, concept })));
  events.sort((a, b) => a.position - b.position);
  const counts = new Array<number>(lists.length).fill(0);
  let inWindow = 0;
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  for (const event of events) {
    if ((counts[event.concept] ?? 0) === 0) inWindow++;
    counts[event.concept] = (counts[event.concept] ?? 0) + 1;
    while (inWindow === lists.length) {
      const first = events[left];
      if (!first) break;
      best = Math.min(best, event.position - first.position + 1);
      counts[first.concept] = (counts[first.concept] ?? 1) - 1;
      if (counts[first.concept] === 0) inWindow--;
      left++;
    }
  }
  return 1 / (1 + Math.max(0, best - lists.length) / 8);
}

/**
 * Fills in, from the passage's article, question words the passage itself lacks: a word of the
 * article's headline, lead or repeated subject counts `quality` times its match there. Only a
 * passage whose own words cover at least `minOwnShare` of the question's weight inherits: the
 * passage's own distinctive words decide, its article only supplies the subject. `contextOf` gives
 * the article's subject terms; it is called only for a passage that inherits.
 */
export function inheritFromArticle(
  concepts: readonly ConceptMatcher[],
  hits: readonly ConceptHit[],
  contextOf: () => ReadonlySet<number>,
  quality: number,
  minOwnShare: number,
): ConceptHit[] {
  let total = 0;
  let own = 0;
  concepts.forEach((concept, i) => {
    total += concept.weight;
    const hit = hits[i];
    if (hit?.literal) own += concept.weight * hit.quality;
  });
  if (total === 0 || own < total * minOwnShare) return [...hits];
  // The article's subject is read only for a passage whose own words weigh enough to inherit.
  const context = contextOf();
  return concepts.map((concept, i) => {
    const hit = hits[i] ?? { quality: 0, at: [], literal: false };
    if (!concept.subject) return hit;
    let inherited = 0;
    for (const [id, match] of concept.qualityById) {
      if (concept.relatedIds?.has(id) || !context.has(id)) continue;
      inherited = Math.max(inherited, quality * match);
    }
    return inherited > hit.quality ? { ...hit, quality: inherited } : hit;
  });
}

/** The most a passage's article can add to its index weight (see `inheritFromArticle`). */
export function articleWeight(
  concepts: readonly ConceptMatcher[],
  context: ReadonlySet<number>,
  quality: number,
): number {
  let weight = 0;
  for (const concept of concepts) {
    if (!concept.subject) continue;
    for (const [id, match] of concept.qualityById) {
      if (concept.relatedIds?.has(id) || !context.has(id)) continue;
      weight += concept.weight * quality * match;
      break;
    }
  }
  return weight;
}

/**
 * A question word that names the measure asked for counts `quality` of a match in a passage
 * that states a figure in that measure ("what share" in "58 per cent of the vote"), and
 * nothing in one that states none.
 */
export function withStatedUnit(
  concepts: readonly ConceptMatcher[],
  hits: readonly ConceptHit[],
  stated: boolean,
  quality: number,
): ConceptHit[] {
  return concepts.map((concept, i) => {
    const hit = hits[i] ?? { quality: 0, at: [], literal: false };
    if (!concept.unit) return hit;
    // The word alone ("long-awaited", "the old town") states no figure: it answers nothing.
    if (!stated) return { quality: 0, at: [], literal: false };
    // The figure is the passage's own wording of the answer.
    return hit.quality < quality ? { ...hit, quality, literal: true } : hit;
  });
}

/**
 * A person's full name in a question ("what did Ana Ruiz lose"): copy names a person in full
 * once, then by the surname alone ("Ruiz said"), so a passage holding the surname holds the
 * first name for `quality` of a match. `fullNames` gives, for each concept, the index of the
 * surname that follows it in the question, or -1.
 */
export function withSurnames(
  concepts: readonly ConceptMatcher[],
  fullNames: readonly number[],
  quality: number,
): ConceptMatcher[] {
  return concepts.map((concept, i) => {
    const surname = concepts[fullNames[i] ?? -1];
    if (!surname) return concept;
    const qualityById = new Map(concept.qualityById);
    for (const [id, match] of surname.qualityById)
      if ((qualityById.get(id) ?? 0) < quality * match) qualityById.set(id, quality * match);
    // The surname's spellings found only as typo corrections or related words stay so.
    const relatedIds = new Set(concept.relatedIds ?? []);
    for (const id of surname.relatedIds ?? []) if (!concept.qualityById.has(id)) relatedIds.add(id);
    // A first name is rare in copy because copy uses the surname: it says no more than the surname.
    return {
      ...concept,
      qualityById,
      relatedIds,
      weight: Math.min(concept.weight, surname.weight),
    };
  });
}

/** Words at most in a line that reads as a heading rather than a sentence. */
const HEADING_WORDS = 16;

/**
 * A line that reads as a heading, not as copy: short, and not closed as a sentence is ("1.
 * Devastation in the valley", "Mayor quits after vote, says aide"). Such a line names a subject;
 * the copy under it tells it.
 */
export function readsAsHeading(text: string): boolean {
  const trimmed = text.trim();
  if (/[.!?]["”’)]?$|[:;]$/.test(trimmed)) return false;
  // As many words as `split(/\s+/)` gives, counted without splitting a long paragraph.
  const gaps = /\s+/g;
  let words = 1;
  while (gaps.exec(trimmed) !== null) if (++words > HEADING_WORDS) return false;
  return true;
}

/**
 * A light verb of a "when" question ("start", "happen", "take place") that a passage lacks
 * counts `quality` of a match where the passage states a date or a time: copy tells when the
 * event "occurred", "struck" or "broke out", and the date is the passage's own answer. Only
 * beside a literal match of another question word (the event's own noun).
 */
export function withToldWhen(
  concepts: readonly ConceptMatcher[],
  hits: readonly ConceptHit[],
  statesWhen: boolean,
  quality: number,
): ConceptHit[] {
  if (!statesWhen || !hits.some((hit, i) => hit.literal && !concepts[i]?.toldByWhen))
    return [...hits];
  return concepts.map((concept, i) => {
    const hit = hits[i] ?? { quality: 0, at: [], literal: false };
    if (!concept.toldByWhen || hit.quality >= quality) return hit;
    return { ...hit, quality };
  });
}

/** The most a "when" question's light verbs can add for a passage lacking them (see `withToldWhen`). */
export function toldWhenWeight(concepts: readonly ConceptMatcher[], quality: number): number {
  return concepts.reduce(
    (sum, concept) => sum + (concept.toldByWhen ? concept.weight * quality : 0),
    0,
  );
}
