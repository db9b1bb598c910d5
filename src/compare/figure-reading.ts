import type { Passage } from "../ingest/article.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { ABOARD, toldAboard } from "./aboard-counts.js";
import { AGE_COUNTED, ageAfterName, compoundFigure } from "./compound-figures.js";
import {
  CURRENCY_CODES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  EMPTY_COUNTED,
  FIGURE_QUALIFIERS,
  FIRM_NOUNS,
  MARK_VERBS,
  MONEY_TOPICS,
  MULTIPLIERS,
  NUMBER_WORDS,
  OUTCOMES,
  PEOPLE_NOUNS,
  PERCENT_WORDS,
  REPORT_NOUNS,
  SAME_COUNTED,
  TIME_UNITS,
  UNIT_SPELLINGS,
  UNIT_WORDS,
} from "./figure-cues.js";
import { outcomeOfNoun } from "./outcome-nouns.js";
import { partOfEarlier } from "./part-figures.js";
import { hasTag, readSentences, type Sentence, type Token } from "./passage-reading.js";
import { rankFigure } from "./rank-figures.js";
import { COLLECTIVE_MEMBERS, subjectCount } from "./subject-counts.js";
import { TENURE, tenureDay, tenureSince } from "./tenure-figures.js";
import { stemWord } from "./word-forms.js";

/**
 * Figures read off a passage: a number (in digits or words, with its multiplier: "1.2 million",
 * "two dozen"), the qualifier before it ("at least", "about"), what it counts (the noun after it,
 * or the people of a toll) and the outcome it counts ("killed", "wounded", "fired"), with the
 * words of its sentence that place it in an event.
 */

export interface ReadFigure {
  /** What is counted, in the outlet's words with the outcome: "rockets fired", "people killed". */
  readonly what: string;
  /** What the figure is aligned on across outlets: counted noun group and outcome. */
  readonly key: string;
  /** The counted noun's group alone, and the outcome, for looser matching. */
  readonly counted: string;
  readonly outcome: string | null;
  readonly value: number | string;
  readonly qualifier: string | null;
  /** The figure as printed, verbatim: "at least 18 rockets". */
  readonly text: string;
  readonly paragraph: number;
  /** Content stems of the sentence besides the figure's own words: where it stands. */
  readonly context: ReadonlySet<string>;
  /**
   * The counted noun itself, lower case ("computers"), when the figure counts a noun by its own
   * stem: what lines it up with another outlet's noun of the same kind ("devices").
   */
  readonly head?: string;
  /**
   * A toll whose own words name the year it befell ("killed at least 900 in 1931"): a past
   * event the outlet recalls, not the story's own count, when it gives another.
   */
  readonly dated?: true;
}

const cache = new WeakMap<Passage, readonly ReadFigure[]>();

/** The figures of a passage, cached per passage. */
export function passageFigures(passage: Passage): readonly ReadFigure[] {
  const known = cache.get(passage);
  if (known) return known;
  const sentences = readSentences(passage.text);
  const read = addedOfAnotherKind(
    sentences.flatMap((sentence) => sentenceFigures(sentence, passage)),
  );
  // "There were also 672 injuries.": a sentence that says nothing else stands in its passage's
  // event; the passage's other words place it.
  const passageContext = read.some((figure) => figure.context.size === 0)
    ? contextOf(
        sentences.flatMap((sentence) => sentence.tokens),
        -1,
        -1,
      )
    : undefined;
  const found = passageContext
    ? read.map((figure) => {
        if (figure.context.size > 0) return figure;
        const own = new Set(figure.text.split(/\s+/).map((word) => stemWord(word.toLowerCase())));
        const context = new Set([...passageContext].filter((word) => !own.has(word)));
        return { ...figure, context };
      })
    : read;
  cache.set(passage, found);
  return found;
}

/**
 * "More than 2,000 were killed. Another 1,204 people were injured": new ones of an outcome the
 * passage has counted none of before are that outcome's whole count, not an increase of it.
 */
function addedOfAnotherKind(figures: readonly ReadFigure[]): ReadFigure[] {
  return figures.map((figure, n) => {
    // "eight other people": the rest of a count, whatever came before, stays a part.
    const word = figure.what.split(" ")[0] ?? "";
    if (figure.outcome === null || !figure.counted.endsWith(MORE) || !NEW_ONES.has(word))
      return figure;
    const counted = figure.counted.slice(0, -MORE.length);
    const before = figures
      .slice(0, n)
      .some(
        (f) =>
          f.outcome === figure.outcome && (f.counted === counted || f.counted === figure.counted),
      );
    if (before) return figure;
    return {
      ...figure,
      counted,
      key: `${counted}|${figure.outcome}`,
      what: figure.what.replace(/^\S+\s+/, ""),
    };
  });
}

/** Words that count the rest: "four other counts", "the three remaining charges". */
const REST_WORDS: ReadonlySet<string> = new Set(["other", "others", "remaining"]);

/** Words that count new ones ("another 300"), as against the rest ("eight other people"). */
const NEW_ONES: ReadonlySet<string> = new Set("another more additional further extra".split(" "));

/** The mark of a count of new ones, or of the rest, on its counted group. */
const MORE = ":more";

/** Words after a number that make it a count of the rest or of new ones: "eight other people". */
const PARTIAL_COUNT_WORDS: ReadonlySet<string> = new Set(
  "other others more additional further extra another remaining".split(" "),
);

/** Words of a toll's verb that a forecast or a passing mark adds: "could ultimately exceed". */
const TOLL_VERB_WORDS: ReadonlySet<string> = new Set(
  "could may might would will now already ultimately eventually exceed exceeded exceeds surpass surpassed top tops topped passed".split(
    " ",
  ),
);
/** A toll's verbs of a mark already passed: "the toll topped 50,000" is more than 50,000. */
const PASSED_WORDS: ReadonlySet<string> = new Set("exceeded surpassed topped passed".split(" "));
/** How far back "toll" is looked for past such words. */
const TOLL_REACH = 7;

/** Auxiliaries and adverbs between a count and what befell it ("were", "have been", "got"). */
const BE_WORDS = new Set(
  "were was are is been be being have has had reportedly also later initially already got gotten getting get gets".split(
    " ",
  ),
);

/**
 * Words between a count and what befell it that say how sure or how lasting it is, not what
 * befell it: "presumed dead", "feared killed", "remain missing", "still missing".
 */
const STANCE_WORDS: ReadonlySet<string> = new Set(
  "presumed feared believed thought confirmed reported known now still all both remain remains remained officially may might could would".split(
    " ",
  ),
);

/** Words of rank before a counted noun that the tagger may read as verbs: "four top executives". */
const RANK_WORDS: ReadonlySet<string> = new Set("top lead head key star".split(" "));

/** A noun counted after the word of rank at `m`: a plural within two words ("top Acme executives"). */
function rankedNoun(tokens: readonly Token[], m: number): boolean {
  for (let at = m + 1; at <= m + 2; at++) {
    const token = tokens[at];
    if (!token || clauseBreak(tokens[at - 1], token)) return false;
    if (hasTag(token, "Plural") && hasTag(token, "Noun")) return true;
    if (!hasTag(token, "ProperNoun", "Adjective", "Noun")) return false;
  }
  return false;
}

/** Nouns of membership: "22 crew members" counts the crew. */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(["member", "members"]);

