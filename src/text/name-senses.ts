/**
 * What a dictionary (WordNet, which the I/O side provides) knows of a name: "Palo Alto" is a
 * place, "Securities and Exchange Commission" a body, "HIV" an illness, "jury" only a common
 * noun. Its senses come with the dictionary's broad class (its lexicographer file) and whether
 * the dictionary writes the word capitalised there (a proper noun) or in lower case.
 */

/** The broad classes of nouns a name's sense can fall in. */
export type SenseClass = "place" | "person" | "group" | "artifact" | "other";

/** One sense of a name, as the dictionary lists it (most frequent first). */
export interface NameSense {
  readonly class: SenseClass;
  /** True when the dictionary writes the word capitalised in this sense: a proper noun. */
  readonly proper: boolean;
}

/** The dictionary the naming asks; the I/O side sets it at start. */
export interface NameSenses {
  senses(phrase: string): readonly NameSense[];
}

/** The dictionary that knows no names: names are typed by their words and context alone. */
export const NO_NAME_SENSES: NameSenses = Object.freeze({ senses: () => [] });

let current: NameSenses = NO_NAME_SENSES;
const cache = new Map<string, readonly NameSense[]>();
const CACHE_LIMIT = 20_000;

/** The dictionary names are typed with now (to put back after a test sets its own). */
export function nameSensesInUse(): NameSenses {
  return current;
}

/** Sets the dictionary names are typed with from now on. */
export function useNameSenses(senses: NameSenses): void {
  current = senses;
  cache.clear();
}

/** The dictionary's senses of a name (words as printed; case and a possessive do not count); cached. */
export function nameSenses(phrase: string): readonly NameSense[] {
  const key = phrase
    .replace(/['’]s$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  const known = cache.get(key);
  if (known) return known;
  const found = /^[a-z][a-z. &'-]{1,60}$/.test(key) ? current.senses(key) : [];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, found);
  return found;
}

/**
 * The class of the commonest proper-noun sense of a name, or undefined when the dictionary knows
 * it as no proper noun: "san francisco" → place, "new york stock exchange" → artifact.
 */
export function properClass(phrase: string): SenseClass | undefined {
  return nameSenses(phrase).find((sense) => sense.proper)?.class;
}

/**
 * True when the dictionary knows the word only as a common noun or a proper noun of no person,
 * place or body: "jury", "policy", "goat", "HIV". A word it does not know is not one.
 */
export function onlyCommonThing(word: string): boolean {
  const senses = nameSenses(word);
  return (
    senses.length > 0 &&
    senses.every(
      (sense) =>
        !sense.proper ||
        (sense.class !== "place" && sense.class !== "person" && sense.class !== "group"),
    )
  );
}
