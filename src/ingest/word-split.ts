/**
 * A run-together name read wholly as words by dynamic programming over the words a reader knows
 * ("harborhillnews" → harbor hill news): the name words of mastheads, places and little words,
 * and the English words of the dictionary in use (WordNet, handed in by src/newsroom). Fewer
 * words win, common ones before rare ones, then more masthead letters, then longer words. Pure.
 */
import { wordTable } from "../text/word-table.js";
import { isEnglishWord, wordCommonness } from "./english-words.js";
import { MASTHEAD_WORDS, NAME_WORDS, PLACE_NAME_WORDS } from "./masthead-words.js";

/** What each kind of piece costs: a reading costs the sum of its pieces. */
export const WordSplitConfig = Object.freeze({
  word: 1,
  /** A little word of two letters between two words ("on", "in"): one more word, a little dearer. */
  littleWord: 1.25,
  /** Letters opening the name, no word ("aps" + radio news): an abbreviation, dearer than a word. */
  openingLetters: 2,
  /** The longest abbreviation read so. */
  maxOpeningLetters: 3,
  /**
   * Dictionary words are read from four letters: its short words, rare ("wen", "ham") or common
   * ("web", "arm"), cut brand names apart ("ghanaweb", "armradio").
   */
  minDictionaryLetters: 4,
  /** What a rare word costs more than a common one: `rareWord / (1 + commonness)`. */
  rareWord: 0.3,
  /** How common a name word (a masthead's, a place's) counts at least. */
  nameWordCommonness: 5,
  /** What a masthead word costs less: "times now", not "time snow". */
  mastheadWord: 0.05,
});

/** Little words of two letters a name holds between its words ("What's On in …", "Made in …"). */
const LITTLE_WORDS: ReadonlySet<string> = new Set(["of", "on", "in", "at", "to", "by", "my", "up"]);

/** Words with an "'s" that a run-together name drops ("whats" → what's, "womens" → women's). */
export const APOSTROPHE_WORDS: Readonly<Record<string, string>> = wordTable({
  whats: "what's",
  thats: "that's",
  heres: "here's",
  theres: "there's",
  todays: "today's",
  womens: "women's",
  mens: "men's",
  childrens: "children's",
  peoples: "people's",
  worlds: "world's",
  nations: "nation's",
  americas: "america's",
});

/** One piece of a reading and what kind it is. */
export interface SplitPiece {
  readonly text: string;
  readonly kind: "word" | "letters" | "number";
}

interface Reading {
  readonly cost: number;
  readonly pieces: readonly SplitPiece[];
}

/** True when a piece is a word the reader knows, of three letters or more. */
function knownWord(piece: string, text: string, j: number): boolean {
  if (/^\d+$/.test(piece)) return !/\d/.test(text[j] ?? "");
  return (
    NAME_WORDS.has(piece) ||
    (piece.length >= 6 && isPluralOfNameWord(piece)) ||
    Object.hasOwn(APOSTROPHE_WORDS, piece) ||
    (piece.length >= WordSplitConfig.minDictionaryLetters && isEnglishWord(piece))
  );
}

/** How common a piece is: the dictionary's count, at least a name word's for the name words. */
function commonnessOf(piece: string): number {
  const counted = wordCommonness(piece);
  return NAME_WORDS.has(piece) ||
    isPluralOfNameWord(piece) ||
    Object.hasOwn(APOSTROPHE_WORDS, piece)
    ? Math.max(counted, WordSplitConfig.nameWordCommonness)
    : counted;
}

function isPluralOfNameWord(piece: string): boolean {
  return (
    (piece.endsWith("s") && NAME_WORDS.has(piece.slice(0, -1))) ||
    (piece.endsWith("es") && NAME_WORDS.has(piece.slice(0, -2)))
  );
}

/** How many letters of a reading are masthead words: "news now" holds more than "new snow". */
function mastheadLetters(pieces: readonly SplitPiece[]): number {
  return pieces.reduce((sum, p) => sum + (MASTHEAD_WORDS.has(p.text) ? p.text.length : 0), 0);
}