/** Words before a number that make it a count of new ones: "another 600", "an additional 40". */
const PARTIAL_BEFORE: ReadonlySet<string> = new Set("another additional further extra".split(" "));
// A full stop ends a clause also before a closing quote or bracket ("… over 2,000.” During").
const CLAUSE_END = /[;:!?()[\]—–]|--|\.["'”’)\]]*(?:\s|$)/;

function isNumberWord(token: Token | undefined): boolean {
  if (!token) return false;
  const bare = token.text.toLowerCase();
  return bare in NUMBER_WORDS || bare.split(/[-‐]/).every((part) => part in NUMBER_WORDS);
}

/**
 * The NLP library may tag a count after "around" or "of" as a year ("around 1,500 people"); digits
 * grouped by a thousands comma are never a year.
 */
function yearTagged(token: Token): boolean {
  return hasTag(token, "Year") && !/^\d{1,3}(?:,\d{3})+$/.test(token.text);
}

/**
 * A currency sign at the start of a number, with the letters of its country ("US$", "S$",
 * "A$"), or a currency's code run on to it ("USD0.95"): "$3", "US$3 billion", "£2bn".
 */
const SIGN = new RegExp(
  `^(?:(?:(US|U\\.S\\.|[A-Z]{1,2})(?=\\$))?([$£€¥₹])|(${[...CURRENCY_CODES.keys()]
    .filter((code) => code.length === 3)
    .map((code) => code.toUpperCase())
    .join("|")})(?=\\d))`,
);

/** A sum written with its multiplier joined by a hyphen: "$3-billion". */
const HYPHENED_SUM = /^(\d[\d,]*(?:\.\d+)?)[-‐](thousand|million|billion|trillion)$/i;

/** The currency a number's own sign names: "dollars", or the sign with its letters ("S$"). */
function signCurrency(text: string): string | undefined {
  const sign = SIGN.exec(text);
  // "USD0.95": a currency's code run on to the digits, as wire copy writes it.
  if (sign?.[3]) return CURRENCY_CODES.get(sign[3].toLowerCase());
  if (!sign?.[2]) return undefined;
  const letters = sign[1];
  if (!letters || /^U\.?S\.?$/.test(letters)) return CURRENCY_SIGNS[sign[2]];
  return `${letters}${sign[2]}`;
}

function isNumberStart(token: Token | undefined): boolean {
  if (!token) return false;
  if (hasTag(token, "Ordinal", "Fraction", "Time", "NumberRange") || yearTagged(token))
    return false;
  const bare = token.text.replace(SIGN, "");
  if (/^\d[\d,]*(?:\.\d+)?(?:m|bn|k|%|million|billion|trillion)?$/i.test(bare))
    return SIGN.test(token.text) || bare === token.text;
  if (SIGN.test(token.text) && HYPHENED_SUM.test(bare)) return true;
  return hasTag(token, "Value", "Cardinal") && isNumberWord(token);
}

/** A number's value: digits, a word, or a hyphenated word ("twenty-five", "$3-billion"). */
function baseValue(token: Token): number | null {
  const text = token.text.replace(SIGN, "").replace(/%$/, "").toLowerCase();
  // "$10billion": a multiplier run on to the digits.
  const digits = /^(\d[\d,]*(?:\.\d+)?)(m|bn|k|million|billion|trillion)?$/.exec(text);
  if (digits?.[1]) {
    const n = Number(digits[1].replace(/,/g, ""));
    const scale =
      digits[2] === "m" ? 1e6 : digits[2] === "k" ? 1e3 : (MULTIPLIERS[digits[2] ?? ""] ?? 1);
    return Number.isFinite(n) ? Number((n * scale).toPrecision(15)) : null;
  }
  const hyphened = HYPHENED_SUM.exec(text);
  if (hyphened?.[1] && hyphened[2] && SIGN.test(token.text)) {
    const n = Number(hyphened[1].replace(/,/g, "")) * (MULTIPLIERS[hyphened[2]] ?? 1);
    return Number.isFinite(n) ? Number(n.toPrecision(15)) : null;
  }
  const parts = text.split(/[-‐]/);
  if (parts.every((part) => part in NUMBER_WORDS))
    return parts.reduce((sum, part) => sum + (NUMBER_WORDS[part] ?? 0), 0);
  return null;
}

/** The noun just before the counted noun at `last` (after the number at `k`), unless it bears one of `without`'s tags. */
function nounBefore(
  tokens: readonly Token[],
  last: number,
  k: number,
  ...without: string[]
): Token | undefined {
  const word = tokens[last - 1];
  return last - 1 > k && hasTag(word, "Noun") && !hasTag(word, ...without) ? word : undefined;
}

function qualifierBefore(tokens: readonly Token[], at: number): { text: string; from: number } {
  for (const qualifier of FIGURE_QUALIFIERS) {
    const words = qualifier.split(" ");
    const from = at - words.length;
    if (from < 0) continue;
    const same = words.every((word, n) => tokens[from + n]?.norm === word);
    const joined = words.every((_, n) => n === 0 || !CLAUSE_END.test(tokens[from + n]?.pre ?? ""));
    if (same && joined) return { text: qualifier, from };
  }
  // "a dozen", "a hundred"
  return { text: "", from: at };
}

/** Words opening a clause about the noun before them: "workers who …", "cars that …". */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(["who", "that", "which"]);

/** How far past a clause about the counted noun its verb's outcome is looked for. */
const CLAUSE_REACH = 16;

/**
 * The outcome said of a counted noun after a clause about it, up to the sentence's end or the
 * next number: an outcome word after a form of "be", a stance word ("presumed dead") or "and".
 */
function outcomePastClause(tokens: readonly Token[], from: number): string | null {
  for (let m = from; m < tokens.length && m < from + CLAUSE_REACH; m++) {
    const token = tokens[m];
    const before = tokens[m - 1];
    if (!token || clauseBreak(before, token) || /^\d/.test(token.text)) return null;
    const found = outcomeOf(token);
    if (!found) continue;
    const said = before?.norm ?? "";
    if (BE_WORDS.has(said) || STANCE_WORDS.has(said) || said === "and") return found;
  }
  return null;
}

/** The outcome of an appeal's givers: "2,000 people donated". */
const DONATED = "donated";

/** Verbs that put people in custody with "in"/"into": "taken into custody", "held in custody". */
const CUSTODY_VERBS: ReadonlySet<string> = new Set("taken took placed held kept".split(" "));

/**
 * An arrest told in words after the counted noun: "(were taken) into custody", "(held) in
 * custody", "(were) rounded up".
 */
function custodyAt(tokens: readonly Token[], o: number): string | null {
  const joined = (at: number) => !clauseBreak(tokens[at - 1], tokens[at]);
  if (tokens[o]?.norm === "rounded" && tokens[o + 1]?.norm === "up" && joined(o + 1))
    return "arrested";
  const at = CUSTODY_VERBS.has(tokens[o]?.norm ?? "") ? o + 1 : o;
  const into = /^(?:in|into)$/.test(tokens[at]?.norm ?? "") && tokens[at + 1]?.norm === "custody";
  return into && joined(at) && joined(at + 1) ? "arrested" : null;
}

/** "(have) lost their lives", "lost his life" after the counted noun: people killed. */
function livesLostAt(tokens: readonly Token[], o: number): string | null {
  const words = tokens.slice(o, o + 3).map((t) => t.norm);
  const joined = [o + 1, o + 2].every((at) => !clauseBreak(tokens[at - 1], tokens[at]));
  return joined &&
    words[0] === "lost" &&
    /^(?:their|his|her)$/.test(words[1] ?? "") &&
    /^(?:lives|life)$/.test(words[2] ?? "")
    ? "killed"
    : null;
}

/** Verbs that take lives: "claimed 30 lives", "took the lives of 30 people". */
const LIFE_TAKING: ReadonlySet<string> = new Set(
  "claimed claiming claims claim took taking takes cost costing costs".split(" "),
);

/**
 * A toll told as lives taken, before the number: "claimed 30 lives" (`counted` "lives") or
 * "took the lives of 30 people" (`back` the word before the number).
 */
function livesTaken(tokens: readonly Token[], back: number, counted: Token | undefined): boolean {
  const joined = (a: number) => !clauseBreak(tokens[a], tokens[a + 1]);
  if (counted?.norm === "lives") return LIFE_TAKING.has(tokens[back]?.norm ?? "") && joined(back);
  return (
    tokens[back]?.norm === "of" &&
    tokens[back - 1]?.norm === "lives" &&
    tokens[back - 2]?.norm === "the" &&
    LIFE_TAKING.has(tokens[back - 3]?.norm ?? "") &&
    [back - 3, back - 2, back - 1, back].every(joined)
  );
}

/** Prepositions opening a phrase about a counted noun: "of the security forces", "at the plant". */
const NOUN_PHRASE_LINKS: ReadonlySet<string> = new Set("of at in from aboard inside".split(" "));

/** How many words an aside between dashes may hold: "— including three children —". */
const ASIDE_REACH = 16;

/**
 * The index just past an aside set between dashes right after the token at `last` ("12 people —
 * three of them children — were killed"), else -1: an aside with no closing dash in its
 * sentence is no aside.
 */
function asideEnd(tokens: readonly Token[], last: number): number {
  const dash = /—|–|--|\s-\s/;
  if (!dash.test(`${tokens[last]?.post ?? ""}${tokens[last + 1]?.pre ?? ""}`)) return -1;
  for (let m = last + 2; m < tokens.length && m <= last + ASIDE_REACH; m++) {
    const between = `${tokens[m - 1]?.post ?? ""}${tokens[m]?.pre ?? ""}`;
    if (dash.test(between)) return m;
    if (/[;:!?()]|\.(?:\s|$)/.test(between)) return -1;
  }
  return -1;
}

/** How many words an "of" phrase about a counted noun may hold: "of the security forces". */
const OF_PHRASE_REACH = 5;

/**
 * The outcome said of a counted noun past an "of" phrase about it, from `from` (the phrase's
 * first word): "residents of the city were still missing". The phrase holds only determiners,
 * adjectives and nouns; a clause of its own ("families who were evacuated") says nothing of them.
 */
function outcomeAfterOf(tokens: readonly Token[], from: number): string | null {
  let m = from;
  while (
    m < from + OF_PHRASE_REACH &&
    hasTag(tokens[m], "Determiner", "Adjective", "Noun") &&
    !hasTag(tokens[m], "Value", "Pronoun") &&
    !RELATIVE_WORDS.has(tokens[m]?.norm ?? "") &&
    !clauseBreak(tokens[m - 1], tokens[m])
  )
    m++;
  if (m === from) return null;
  let said = m;
  while (
    (BE_WORDS.has(tokens[said]?.norm ?? "") || STANCE_WORDS.has(tokens[said]?.norm ?? "")) &&
    !clauseBreak(tokens[said - 1], tokens[said])
  )
    said++;
  if (said === m || clauseBreak(tokens[said - 1], tokens[said])) return null;
  return outcomeOf(tokens[said]);
}

/**
 * An outcome word whose own count follows it: after a comma ("…, injured at least 7,000"), or a
 * verb right after a noun ("blasts at three hotels killed 138 people": the hotels were not killed).
 */
function verbOfNextCount(tokens: readonly Token[], o: number): boolean {
  const comma = /,/.test(`${tokens[o - 1]?.post ?? ""}${tokens[o]?.pre ?? ""}`);
  const said = tokens[o - 1]?.norm ?? "";
  const active =
    hasTag(tokens[o], "Verb") &&
    !hasTag(tokens[o], "Adjective") &&
    !BE_WORDS.has(said) &&
    !STANCE_WORDS.has(said);
  if (!comma && !active) return false;
  for (let at = o + 1; at <= o + 4 && at < tokens.length; at++)
    if (isNumberStart(tokens[at])) return qualifierBefore(tokens, at).from === o + 1;
  return false;
}

/**
 * The number at `m` is the whole a count at `k` is a part of: "four of the 11 charges", "four
 * out of 11 counts" (`of`, an article or "out of" between).
 */
function wholeAfterPart(tokens: readonly Token[], k: number, m: number): boolean {
  const between = tokens.slice(k + 1, m).map((t) => t.norm);
  const shape = between.join(" ");
  if (!/^(?:of|of the|out of|out of the)$/.test(shape)) return false;
  return tokens.slice(k, m + 1).every((t, n) => n === 0 || !clauseBreak(tokens[k + n - 1], t));
}

/**
 * "four out of 11 counts", "two of 40": a part told before its whole, which the tagger reads as
 * a fraction.
 */
function partBeforeWhole(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !hasTag(token, "Fraction") || !/^(?:\d[\d,]*|[a-z-]+)$/i.test(token.text))
    return false;
  if (!/^\d/.test(token.text) && !isNumberWord(token)) return false;
  const m = tokens[i + 1]?.norm === "out" ? i + 2 : i + 1;
  return (
    tokens[m]?.norm === "of" &&
    /^\d/.test(tokens[m + 1]?.text ?? "") &&
    wholeAfterPart(tokens, i, m + 1)
  );
}

/** Nouns for a charge sheet's counts. */
const CHARGE_NOUNS: ReadonlySet<string> = new Set(["count", "counts", "charge", "charges"]);

/** Nouns of a verdict reached: "no verdict on three counts" is a jury deadlocked on them. */
const VERDICT_NOUNS: ReadonlySet<string> = new Set([
  "verdict",
  "verdicts",
  "decision",
  "consensus",
]);

/** Words that deny a verdict was reached: "could not reach", "returned no", "unable to reach". */
const DENIALS: ReadonlySet<string> = new Set(["no", "not", "unable", "failed", "never", "n't"]);

/** How far back in its sentence a count of charges looks for its verdict. */
const VERDICT_REACH = 20;

/**
 * The verdict nearest before a count of charges at `from`, in its sentence up to a strong break
 * (a semicolon, a colon, a dash, a bracket; past a dash or a colon after counts of charges, which
 * opens their breakdown): "found guilty of conspiracy and three counts of
 * fraud", "could not reach a verdict on three counts" (deadlocked). None for the whole a part is
 * told of ("convicted on four out of 11 counts": the 11 were not all convicted).
 */
function verdictBefore(tokens: readonly Token[], from: number): string | null {
  if (tokens[from - 1]?.norm === "of" || tokens[from - 2]?.norm === "of") {
    const before = tokens[from - 1]?.norm === "of" ? from - 2 : from - 3;
    if (isNumberWord(tokens[before]) || /^\d/.test(tokens[before]?.text ?? "")) return null;
  }
  for (let b = from - 1; b >= 0 && b >= from - VERDICT_REACH; b--) {
    const token = tokens[b];
    if (!token) return null;
    const gap = `${token.post}${tokens[b + 1]?.pre ?? ""}`;
    // "guilty on four charges — three counts of fraud and one of conspiracy": a dash or a colon
    // after counts of charges opens their breakdown, which their verdict is of.
    const breakdown = CHARGE_NOUNS.has(token.norm) && !/[;()[\]]/.test(gap);
    if (/[;:()[\]—–]|--/.test(gap) && !breakdown) return null;
    if (VERDICT_NOUNS.has(token.norm)) {
      const denied = tokens.slice(Math.max(0, b - 4), b).some((t) => DENIALS.has(t.norm));
      if (denied) return "deadlocked";
      continue;
    }
    const found = verdictOf(tokens, b) ?? outcomeOf(token);
    if (found && COURT_OUTCOMES.has(found)) return found;
    // "charged with fraud; she was convicted …" is cut above; "was arrested and faces …" ends it.
    if (found) return null;
  }
  return null;
}

