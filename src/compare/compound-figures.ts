import { FIGURE_QUALIFIERS, NUMBER_WORDS, UNIT_WORDS } from "./figure-cues.js";
import { hasTag, type Token } from "./passage-reading.js";
import { stemWord } from "./word-forms.js";

/**
 * Figures written as one hyphenated word before a noun: "a three-year ban", "the 10-day
 * saga", "a 3-judge panel", "the nine-time champion", "a 20-foot wall", and ages ("the
 * 34-year-old", "Smith, 34, said"). General English only.
 */

/** What a compound figure says, for figure-reading to make a figure of. */
export interface CompoundRead {
  readonly value: number;
  /** The counted group ("ban:year", "judg", "time:grand:slam", "age:old"). */
  readonly counted: string;
  /** What is counted, in a reader's words: "ban (years)", "judges", "age". */
  readonly what: string;
  /** Index of the figure's last token (the head noun, when there is one). */
  readonly last: number;
}

/** The counted group of an age: "how old", "what age" ask for it. */
export const AGE_COUNTED = "age:old";

const TIME_PARTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    second: "seconds",
    minute: "minutes",
    hour: "hours",
    day: "days",
    week: "weeks",
    month: "months",
    year: "years",
    decade: "decades",
    century: "centuries",
  }),
);

/** Second halves that make no count of the first: "one-off", "30-odd", "two-thirds". */
const NOT_COUNTED = new Set(
  "odd off plus fold something thirds third quarters quarter halves sided way on".split(" "),
);

/** Dimensions said after a measure's unit in a compound: "520-foot-long", "30-metre-high". */
const DIMENSIONS: ReadonlySet<string> = new Set("long wide tall high deep thick across".split(" "));

/** A unit of measure, in the singular a compound spells it: "foot", "metre", "mile". */
function isUnit(word: string): boolean {
  return UNIT_WORDS.has(word) || UNIT_WORDS.has(`${word}s`);
}

/** A number word or digits alone: the leading part of a compound. */
function numberPart(part: string): number | null {
  if (/^\d{1,6}(?:\.\d+)?$/.test(part)) return Number(part);
  // "a 1,260-pound probe": digits grouped by thousands commas.
  if (/^\d{1,3}(?:,\d{3})+$/.test(part)) return Number(part.replace(/,/g, ""));
  return NUMBER_WORDS[part] ?? null;
}

