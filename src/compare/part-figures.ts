import { OUTCOMES } from "./figure-cues.js";
import { hasTag, type Token } from "./passage-reading.js";
import { stemWord } from "./word-forms.js";

/**
 * Counts of a part of something the sentence has already counted, told without its noun:
 * "about 50 cars, 11 of which carried fuel", "50 cars, including 10 carrying fuel", "120 people
 * were hurt, 12 of them seriously". The part counts the earlier count's noun, narrowed by what
 * the clause says of it ("cars … fuel"), so that outlets' parts line up apart from the whole.
 */

/** The earlier count of the sentence a part is taken from, as figure-reading read it. */
export interface WholeCount {
  readonly counted: string;
  readonly what: string;
  readonly value: number | string;
  readonly outcome: string | null;
}

/** What a part count says: its counted group, its words, its outcome and its last token. */
export interface PartRead {
  readonly counted: string;
  readonly what: string;
  readonly outcome: string | null;
  /** Index of the figure's last token. */
  readonly last: number;
}

/** Words after "N of" that point back to the earlier count: "11 of which", "12 of them". */
const BACK_POINTERS: ReadonlySet<string> = new Set(["which", "whom", "them", "those", "these"]);

/** Words before a number that make it a part of what was just counted: "including 10 …". */
const PART_OPENERS: ReadonlySet<string> = new Set(["including", "includes", "included", "among"]);

const HELPERS: ReadonlySet<string> = new Set(
  "were was are is been be being have has had also still reportedly".split(" "),
);

/** Counted groups a part cannot be of: shares, tallies, ages, sums. */
function countsThings(whole: WholeCount): boolean {
  return !/^(?:percent|tally|age):/.test(whole.counted) && !whole.counted.includes(":more");
}

function breaks(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return true;
  return /[;:!?()[\]—–]|\.(?:\s|$)/.test(`${a.post}${b.pre}`);
}

/**
 * The part a bare number at tokens[i..k] counts, when it points back to the sentence's last
 * count (`whole`): "N of which/whom/them …" or "including N <verb>ing/ed …". Null otherwise.
 * `from`: where its qualifier starts (the word before it is read there).
 */
export function partOfEarlier(
  tokens: readonly Token[],
  from: number,
  k: number,
  whole: WholeCount | undefined,
  value: number,
): PartRead | null {
  if (!whole || !countsThings(whole)) return null;
  // A part is smaller than its whole.
  if (typeof whole.value !== "number" || value >= whole.value) return null;
  let rest = k + 1;
  const after = tokens[k + 1];
  const pointer = tokens[k + 2];
  if (after?.norm === "of" && pointer && BACK_POINTERS.has(pointer.norm) && !breaks(after, pointer))
    rest = k + 3;
  else if (
    !PART_OPENERS.has(tokens[from - 1]?.norm ?? "") ||
    breaks(tokens[from - 1], tokens[from])
  )
    return null;
  else if (!hasTag(after, "Gerund", "PastTense", "Participle") || breaks(tokens[k], after))
    return null;
  while (HELPERS.has(tokens[rest]?.norm ?? "") && !breaks(tokens[rest - 1], tokens[rest])) rest++;
  const verb = tokens[rest];
  if (!verb || breaks(tokens[rest - 1], verb)) return null;
  const outcome = OUTCOMES.get(verb.norm) ?? null;
  // "12 of whom were killed": a part told by what befell it is that outcome's count.
  if (outcome && hasTag(verb, "Verb"))
    return { counted: whole.counted, what: wholeWord(whole), outcome, last: rest };
  // What the clause says of the part: the head of the phrase after its verb ("hazardous materials").
  let head: Token | undefined;
  let last = rest;
  const start = hasTag(verb, "Verb") ? rest + 1 : rest;
  for (let m = start; m < tokens.length && m <= start + 4; m++) {
    const token = tokens[m];
    if (
      !token ||
      (m > start && breaks(tokens[m - 1], token)) ||
      (m === start && breaks(verb, token))
    )
      break;
    if (hasTag(token, "Determiner", "Possessive") && !head) continue;
    if (!hasTag(token, "Noun", "Adjective", "Plural") || hasTag(token, "Pronoun")) break;
    head = token;
    last = m;
    if (/,/.test(token.post)) break;
  }
  const said = head ?? (hasTag(verb, "Verb") ? verb : undefined);
  if (!said) return null;
  const words = tokens
    .slice(rest, last + 1)
    .map((token) => token.text.toLowerCase())
    .join(" ");
  return {
    counted: `${whole.counted}:${stemWord(said.norm)}`,
    what: `${wholeWord(whole)} ${words}`,
    outcome: null,
    last,
  };
}

/** The whole's counted noun as a reader reads it ("cars" of "cars killed"). */
function wholeWord(whole: WholeCount): string {
  return whole.outcome && whole.what.endsWith(` ${whole.outcome}`)
    ? whole.what.slice(0, -whole.outcome.length - 1)
    : whole.what;
}