/** How many words of the clause after a fronted count of charges are read for its verdict. */
const FRONTED_REACH = 8;

/**
 * The verdict of counts of charges (from..last) fronted in their sentence by "on" or "of" and
 * a comma: "On the two remaining counts, the jurors were deadlocked", "Of the other two counts,
 * she was acquitted". Null when the clause after says no court's outcome first.
 */
function verdictAfterFronted(tokens: readonly Token[], from: number, last: number): string | null {
  let b = from - 1;
  // "On the three", "Of the other two".
  while (
    b >= from - 2 &&
    (hasTag(tokens[b], "Determiner") || REST_WORDS.has(tokens[b]?.norm ?? ""))
  )
    b--;
  const link = tokens[b];
  if (!link || !/^(?:on|of)$/.test(link.norm)) return null;
  if (!(b === 0 || link.sentenceStart || clauseBreak(tokens[b - 1], link))) return null;
  if (!/,/.test(tokens[last]?.post ?? "")) return null;
  for (let m = last + 1; m < tokens.length && m <= last + FRONTED_REACH; m++) {
    if (m > last + 1 && clauseBreak(tokens[m - 1], tokens[m])) return null;
    const found = verdictOf(tokens, m + 1) ?? outcomeOf(tokens[m]);
    if (found) return COURT_OUTCOMES.has(found) ? found : null;
  }
  return null;
}

/** Outcomes a court gives counts: what "on", "of" or "with" before the number ties to them. */
const COURT_OUTCOMES: ReadonlySet<string> = new Set([
  "charged",
  "convicted",
  "acquitted",
  "deadlocked",
]);

/** Words between a court's outcome and its count: "acquitted on four", "charged with two". */
const COURT_LINKS: ReadonlySet<string> = new Set(["on", "of", "with"]);

/** "not guilty", "not convicted": a verdict of guilt denied is an acquittal. */
function verdictOf(tokens: readonly Token[], at: number): string | null {
  const said = outcomeOf(tokens[at]);
  const not = tokens[at - 1]?.norm === "not" && !clauseBreak(tokens[at - 1], tokens[at]);
  return said === "convicted" && not ? "acquitted" : null;
}

function outcomeOf(token: Token | undefined): string | null {
  if (!token) return null;
  return OUTCOMES.get(token.norm) ?? null;
}

function clauseBreak(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return true;
  return CLAUSE_END.test(`${a.post}${b.pre}`);
}

