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

let current: EnglishWords = NO_WORDS;
const memo = new Map<string, boolean>();

/** Makes `words` the dictionary that run-together names are read with. */
export function useEnglishWords(words: EnglishWords): void {
  current = words;
  memo.clear();
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
