/**
 * A file saved under its story's slug can open on a word that a site's name never is alone: the
 * story's place ("harbinia-ferry-fares-rise-…" over a page about Harbinia) or a word that is no
 * noun ("sudden-rise-in-fares-…"). Read as an outlet, such a word makes one up.
 */
import { nameSenses } from "../text/name-senses.js";
import { isEnglishWord } from "./english-words.js";
import { MASTHEAD_WORDS } from "./masthead-words.js";

/**
 * Whether a name read from a file name (`tokens`, the words it was read from) is the story's
 * opening word rather than a site's: no masthead word among them, and the first is a place the
 * dictionary writes as a name and the page uses (`pageWords`), or the name is one word the
 * dictionary knows only as another part of speech than a noun ("verbal", "sudden").
 */
export function opensOnStoryWord(
  tokens: readonly string[],
  pageWords: ReadonlySet<string>,
): boolean {
  const first = tokens[0] ?? "";
  if (first === "" || tokens.some((token) => MASTHEAD_WORDS.has(token))) return false;
  const senses = nameSenses(first);
  if (pageWords.has(first) && senses.some((sense) => sense.class === "place" && sense.proper))
    return true;
  return tokens.length === 1 && first.length >= 3 && isEnglishWord(first) && senses.length === 0;
}