/** The figures of one sentence. */
export function sentenceFigures(sentence: Sentence, passage: Passage): ReadFigure[] {
  const tokens = sentence.tokens;
  const text = passage.text;
  const found: ReadFigure[] = [];
  let lastCounted: { word: string; group: string } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first) continue;
    // "three-quarters of its staff", "a third of the vote": a share told as a fraction.
    const fraction = fractionAt(tokens, i);
    const told = fraction ? percentFigure(tokens, i, fraction.last, passage, fraction) : null;
    if (told && told.figure.key !== "percent||") {
      found.push(told.figure);
      i = told.last;
      continue;
    }
    const tally = tallyFigure(tokens, i, passage);
    if (tally) {
      found.push(tally);
      continue;
    }
    // "the nation's 16th busiest port", "the third-largest economy": a place in a ranking.
    const rank = rankFigure(tokens, i);
    if (rank) {
      // "about the 18th busiest": the qualifier stands before the article.
      const qualifier = qualifierBefore(tokens, hasTag(tokens[i - 1], "Determiner") ? i - 1 : i);
      const from = qualifier.text === "" ? i : qualifier.from;
      found.push({
        what: rank.what,
        key: `${rank.counted}|`,
        counted: rank.counted,
        outcome: null,
        value: rank.value,
        qualifier: qualifier.text === "" ? null : qualifier.text,
        text: text.slice((tokens[from] ?? first).start, (tokens[rank.last] ?? first).end),
        paragraph: passage.paragraph,
        context: contextOf(tokens, from, rank.last),
      });
      i = rank.last;
      continue;
    }
    // "on his 61st day in power": the tenure's length in days.
    const day = tenureDay(tokens, i);
    if (day) {
      const qualifier = qualifierBefore(tokens, i);
      const from = qualifier.text === "" ? i : qualifier.from;
      const unit = tokens[day.last] ?? first;
      const group = countedGroup({ ...unit, norm: day.unit });
      found.push({
        what: day.unit,
        key: `${group}|`,
        counted: group,
        outcome: null,
        value: day.value,
        qualifier: qualifier.text === "" ? null : qualifier.text,
        text: text.slice((tokens[from] ?? first).start, unit.end),
        paragraph: passage.paragraph,
        context: contextOf(tokens, from, day.last),
      });
      i = day.last;
      continue;
    }
    // "a three-year ban", "the 34-year-old", "Smith, 34, said".
    const age = ageAfterName(tokens, i);
    const compound =
      age !== null
        ? { value: age, counted: AGE_COUNTED, what: "age", last: i }
        : compoundFigure(tokens, i);
    if (compound) {
      const qualifier = qualifierBefore(tokens, i);
      const startToken = tokens[qualifier.from] ?? first;
      const endToken = tokens[compound.last] ?? first;
      found.push({
        what: compound.what,
        key: `${compound.counted}|`,
        counted: compound.counted,
        outcome: null,
        value: compound.value,
        qualifier: qualifier.text === "" ? null : qualifier.text,
        text: text.slice(startToken.start, endToken.end),
        paragraph: passage.paragraph,
        // A thing's age ("the 140-year-old lighthouse") stands where its thing is named.
        context: contextOf(
          tokens,
          qualifier.from,
          compound.counted.startsWith(`${AGE_COUNTED}:`) ? i : compound.last,
        ),
      });
      i = compound.last;
      continue;
    }
    if (
      !isNumberStart(first) &&
      !partBeforeWhole(tokens, i) &&
      first.norm !== "half" &&
      !isArticleNumber(tokens, i)
    )
      continue;
    const previous = tokens[i - 1];
    if (previous && (hasTag(previous, "Month", "Date") || /^(?:no|number|#)$/.test(previous.norm)))
      continue;
    if (previous && isNumberStart(previous) && !clauseBreak(previous, first)) continue;
    const read = readNumber(tokens, i);
    if (!read) continue;
    let value: number | string = read.value;
    let k = read.k;
    const end = tokens[k];
    if (!end) continue;
    if (/^\d{4}$/.test(first.text) && read.value >= 1900 && read.value <= 2100 && k === i) continue;
    // "one of the busiest ports": one among many, no count.
    if (first.norm === "one" && k === i && tokens[i + 1]?.norm === "of") continue;
    // "from 10 to 15": the earlier figure of a change; the later one is read on its own.
    if (previous?.norm === "from" && tokens[k + 1]?.norm === "to") continue;
    if (isPercent(tokens, k)) {
      const share = percentFigure(tokens, i, k, passage);
      if (!share) continue;
      // "rose from 4 percent to 6 percent": the earlier share of a change.
      if (previous?.norm === "from" && tokens[share.phraseEnd + 1]?.norm === "to") continue;
      found.push(share.figure);
      // "58.55% to 41.45%", "58 per cent against 42 per cent": the other side's share.
      const other = otherShare(tokens, share, passage);
      if (other) {
        found.push(other.figure);
        i = other.last;
      }
      continue;
    }
    // "ten to 15 people": a range; "voted 52 to 48": a split, read as a tally.
    const upper = rangeEnd(tokens, k);
    if (upper) {
      if (upper.value > read.value) {
        value = `${read.value}-${upper.value}`;
        k = upper.k;
      } else {
        const split = splitFigure(tokens, i, upper.k, `${read.value}-${upper.value}`, passage);
        if (split) found.push(split);
        i = upper.k;
        continue;
      }
    }
    const after = tokens[k + 1];
    // "52-48", "7-2": a tally, not a count.
    if (after && /^(?:a\.?m|p\.?m|o'clock)$/.test(after.norm)) continue;
    if (/^[-‐]?year-old$|^[-‐]old$/.test(after?.norm ?? "")) continue;

    const before = tokens[i - 1]?.post.trim().slice(-1);
    let currency =
      signCurrency(first.text) ??
      (before ? CURRENCY_SIGNS[before] : undefined) ??
      // "USD 3 billion", "Rs 500 crore": a currency's code before the number.
      (previous && !clauseBreak(previous, first) ? CURRENCY_CODES.get(previous.norm) : undefined);
    // "$61.40 a share", "$90 per barrel": a price for each one, not a sum.
    const rate = currency ? rateUnit(tokens, k) : undefined;
    if (after?.norm === "per" && !rate) continue;
    let qualifier = qualifierBefore(tokens, i);
    // "between $35 million and $50 million": a range.
    if (
      qualifier.text === "" &&
      tokens[i - 1]?.norm === "between" &&
      tokens[k + 1]?.norm === "and"
    ) {
      const upper = readNumber(tokens, k + 2);
      if (upper && !clauseBreak(tokens[k], tokens[k + 1])) {
        value = `${read.value}-${upper.value}`;
        k = upper.k;
        qualifier = { text: "between", from: i - 1 };
      }
    }

    // What it counts: the noun phrase right after the number.
    let counted: Token | undefined;
    let last = k;
    for (let m = k + 1; m < tokens.length && m <= k + (counted ? 6 : 4); m++) {
      const token = tokens[m];
      if (!token || clauseBreak(tokens[m - 1], token) || /,/.test(tokens[m - 1]?.post ?? "")) break;
      // A model number after a name: "410,000 Acme 1500 portable heaters".
      // "48 Fokker 70 XL aircraft": a capitalised word of the name, whatever its tag.
      if (/^\d/.test(token.text) && counted && namePart(counted)) continue;
      if (token.norm === "of" && m === k + 1) continue; // "dozens of", "two of the"
      if (hasTag(token, "Determiner") && m === k + 2 && tokens[k + 1]?.norm === "of") continue;
      // "four of the 11 charges", "four out of 11 counts": a part of a whole told after it.
      if (m === k + 1 && token.norm === "out" && tokens[m + 1]?.norm === "of") {
        m++;
        continue;
      }
      if (!counted && /^\d[\d,]*$/.test(token.text) && wholeAfterPart(tokens, k, m)) continue;
      // "folding chairs": a gerund before a plural noun describes it; "four top executives":
      // a word of rank the tagger read as a verb, too.
      // "rocket attacks": a bare verb form right before a plural noun is a noun describing it.
      const next = tokens[m + 1];
      const describes =
        (hasTag(token, "Gerund") && hasTag(next, "Plural")) ||
        (RANK_WORDS.has(token.norm) && rankedNoun(tokens, m)) ||
        (hasTag(token, "Infinitive") &&
          !hasTag(token, "Auxiliary", "Modal") &&
          hasTag(next, "Plural") &&
          hasTag(next, "Noun") &&
          !clauseBreak(token, next));
      // "the 1,300 pound probe": a weight before its noun (a sum is "pounds", "£1,300").
      if (m === k + 1 && token.norm === "pound" && hasTag(next, "Noun") && read.value !== 1) {
        counted = token;
        last = m;
        break;
      }
      // "four more rocket attacks": a word of new ones or of the rest stands inside the phrase.
      if (m === k + 1 && PARTIAL_COUNT_WORDS.has(token.norm) && hasTag(token, "Adverb")) continue;
      if (
        hasTag(token, "Verb") &&
        !hasTag(token, "Noun", "Plural") &&
        !describes &&
        !countedPlural(token, tokens[m + 1], tokens[m - 1])
      )
        break;
      if (describes) continue;
      if (hasTag(token, "Preposition", "Conjunction", "Pronoun", "Adverb")) break;
      if (
        !countedPlural(token, tokens[m + 1], tokens[m - 1]) &&
        !hasTag(token, "Noun", "Adjective", "ProperNoun", "Acronym", "Plural", "Hyphenated")
      )
        break;
      const plural = countedPlural(token, tokens[m + 1], tokens[m - 1]);
      if (
        plural ||
        hasTag(token, "Noun", "Plural", "ProperNoun", "Acronym") ||
        UNIT_WORDS.has(token.norm)
      ) {
        counted = token;
        last = m;
        // A unit is what is counted: "150 mph winds", "9 feet of water".
        if (UNIT_WORDS.has(token.norm)) break;
        // A plural ends the phrase: "40 rockets fired", not "40 rockets fired".
        if ((plural || hasTag(token, "Plural")) && !hasTag(tokens[m + 1], "Plural")) break;
      }
    }
    // "22 crew members", "300 union members": the members of a group count the group.
    const groupWord = nounBefore(tokens, last, k, "ProperNoun", "Plural");
    if (counted && MEMBER_NOUNS.has(counted.norm) && groupWord) counted = groupWord;
    // "six missing workers", "five injured firefighters": what befell them, said before the noun.
    const describedOutcome = tokens
      .slice(k + 1, last)
      .filter((t) => !hasTag(t, "Noun") || hasTag(t, "Adjective"))
      .map((t) => OUTCOMES.get(t.norm))
      .find((found) => found !== undefined);
    // "three counts of fraud", "four charges": counts of a charge sheet, whose verdict may be
    // said well before them ("guilty of conspiracy and three counts of fraud").
    const chargeCount = counted !== undefined && CHARGE_NOUNS.has(counted.norm);
    // "27 reports of fires", "11 cases of measles": what the reports are of is counted.
    const modifier = nounBefore(tokens, last, k, "ProperNoun");
    if (counted && REPORT_NOUNS.has(counted.norm) && modifier) {
      // "two dozen fire reports": the fires are counted.
      counted = modifier;
    } else if (counted && REPORT_NOUNS.has(counted.norm) && tokens[last + 1]?.norm === "of") {
      let m = last + 2;
      if (hasTag(tokens[m], "Determiner")) m++;
      const of = tokens[m];
      if (
        of &&
        hasTag(of, "Noun", "Plural") &&
        !hasTag(of, "Pronoun") &&
        !namedThing(of) &&
        !clauseBreak(tokens[m - 1], of)
      ) {
        counted = of;
        last = m;
        // "counts of wire fraud", "cases of bird flu": the compound's head is counted.
        while (
          hasTag(tokens[last + 1], "Noun") &&
          !hasTag(tokens[last + 1], "Pronoun", "Value") &&
          !namedThing(tokens[last + 1]) &&
          !clauseBreak(tokens[last], tokens[last + 1])
        ) {
          last++;
          counted = tokens[last];
        }
      }
    }
    if (!currency && counted && CURRENCY_WORDS.has(counted.norm)) currency = counted.norm;

    let outcome: string | null = null;
    // After the counted noun: "were killed", "wounded", "fired by"; past an aside between dashes
    // ("12 people — three of them children — were killed").
    const resume = counted ? asideEnd(tokens, last) : -1;
    let o = resume > 0 ? resume : (counted ? last : k) + 1;
    const joinedAt = (at: number) => at === resume || !clauseBreak(tokens[at - 1], tokens[at]);
    // "are now presumed dead", "remain missing", "were feared killed": what is said of them.
    // "are believed to have been killed", "are thought to be dead": the stance's "to" too.
    while (
      (BE_WORDS.has(tokens[o]?.norm ?? "") ||
        STANCE_WORDS.has(tokens[o]?.norm ?? "") ||
        (tokens[o]?.norm === "to" && STANCE_WORDS.has(tokens[o - 1]?.norm ?? ""))) &&
      joinedAt(o)
    )
      o++;
    // "killed 50 people, wounded 100 more": an outcome verb after a comma with its own count is
    // that count's.
    if (joinedAt(o) && !verbOfNextCount(tokens, o))
      outcome = outcomeOf(tokens[o]) ?? custodyAt(tokens, o) ?? livesLostAt(tokens, o);
    // "four crew who had been repairing the pier were swept away … and drowned": what the clause's verb
    // says of them, past a clause about them.
    if (!outcome && counted && RELATIVE_WORDS.has(tokens[last + 1]?.norm ?? ""))
      outcome = outcomePastClause(tokens, last + 2);
    // "300 members of the security forces were injured", "four managers at the plant were
    // fired": past the phrase about them.
    if (
      !outcome &&
      counted &&
      NOUN_PHRASE_LINKS.has(tokens[last + 1]?.norm ?? "") &&
      !clauseBreak(tokens[last], tokens[last + 1])
    )
      outcome = outcomeAfterOf(tokens, last + 2);
    outcome ??= describedOutcome ?? null;
    if (!outcome && chargeCount) outcome = verdictBefore(tokens, qualifier.from);
    // "On the two remaining counts, the jurors deadlocked": the verdict after a fronted phrase.
    if (!outcome && chargeCount) outcome = verdictAfterFronted(tokens, qualifier.from, last);
    // "another 600 flights", "an additional 1,250": new ones, no total.
    let back = qualifier.from - 1;
    const newOnes = PARTIAL_BEFORE.has(tokens[back]?.norm ?? "");
    if (newOnes) back -= /^(?:a|an)$/.test(tokens[back - 1]?.norm ?? "") ? 2 : 1;
    // Before the number: "killing at least 18", "injured 40", "the death toll rose to 112".
    if (!outcome && livesTaken(tokens, back, counted)) outcome = "killed";
    if (!outcome) {
      // "the toll in the valley could ultimately exceed 400": the verb's words, and a
      // place after the toll ("in the city"), stand between.
      let reach = 3;
      let linked = false;
      for (let b = back; b >= 0 && b >= back - reach; b--) {
        const token = tokens[b];
        if (!token || clauseBreak(token, tokens[b + 1])) break;
        if (TOLL_VERB_WORDS.has(token.norm)) reach = TOLL_REACH;
        if (
          reach === TOLL_REACH &&
          tokens[b - 1] !== undefined &&
          /^(?:in|across|on|from)$/.test(tokens[b - 2]?.norm ?? "") &&
          hasTag(tokens[b - 1], "Determiner") &&
          hasTag(token, "Noun") &&
          !hasTag(token, "Pronoun")
        ) {
          b -= 2;
          continue;
        }
        // "donations from 2,000 people": the givers are counted.
        if (token.norm === "from" && b === back && outcomeOf(tokens[b - 1]) === DONATED) {
          outcome = DONATED;
          break;
        }
        const found = verdictOf(tokens, b) ?? outcomeOf(token);
        // "contributed to 12 deaths": no gift.
        if (found === DONATED && tokens[b + 1]?.norm === "to") break;
        if (found) {
          // "acquitted on four counts", "charged with two counts": a court's outcomes only.
          if (!linked || COURT_OUTCOMES.has(found)) outcome = found;
          break;
        }
        if (token.norm === "toll") {
          outcome = "killed";
          break;
        }
        if (
          COURT_LINKS.has(token.norm) &&
          (b === back || (b === back - 1 && tokens[back]?.norm === "the"))
        ) {
          linked = true;
          // "acquitted Jane Doe on four counts", "found her guilty of two": whom it befell.
          while (hasTag(tokens[b - 1], "ProperNoun", "Pronoun") && b > back - 3) b--;
          reach = Math.max(reach, back - b + 3);
          continue;
        }
        if (
          !/^(?:to|at|of|by|rose|risen|reached|climbed|stood|stands|is|was|has|had|the|all)$/.test(
            token.norm,
          ) &&
          !TOLL_VERB_WORDS.has(token.norm)
        )
          break;
      }
    }

    // "five people on board", "a boat carrying 40 migrants": where they were, when nothing
    // befell them.
    if (!outcome && toldAboard(tokens, counted, o, back, (a, b) => !clauseBreak(a, b))) {
      // "all 150 people aboard were killed": what befell them, said past where they were.
      let past = o + (tokens[o]?.norm === "on" ? 2 : 1);
      while (BE_WORDS.has(tokens[past]?.norm ?? "") && !clauseBreak(tokens[past - 1], tokens[past]))
        past++;
      const befell = clauseBreak(tokens[past - 1], tokens[past]) ? null : outcomeOf(tokens[past]);
      outcome = befell ?? ABOARD;
    }
    let subjectHead: string | undefined;
    let textFrom = qualifier.from;
    let word = counted ? readable(counted) : "";
    let group = counted ? countedGroup(counted) : "";
    // "672 injuries", "820 deaths": the noun is the toll's outcome, of people.
    const tollOutcome =
      counted && !currency && !hasTag(counted, "ProperNoun")
        ? (outcomeOfNoun(counted.norm) ?? undefined)
        : undefined;
    if (tollOutcome && (outcome === null || outcome === tollOutcome)) {
      outcome = tollOutcome;
      word = "people";
      group = "people";
    }
    // "claimed 30 lives": a toll of people.
    if (counted?.norm === "lives" && outcome === "killed") {
      word = "people";
      group = "people";
    }
    // "eight other people", "three more bodies": a count of the rest, or of new ones, is no
    // total; it is set beside the same kind of count only.
    const partialWord =
      tokens.slice(k + 1, Math.max(last, k) + 1).find((t) => PARTIAL_COUNT_WORDS.has(t.norm))
        ?.norm ?? (newOnes ? tokens[qualifier.from - 1]?.norm : undefined);
    // "since the strikes there have been four more attacks": new ones since a time are the
    // count since then, as "four attacks since the strikes" is.
    const sinceThen =
      partialWord !== undefined &&
      NEW_ONES.has(partialWord) &&
      tokens.some((t) => t.norm === "since" && !hasTag(t, "Conjunction"));
    // "convicted on four counts … acquitted on four other counts": a verdict splits the counts
    // of one charge sheet, so the rest given another verdict are all of that verdict.
    const restOfVerdict =
      outcome !== null && COURT_OUTCOMES.has(outcome) && REST_WORDS.has(partialWord ?? "");
    const partial = partialWord !== undefined && !sinceThen && !restOfVerdict;
    if (counted && partial) {
      word = `${partialWord} ${word}`;
      group = `${group}${MORE}`;
    }
    // A length of time is a figure when it is one ("deliberated for about 10 hours"), not a
    // time expression ("two days later", "in 20 years").
    const lastingSpan =
      counted !== undefined &&
      TIME_UNITS.has(counted.norm) &&
      (qualifier.text !== "" ||
        Number(read.value) >= 1000 ||
        /^(?:for|lasted|lasting|took|spent)$/.test(tokens[qualifier.from - 1]?.norm ?? "") ||
        // "a maximum sentence of 20 years", "a delay of three hours": the length of a noun's span.
        (tokens[qualifier.from - 1]?.norm === "of" &&
          hasTag(tokens[qualifier.from - 2], "Noun") &&
          !hasTag(tokens[qualifier.from - 2], "Pronoun", "Value", "Date") &&
          !clauseBreak(tokens[qualifier.from - 2], tokens[qualifier.from - 1])) ||
        // "over the past 362 years", "in the last 24 hours": a span up to now.
        /^(?:past|last)$/.test(tokens[qualifier.from - 1]?.norm ?? "") ||
        // "after 60 days in office", "two years in power": the length of a tenure.
        TENURE.test(
          tokens
            .slice(last + 1, last + 4)
            .map((t) => t.norm)
            .join(" "),
        ) ||
        // "after a stunning 48 hours", "a tense 72 hours": a span told as a thing.
        (/^(?:a|an)$/.test(tokens[qualifier.from - 2]?.norm ?? "") &&
          hasTag(tokens[qualifier.from - 1], "Adjective") &&
          !clauseBreak(tokens[qualifier.from - 2], tokens[qualifier.from - 1])) ||
        // "had flown 1,200 hours": a verb's length of time, not "two days later".
        (hasTag(tokens[qualifier.from - 1], "Verb") &&
          !/^(?:is|was|were|are|be|been|has|have|had)$/.test(
            tokens[qualifier.from - 1]?.norm ?? "",
          )) ||
        // "took the camera 12.5 hours": the length a verb of taking says, a few words back.
        tokens
          .slice(Math.max(0, qualifier.from - 5), qualifier.from)
          .some((t) => /^(?:took|takes|take|taking|lasted|spent|needed|required)$/.test(t.norm))) &&
      // "4.6 billion years ago" is a figure; "two days later" a time expression.
      (Number(read.value) >= 1000 ||
        !/^(?:ago|later|earlier|old)$/.test(tokens[last + 1]?.norm ?? ""));
    // "took office 60 days ago": the time since a tenure began is its length.
    const tenureSoFar =
      counted !== undefined &&
      TIME_UNITS.has(counted.norm) &&
      tenureSince(tokens, qualifier.from, last);
    const lasting = lastingSpan || tenureSoFar;
    if (counted && EMPTY_COUNTED.has(counted.norm) && !lasting) continue;
    // A number inside a name: "Valley 6 News", "Channel 4 News", "Apollo 11", "France 24"; not
    // one after a name and a comma ("near Ashby, 40 km east").
    if (
      previous &&
      !currency &&
      !previous.sentenceStart &&
      /^\s*$/.test(`${previous.post}${first.pre}`) &&
      hasTag(previous, "ProperNoun") &&
      !hasTag(previous, "Month", "Date") &&
      /^\p{Lu}/u.test(previous.text) &&
      k === i &&
      /^\d+$/.test(first.text)
    )
      continue;
    if (
      previous &&
      (!previous.sentenceStart || hasTag(previous, "ProperNoun", "Noun")) &&
      /^\p{Lu}/u.test(previous.text) &&
      /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "") &&
      !FIGURE_QUALIFIERS.includes(previous.norm)
    )
      continue;
    if (inModelName(tokens, i, k)) continue;
    if (currency && rate) {
      word = `${currency} per ${readable(rate)}`;
      group = `${currency}:per:${stemWord(rate.norm)}`;
      last = Math.max(last, tokens.indexOf(rate));
    } else if (currency) {
      // What the sum is: "$1.3 million in property damage", "would cost … $40 million".
      const topic = moneyTopic(tokens, qualifier.from, Math.max(last, k), counted);
      word = topic ? `${currency} (${readable(topic)})` : currency;
      group = topic ? `${currency}:${moneyTopicGroup(tokens, topic, topic === counted)}` : currency;
    } else if (!counted) {
      // "50 cars, 11 of which carried fuel": a part of the sentence's last count.
      const part = partOfEarlier(tokens, qualifier.from, k, found[found.length - 1], read.value);
      if (part) {
        const startToken = tokens[qualifier.from] ?? first;
        found.push({
          what: part.outcome ? `${part.what} ${part.outcome}` : part.what,
          key: `${part.counted}|${part.outcome ?? ""}`,
          counted: part.counted,
          outcome: part.outcome,
          value,
          qualifier: qualifier.text === "" ? null : qualifier.text,
          text: text.slice(startToken.start, (tokens[part.last] ?? end).end),
          paragraph: passage.paragraph,
          context: contextOf(tokens, qualifier.from, part.last),
        });
        i = part.last;
        continue;
      }
      // "the workforce numbers about 7,500", "a staff of 300": what is counted is told before.
      const subject = outcome ? null : subjectCount(tokens, qualifier.from);
      if (subject) {
        const toll = outcomeOfNoun(subject.token.norm);
        outcome = toll;
        word = toll ? "people" : subject.word;
        group = toll ? "people" : countedGroup({ ...subject.token, norm: subject.word });
        subjectHead = subject.word;
        // Shown with the words that say what it counts: "workforce now numbers about 7,500".
        textFrom = tokens.indexOf(subject.token);
      } else {
        if (!outcome) continue;
        // "more than 40 wounded": the people counted before in the sentence, else people; "all
        // 40 on board" are all those aboard, not the crew counted before.
        const before = outcome === ABOARD ? undefined : lastCounted;
        word = before?.word ?? "people";
        group = before?.group ?? "people";
      }
    }
    if (!currency && counted && (outcome === "killed" || outcome === "wounded"))
      lastCounted = { word, group };
    const startToken = tokens[textFrom] ?? first;
    const endToken = tokens[Math.max(last, k)] ?? end;
    const figureText = text.slice(startToken.start, endToken.end);
    const context = contextOf(tokens, textFrom, Math.max(last, k));
    const what = outcome && !currency ? `${word} ${outcome}` : word;
    // "the toll topped 50,000": a mark passed, more than it.
    const passed =
      outcome !== null &&
      PASSED_WORDS.has(tokens[i - 1]?.norm ?? "") &&
      !clauseBreak(tokens[i - 1], first);
    found.push({
      what,
      key: `${group}|${currency ? "" : (outcome ?? "")}`,
      counted: group,
      outcome: currency ? null : outcome,
      value,
      qualifier: qualifier.text === "" ? (passed ? "more than" : null) : qualifier.text,
      text: figureText,
      paragraph: passage.paragraph,
      context,
      ...(counted && !currency && !partial && group === countedGroup(counted)
        ? { head: counted.norm }
        : subjectHead
          ? { head: subjectHead }
          : {}),
      ...(outcome && !currency && yearNamed(tokens, textFrom, Math.max(last, k))
        ? { dated: true }
        : {}),
    });
    // "acquitted on three counts of fraud and one count of conspiracy": the verdict's whole.
    const verdict =
      outcome !== null && COURT_OUTCOMES.has(outcome) && chargeCount && typeof value === "number";
    // "acquitted her of conspiracy and three counts of fraud": the charge named first is one more.
    const namedAt = verdict ? chargeNamedBefore(tokens, qualifier.from) : -1;
    const namedFirst = namedAt >= 0 ? 1 : 0;
    const parts = verdict
      ? verdictWhole(tokens, Math.max(last, k), Number(value) + namedFirst)
      : null;
    const whole =
      parts ?? (namedFirst > 0 ? { value: Number(value) + 1, last: Math.max(last, k) } : null);
    if (whole) {
      const wholeEnd = tokens[whole.last] ?? endToken;
      const wholeStart = tokens[namedAt] ?? startToken;
      found.push({
        what: `counts ${outcome}`,
        key: `${CHARGE_GROUP}|${outcome}`,
        counted: CHARGE_GROUP,
        outcome,
        value: whole.value,
        qualifier: null,
        text: text.slice(wholeStart.start, wholeEnd.end),
        paragraph: passage.paragraph,
        context: contextOf(tokens, namedAt >= 0 ? namedAt : textFrom, whole.last),
      });
    }
    i = Math.max(last, k);
  }
  return found;
}

/** The group counts and charges are counted in. */
const CHARGE_GROUP = "counts";

/** How far past a count of charges the next part of the same verdict is looked for. */
const PARTS_REACH = 20;

/**
 * A verdict told in parts after a count of charges ending at `end`, joined by "and" or listed with
 * commas: "three counts of fraud and one count of conspiracy", "one count of fraud against
 * tenants between 2019 and 2021, one count of bribery, and two counts of theft", "three more
 * counts of fraud and another count of conspiracy". The whole, with the index of the last part's
 * noun; null when no part follows before another number or a strong break.
 */
function verdictWhole(
  tokens: readonly Token[],
  end: number,
  value: number,
): { value: number; last: number } | null {
  let whole = value;
  let last = -1;
  let limit = end + PARTS_REACH;
  for (let m = end + 1; m < tokens.length && m <= limit; m++) {
    const token = tokens[m];
    if (!token || /[;:()[\]—–]|--/.test(`${tokens[m - 1]?.post ?? ""}${token.pre}`)) break;
    // "between 2019 and 2021": the years a part's description gives.
    if (isYear(token)) continue;
    const listed = /,/.test(tokens[m - 1]?.post ?? "");
    const lead = token.norm === "and" ? m + 1 : listed ? m : -1;
    const part = lead >= 0 ? verdictPart(tokens, lead) : null;
    if (part) {
      whole += part.value;
      last = part.last;
      m = part.last;
      limit = part.last + PARTS_REACH;
      continue;
    }
    if (token.norm === "and" && !isYear(tokens[m + 1])) break;
    if (/^\d/.test(token.text)) break;
  }
  return last < 0 ? null : { value: whole, last };
}

/**
 * The thing a price is told for each of, after the number ending at `k`: "share" of "$61.40 a
 * share", "barrel" of "$90 per barrel". None for a length of time ("$5 million a year"), which
 * tells what a sum comes to over it.
 */
function rateUnit(tokens: readonly Token[], k: number): Token | undefined {
  const link = tokens[k + 1];
  const unit = tokens[k + 2];
  if (!link || !unit || !/^(?:a|an|per)$/.test(link.norm)) return undefined;
  if (clauseBreak(tokens[k], link) || clauseBreak(link, unit)) return undefined;
  // "per" takes a noun whatever the tagger reads it as ("per share").
  if (!hasTag(unit, "Noun") && (link.norm !== "per" || !/^\p{Ll}+$/u.test(unit.text)))
    return undefined;
  if (hasTag(unit, "Pronoun", "Value", "Date", "ProperNoun", "Determiner")) return undefined;
  if (TIME_UNITS.has(unit.norm) || hasTag(tokens[k + 3], "Noun")) return undefined;
  return unit;
}

/** How many words either side of a figure its year is looked for: "killed 900 in 1931". */
const YEAR_REACH = 4;

/**
 * A year named by "in" or "of" beside the figure at `from`..`to`, in its clause (no comma
 * between): "killed at least 900 in 1931", "the floods of 1953 killed 1,800".
 */
function yearNamed(tokens: readonly Token[], from: number, to: number): boolean {
  const dated = (at: number) =>
    isYear(tokens[at]) && /^(?:in|of)$/.test(tokens[at - 1]?.norm ?? "");
  for (let m = to + 1; m <= to + YEAR_REACH; m++) {
    if (!tokens[m] || clauseBreak(tokens[m - 1], tokens[m]) || /,/.test(tokens[m - 1]?.post ?? ""))
      break;
    if (dated(m)) return true;
  }
  for (let b = from - 1; b >= 0 && b >= from - YEAR_REACH - 2; b--) {
    if (!tokens[b] || clauseBreak(tokens[b], tokens[b + 1]) || /,/.test(tokens[b]?.post ?? ""))
      break;
    if (dated(b)) return true;
  }
  return false;
}

/** A year written out: "2019". */
function isYear(token: Token | undefined): boolean {
  const year = /^\d{4}$/.test(token?.text ?? "") ? Number(token?.text) : 0;
  return year >= 1900 && year <= 2100;
}

/**
 * One part of a verdict told in parts, from its first word at `lead`: "one count of conspiracy",
 * "a related bribery charge", "two counts". Its number of charges and the index of its noun.
 */
function verdictPart(
  tokens: readonly Token[],
  lead: number,
): { value: number; last: number } | null {
  const first = tokens[lead];
  const one = /^(?:a|an|another|one)$/.test(first?.norm ?? "");
  const count = first && !one && !isYear(first) ? readNumber(tokens, lead) : null;
  if (!one && !count) return null;
  const from = count ? count.k + 1 : lead + 1;
  // The part's own noun of charges, past a few words describing it ("a related conspiracy charge").
  for (let n = from; n < tokens.length && n <= from + 3; n++) {
    const word = tokens[n];
    if (!word || clauseBreak(tokens[n - 1], word)) return null;
    if (CHARGE_NOUNS.has(word.norm)) return { value: count ? count.value : 1, last: n };
    if (!hasTag(word, "Adjective", "Noun") || hasTag(word, "Pronoun")) return null;
  }
  return null;
}

/**
 * A charge named without a number before a count of charges at `from`, in the verdict's list:
 * "acquitted her of conspiracy and three counts of fraud" (the conspiracy is one charge more).
 * The verdict's outcome word must stand before it, tied by "of", "on" or "with", with no number
 * between. The index of the charge's first word, else -1.
 */
function chargeNamedBefore(tokens: readonly Token[], from: number): number {
  if (tokens[from - 1]?.norm !== "and") return -1;
  let named = false;
  for (let b = from - 2; b >= 0 && b >= from - CHARGE_NAME_REACH; b--) {
    const token = tokens[b];
    if (!token || clauseBreak(token, tokens[b + 1])) return -1;
    if (/^\d/.test(token.text) || isNumberWord(token) || CHARGE_NOUNS.has(token.norm)) return -1;
    if (COURT_LINKS.has(token.norm) && named) {
      // "acquitted Jane Doe of", "found her guilty of": whom it befell stands between.
      for (let v = b - 1; v >= 0 && v >= b - 4; v--) {
        const verb = tokens[v];
        const found = verdictOf(tokens, v) ?? outcomeOf(verb);
        if (found) return COURT_OUTCOMES.has(found) ? b + 1 : -1;
        if (!hasTag(verb, "ProperNoun", "Pronoun")) return -1;
      }
      return -1;
    }
    if (hasTag(token, "Noun") && !hasTag(token, "Pronoun")) named = true;
  }
  return -1;
}

/** How far back before "and" a charge named without a number is looked for. */
const CHARGE_NAME_REACH = 8;

/**
 * A number that names a model, a flight, a category or a route, not a count: right after a
 * capitalised word ("Max 8 jets", "Flight 302", "Category 4 storm", "Route 9") or right before
 * one that is no plural ("the A380", "a Model 3").
 */
export function inModelName(tokens: readonly Token[], i: number, k = i): boolean {
  const first = tokens[i];
  if (!first || k !== i || !/^\d{1,4}$/.test(first.text)) return false;
  if (afterNameWord(tokens, i)) return true;
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    /^\s*$/.test(`${first.post}${next.pre}`) &&
    /^\p{Lu}/u.test(next.text) &&
    !hasTag(next, "Plural", "Demonym") &&
    !hasTag(tokens[i + 2], "Plural") &&
    // "40 Airbus 321-200 jets", "48 Fokker 70 jets": the name has its own model number, this
    // one counts them; "its 70 XL 4 planes": a one- or two-digit variant, this one is the model.
    !/^\d(?:\d{2,}|.*[-–])/.test(tokens[i + 2]?.text ?? "")
  );
}

/** A number written right after a capitalised word of a name: "Flight 302", "Airbus 321-200". */
function afterNameWord(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const previous = tokens[i - 1];
  return (
    first !== undefined &&
    previous !== undefined &&
    /^\s*$/.test(`${previous.post}${first.pre}`) &&
    /^\p{Lu}/u.test(previous.text) &&
    !previous.sentenceStart &&
    !hasTag(previous, "Month", "Date", "WeekDay", "Demonym") &&
    !FIGURE_QUALIFIERS.includes(previous.norm)
  );
}

/**
 * "Airbus 321-200", "Embraer 190-100": a model's number after its maker's name, no tally; a score
 * after a team's name ("Leeds 3-1 …") is one when a name or a result word follows it.
 */
function modelNumber(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!afterNameWord(tokens, i)) return false;
  // "321-200", "190-100": a series and its variant, never a score's two sides.
  if (/^\d{3}[-–](?:\d|\d00)$/.test(tokens[i]?.text ?? "")) return true;
  return (
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    !RESULT_WORDS.has(next.norm) &&
    !hasTag(next, "Preposition", "Conjunction", "Verb")
  );
}

