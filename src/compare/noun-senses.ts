/**
 * What a counted noun is a kind of, from a dictionary the I/O side provides (WordNet): "ship"
 * is a kind of "vessel", "computers" of "machine" and "device", "fatality" of "death". Figures
 * of two outlets count the same thing when one's noun is the other's or a kind of it; nouns
 * that are only kinds of the same thing ("cars", "trucks") stay apart.
 */

/** A noun's base forms and the nouns it is a kind of (a few steps up), lower case. */
export interface NounSense {
  readonly lemmas: readonly string[];
  readonly kindOf: readonly string[];
}

/** The dictionary the comparison asks; the I/O side sets it at start. */
export interface NounSenses {
  sense(noun: string): NounSense;
}

const NO_SENSE: NounSense = Object.freeze({ lemmas: [], kindOf: [] });

/** The dictionary that knows no nouns: counted nouns line up by their own stem only. */
export const NO_NOUN_SENSES: NounSenses = Object.freeze({ sense: () => NO_SENSE });

let current: NounSenses = NO_NOUN_SENSES;

/** Sets the dictionary the comparison reads counted nouns with from now on. */
export function useNounSenses(senses: NounSenses): void {
  current = senses;
}

/**
 * Nouns so broad that being a kind of them says nothing ("a ship is an object"): never the
 * ground for two counts to be of one thing.
 */
const TOO_BROAD: ReadonlySet<string> = new Set(
  "entity object physical entity whole thing abstraction artifact artefact instrumentality unit matter group causal agent cause organism being living thing person individual someone somebody mortal soul people act event happening occurrence measure quantity amount attribute relation state condition".split(
    " ",
  ),
);

/** True when one noun is the other, a synonym or a kind of it ("ships", "vessels"). */
export function sameCounted(a: string, b: string): boolean {
  if (a === b) return true;
  const one = current.sense(a);
  const other = current.sense(b);
  if (one.lemmas.length === 0 || other.lemmas.length === 0) return false;
  const within = (lemmas: readonly string[], sense: NounSense) =>
    lemmas.some((lemma) => !TOO_BROAD.has(lemma) && sense.kindOf.includes(lemma));
  return (
    one.lemmas.some((lemma) => other.lemmas.includes(lemma)) ||
    within(one.lemmas, other) ||
    within(other.lemmas, one)
  );
}
