import { wordTable } from "../text/word-table.js";
import { NUMBER_WORDS } from "./figure-cues.js";
import { hasTag, type Token } from "./passage-reading.js";
import { stemWord } from "./word-forms.js";

/**
 * Ranks: an ordinal before a superlative ("the nation's 16th busiest port", "the third-largest
 * economy", "the second most visited site") is a figure of its own: the place in that ranking.
 * Outlets' ranks line up by the superlative's base word ("busiest" and "busy"). A place among
 * those to do a thing ("the fourth country to land there") is a rank by the noun counted.
 */

/** What a rank says: its place, what it ranks by, and its last token. */
export interface RankRead {
  readonly value: number;
  /** "rank:busi": ranked by the stem of the superlative's base. */
  readonly counted: string;
  /** "rank (busiest)". */
  readonly what: string;
  readonly last: number;
}

/** Ordinal words up to twentieth; larger ranks are written in digits. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
});

const DIGIT_ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/;

/** The place an ordinal word says ("16th", "third", "twenty-first"), else null. */
export function ordinalValue(word: string): number | null {
  const digits = DIGIT_ORDINAL.exec(word);
  if (digits?.[1]) return Number(digits[1]);
  const known = ORDINAL_WORDS[word];
  if (known !== undefined) return known;
  // "twenty-first": tens in words, then an ordinal.
  const [tens = "", unit = ""] = word.split(/[-‐]/);
  const ten = NUMBER_WORDS[tens];
  const one = ORDINAL_WORDS[unit];
  return ten !== undefined && ten % 10 === 0 && ten >= 20 && one !== undefined && one < 10
    ? ten + one
    : null;
}

/** A superlative's base word: "busiest" → "busy", "largest" → "large", "biggest" → "big". */
export function superlativeBase(word: string): string {
  if (word.endsWith("iest") && word.length > 5) return `${word.slice(0, -4)}y`;
  if (!word.endsWith("est") || word.length < 6) return word;
  const stem = word.slice(0, -3);
  // "biggest": a doubled last consonant undone.
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

function isSuperlative(token: Token | undefined): boolean {
  if (!token) return false;
  return (
    hasTag(token, "Superlative") ||
    (/^\p{Ll}{3,}est$/u.test(token.text) && hasTag(token, "Adjective"))
  );
}

/**
 * The rank an ordinal at token i starts, or null: "16th busiest", "third-largest" (one
 * hyphenated word), "second most visited".
 */
export function rankFigure(tokens: readonly Token[], i: number): RankRead | null {
  const token = tokens[i];
  if (!token) return null;
  const [head = "", ...tail] = token.norm.split(/[-‐]/);
  // "third-largest", "16th-busiest": the ranking said in the same word.
  if (tail.length === 1 && /est$/.test(tail[0] ?? "")) {
    const value = ordinalValue(head);
    const by = tail[0] ?? "";
    return value === null ? null : rankOf(value, by, i);
  }
  const value = ordinalValue(token.norm);
  if (value === null || !hasTag(token, "Ordinal", "Value")) return null;
  const next = tokens[i + 1];
  if (!next || /[,;:()—–]/.test(`${token.post}${next.pre}`)) return null;
  if (isSuperlative(next)) return rankOf(value, next.norm, i + 1);
  // "the second most visited": the ranking is the word after "most".
  const after = tokens[i + 2];
  if (/^(?:most|least)$/.test(next.norm) && after && hasTag(after, "Adjective", "Verb"))
    return {
      value,
      counted: `rank:${next.norm}:${stemWord(after.norm)}`,
      what: `rank (${next.norm} ${after.norm})`,
      last: i + 2,
    };
  return firstToDo(tokens, i, value);
}

/** Nouns whose ordinal tells when, not a rank: "the first time to", "the second day to". */
const NOT_RANKED: ReadonlySet<string> = new Set(
  "time times day days week weeks month months year years round rounds half quarter place step attempt try chance".split(
    " ",
  ),
);

/**
 * "the fourth country to land", "the third woman to win it", "the second Asian nation to":
 * the place among those to do a thing, ranked by the noun counted.
 */
function firstToDo(tokens: readonly Token[], i: number, value: number): RankRead | null {
  let n = i + 1;
  // "the second Asian nation": a word or two describing the noun.
  while (n < i + 3 && hasTag(tokens[n], "Adjective") && !hasTag(tokens[n], "Noun")) n++;
  const noun = tokens[n];
  const to = tokens[n + 1];
  // "the fourth nation to successfully land": an adverb before the verb.
  const v = hasTag(tokens[n + 2], "Adverb") ? n + 3 : n + 2;
  const verb = tokens[v];
  if (
    !noun ||
    !hasTag(noun, "Noun") ||
    hasTag(noun, "Pronoun", "Value", "ProperNoun") ||
    NOT_RANKED.has(noun.norm) ||
    to?.norm !== "to" ||
    !verb ||
    !hasTag(verb, "Verb") ||
    tokens
      .slice(i, n + 3)
      .some((t, k) => k > 0 && /[,;:()—–]/.test(`${tokens[i + k - 1]?.post}${t.pre}`))
  )
    return null;
  return {
    value,
    counted: `rank:${stemWord(noun.norm)}`,
    what: `rank (${noun.norm} to ${verb.norm})`,
    last: n,
  };
}

function rankOf(value: number, superlative: string, last: number): RankRead {
  return {
    value,
    counted: `rank:${stemWord(superlativeBase(superlative))}`,
    what: `rank (${superlative})`,
    last,
  };
}
