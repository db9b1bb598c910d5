import type { Passage } from "../ingest/article.js";
import { STOP_WORDS } from "../text/stop-words.js";
import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  EMPTY_COUNTED,
  FIGURE_QUALIFIERS,
  MULTIPLIERS,
  NUMBER_WORDS,
  OUTCOMES,
  PEOPLE_NOUNS,
} from "./figure-cues.js";
import { hasTag, readSentences, type Sentence, type Token } from "./passage-reading.js";
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
}

const cache = new WeakMap<Passage, readonly ReadFigure[]>();

/** The figures of a passage, cached per passage. */
export function passageFigures(passage: Passage): readonly ReadFigure[] {
  const known = cache.get(passage);
  if (known) return known;
  const found = readSentences(passage.text).flatMap((sentence) =>
    sentenceFigures(sentence, passage),
  );
  cache.set(passage, found);
  return found;
}

const BE_WORDS = new Set(
  "were was are is been be being have has had reportedly also later initially".split(" "),
);
const CLAUSE_END = /[;:()[\]—–]|--|\.(?:\s|$)/;

function isNumberWord(token: Token | undefined): boolean {
  if (!token) return false;
  const bare = token.text.toLowerCase();
  return bare in NUMBER_WORDS || bare.split(/[-‐]/).every((part) => part in NUMBER_WORDS);
}

function isNumberStart(token: Token | undefined): boolean {
  if (!token) return false;
  if (hasTag(token, "Ordinal", "Fraction", "Year", "Time", "NumberRange")) return false;
  if (/^[$£€¥₹]?\d[\d,]*(?:\.\d+)?(?:m|bn|k)?$/i.test(token.text)) return true;
  return hasTag(token, "Value", "Cardinal") && isNumberWord(token);
}

