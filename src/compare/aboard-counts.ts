import type { Token } from "./passage-reading.js";

/**
 * People counted where they were: aboard a craft ("five people on board", "the 12 crew aboard",
 * "a boat carrying 40 migrants"). A count of those aboard is set beside the others' counts of
 * those aboard, whatever noun each outlet uses for them ("passengers", "crew", "individuals").
 * General English only.
 */

/** The outcome a count of people aboard is aligned on. */
export const ABOARD = "aboard";

/** Nouns for people who may be aboard a craft. */
const ABOARD_NOUNS: ReadonlySet<string> = new Set(
  "people person persons individuals crew crews passengers passenger occupants travellers travelers tourists migrants".split(
    " ",
  ),
);

/** Words after the counted noun that put them aboard. */
const ABOARD_WORDS: ReadonlySet<string> = new Set(["aboard", "onboard"]);

/** Verbs before the number whose craft holds the people counted: "carrying five passengers". */
const CARRYING_VERBS: ReadonlySet<string> = new Set("carrying carried carries carry".split(" "));

/**
 * Whether the people `counted` are told as aboard: "aboard", "onboard" or "on board" at `after`
 * (the word after the noun, past "were", "are"), or a verb of carrying at `back` (the word
 * before the number). A number with no noun is of people when "aboard" or "on board" says so:
 * "all 40 on board", "the nine aboard". `joined(a, b)`: no clause break between the two tokens.
 */
export function toldAboard(
  tokens: readonly Token[],
  counted: Token | undefined,
  after: number,
  back: number,
  joined: (a: Token | undefined, b: Token | undefined) => boolean,
): boolean {
  if (counted ? !ABOARD_NOUNS.has(counted.norm) : !placedAboard(tokens, after, joined))
    return false;
  if (placedAboard(tokens, after, joined)) return true;
  const verb = tokens[back];
  return verb !== undefined && CARRYING_VERBS.has(verb.norm) && joined(verb, tokens[back + 1]);
}

/** "aboard", "onboard" or "on board" at `at`, joined to the word before it. */
function placedAboard(
  tokens: readonly Token[],
  at: number,
  joined: (a: Token | undefined, b: Token | undefined) => boolean,
): boolean {
  const word = tokens[at];
  if (!word || !joined(tokens[at - 1], word)) return false;
  if (ABOARD_WORDS.has(word.norm)) return true;
  return word.norm === "on" && tokens[at + 1]?.norm === "board" && joined(word, tokens[at + 1]);
}

/** A question asks for those aboard: "how many people were on board", "how many were aboard". */
export function asksAboard(norms: readonly string[]): boolean {
  return norms.some(
    (norm, n) => ABOARD_WORDS.has(norm) || (norm === "board" && norms[n - 1] === "on"),
  );
}
