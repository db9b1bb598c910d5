/**
 * An outlet's name as its own page spells it. A name read from a file name or a web address is
 * only letters ("harborandhilltimes"); the page usually writes it somewhere, in a copyright line,
 * a title suffix, "Follow … on", a masthead, "… 's reporter": any run of capitalised words whose
 * letters are the name's. That run is taken as the page writes it, with its "&", its capitals and
 * its spaces. Pure: no dictionary, no I/O.
 */
import { isEnglishWord } from "./english-words.js";
import { LETTER_NAMES, NAME_WORDS } from "./masthead-words.js";
import { nameKey } from "./outlet-names.js";

/** How far the search goes: words in one name, and units of a page looked at. */
export const PageSpellingConfig = Object.freeze({
  /** Words a name may have (connectors such as "of" and "&" included). */
  maxWords: 7,
  /** Letters below which a name is too short to be told apart by its letters. */
  minLetters: 4,
  /** Longest unit read (a long paragraph names its outlet in its first sentences, if at all). */
  maxUnitChars: 4000,
});

/** Little words a name may hold between its capitalised words ("Voice of the Valley"). */
const CONNECTORS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "and",
  "&",
  "in",
  "on",
  "for",
  "de",
  "la",
  "del",
  "du",
  "al",
  "el",
]);

/** Punctuation a word may carry at its ends inside a run of a name. */
const LEADING = /^[("“‘'[]+/u;
const TRAILING = /[)"”’'\].,;:!?]+$/u;

/** The letters a run is compared by, "&" read as nothing or as "and". */
function runKeys(words: readonly string[]): [string, string] {
  let bare = "";
  let spelled = "";
  for (const word of words) {
    if (word === "&") {
      spelled += "and";
      continue;
    }
    const key = nameKey(word);
    bare += key;
    spelled += key;
  }
  return [bare, spelled];
}

/** True when a word may open or close a name: a capital or a digit first ("NationalWorld", "9News"). */
function isNameWord(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word) && /[\p{L}\p{N}]/u.test(word);
}

/** One word of a unit with its quotes and marks taken off, and whether a mark ended it. */
function wordsOf(unit: string): Array<{ word: string; closed: boolean }> {
  // "Harbor &amp; Hill": a page's ampersand left written as HTML.
  return unit
    .replace(/&amp;/g, "&")
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => {
      const trimmed = raw.replace(LEADING, "");
      const word = trimmed
        .replace(TRAILING, "")
        .replace(/[’']s$/u, "")
        .replace(TRAILING, "");
      return { word, closed: word !== trimmed || /[’']s$/u.test(trimmed) };
    })
    .filter((entry) => entry.word !== "");
}

/** How the page writes the run: its words as they stand. */
interface Spelling {
  readonly text: string;
  count: number;
  readonly order: number;
}

/**
 * The page's own spelling of a name given by its letters (`wanted`, as `nameKey` gives them): the
 * run of capitalised words (with "&", "of", "the" … between them) whose letters are the name's (a
 * name read with "the" first, "theharbortimes", is also found as "Harbor Times" and given its
 * "The"). Of several spellings, one with small letters beats one in capitals, then
 * the one the page writes most often, then the first. Null when the page never writes it.
 */
export function spellingOnPage(wanted: string, units: readonly string[]): string | null {
  if (wanted.length < PageSpellingConfig.minLetters) return null;
  const own = spellingsOf(wanted, units);
  if (own) return own;
  const bare = wanted.startsWith("the") ? wanted.slice(3) : "";
  const withoutThe = bare.length >= PageSpellingConfig.minLetters ? spellingsOf(bare, units) : null;
  return withoutThe ? `The ${withoutThe}` : null;
}

function spellingsOf(wanted: string, units: readonly string[]): string | null {
  const targets = [wanted];
  const found = new Map<string, Spelling>();
  for (const unit of units) {
    const text =
      unit.length > PageSpellingConfig.maxUnitChars
        ? unit.slice(0, PageSpellingConfig.maxUnitChars)
        : unit;
    // A cheap test first: most units never hold the name's first letters.
    if (!text.toLowerCase().includes(wanted.slice(0, 3))) continue;
    collectRuns(wordsOf(text), targets, found);
  }
  let best: Spelling | null = null;
  for (const spelling of found.values()) {
    if (!best || ranksAbove(spelling, best)) best = spelling;
  }
  return best ? readerCase(best.text) : null;
}

function ranksAbove(a: Spelling, b: Spelling): boolean {
  const small = (s: Spelling) => (/\p{Ll}/u.test(s.text) ? 1 : 0);
  if (small(a) !== small(b)) return small(a) > small(b);
  if (a.count !== b.count) return a.count > b.count;
  return a.order < b.order;
}

function collectRuns(
  words: ReadonlyArray<{ word: string; closed: boolean }>,
  targets: readonly string[],
  found: Map<string, Spelling>,
): void {
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first || !isNameWord(first.word)) continue;
    const run: string[] = [];
    for (let j = i; j < Math.min(words.length, i + PageSpellingConfig.maxWords); j++) {
      const entry = words[j];
      if (!entry) break;
      const lower = entry.word.toLowerCase();
      if (j > i && !isNameWord(entry.word) && !CONNECTORS.has(lower)) break;
      run.push(entry.word);
      const keys = runKeys(run);
      const last = entry.word;
      if (isNameWord(last) && keys.some((key) => targets.includes(key))) {
        const text = run.join(" ");
        const seen = found.get(text) ?? { text, count: 0, order: found.size };
        seen.count++;
        found.set(text, seen);
      }
      if (!keys.some((key) => targets.some((target) => target.startsWith(key)))) break;
      // A comma, a full stop or a closing quote ends the run: "Harbor, Hill Times" names two things.
      if (entry.closed) break;
    }
  }
}

/**
 * A name in capitals ("HARBOR & HILL NEWS") as a reader writes it ("Harbor & Hill News"): a
 * word stays in capitals when it reads as letters (no vowel, "KXYZ"; or short and no word, "ABC").
 */
export function readerCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .split(" ")
    .map((word) =>
      // "KXYZ-TV": a station's call letters and its medium are letters, each side of the hyphen.
      /^[KW][A-Z]{2,3}-(?:TV|FM|AM|DT|LP|CD)$/.test(word) ? word : readerWord(word),
    )
    .join(" ");
}

/** One word of a name in capitals, as a reader writes it. */
function readerWord(word: string): string {
  const lower = word.toLowerCase();
  const letters =
    !/[aeiouy]/.test(lower) ||
    (lower.length <= 3 && !NAME_WORDS.has(lower) && !isEnglishWord(lower)) ||
    (lower.length <= 4 && LETTER_NAMES.has(lower));
  // "KXYZ": a station's call letters, no word a reader knows ("WIRE", "KING" are read as words).
  const callLetters =
    /^[KW][A-Z]{2,3}$/.test(word) && !NAME_WORDS.has(lower) && !isEnglishWord(lower);
  return letters || callLetters || !/^\p{L}/u.test(word) ? word : word.charAt(0) + lower.slice(1);
}
