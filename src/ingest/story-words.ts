/**
 * A file saved under its story's slug opens on the headline's words ("watch-fans-gather-…" under
 * "WATCH: Fans gather …"): words the headline or the lede writes are the story's, not a site's name.
 */
import { isEnglishWord } from "./english-words.js";
import { MASTHEAD_WORDS } from "./masthead-words.js";

/** Little words a headline's phrase may carry ("how to watch"), which a site's name seldom does. */
const PHRASE_LITTLE_WORDS: ReadonlySet<string> = new Set(
  "a an the of on in at as to for from by with how what why when who is are".split(" "),
);

/** The headline's and the lede's words in order, and those they write in lower case (everyday words). */
export interface StoryWords {
  readonly words: readonly string[];
  readonly lowerCase: ReadonlySet<string>;
}

/** The words of the headline and the lede, folded as a file name folds them ("It’s" → "its"). */
export function storyWordsOf(texts: readonly (string | null | undefined)[]): StoryWords {
  const written = texts.flatMap((text) =>
    (text ?? "")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/['’]/g, "")
      .split(/[^A-Za-z0-9]+/)
      .filter((word) => word !== ""),
  );
  return {
    words: written.map((word) => word.toLowerCase()),
    lowerCase: new Set(written.filter((word) => /^[a-z]+$/.test(word))),
  };
}

/** Whether `run` occurs in `words` as consecutive words. */
function hasRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Where the story's words begin among a name read from a file name's first `taken` tokens: 0
 * when the name itself is the story's ("us-jury-finds-…" over "A US jury found …": the name's
 * words run on into the next token as the headline or lede writes them; or a lone everyday word
 * the story uses, "science-…"), an index inside the name when its last words are a headline's
 * phrase after a site's word ("grid-how-to-watch-…" under "… how to watch it": "grid"); null when
 * the name is not the story's.
 */
export function storyStartInName(
  tokens: readonly string[],
  taken: number,
  story: StoryWords,
): number | null {
  const words = story.words;
  if (taken < 1 || words.length === 0) return null;
  const first = tokens[0] ?? "";
  // An everyday word the story writes in lower case ("… the science is wrong"), not a name ("ABC News").
  if (
    taken === 1 &&
    tokens.length > 1 &&
    (isEnglishWord(first) || MASTHEAD_WORDS.has(first)) &&
    story.lowerCase.has(first)
  )
    return 0;
  for (let i = 0; i < taken; i++) {
    // The name's words from i on, with the token after the name, as the story writes them.
    if (taken < tokens.length && hasRun(words, tokens.slice(i, taken + 1))) return i;
    // Or its last words, a phrase of three words with a little word, after a site's own word.
    const tail = tokens.slice(i, taken);
    if (
      i > 0 &&
      tail.length >= 3 &&
      tail.some((token) => PHRASE_LITTLE_WORDS.has(token)) &&
      hasRun(words, tail)
    )
      return i;
  }
  return null;
}
