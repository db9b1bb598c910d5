import { STOP_WORDS } from "../text/stop-words.js";
import { PERSON_NOUNS } from "./attribution-cues.js";
import { NUMBER_WORDS } from "./figure-cues.js";
import {
  DEPARTMENT_WORDS,
  PERSON_TITLES,
  STATE_CODES,
  THING_NOUNS,
  US_STATES,
} from "./name-cues.js";
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
  if (!token || !/^\p{Lu}\p{Ll}+$/u.test(token.text.replace(/['’‘]s$/, ""))) return false;
  if (hasTag(token, "Demonym")) return true;
  if (hasTag(token, "Country", "Place", "Person")) return false;
  const word = token.text.replace(/['’‘]s$/, "");
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
  const end = last.norm.replace(/['’‘]s$/, "");
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

/** A lower-case noun for a thing that carries a name ("asteroid", "devices"). */
function thingNoun(token: Token | undefined): boolean {
  if (!token || !/^\p{Ll}+$/u.test(token.text)) return false;
  return THING_NOUNS.has(token.norm) || THING_NOUNS.has(token.norm.replace(/(?<!s)s$/, ""));
}

/**
 * Whether the name from `first` to `last` names a thing by the words round it: a thing's noun
 * just before it ("the asteroid Vela", "the company's machine, Vela,"), before "called",
 * "named" or "known as" ("a moonlet called Vela", "the device known as the Vela"), or just
 * after it when an owner stands before ("the firm's Vela devices", "Acme Vela 3 rockets").
 */
export function namesAThing(first: Token, last: Token, sentence: readonly Token[]): boolean {
  const at = sentence.indexOf(first);
  const end = sentence.indexOf(last);
  if (at < 0 || end < 0) return false;
  const before = sentence[at - 1];
  // "Acme Vela 3 rockets": a model's number between the name and its noun.
  const numbered = /^\d+$/.test(sentence[end + 1]?.text ?? "") ? 1 : 0;
  const after = sentence[end + 1 + numbered];
  const gap = (a: Token, b: Token) => `${a.post}${b.pre}`;
  if (before && thingNoun(before) && /^\s*,?\s*$/.test(gap(before, first))) {
    // "the machine, Vela, failed": set off by commas on both sides, or none.
    const comma = /,/.test(gap(before, first));
    if (!comma || !after || /^\s*[,.;)]/.test(last.post)) return true;
  }
  // "a moonlet called Vela", "the device known as the Vela".
  let k = at - 1;
  if (sentence[k]?.norm === "the") k--;
  const verb = sentence[k];
  const known = verb?.norm === "as" && sentence[k - 1]?.norm === "known";
  if (verb && (/^(?:called|named|dubbed)$/.test(verb.norm) || known))
    for (let j = k - (known ? 2 : 1); j >= 0 && j >= k - 4; j--)
      if (thingNoun(sentence[j])) return true;
  // "the firm's Vela devices", "Acme Vela 3 rockets": an owner, the thing's name, its noun.
  const close = numbered === 0 || /^\s+$/.test(gap(last, sentence[end + 1] as Token));
  if (
    !after ||
    !thingNoun(after) ||
    !close ||
    /\S/.test(gap(sentence[end + numbered] as Token, after))
  )
    return false;
  // "the agency's KITE probe": initials may be the body's own name for its craft.
  if (/^\p{Lu}+$/u.test(first.text)) return false;
  // "a Kestrel 9 rocket": a model's number says the name is the thing's, owner or not.
  if (numbered === 1 || /\d$/.test(last.text)) return true;
  if (!before || /\S/.test(gap(before, first))) return false;
  return (
    /['’‘]s$/.test(before.text) ||
    (/^\p{Lu}/u.test(before.text) && !before.sentenceStart && !STOP_WORDS.has(before.norm))
  );
}

const regionCache = new Map<string, boolean>();

/**
 * A state, a province or a country written after a city and a comma: "Maryland", "Md.", "MD",
 * "Ohio", "France" (by the word alone, whatever the sentence made the tagger take it for).
 */
export function namesAState(token: Token | undefined): boolean {
  if (!token || !/^\p{Lu}/u.test(token.text) || /['’‘]s$/.test(token.text)) return false;
  const word = token.text.replace(/\.$/, "");
  if (/^\p{Lu}{2}$/u.test(word)) return STATE_CODES.has(word.toLowerCase());
  if (US_STATES.has(word.toLowerCase())) return true;
  const known = regionCache.get(word);
  if (known !== undefined) return known;
  const region = tagged(word).has("(#Region|#Country)");
  if (regionCache.size >= 20_000) regionCache.clear();
  regionCache.set(word, region);
  return region;
}

/**
 * Two names joined by a hyphen into a modifier ("the Ashby-Brill match", "Vela-Orlo talks"):
 * each part is a name the outlet gives on its own, or a place. "Rolls-Royce" is one name.
 */
export function joinsTwoNames(text: string, named: (word: string) => boolean): boolean {
  const parts = text.split(/[-‐–]/);
  if (parts.length !== 2 || !parts.every((part) => /^\p{Lu}[\p{L}.]+$/u.test(part))) return false;
  return parts.every((part) => named(part.toLowerCase()) || isPlaceWord(part));
}
