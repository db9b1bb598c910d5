import { PERSON_NOUNS } from "./attribution-cues.js";
import { NUMBER_WORDS } from "./figure-cues.js";
import { DEPARTMENT_WORDS, PERSON_TITLES } from "./name-cues.js";
import { hasTag, type Token, tagged } from "./passage-reading.js";

/**
 * Shapes of capitalised words that are no name, or carry words that are not the name's: the
 * people of a country ("Norwegian", "Australians"), a bare role ("Transport Minister", "Grand
 * Slam Champion"), a ranking before a name ("World No. 1 Jane Doe"). General English only.
 */

/** Role words a title-case phrase may end in besides personal titles: "the Harbour Cup Champion". */
const ROLE_ENDINGS: ReadonlySet<string> = new Set(
  "champion champions winner winners runner-up medallist medalist laureate titleholder".split(" "),
);

/** How a people's word is made from its country's name: "Norwegian" → "Norway", "Chinese" → "China". */
const DEMONYM_ENDINGS: readonly (readonly [RegExp, readonly string[]])[] = Object.freeze([
  [/ians?$/, ["ia", "", "a", "y"]],
  [/ans?$/, ["a", "", "o", "e"]],
  [/eses?$/, ["a", "", "on", "e"]],
  [/ish$/, ["ain", "", "and", "ey"]],
  [/is?$/, [""]],
  [/s$/, ["ia", ""]],
  [/$/, ["ia"]],
]);

const demonymCache = new Map<string, boolean>();

const placeCache = new Map<string, boolean>();

/** Whether compromise knows the word as a country or a place; kept once asked. */
function isPlaceWord(word: string): boolean {
  const known = placeCache.get(word);
  if (known !== undefined) return known;
  const place = tagged(word).has("(#Country|#Place)");
  if (placeCache.size >= 20_000) placeCache.clear();
  placeCache.set(word, place);
  return place;
}

/**
 * A word for the people of a country, or its adjective ("Norwegian", "Dane", "Australians",
 * "Chinese"): the tagger's demonym, else a country's name with a people's ending.
 */
export function isDemonymWord(token: Token | undefined): boolean {
  if (!token || !/^\p{Lu}\p{Ll}+$/u.test(token.text.replace(/['’]s$/, ""))) return false;
  if (hasTag(token, "Demonym")) return true;
  if (hasTag(token, "Country", "Place", "Person")) return false;
  const word = token.text.replace(/['’]s$/, "");
  const known = demonymCache.get(word);
  if (known !== undefined) return known;
  let found = false;
  for (const [ending, bases] of DEMONYM_ENDINGS) {
    if (!ending.test(word)) continue;
    for (const base of bases) {
      const country = word.replace(ending, base);
      if (country.length >= 4 && country !== word && isPlaceWord(country)) found = true;
    }
    if (found) break;
  }
  demonymCache.set(word, found);
  return found;
}

/**
 * A run of capitalised words that is a role, not a name: it ends in a title or a role word and
 * no word of it names a person ("Transport Minister", "Australian Prime Minister", "Harbour Cup
 * Champion"); names with "of" or an institution's word are left to their kind.
 */
export function isBareRole(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  const end = last.norm.replace(/['’]s$/, "");
  const role =
    (PERSON_TITLES.has(end) && !DEPARTMENT_WORDS.has(end)) ||
    PERSON_NOUNS.has(end) ||
    ROLE_ENDINGS.has(end);
  if (!role || tokens.some((t) => /^(?:of|for)$/.test(t.norm))) return false;
  return !tokens.some(
    (t) =>
      !PERSON_TITLES.has(t.norm) &&
      !PERSON_NOUNS.has(t.norm) &&
      !ROLE_ENDINGS.has(t.norm) &&
      (hasTag(t, "FirstName", "LastName") ||
        // "U.S. District Judge", "UK Transport Minister": a country's initials name no one.
        (hasTag(t, "Acronym") && !isPlaceWord(t.text.replace(/\./g, "")))),
  );
}

/** A ranking word ("No.1", "No. 1", "Number One"): where it ends in the run, else -1. */
export function rankingEnd(tokens: readonly Token[]): number {
  for (let n = 0; n < tokens.length; n++) {
    const token = tokens[n];
    if (!token) continue;
    if (/^no\.?\d+$/i.test(token.text)) return n;
    const next = tokens[n + 1];
    if (
      /^(?:no\.?|number)$/i.test(token.text) &&
      next &&
      (/^\d+$/.test(next.text) || next.text.toLowerCase() in NUMBER_WORDS)
    )
      return n + 1;
  }
  return -1;
}
