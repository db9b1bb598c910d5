import { hasTag, type Token } from "./passage-reading.js";

/**
 * Counts told with what they count before the number, not after it: "a workforce of 2,000",
 * "the crowd numbered about 5,000", "arrests totalled 40". A body of people counts its members
 * ("a workforce of 2,000" is 2,000 employees), so outlets that write "7,500 employees" and
 * "the workforce numbers about 7,500" give one count.
 */

/** What a count told before its number counts: the counted word, as the reader reads it. */
export interface SubjectCount {
  /** The word shown for what is counted ("employees"). */
  readonly word: string;
  /** The token that names it in the sentence ("workforce"). */
  readonly token: Token;
}

/** Bodies of people and the members they count: "a staff of 300" is 300 employees. */
export const COLLECTIVE_MEMBERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    employees: "workforce staff headcount payroll",
    people: "crowd population audience congregation",
    jurors: "jury",
    members: "membership",
  }).flatMap(([members, words]) => words.split(" ").map((word) => [word, members] as const)),
);

/** Verbs that give a count of their subject: "the crowd numbered 5,000", "arrests totalled 40". */
const COUNTING_VERBS: ReadonlySet<string> = new Set(
  "number numbers numbered numbering total totals totaled totalled totalling totaling".split(" "),
);

/** Verbs that give a count with "at": "the workforce stands at 7,500". */
const STANDING_VERBS: ReadonlySet<string> = new Set("stand stands stood standing".split(" "));

/** Words between a subject and its counting verb: "now numbers", "still stands at". */
const BETWEEN: ReadonlySet<string> = new Set("now still currently then already".split(" "));

function joined(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && !/[;:!?()[\]—–,]|--|\./.test(`${a.post}${b.pre}`);
}

/**
 * The subject a number at `from` (its qualifier's first token) counts, when the words before it
 * say so: a body of people "of" it ("a workforce of 2,000"), or a subject and a verb of counting
 * ("the workforce now numbers about 7,500", "injuries totalled 40", "the crowd stood at 5,000").
 */
export function subjectCount(tokens: readonly Token[], from: number): SubjectCount | null {
  let b = from - 1;
  const link = tokens[b];
  if (!link || !joined(link, tokens[from])) return null;
  // "a workforce of 2,000": only a body of people says what "of" a bare number counts.
  if (link.norm === "of") {
    const noun = tokens[b - 1];
    const members = COLLECTIVE_MEMBERS.get(noun?.norm ?? "");
    if (!noun || !members || !joined(noun, link) || hasTag(noun, "ProperNoun")) return null;
    return { word: members, token: noun };
  }
  if (link.norm === "at" && STANDING_VERBS.has(tokens[b - 1]?.norm ?? "")) b--;
  else if (!COUNTING_VERBS.has(link.norm)) return null;
  let s = b - 1;
  while (BETWEEN.has(tokens[s]?.norm ?? "") && joined(tokens[s], tokens[s + 1])) s--;
  const subject = tokens[s];
  if (!subject || !joined(subject, tokens[s + 1])) return null;
  if (!hasTag(subject, "Noun") || hasTag(subject, "Pronoun", "ProperNoun", "Value")) return null;
  const members = COLLECTIVE_MEMBERS.get(subject.norm);
  if (members) return { word: members, token: subject };
  // "arrests totalled 40", "the dead number 12": a plural subject counts itself.
  return hasTag(subject, "Plural") ? { word: subject.norm, token: subject } : null;
}