/**
 * A plural noun the tagger read as a verb after a number: "three judges upheld", "two
 * officers were hurt", "two plane crashes": an -s word after a singular noun, or followed by a
 * verb, an adverb, a preposition or the end.
 */
function countedPlural(token: Token, next: Token | undefined, previous?: Token): boolean {
  if (!hasTag(token, "PresentTense") || !/[^s]s$/.test(token.norm)) return false;
  if (hasTag(token, "Noun", "Plural")) return false;
  // "48 airplanes worldwide", "XL 4 planes": an -s word right after a numeral is what it counts.
  if (previous && /^\d[\d,.]*$/.test(previous.text) && /^\s*$/.test(`${previous.post}${token.pre}`))
    return true;
  // "two major plane crashes": a singular noun before it modifies it.
  if (previous && hasTag(previous, "Singular") && !hasTag(previous, "Pronoun", "ProperNoun"))
    return true;
  return (
    next === undefined ||
    clauseBreak(token, next) ||
    hasTag(next, "Verb", "Adverb", "Preposition", "Modal", "Auxiliary")
  );
}

/**
 * A name of a person, place or body, not a common noun written in title case ("counts of
 * First-Degree Murder"): a proper noun the tagger knows no other way, or one it types.
 */
function namedThing(token: Token | undefined): boolean {
  return hasTag(token, "Person", "Place", "Organization", "Acronym");
}