/** Longer words score higher: the sum of the squares of the pieces' lengths. */
function lengthScore(pieces: readonly SplitPiece[]): number {
  return pieces.reduce((sum, p) => sum + p.text.length * p.text.length, 0);
}

function better(a: Reading, b: Reading | null): boolean {
  if (!b) return true;
  if (a.cost !== b.cost) return a.cost < b.cost;
  const [ma, mb] = [mastheadLetters(a.pieces), mastheadLetters(b.pieces)];
  if (ma !== mb) return ma > mb;
  return lengthScore(a.pieces) > lengthScore(b.pieces);
}

/** text[i, j) as the next piece of a reading, with its kind; null if it cannot be one. */
function pieceOf(text: string, i: number, j: number): SplitPiece | null {
  const piece = text.slice(i, j);
  // A number of three digits or more reads as a piece ("…news247"); a shorter one stays on its word.
  if (/^\d+$/.test(piece))
    return piece.length >= 3 && knownWord(piece, text, j) ? { text: piece, kind: "number" } : null;
  if (/\d/.test(piece) || piece.length < 2) return null;
  if (piece.length >= 3 && knownWord(piece, text, j)) return { text: piece, kind: "word" };
  if (i > 0 && j < text.length && LITTLE_WORDS.has(piece)) return { text: piece, kind: "word" };
  const letters = piece.length >= 2 && piece.length <= WordSplitConfig.maxOpeningLetters;
  if (i === 0 && letters && j < text.length) return { text: piece, kind: "letters" };
  return null;
}

/** A country's name of five letters or more ("canada", not "oman" or "peru"): an edition's. */
function isCountryEdition(word: string): boolean {
  return word.length >= 5 && PLACE_NAME_WORDS.has(word) && !MASTHEAD_WORDS.has(word);
}

function costOf(piece: SplitPiece): number {
  if (piece.kind === "letters") return WordSplitConfig.openingLetters;
  if (piece.kind === "number") return WordSplitConfig.word;
  if (piece.text.length === 2) return WordSplitConfig.littleWord;
  const masthead = MASTHEAD_WORDS.has(piece.text) ? WordSplitConfig.mastheadWord : 0;
  return (
    WordSplitConfig.word + WordSplitConfig.rareWord / (1 + commonnessOf(piece.text)) - masthead
  );
}

/**
 * The name read wholly as known words (an abbreviation may open it: "apsradionews" → aps radio
 * news), fewest first; null when no reading of two pieces or more exists.
 */
export function wordReading(text: string): SplitPiece[] | null {
  const n = text.length;
  const best: Array<Reading | null> = Array(n + 1).fill(null);
  best[0] = { cost: 0, pieces: [] };
  for (let i = 0; i < n; i++) {
    const from = best[i];
    if (!from) continue;
    for (let j = i + 1; j <= n; j++) {
      const piece = pieceOf(text, i, j);
      if (!piece) continue;
      // Letters stand for a name before a masthead word ("aps" radio news, "nhk" world); before
      // another word ("ell" wood city, "lov" in malta) they are a word cut in two.
      // A country closing the name after them is a national edition ("xy" canada).
      if (
        from.pieces[0]?.kind === "letters" &&
        from.pieces.length === 1 &&
        !MASTHEAD_WORDS.has(piece.text) &&
        !(j === n && isCountryEdition(piece.text))
      )
        continue;
      const candidate = { cost: from.cost + costOf(piece), pieces: [...from.pieces, piece] };
      if (better(candidate, best[j] ?? null)) best[j] = candidate;
    }
  }
  const reading = best[n];
  if (!reading || reading.pieces.length < 2) return null;
  // Letters alone before one word ("ab" + "news") read no surer than the name whole.
  if (
    reading.pieces[0]?.kind === "letters" &&
    reading.pieces.length < 3 &&
    !isCountryEdition(reading.pieces[1]?.text ?? "")
  )
    return null;
  return [...reading.pieces];
}
