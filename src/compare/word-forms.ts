import { stemmer } from "stemmer";
import { keptReadings } from "../text/kept-readings.js";
import { wordTable } from "../text/word-table.js";

/**
 * Word forms for comparing outlets' wording: differences that change nothing (case, U.S./US,
 * curly or straight apostrophes, thousands separators, number words) are folded away.
 */

/** A word of running text, where it stands, and its folded form. */
export interface Word {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’.\-‐][\p{L}\p{N}]+)*(?:(?<=\b\p{L})\.)?/gu;

/** The number words a reporter writes out; folded to digits so "seven" matches "7". */
const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  thirteen: "13",
  fourteen: "14",
  fifteen: "15",
  sixteen: "16",
  seventeen: "17",
  eighteen: "18",
  nineteen: "19",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  sixty: "60",
  seventy: "70",
  eighty: "80",
  ninety: "90",
  hundred: "100",
  thousand: "1000",
  million: "1000000",
});

const LETTERS_ONLY = /^[a-z]+$/;

/** Folds a word: lower case, straight apostrophe, no dots (U.S. = US), no thousands separators. */
export function foldWord(word: string): string {
  // The same words come back in every passage read: each is folded once, up to FOLDED_KEPT.
  return foldedWord(word);
}

const FOLDED_KEPT = 50_000;
const foldedWord = keptReadings(FOLDED_KEPT, (word) => foldFresh(word));

function foldFresh(word: string): string {
  const cased = word.toLowerCase();
  // Plain lower-case letters: nothing to fold but a number word.
  if (LETTERS_ONLY.test(cased)) return NUMBER_WORDS[cased] ?? cased;
  const lower = cased.replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, "-");
  if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(lower)) return lower.replace(/,/g, "");
  const bare = lower.replace(/\./g, "");
  return NUMBER_WORDS[bare] ?? bare;
}

/** The words of a text with their positions, in reading order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    words.push({ text: match[0], norm: foldWord(match[0]), start, end: start + match[0].length });
  }
  return words;
}

/**
 * The words of a text (as wordsOf reads them), read once and kept: a comparison reads the same
 * passage for its changed quotes, its facts and its copy, and the next question often again.
 */
export function textWords(text: string): readonly Word[] {
  return wordsByText(text);
}

const TEXT_WORDS_KEPT = 4000;
const wordsByText = keptReadings<readonly Word[]>(TEXT_WORDS_KEPT, (text) => wordsOf(text));

/** A word as a reader should see it in a list: without a sentence's closing dot. */
export function displayWord(word: string): string {
  return /^\p{L}\.$|\.\p{L}\.$/u.test(word) ? word : word.replace(/\.$/, "");
}

/** A crude stem for matching what a number counts: "rockets" ~ "rocket". */
export function stemWord(norm: string): string {
  if (norm.length > 4 && norm.endsWith("ies")) return `${norm.slice(0, -3)}y`;
  if (norm.length > 3 && norm.endsWith("es") && /(?:ss|sh|ch|x)es$/.test(norm))
    return norm.slice(0, -2);
  if (norm.length > 3 && norm.endsWith("s") && !norm.endsWith("ss")) return norm.slice(0, -1);
  return norm;
}

/** The folded text of a phrase, for "does the other outlet say this too". */
export function foldPhrase(text: string): string {
  // A passage's text is folded again for every question that compares it: kept once folded.
  return text.length < FOLD_KEPT_FROM ? foldWords(text) : foldedText(text);
}

/** Texts at least this long are kept folded, up to FOLD_KEPT of them. */
const FOLD_KEPT_FROM = 80;
const FOLD_KEPT = 4000;
const foldedText = keptReadings(FOLD_KEPT, (text) => foldWords(text));

function foldWords(text: string): string {
  return (text.length < FOLD_KEPT_FROM ? wordsOf(text) : textWords(text))
    .map((word) => word.norm)
    .join(" ");
}

const stems = keptReadings(50_000, (norm) => stemmer(norm));

/** The Porter stem of a folded word (the stemmer package's), kept once read. */
export function stemOf(norm: string): string {
  return stems(norm);
}