/** A word of a name: tagged one, or capitalised inside its sentence ("MAX", "Max"). */
function namePart(token: Token): boolean {
  return (
    hasTag(token, "ProperNoun", "Acronym") || (!token.sentenceStart && /^\p{Lu}/u.test(token.text))
  );
}

/** The counted word as a reader reads it: lower case unless a name. */
function readable(token: Token): string {
  return hasTag(token, "ProperNoun", "Acronym", "Demonym") ? token.text : token.text.toLowerCase();
}

/** Counted nouns that mean the same group: people in general, else the noun's stem. */
function countedGroup(token: Token): string {
  const norm = token.norm;
  if (PEOPLE_NOUNS.has(norm)) return "people";
  const unit = UNIT_SPELLINGS.get(norm);
  if (unit) return stemWord(unit);
  return SAME_COUNTED.get(norm) ?? stemWord(norm);
}

/**
 * The number starting at a token, with its multipliers ("1.2 million", "two dozen", "half a
 * million"): its value and the index of its last token.
 */
function readNumber(tokens: readonly Token[], i: number): { value: number; k: number } | null {
  const first = tokens[i];
  if (!first) return null;
  let value: number | null = null;
  let k = i;
  const half = MULTIPLIERS[tokens[i + 2]?.text.toLowerCase() ?? ""];
  if (first.norm === "half" && tokens[i + 1]?.norm === "a" && half !== undefined && half >= 1000) {
    value = half / 2;
    k = i + 2;
  } else if (isArticleNumber(tokens, i)) {
    // "a million customers", "a hundred people", "a dozen rockets"
    value = MULTIPLIERS[tokens[i + 1]?.text.toLowerCase() ?? ""] ?? null;
    k = i + 1;
  } else {
    if (!isNumberStart(first) && !partBeforeWhole(tokens, i)) return null;
    value = baseValue(first);
  }
  if (value === null) return null;
  for (;;) {
    const next = tokens[k + 1];
    const scale = next ? MULTIPLIERS[next.text.toLowerCase()] : undefined;
    if (!next || scale === undefined || clauseBreak(tokens[k], next)) break;
    if (/^(?:m|bn)$/i.test(next.text) && !SIGN.test(first.text)) break;
    if (/%$/.test(tokens[k]?.text ?? "")) break;
    // 4.1 × 1,000,000 is 4,100,000, not 4,099,999.9999999995.
    value = Number((value * scale).toPrecision(15));
    k++;
  }
  return { value, k };
}

/** "a million", "a hundred", "a dozen": the article and a word multiplier are one number. */
function isArticleNumber(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!/^(?:a|an)$/.test(tokens[i]?.norm ?? "") || !next || clauseBreak(tokens[i], next))
    return false;
  return /^(?:dozen|hundred|thousand|million|billion|trillion)$/i.test(next.text);
}

/** Nouns of how many there are of the noun before them: "staff numbers", "troop levels". */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(["numbers", "number", "levels", "level"]);

/** Fractions' parts, by the words that tell them: "three-quarters" is 3 × a quarter. */
const NUMERATORS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  // The tagger's norm of a number word is its digits.
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
};

/**
 * A fraction that tells a share of a whole named after "of": "three-quarters of", "two thirds
 * of", "a quarter of", "half of"; its value as a percentage and its last token.
 */
function fractionAt(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const joined = /^([a-z]+)[-‐]([a-z]+)$/.exec(token.norm);
  let numerator: number | undefined;
  let denominator: number | undefined;
  let last = i;
  if (joined?.[1] && joined[2]) {
    numerator = NUMERATORS[joined[1]];
    denominator = DENOMINATORS[joined[2]];
  } else if (token.norm === "half") {
    numerator = 1;
    denominator = 2;
  } else {
    numerator = NUMERATORS[token.norm];
    denominator = DENOMINATORS[tokens[i + 1]?.norm ?? ""];
    last = i + 1;
    if (clauseBreak(token, tokens[i + 1])) return null;
  }
  if (!numerator || !denominator || numerator >= denominator) return null;
  // "a half" is no share; "one half of" is.
  if (token.norm === "a" && denominator === 2) return null;
  if (tokens[last + 1]?.norm !== "of" || clauseBreak(tokens[last], tokens[last + 1])) return null;
  // "a quarter of an hour", "half of the season": a span of time, no share of a whole.
  const whole = hasTag(tokens[last + 2], "Determiner") ? tokens[last + 3] : tokens[last + 2];
  if (TIME_UNITS.has(whole?.norm ?? "") || /^(?:season|century|way)$/.test(whole?.norm ?? ""))
    return null;
  return { value: Number(((100 * numerator) / denominator).toFixed(1)), last };
}