/** A number's value: digits, a word, or a hyphenated word ("twenty-five"). */
function baseValue(token: Token): number | null {
  const text = token.text.replace(/^[$£€¥₹]/, "").toLowerCase();
  const digits = /^(\d[\d,]*(?:\.\d+)?)(m|bn|k)?$/.exec(text);
  if (digits?.[1]) {
    const n = Number(digits[1].replace(/,/g, ""));
    const scale = digits[2] === "m" ? 1e6 : digits[2] === "bn" ? 1e9 : digits[2] === "k" ? 1e3 : 1;
    return Number.isFinite(n) ? n * scale : null;
  }
  const parts = text.split(/[-‐]/);
  if (parts.every((part) => part in NUMBER_WORDS))
    return parts.reduce((sum, part) => sum + (NUMBER_WORDS[part] ?? 0), 0);
  return null;
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
    if (!first || !isNumberStart(first)) continue;
    const previous = tokens[i - 1];
    if (previous && (hasTag(previous, "Month", "Date") || /^(?:no|number|#)$/.test(previous.norm)))
      continue;
    if (previous && isNumberStart(previous) && !clauseBreak(previous, first)) continue;
    let value = baseValue(first);
    if (value === null) continue;
    // Multipliers: "1.2 million", "two dozen", "three hundred thousand".
    let k = i;
    for (;;) {
      const next = tokens[k + 1];
      const scale = next ? MULTIPLIERS[next.norm] : undefined;
      if (!next || scale === undefined || clauseBreak(tokens[k], next)) break;
      if (/^(?:m|bn)$/.test(next.norm) && !/^[$£€]/.test(first.text)) break;
      value *= scale;
      k++;
    }
    const end = tokens[k];
    if (!end) continue;
    if (/^\d{4}$/.test(first.text) && value >= 1900 && value <= 2100 && k === i) continue;
    // "52-48", "7-2": a tally, not a count.
    const after = tokens[k + 1];
    if (after && /^(?:percent|per|a\.?m|p\.?m|o'clock)$/.test(after.norm)) continue;
    if (/%$/.test(end.post)) continue;
    if (/^[-‐]?year-old$|^[-‐]old$/.test(after?.norm ?? "")) continue;

    const sign = /^[$£€¥₹]/.exec(first.text)?.[0] ?? tokens[i - 1]?.post.trim().slice(-1);
    let currency = sign ? CURRENCY_SIGNS[sign] : undefined;
    const qualifier = qualifierBefore(tokens, i);

    // What it counts: the noun phrase right after the number.
    let counted: Token | undefined;
    let last = k;
    for (let m = k + 1; m < tokens.length && m <= k + 4; m++) {
      const token = tokens[m];
      if (!token || clauseBreak(tokens[m - 1], token) || /,/.test(tokens[m - 1]?.post ?? "")) break;
      if (token.norm === "of" && m === k + 1) continue; // "dozens of", "two of the"
      if (hasTag(token, "Determiner") && m === k + 2 && tokens[k + 1]?.norm === "of") continue;
      if (hasTag(token, "Verb") && !hasTag(token, "Noun", "Plural")) break;
      if (hasTag(token, "Preposition", "Conjunction", "Pronoun", "Adverb")) break;
      if (!hasTag(token, "Noun", "Adjective", "ProperNoun", "Acronym", "Plural", "Hyphenated"))
        break;
      if (hasTag(token, "Noun", "Plural", "ProperNoun", "Acronym")) {
        counted = token;
        last = m;
        // A plural ends the phrase: "40 rockets fired", not "40 rockets fired".
        if (hasTag(token, "Plural") && !hasTag(tokens[m + 1], "Plural")) break;
      }
    }
    if (!currency && counted && CURRENCY_WORDS.has(counted.norm)) currency = counted.norm;

    let outcome: string | null = null;
    // After the counted noun: "were killed", "wounded", "fired by".
    let o = (counted ? last : k) + 1;
    while (BE_WORDS.has(tokens[o]?.norm ?? "") && !clauseBreak(tokens[o - 1], tokens[o])) o++;
    if (!clauseBreak(tokens[o - 1], tokens[o])) outcome = outcomeOf(tokens[o]);
    // Before the number: "killing at least 18", "injured 40", "the death toll rose to 112".
    if (!outcome) {
      for (let b = qualifier.from - 1; b >= 0 && b >= qualifier.from - 4; b--) {
        const token = tokens[b];
        if (!token || clauseBreak(token, tokens[b + 1])) break;
        const found = outcomeOf(token);
        if (found) {
          outcome = found;
          break;
        }
        if (token.norm === "toll") {
          outcome = "killed";
          break;
        }
        if (
          !/^(?:to|at|of|by|rose|risen|reached|climbed|stood|stands|is|was|has|had|the)$/.test(
            token.norm,
          )
        )
          break;
      }
    }

    let word = counted ? readable(counted) : "";
    let group = counted ? countedGroup(counted) : "";
    if (counted && EMPTY_COUNTED.has(counted.norm)) continue;
    if (currency) {
      word = currency;
      group = currency;
    } else if (!counted) {
      if (!outcome) continue;
      // "more than 40 wounded": the people counted before in the sentence, else people.
      word = lastCounted?.word ?? "people";
      group = lastCounted?.group ?? "people";
    }
    if (!currency && counted && (outcome === "killed" || outcome === "wounded"))
      lastCounted = { word, group };
    const startToken = tokens[qualifier.from] ?? first;
    const endToken = tokens[Math.max(last, k)] ?? end;
    const figureText = text.slice(startToken.start, endToken.end);
    const own = new Set(
      tokens.slice(qualifier.from, Math.max(last, k) + 1).map((t) => stemWord(t.norm)),
    );
    const context = new Set(
      tokens
        .filter(
          (t) =>
            !own.has(stemWord(t.norm)) &&
            !STOP_WORDS.has(t.norm) &&
            !hasTag(t, "Value") &&
            !OUTCOMES.has(t.norm) &&
            t.norm.length > 2,
        )
        .map((t) => stemWord(t.norm)),
    );
    const what = outcome && !currency ? `${word} ${outcome}` : word;
    found.push({
      what,
      key: `${group}|${currency ? "" : (outcome ?? "")}`,
      counted: group,
      outcome: currency ? null : outcome,
      value,
      qualifier: qualifier.text === "" ? null : qualifier.text,
      text: figureText,
      paragraph: passage.paragraph,
      context,
    });
    i = Math.max(last, k);
  }
  return found;
}

/** The counted word as a reader reads it: lower case unless a name. */
function readable(token: Token): string {
  return hasTag(token, "ProperNoun", "Acronym", "Demonym") ? token.text : token.text.toLowerCase();
}

/** Counted nouns that mean the same group: people in general, else the noun's stem. */
function countedGroup(token: Token): string {
  const norm = token.norm;
  if (PEOPLE_NOUNS.has(norm)) return "people";
  return stemWord(norm);
}