/** The leading number of a hyphenated word and its other parts: "twenty-five-year-old" is 25, [year, old]. */
function splitCompound(text: string): { value: number; rest: string[] } | null {
  const parts = text
    .toLowerCase()
    .replace(/['’]s$/, "")
    .split(/[-‐‑]/);
  if (parts.length < 2) return null;
  let value = 0;
  let n = 0;
  while (n < parts.length - 1) {
    const part = numberPart(parts[n] ?? "");
    if (part === null) break;
    // "twenty-five": tens then units, in words only.
    if (n > 0 && (/\d/.test(parts[n] ?? "") || value % 10 !== 0 || part >= 10)) break;
    value += part;
    n++;
  }
  if (n === 0) return null;
  return { value, rest: parts.slice(n) };
}

/** How many words a conversion in brackets after a compound may hold: "(570-kilogram)". */
const CONVERSION_REACH = 3;

/**
 * "a 1,260-pound (570-kilogram) probe": the last token of a measure's conversion in brackets
 * right after the compound at i, whose noun comes after it; else i.
 */
function pastConversion(tokens: readonly Token[], i: number): number {
  const open = tokens[i + 1];
  if (!open || !/\($/.test(`${tokens[i]?.post ?? ""}${open.pre}`.trim())) return i;
  for (let m = i + 1; m < tokens.length && m <= i + CONVERSION_REACH; m++) {
    const token = tokens[m];
    if (!token || (m > i + 1 && /[,;:(]/.test(`${tokens[m - 1]?.post}${token.pre}`))) return i;
    if (!/\d/.test(token.text) && m === i + 1) return i;
    if (/^\)\s*$/.test(token.post)) return m;
  }
  return i;
}

/** The noun a compound figure stands before, with the names between ("nine-time Open winner"). */
function headAfter(
  tokens: readonly Token[],
  i: number,
): { head: Token; last: number; names: Token[] } | null {
  let head: { head: Token; last: number; names: Token[] } | null = null;
  const names: Token[] = [];
  const from = pastConversion(tokens, i);
  for (let m = from + 1; m < tokens.length && m <= from + 4; m++) {
    const token = tokens[m];
    const before = tokens[m - 1];
    if (
      !token ||
      !before ||
      /[,;:()—–]/.test(
        `${m === from + 1 && from > i ? before.post.replace(/^\)/, "") : before.post}${token.pre}`,
      )
    )
      break;
    // "a three-year contract": right after the figure, a word the tagger took for a verb is
    // the noun it describes.
    const verbAsNoun =
      m === from + 1 &&
      hasTag(token, "Infinitive", "PresentTense") &&
      !hasTag(token, "Auxiliary", "Modal", "Gerund", "PastTense", "Copula") &&
      /^\p{Ll}+$/u.test(token.text);
    if (
      !verbAsNoun &&
      hasTag(token, "Verb", "Preposition", "Conjunction", "Determiner", "Pronoun", "Adverb") &&
      !hasTag(token, "Noun")
    )
      break;
    if (!verbAsNoun && !hasTag(token, "Noun", "Adjective", "ProperNoun", "Plural")) break;
    if (hasTag(token, "ProperNoun") && /^\p{Lu}/u.test(token.text)) names.push(token);
    if ((verbAsNoun || hasTag(token, "Noun", "Plural")) && !/^\p{Lu}/u.test(token.text))
      head = { head: token, last: m, names: [...names] };
    // The head ends the phrase once it is said ("a three-year ban on …").
    if (head && !hasTag(tokens[m + 1], "Noun")) break;
  }
  // "the nine-time Coastline Open champion", "the 20-time Harbour Cup Champion": a capitalised
  // title after the names is the head.
  if (!head && names.length > 0) {
    const lastName = names[names.length - 1];
    if (lastName)
      return { head: lastName, last: tokens.indexOf(lastName), names: names.slice(0, -1) };
  }
  return head;
}

/**
 * The figure a hyphenated compound at token i says, or null: an age ("34-year-old"), a length
 * of something ("three-year ban"), a number of times ("nine-time winner": what of, by the names
 * between), a measure ("20-foot wall") or a count ("3-judge panel").
 */
export function compoundFigure(tokens: readonly Token[], i: number): CompoundRead | null {
  const token = tokens[i];
  if (!token || !/[-‐‑]/.test(token.text)) return null;
  const split = splitCompound(token.text);
  if (!split) return null;
  const { value } = split;
  // "a 520-foot-long rock", "a 30-metre-high wall", "a two-year-long wait": a measure with its
  // dimension said.
  const [first = "", second = ""] = split.rest;
  const dimension =
    split.rest.length === 2 &&
    ((DIMENSIONS.has(second) && isUnit(first)) || (second === "long" && TIME_PARTS.has(first)));
  const rest = dimension ? [first] : split.rest;
  // "Forty-one people": a number written in words, no compound (figure-reading reads it whole).
  if (rest.every((part) => NUMBER_WORDS[part] !== undefined)) return null;
  const [unit = "", more] = rest;
  if (/^years?$/.test(unit) && more === "old" && rest.length === 2)
    return ageCompound(tokens, i, value);
  const time = TIME_PARTS.get(unit);
  // "a three-year-ban": the head written into the compound.
  if (time && rest.length === 2 && more && /^\p{L}{3,}$/u.test(more) && more !== "old" && value > 1)
    return {
      value,
      counted: `${stemWord(more)}:${stemWord(unit)}`,
      what: `${more} (${time})`,
      last: i,
    };
  // "one-time" (former), "one-off": no count of one.
  if (rest.length !== 1 || value <= 1 || NOT_COUNTED.has(unit) || !/^\p{L}+$/u.test(unit))
    return null;
  const after = headAfter(tokens, i);
  if (time) {
    if (!after) return null;
    const head = after.head.norm;
    return {
      value,
      counted: `${stemWord(head)}:${stemWord(unit)}`,
      what: `${head} (${time})`,
      last: after.last,
    };
  }
  if (unit === "time") {
    if (!after) return null;
    const names = after.names.map((name) => name.text);
    const of =
      names.length > 0
        ? after.names.map((name) => stemWord(name.norm))
        : [stemWord(after.head.norm)];
    return {
      value,
      counted: `time:${of.join(":")}`,
      what: `${[...names, after.head.text.toLowerCase()].join(" ")} (times)`,
      last: after.last,
    };
  }
  if (isUnit(unit)) {
    if (!after) return null;
    return {
      value,
      counted: `${stemWord(after.head.norm)}:${stemWord(unit)}`,
      what: `${after.head.norm} (${unitLabel(unit)})`,
      last: after.last,
    };
  }
  // "a 3-judge panel": the judges are counted; a compound before no noun is no count.
  if (!after || FIGURE_QUALIFIERS.includes(unit)) return null;
  return { value, counted: stemWord(unit), what: plural(unit), last: i };
}

/**
 * "the 34-year-old" (a person's age), "the 360-year-old crown", "a 50-year-old bridge": the age
 * of a thing is that thing's (counted with its head noun: "age:old:crown"), so it lines up with
 * the same thing's age in other outlets, never with the ages of the people in the story.
 */
function ageCompound(tokens: readonly Token[], i: number, value: number): CompoundRead | null {
  if (value <= 0) return null;
  const token = tokens[i];
  const after = headAfter(tokens, i);
  const head = after?.head;
  // Past a lifetime it is a thing's; else a thing's only by a common noun that is no person's
  // ("the 34-year-old Serbian", "the 34-year-old Smith" are people).
  const person =
    head === undefined ||
    (value < 130 &&
      (hasTag(token, "Actor", "Person") ||
        hasTag(head, "Actor", "Person", "Demonym", "ProperNoun", "Verb", "Gerund") ||
        !hasTag(head, "Noun") ||
        /['’]s$/.test(token?.text ?? "") ||
        // "the 34-year-old fail with …", "the 34-year-old playing at": a verb the tagger took
        // for a noun leaves the compound itself the person.
        /ing$/.test(head.norm) ||
        hasTag(tokens[(after?.last ?? i) + 1], "Preposition", "Determiner", "Pronoun") ||
        !/^\p{Ll}/u.test(head.text)));
  if (person) return value < 130 ? { value, counted: AGE_COUNTED, what: "age", last: i } : null;
  return {
    value,
    counted: `${AGE_COUNTED}:${stemWord(head.norm.replace(/['’]s$/, ""))}`,
    what: `age of ${head.text.toLowerCase()} (years)`,
    last: after?.last ?? i,
  };
}

/** A unit as a reader reads a measure: "feet", "miles", "mph". */
function unitLabel(unit: string): string {
  if (unit === "foot") return "feet";
  if (unit === "inch") return "inches";
  return UNIT_WORDS.has(`${unit}s`) ? `${unit}s` : unit;
}

function plural(word: string): string {
  if (/(?:s|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * An age set off by commas after a name: "Smith, 34, said", "Ana Lopez, 71." Returns the age,
 * else null.
 */
export function ageAfterName(tokens: readonly Token[], i: number): number | null {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!token || !previous || !/^\d{1,3}$/.test(token.text)) return null;
  const value = Number(token.text);
  if (value < 1 || value >= 130) return null;
  if (!hasTag(previous, "ProperNoun", "Person") || !/^\p{Lu}/u.test(previous.text)) return null;
  if (previous.post.trim() !== "," || token.pre.trim() !== "") return null;
  return /^[,.]/.test(token.post.trim()) ? value : null;
}