/** The number ending at token k is a percentage: "6.2%", "9 percent", "58 per cent". */
function isPercent(tokens: readonly Token[], k: number): boolean {
  const end = tokens[k];
  const after = tokens[k + 1];
  if (!end) return false;
  if (/%$/.test(end.text) || /^%/.test(end.post)) return true;
  if (after?.norm === "percentage" && /^points?$/.test(tokens[k + 2]?.norm ?? "")) return false;
  if (after && PERCENT_WORDS.has(after.norm)) return true;
  return after?.norm === "per" && tokens[k + 2]?.norm === "cent";
}

/**
 * A percentage, aligned by what it is a share of ("58% of the vote") and whose it is (the noun
 * before it in its clause: "shares fell 6.2%", "Smith won 58%").
 */
/** A percentage read, with the index of its last token ("cent" of "per cent"). */
interface PercentRead {
  readonly figure: ReadFigure;
  readonly last: number;
  /** The last token of what it is a share of ("vote" of "58% of the vote"), else last. */
  readonly phraseEnd: number;
}

function percentFigure(
  tokens: readonly Token[],
  i: number,
  k: number,
  passage: Passage,
  fraction?: { readonly value: number; readonly last: number },
): PercentRead | null {
  const first = tokens[i];
  if (!first) return null;
  const read = fraction ?? readNumber(tokens, i);
  if (!read) return null;
  const qualifier = qualifierBefore(tokens, i);
  let last = fraction
    ? fraction.last
    : /%$/.test(tokens[k]?.text ?? "") || /^%/.test(tokens[k]?.post ?? "")
      ? k
      : k + 1;
  if (!fraction && tokens[last]?.norm === "per") last++;
  // "a 9.2% stake", "a 25 percent tariff": what it is, the noun it stands before, after an
  // article or a possessive ("its 9.2% stake"); "a 30% share of the vote": what that is of.
  const held = hasTag(tokens[qualifier.from - 1], "Determiner", "Possessive")
    ? heldNoun(tokens, last)
    : undefined;
  const phrase = held ? tokens.indexOf(held) : last;
  // "of the vote": what it is a share of.
  let of: Token | undefined;
  let ofEnd = phrase;
  if (tokens[phrase + 1]?.norm === "of" && !clauseBreak(tokens[phrase], tokens[phrase + 1])) {
    let m = phrase + 2;
    if (hasTag(tokens[m], "Determiner", "Possessive")) m++;
    // "of the mill's workforce": the whole is the possessive's.
    if (/['’]s$/.test(tokens[m]?.text ?? "") && hasTag(tokens[m + 1], "Noun", "Value")) m++;
    // "75% of its 7,500 employees": the whole's own count stands between.
    if (/^\d[\d,.]*$/.test(tokens[m]?.text ?? "") && hasTag(tokens[m + 1], "Noun")) m++;
    while (tokens[m] && hasTag(tokens[m], "Noun", "Adjective") && !hasTag(tokens[m], "Pronoun")) {
      of = tokens[m];
      ofEnd = m;
      if (!hasTag(tokens[m + 1], "Noun") || clauseBreak(tokens[m], tokens[m + 1])) break;
      m++;
    }
  }
  of ??= held;
  // Whose it is: the nearest common noun before it in its clause ("shares fell 6.2%").
  let subject: Token | undefined;
  for (let b = qualifier.from - 1; !of && b >= 0 && b >= qualifier.from - 8; b--) {
    const token = tokens[b];
    if (!token || clauseBreak(token, tokens[b + 1]) || /,/.test(token.post)) break;
    if (hasTag(token, "Conjunction")) break;
    if (hasTag(token, "Pronoun", "Date", "Value", "ProperNoun", "Person", "Organization")) continue;
    if (token.norm === "cent" || PERCENT_WORDS.has(token.norm)) continue;
    if ((hasTag(token, "Noun") || SAME_COUNTED.has(token.norm)) && !STOP_WORDS.has(token.norm)) {
      subject = token;
      // "shares of the maker": the shares.
      const ofAt = hasTag(tokens[b - 1], "Determiner") ? b - 2 : b - 1;
      const head = tokens[ofAt - 1];
      if (
        tokens[ofAt]?.norm === "of" &&
        head &&
        (hasTag(head, "Noun") || SAME_COUNTED.has(head.norm)) &&
        !hasTag(head, "Pronoun") &&
        head.norm !== "cent" &&
        !PERCENT_WORDS.has(head.norm)
      )
        subject = head;
      // "58 per cent of the vote against 42 per cent": the other share of the same thing.
      if (head && (head.norm === "cent" || PERCENT_WORDS.has(head.norm))) {
        subject = undefined;
        of ??= token;
      }
      break;
    }
  }
  // "staff numbers by 75%": the noun the quantity is of.
  const quantityOf = subject ? tokens[tokens.indexOf(subject) - 1] : undefined;
  if (
    subject &&
    QUANTITY_NOUNS.has(subject.norm) &&
    hasTag(quantityOf, "Noun") &&
    !hasTag(quantityOf, "Pronoun", "ProperNoun")
  )
    subject = quantityOf;
  // "cut staff by 75%", "the workforce shrank 10%": a share of a body of people is of its members.
  if (!of && subject && COLLECTIVE_MEMBERS.has(subject.norm)) {
    of = subject;
    subject = undefined;
  }
  // What it is of says enough ("58% of the vote"); whose it is, otherwise.
  const whoseGroup = subject && !of ? countedGroup(subject) : "";
  // "75% of its workforce" and "75% of its employees": a body of people is its members.
  const members = of ? COLLECTIVE_MEMBERS.get(of.norm) : undefined;
  const ofGroup = of ? countedGroup(members ? { ...of, norm: members } : of) : "";
  const what = of
    ? `percent ${of === held ? "" : "of "}${readable(of)}`
    : subject
      ? `${readable(subject)}, percent`
      : "percent";
  const endToken = tokens[Math.min(last, tokens.length - 1)] ?? first;
  const startToken = tokens[qualifier.from] ?? first;
  const figure: ReadFigure = {
    what,
    key: `percent|${ofGroup}|${whoseGroup}`,
    counted: `percent:${ofGroup}:${whoseGroup}`,
    outcome: null,
    value: read.value,
    qualifier: qualifier.text === "" ? null : qualifier.text,
    text: passage.text.slice(startToken.start, endToken.end),
    paragraph: passage.paragraph,
    context: contextOf(tokens, qualifier.from, last, true),
  };
  return { figure, last: Math.min(last, tokens.length - 1), phraseEnd: ofEnd };
}

/**
 * The noun a percentage stands before as its modifier ("a 9.2% stake", "a 25 percent tariff"):
 * the head of the phrase, past adjectives ("a 5% annual raise"); none when the share is of a
 * clause's subject ("6.2% lower") or is followed by a verb or a preposition.
 */
function heldNoun(tokens: readonly Token[], last: number): Token | undefined {
  let head: Token | undefined;
  for (let m = last + 1; m <= last + 3; m++) {
    const token = tokens[m];
    if (!token || clauseBreak(tokens[m - 1], token)) break;
    if (PERCENT_WORDS.has(token.norm) || token.norm === "cent") break;
    // "a 9.2% share in the company": after "a 9.2%", a verb's bare form is a noun.
    const bareVerb = hasTag(token, "Infinitive", "PresentTense") && !hasTag(token, "Auxiliary");
    if (hasTag(token, "Preposition", "Pronoun", "Value", "ProperNoun", "Determiner")) break;
    if (hasTag(token, "Verb") && !bareVerb) break;
    if (hasTag(token, "Noun") || bareVerb) head = token;
    else if (!hasTag(token, "Adjective") || head) break;
    if (head && (!hasTag(tokens[m + 1], "Noun") || bareVerb)) break;
  }
  return head;
}

/** Content stems of a sentence outside a figure's own words (from..to): where it stands. */
function contextOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  outcomesToo = false,
): ReadonlySet<string> {
  const stem = (t: Token) => stemWord(t.norm.replace(/'s$/, ""));
  const own = new Set(tokens.slice(from, to + 1).map(stem));
  const words = tokens
    .filter(
      (t) =>
        !own.has(stem(t)) &&
        !STOP_WORDS.has(t.norm) &&
        !hasTag(t, "Value") &&
        (outcomesToo || !OUTCOMES.has(t.norm)) &&
        t.norm.length > 2,
    )
    .map(stem);
  // "extra-time" stands in the same event as "extra time": its parts count too.
  const parts = words.flatMap((word) =>
    word.includes("-")
      ? word
          .split("-")
          .filter((part) => part.length > 2 && !STOP_WORDS.has(part))
          .map((part) => stemWord(part))
      : [],
  );
  return new Set([...words, ...parts]);
}

const AUXILIARIES = new Set(
  "be is are was were been being have has had would could will shall should may might must can do does did".split(
    " ",
  ),
);

/**
 * What a sum of money is of: the noun it is said of ("a $2 million fine", "his $3 billion
 * takeover"), else the noun after "in", "of" or "for" ("$2 million in damage"), else the verb
 * before it ("would cost … $40 million") or a noun with "of" ("a fine of $5,000").
 */
function moneyTopic(
  tokens: readonly Token[],
  from: number,
  to: number,
  counted?: Token,
): Token | undefined {
  if (
    counted &&
    !CURRENCY_WORDS.has(counted.norm) &&
    hasTag(counted, "Noun") &&
    !hasTag(counted, "ProperNoun", "Pronoun", "Date", "Value")
  )
    return counted;
  // "his $3 billion (£2.4 billion) takeover": the noun past a conversion in brackets.
  if (/\(/.test(`${tokens[to]?.post ?? ""}${tokens[to + 1]?.pre ?? ""}`)) {
    for (let m = to + 1; m < tokens.length && m <= to + BRACKET_REACH; m++) {
      if (!/\)/.test(tokens[m]?.post ?? "")) continue;
      const after = tokens[m + 1];
      if (/[,.;:]/.test(tokens[m]?.post ?? "") || !after) break;
      if (hasTag(after, "Noun") && !hasTag(after, "ProperNoun", "Pronoun", "Date", "Value"))
        return after;
      break;
    }
  }
  // "its £2bn ($3bn) takeover": a conversion in brackets is of the noun after them.
  const after = tokens[to + 1];
  if (
    /\)/.test(tokens[to]?.post ?? "") &&
    /\(/.test(tokens[from]?.pre ?? "") &&
    !/[,.;:]/.test(tokens[to]?.post ?? "") &&
    after &&
    hasTag(after, "Noun") &&
    !hasTag(after, "ProperNoun", "Pronoun", "Date", "Value")
  )
    return after;
  const link = tokens[to + 1];
  // "$3 billion to buy the firm": what the sum is to do.
  const verb = tokens[to + 2];
  if (
    link?.norm === "to" &&
    verb &&
    hasTag(verb, "Infinitive") &&
    !clauseBreak(tokens[to], link) &&
    !clauseBreak(link, verb)
  )
    return verb;
  // "wiping $12 billion off its market value": what the sum is taken off is its topic too.
  if (link && /^(?:in|of|for|off)$/.test(link.norm) && !clauseBreak(tokens[to], link)) {
    let topic: Token | undefined;
    for (let m = to + 2; m < tokens.length && m <= to + 5; m++) {
      const token = tokens[m];
      if (!token || clauseBreak(tokens[m - 1], token)) break;
      if (hasTag(token, "Determiner", "Adjective", "Possessive") && !topic) continue;
      if (!hasTag(token, "Noun") || hasTag(token, "Pronoun", "ProperNoun", "Value", "Date")) break;
      topic = token;
      if (/,/.test(token.post)) break;
    }
    if (topic) return topic;
  }
  // "$3 million had been raised": what was done with the sum, said after it.
  for (let m = to + 1; m < tokens.length && m <= to + 4; m++) {
    const token = tokens[m];
    if (!token || clauseBreak(tokens[m - 1], token)) break;
    if (BE_WORDS.has(token.norm)) continue;
    if (m > to + 1 && MONEY_TOPICS.has(token.norm) && hasTag(token, "Verb")) return token;
    break;
  }
  for (let b = from - 1; b >= 0 && b >= from - MONEY_TOPIC_REACH; b--) {
    const token = tokens[b];
    if (!token || clauseBreak(token, tokens[b + 1])) break;
    // "donations have topped $3 million", "totalling $3.6 million": a mark reached says not
    // what of; the sentence's word for a kind of sum does ("donations").
    if (MARK_VERBS.has(token.norm))
      return [...tokens.slice(0, b).reverse(), ...tokens.slice(to + 1)].find(
        (t) => MONEY_TOPICS.has(t.norm) && !hasTag(t, "ProperNoun"),
      );
    if (
      hasTag(token, "Noun") &&
      !hasTag(token, "Pronoun", "ProperNoun") &&
      tokens[b + 1]?.norm === "of"
    )
      return token;
    if (hasTag(token, "Verb") && !AUXILIARIES.has(token.norm) && !SIZE_WORDS.has(token.norm))
      return token;
  }
  return undefined;
}

/** How many words back a sum's verb or "of" noun is looked for: "its takeover of the firm for a whopping $9 billion". */
const MONEY_TOPIC_REACH = 6;

/** How many words a conversion in brackets after a sum may hold. */
const BRACKET_REACH = 8;

/** Words of size before a sum that the tagger may read as verbs: "a whopping $3 billion". */
const SIZE_WORDS: ReadonlySet<string> = new Set(
  "whopping staggering hefty massive record reported estimated".split(" "),
);

/**
 * The group a sum's topic is aligned on: a firm's worth however it is told ("value", "valuation",
 * "market cap"), else the topic's stem.
 */
function moneyTopicGroup(tokens: readonly Token[], topic: Token, saidOf: boolean): string {
  // "a $9 billion startup": a sum said of a business is what it is worth.
  if (saidOf && FIRM_NOUNS.has(topic.norm)) return MONEY_TOPICS.get("value") ?? "value";
  const group = MONEY_TOPICS.get(topic.norm);
  // "market cap": "cap" alone may be another kind ("a salary cap").
  const before = tokens[tokens.indexOf(topic) - 1];
  if (group && (topic.norm !== "cap" || before?.norm === "market")) return group;
  return stemWord(topic.norm);
}

/**
 * The second number of "X to Y" right after the number ending at k, with nothing counted
 * between them ("ten to 15 people", "52 to 48"): its value and last token, else null.
 */
function rangeEnd(tokens: readonly Token[], k: number): { value: number; k: number } | null {
  const link = tokens[k + 1];
  if (!link || !/^(?:to|-|–)$/.test(link.norm) || clauseBreak(tokens[k], link)) return null;
  const start = tokens[k + 2];
  if (!start || clauseBreak(link, start) || !isNumberStart(start)) return null;
  if (hasTag(start, "Time") || /^\d{4}$/.test(start.text)) return null;
  const upper = readNumber(tokens, k + 2);
  if (!upper || isPercent(tokens, upper.k)) return null;
  return upper;
}

/**
 * The share after a percentage that sets another side's against it: "58.55% to 41.45%",
 * "58 per cent against 42 per cent". Counted as the first's, marked as the other side's, so
 * that outlets' winning shares and losing shares line up apart.
 */
function otherShare(
  tokens: readonly Token[],
  first: PercentRead,
  passage: Passage,
): PercentRead | null {
  const at = first.phraseEnd + 1;
  const link = tokens[at];
  if (!link || !/^(?:to|against|versus|vs)$/.test(link.norm)) return null;
  if (clauseBreak(tokens[at - 1], link) || clauseBreak(link, tokens[at + 1])) return null;
  // "to Le Pen's 41.45 percent": the other side named before its share.
  let from = at + 1;
  while (
    from < at + 4 &&
    tokens[from] &&
    !isNumberStart(tokens[from]) &&
    hasTag(tokens[from], "ProperNoun", "Possessive", "Determiner") &&
    !clauseBreak(tokens[from - 1], tokens[from])
  )
    from++;
  const read = readNumber(tokens, from);
  if (!read || !isPercent(tokens, read.k) || clauseBreak(tokens[from - 1], tokens[from]))
    return null;
  const second = percentFigure(tokens, from, read.k, passage);
  // A rising share ("rose 5% to 7%") is a change, not two sides.
  if (!second || Number(second.figure.value) > Number(first.figure.value)) return null;
  const shared = first.figure;
  return {
    figure: {
      ...second.figure,
      what: `other side's ${shared.what}`,
      key: `${shared.key}:other`,
      counted: `${shared.counted}:other`,
    },
    last: second.last,
    phraseEnd: second.phraseEnd,
  };
}

/** A tally written "52 to 48" (tokens i to k) or "3-2" (one token): what it is of read as a tally's is. */
function splitFigure(
  tokens: readonly Token[],
  i: number,
  k: number,
  value: string,
  passage: Passage,
): ReadFigure | null {
  const first = tokens[i];
  const last = tokens[k];
  if (!first || !last) return null;
  const topic = tallyTopic(tokens, i, k);
  // "1-0 up in the first half", "led 1-0 at the break": the score on the way, not the result.
  if (!topic && interimScore(tokens, i, k))
    return {
      what: "score on the way",
      key: `${INTERIM_TALLY}|`,
      counted: INTERIM_TALLY,
      outcome: null,
      value,
      qualifier: null,
      text: passage.text.slice(first.start, last.end),
      paragraph: passage.paragraph,
      context: contextOf(tokens, i, k),
    };
  const group = topic ? tallyGroup(topic) : "";
  return {
    what: topic ? `${tallyWord(topic)}, score` : "score",
    key: `tally:${group}|`,
    counted: `tally:${group}`,
    outcome: null,
    value,
    qualifier: null,
    text: passage.text.slice(first.start, last.end),
    paragraph: passage.paragraph,
    context: contextOf(tokens, i, k),
  };
}

/**
 * What a tally is of: the noun after it, result words and prepositions skipped ("won 3-2 on
 * penalties"), else a vote said before it ("voted 52-48", "a vote of 7-2").
 */
function tallyTopic(tokens: readonly Token[], i: number, k: number): Token | undefined {
  for (let b = i - 1; b >= 0 && b >= i - 3; b--) {
    const token = tokens[b];
    if (!token || clauseBreak(token, tokens[b + 1])) break;
    if (VOTE_WORDS.test(token.norm)) return token;
  }
  // "a 3-2 penalty shootout", "won 3-2 on penalties"; not "1-1 at 90 minutes", "1-1 after extra time".
  for (let m = k + 1; m < tokens.length && m <= k + 4; m++) {
    const next = tokens[m];
    if (!next || clauseBreak(tokens[m - 1], next)) break;
    // "4-2 in a shootout": the kind of contest; not "3-3 in extra time", "2-1 in the final".
    const kindOf = next.norm === "in" && /^(?:a|an)$/.test(tokens[m + 1]?.norm ?? "");
    if (hasTag(next, "Preposition") && next.norm !== "on" && !kindOf) break;
    if (RESULT_WORDS.has(next.norm) || hasTag(next, "Preposition", "Determiner", "Adjective"))
      continue;
    if (
      hasTag(next, "Noun") &&
      !hasTag(next, "Pronoun", "ProperNoun") &&
      !TIME_UNITS.has(next.norm)
    )
      return next;
    break;
  }
  return undefined;
}

const VOTE_WORDS = /^(?:vote|votes|voted|voting|ballot|ballots)$/;

/** The group of a score told on the way: "1-0 up", "led 1-0 at half-time". */
const INTERIM_TALLY = "tally:interim";

/** Words right after a score that make it a side's lead on the way: "3-1 up", "a goal down". */
const LEAD_AFTER: ReadonlySet<string> = new Set(["up", "down", "ahead", "behind"]);

/** Verbs before a score that make it a lead held: "led 2-0", "leading 1-0". */
const LEAD_BEFORE: ReadonlySet<string> = new Set([
  "led",
  "leading",
  "leads",
  "trailed",
  "trailing",
]);

/** A stage of a game after a score: "at half-time", "in the first half", "at the break". */
const STAGE =
  /^(?:at|in|by|during) (?:the )?(?:half-time|halftime|half time|break|interval|first half|first period|opening half)\b/;

/** A score (tokens i..k) told as a side's lead on the way, not the result. */
function interimScore(tokens: readonly Token[], i: number, k: number): boolean {
  const after = tokens[k + 1];
  if (after && LEAD_AFTER.has(after.norm) && !clauseBreak(tokens[k], after)) return true;
  const before = tokens[i - 1];
  if (before && LEAD_BEFORE.has(before.norm) && !clauseBreak(before, tokens[i])) return true;
  const words = tokens.slice(k + 1, k + 5);
  if (words.some((t, n) => clauseBreak(n === 0 ? tokens[k] : words[n - 1], t))) return false;
  return STAGE.test(words.map((t) => t.norm).join(" "));
}

/** What a tally is of, as a reader says it: "voted 52-48" is a vote's. */
function tallyWord(topic: Token): string {
  return VOTE_WORDS.test(topic.norm) ? "vote" : readable(topic);
}

function tallyGroup(topic: Token): string {
  if (VOTE_WORDS.test(topic.norm)) return "vote";
  return SHOOTOUT_WORDS.test(topic.norm) ? stemWord("penalty") : stemWord(topic.norm);
}

/** A shootout's words: "4-2 on penalties" and "4-2 in a shootout" are one tally. */
const SHOOTOUT_WORDS = /^(?:penalty|penalties|shootout|shoot-out|shootouts|shoot-outs)$/;

/** Result words a tally is of without saying what was scored: "a 3-2 win", "a 1-1 draw". */
const RESULT_WORDS = new Set(
  "win wins won victory victories defeat defeats loss losses draw draws lead result score scoreline".split(
    " ",
  ),
);

/**
 * A tally ("3-2", "7-2"): a score or a split vote, aligned by what follows it, result words and
 * prepositions skipped ("won 3-2 on penalties", "a 3-2 penalty shootout").
 */
function tallyFigure(tokens: readonly Token[], i: number, passage: Passage): ReadFigure | null {
  const token = tokens[i];
  const match = token ? /^(\d{1,3})[-–](\d{1,3})$/.exec(token.text) : null;
  if (!token || !match || hasTag(token, "Date", "Time", "Year")) return null;
  if (modelNumber(tokens, i)) return null;
  return splitFigure(tokens, i, i, `${match[1]}-${match[2]}`, passage);
}
