/**
 * The English words a reader knows, for reading run-together site names ("blurredculture" →
 * blurred culture). Pure: the dictionary is handed in by the side that reads files (WordNet, in
 * src/newsroom); without one, only the built-in name words are known.
 */

/** Tells whether a lower-case word (three letters or more) is an English word. */
export type EnglishWords = (word: string) => boolean;

const NO_WORDS: EnglishWords = () => false;

/** Words looked up, remembered (a file name asks for many pieces of itself). */
const MEMO_SIZE = 20_000;

/** How common a lower-case word is (0: rare or unknown); WordNet counts its senses met in its tagged corpus. */
export type WordCommonness = (word: string) => number;

let current: EnglishWords = NO_WORDS;
const NOT_COMMON: WordCommonness = () => 0;
let commonness: WordCommonness = NOT_COMMON;
/** How common each dictionary installed says its words are. */
const commonnessOfWords = new WeakMap<EnglishWords, WordCommonness>();
const memo = new Map<string, boolean>();
const commonMemo = new Map<string, number>();

/**
 * Makes `words` the dictionary that run-together names are read with, and `common` how common
 * its words are (without it, what was given with `words` before, else every word counts as rare).
 */
export function useEnglishWords(words: EnglishWords, common?: WordCommonness): void {
  if (common) commonnessOfWords.set(words, common);
  current = words;
  // A dictionary put back after a change ("useEnglishWords(before)") comes back with its commonness.
  commonness = common ?? commonnessOfWords.get(words) ?? NOT_COMMON;
  memo.clear();
  commonMemo.clear();
}

/** How common the dictionary in use says a word is (0 when it does not say, or fails). */
export function wordCommonness(word: string): number {
  if (!/^[a-z]+$/.test(word)) return 0;
  const known = commonMemo.get(word);
  if (known !== undefined) return known;
  let found = 0;
  try {
    found = commonness(word);
  } catch {
    found = 0;
  }
  if (commonMemo.size >= MEMO_SIZE) commonMemo.clear();
  commonMemo.set(word, found);
  return found;
}

/** The dictionary run-together names are read with now (to put it back after a change). */
export function englishWordsInUse(): EnglishWords {
  return current;
}

/** True when the dictionary in use knows the word; false for words under three letters. */
export function isEnglishWord(word: string): boolean {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return false;
  const known = memo.get(word);
  if (known !== undefined) return known;
  let found = false;
  try {
    found = current(word);
  } catch {
    // A dictionary that fails leaves names read with the built-in words only.
    found = false;
  }
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(word, found);
  return found;
}
