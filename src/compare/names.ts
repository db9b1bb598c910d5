import { equivalentKey, isPlaceTerm } from "../text/newsroom-equivalents.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { INSTITUTION_NOUNS, PERSON_NOUNS } from "./attribution-cues.js";
import {
  ABBREVIATIONS,
  BYLINE,
  CREDIT_PATTERNS,
  KNOWN_OUTLETS,
  NAME_PARTICLES,
  OUTLET_NAME_ENDINGS,
  PERSON_TITLES,
  PLACE_ENDINGS,
} from "./name-cues.js";
import { hasTag, readSentences, type Sentence, type Token } from "./passage-reading.js";
import { foldPhrase, stemWord } from "./word-forms.js";

/**
 * Names in a passage, typed: a person, an organisation, a place or an outlet. A name is a run of
 * capitalised words inside one clause: it never reaches over a sentence's end, a comma, a
 * conjunction ("Apple and Microsoft" are two), or from one name into the next ("… Camp X Britain
 * refused"); titles are not part of a person's name; photo credits and bylines give none.
 */

import type { NamedEntity, NameKind } from "./comparison.js";

export type { NameKind };

export interface Name {
  /** The name as printed, verbatim. */
  readonly text: string;
  readonly kind: NameKind;
  readonly tokens: readonly Token[];
  /** Where it stands in the passage text. */
  readonly start: number;
  readonly end: number;
}

const cache = new Map<string, readonly Name[]>();
const CACHE_LIMIT = 5000;

/** Small words that may sit inside a name: "Bank of England", "Ministry for Foreign Affairs". */
const JOINERS: ReadonlySet<string> = new Set(["of", "for", ...NAME_PARTICLES]);
const NOT_NAME_TAGS = ["Date", "Month", "WeekDay", "Pronoun", "Determiner", "Value"];

/** The names of a passage, in reading order; cached by text. */
export function passageNames(text: string): readonly Name[] {
  const known = cache.get(text);
  if (known) return known;
  const credits = creditRanges(text);
  const found = BYLINE.test(text)
    ? []
    : readSentences(text).flatMap((sentence) =>
        sentenceNames(sentence, text).filter(
          (name) => !credits.some(([from, to]) => name.start < to && name.end > from),
        ),
      );
  // "Doe said" after "Jane Doe": a surname alone is the person named before.
  const surnames = new Set(
    found
      .filter((name) => name.kind === "person" && name.tokens.length > 1)
      .map((name) => name.tokens[name.tokens.length - 1]?.norm),
  );
  const names = found.flatMap((name): Name[] => {
    const surname = name.tokens.length === 1 && surnames.has(name.tokens[0]?.norm);
    // A weak name (a sentence's first word, end -1) stands only as a surname named before.
    if (name.end < 0)
      return surname ? [{ ...name, kind: "person", end: name.start + name.text.length }] : [];
    return [surname ? { ...name, kind: "person" } : name];
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, names);
  return names;
}

/** Stretches of a passage that are photo credits. */
export function creditRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of CREDIT_PATTERNS)
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      ranges.push([at, at + match[0].length]);
    }
  return ranges;
}

/** A dot after a word that does not end a sentence: an initial, an abbreviation, "U.S.". */
function abbreviationDot(token: Token): boolean {
  return (
    /^\p{Lu}$/u.test(token.text) ||
    ABBREVIATIONS.has(token.norm) ||
    /\./.test(token.text) ||
    hasTag(token, "Abbreviation", "Honorific")
  );
}

/** Punctuation between two words that ends a name. */
function breaksName(a: Token, b: Token): boolean {
  const between = `${a.post}${b.pre}`;
  if (/[,;:()[\]"“”«»—–!?/]|--/.test(between)) return true;
  if (/\./.test(between)) return !abbreviationDot(a);
  return false;
}

function isCapitalised(token: Token): boolean {
  // "Iran-backed", "US-led": a modifier made from a name, not a name.
  if (/-\p{Ll}+$/u.test(token.text) && !/^\p{Ll}{1,3}-/u.test(token.text)) return false;
  // "ex-Minneapolis", "pro-European", "anti-NATO": a modifier made from a name.
  if (/^(?:ex|pro|anti|non|post|pre|mid|neo|pan|pseudo)-/i.test(token.text)) return false;
  return /^\p{Lu}/u.test(token.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(token.text);
}

/** A country's name ("Britain", "France's"), from the newsroom lexicon of countries. */
function isCountry(token: Token): boolean {
  if (hasTag(token, "Country")) return true;
  if (hasTag(token, "Demonym")) return false;
  const key = equivalentKey(token.norm.replace(/'s$/, ""));
  return key !== undefined && isPlaceTerm(key) && isCapitalised(token);
}

/**
 * A small word inside a name, the capitalised word after it in the same clause: "Bank of
 * England", "Marine le Pen", "Ursula von der Leyen" (two particles at most).
 */
function joinsName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!token || !previous || !JOINERS.has(token.norm) || breaksName(previous, token)) return false;
  const next = tokens[i + 1];
  if (!next || breaksName(token, next)) return false;
  if (isCapitalised(next)) return true;
  const after = tokens[i + 2];
  return (
    NAME_PARTICLES.has(token.norm) &&
    NAME_PARTICLES.has(next.norm) &&
    after !== undefined &&
    isCapitalised(after) &&
    !breaksName(next, after)
  );
}

/**
 * A number that is part of a name, not a count: after a capitalised word of the name ("Flight
 * 302", "Category 4", "Boeing 737 Max"), the name going on after it or ending there.
 */
function numberInName(tokens: readonly Token[], i: number, run: readonly Token[]): boolean {
  const token = tokens[i];
  const previous = run[run.length - 1];
  // One word and its number ("Flight 302"); after two, a number starts the next name
  // ("Ethiopian Airlines 737 …").
  if (!token || !previous || run.length > 1 || !/^\d{1,4}$/.test(token.text)) return false;
  if (hasTag(token, "Date", "Year", "Time") || hasTag(previous, "Month", "Date", "WeekDay"))
    return false;
  if (breaksName(previous, token)) return false;
  const next = tokens[i + 1];
  // "Max 8 jets" ends the name at the number; "737 Max" runs on.
  return !next || breaksName(token, next) || !hasTag(next, "Plural") || isCapitalised(next);
}

/** The names of one sentence. */
export function sentenceNames(sentence: Sentence, text: string): Name[] {
  const tokens = sentence.tokens;
  const names: Name[] = [];
  let run: Token[] = [];
  const flush = () => {
    const name = nameOf(run, text, tokens);
    if (name) names.push(name);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const previous = run[run.length - 1];
    // "Le Pen", "De Bruyne": a capitalised particle opening a name is no determiner.
    const particle =
      NAME_PARTICLES.has(token.norm) &&
      isCapitalised(token) &&
      tokens[i + 1] !== undefined &&
      isCapitalised(tokens[i + 1] as Token) &&
      !breaksName(token, tokens[i + 1] as Token);
    const capital = isCapitalised(token) && (particle || !hasTag(token, ...NOT_NAME_TAGS));
    if (previous && run.some(isCapitalised) && joinsName(tokens, i)) {
      run.push(token);
      continue;
    }
    if (!capital && numberInName(tokens, i, run)) {
      run.push(token);
      continue;
    }
    if (!capital) {
      flush();
      continue;
    }
    if (previous && breaksName(previous, token)) flush();
    // One name running into the next: "… Camp X Britain refused", "Paris France".
    const last = run[run.length - 1];
    if (last && !JOINERS.has(last.norm) && isCountry(token) && !isCountry(last)) flush();
    run.push(token);
    if (/['’]s$/.test(token.text)) flush();
  }
  flush();
  return names;
}

/**
 * A word capitalised by where it stands, not as a name: a sentence's first, or the first after
 * an opening quotation mark or a colon ("The airline stated: \"Although we …").
 */
function startsByPosition(token: Token | undefined, sentence: readonly Token[]): boolean {
  if (!token) return false;
  if (token.sentenceStart) return true;
  const before = sentence[sentence.indexOf(token) - 1];
  return /[:"“«]\s*$/.test(`${before?.post ?? ""}${token.pre}`);
}

function nameOf(
  run: readonly Token[],
  text: string,
  sentence: readonly Token[],
  known?: NameKind,
): Name | null {
  let tokens = [...run];
  while (tokens.length > 0 && JOINERS.has(tokens[tokens.length - 1]?.norm ?? "")) tokens.pop();
  // A sentence's first word, capitalised by position: "Officials said …".
  while (
    tokens.length > 1 &&
    startsByPosition(tokens[0], sentence) &&
    (STOP_WORDS.has(tokens[0]?.norm ?? "") ||
      // "Bound for Nairobi", "Despite Smith's …": a verb or a linking word, capitalised by position.
      // "Supporters of Le Fevre": a common noun the tagger does not take for a name.
      (hasTag(tokens[0], "Verb", "Adverb", "Preposition", "Conjunction", "Noun") &&
        !hasTag(tokens[0], "ProperNoun", "Person", "Place", "Organization"))) &&
    !NAME_PARTICLES.has(tokens[0]?.norm ?? "") &&
    !hasTag(tokens[0], "ProperNoun")
  )
    tokens = tokens.slice(1);
  while (tokens.length > 1 && /^(?:of|for)$/.test(tokens[0]?.norm ?? "")) tokens = tokens.slice(1);
  const person = tokens.some((t) => hasTag(t, "Person") && !hasTag(t, "Honorific"));
  // Titles are not part of a person's name: "Brigadier General Jane Doe" is "Jane Doe".
  if (person) {
    const firstName = tokens.findIndex((t, n) => n > 0 && hasTag(t, "FirstName"));
    if (firstName > 0) tokens = tokens.slice(firstName);
    else
      while (
        tokens.length > 2 &&
        (PERSON_TITLES.has(tokens[0]?.norm ?? "") || hasTag(tokens[0], "Honorific"))
      )
        tokens = tokens.slice(1);
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  const raw = text.slice(first.start, last.end).replace(/['’]s$/, "");
  const folded = foldPhrase(raw.replace(/^the\s+/i, ""));
  if (folded === "" || STOP_WORDS.has(folded)) return null;
  // A sentence's first word alone is a name only if it is a surname named before (see passageNames).
  const weak =
    tokens.length === 1 &&
    startsByPosition(first, sentence) &&
    !hasTag(first, "Acronym", "Organization", "Person", "Place") &&
    !isCountry(first);
  if (tokens.length === 1 && PERSON_TITLES.has(first.norm)) return null;
  if (tokens.every((t) => hasTag(t, "Demonym"))) return null;
  const kind = known ?? kindOf(tokens, folded, sentence);
  if (kind === "person" && !weak && !known) {
    let k = 0;
    while (
      tokens.length - k > 2 &&
      (PERSON_TITLES.has(tokens[k]?.norm ?? "") ||
        PERSON_NOUNS.has(tokens[k]?.norm ?? "") ||
        hasTag(tokens[k], "Honorific"))
    )
      k++;
    if (k > 0) return nameOf(tokens.slice(k), text, sentence, "person");
  }
  if (weak) return { text: raw, kind: "person", tokens, start: first.start, end: -1 };
  // A single common capitalised word of a person's sentence ("Brigadier") is not a name.
  if (kind === "person" && tokens.every((t) => PERSON_TITLES.has(t.norm))) return null;
  return { text: raw, kind, tokens, start: first.start, end: first.start + raw.length };
}

/** Verbs whose subject is someone speaking, never a place. */
const SPEAKS =
  /^(?:said|says|told|tells|announced|reported|reports|confirmed|denied|added|warned)$/;

function kindOf(tokens: readonly Token[], folded: string, sentence: readonly Token[]): NameKind {
  const last = tokens[tokens.length - 1];
  if (KNOWN_OUTLETS.has(folded)) return "outlet";
  if (tokens.length >= 2 && last && OUTLET_NAME_ENDINGS.has(last.norm)) return "outlet";
  if (tokens.some((t) => hasTag(t, "Organization"))) return "organisation";
  // "Bank of England", "Ministry of Health": an institution's noun heads the name.
  const head = tokens[0];
  if (
    head &&
    tokens.length > 1 &&
    (INSTITUTION_NOUNS.has(head.norm) || INSTITUTION_NOUNS.has(stemWord(head.norm)))
  )
    return "organisation";
  // The particles inside a name are not its words, one that opens it is: "Le Pen".
  const words = tokens.filter((t, n) => n === 0 || !JOINERS.has(t.norm));
  // "Marine le Pen", "Ursula von der Leyen": a particle between capitalised words, no place.
  if (
    tokens.some((t, n) => n > 0 && NAME_PARTICLES.has(t.norm)) &&
    !words.some((t) => hasTag(t, "Place") || isCountry(t))
  )
    return "person";
  if (words.some((t) => hasTag(t, "FirstName"))) return "person";
  if (personByContext(tokens, words, sentence)) return "person";
  if (words.every((t) => hasTag(t, "Place") || isCountry(t))) return "place";
  // "Java Sea", "Hudson River", "Kennedy Airport": a name ending in a word for a place.
  if (words.length >= 2 && PLACE_ENDINGS.has(last?.norm ?? "")) return "place";
  if (words.some((t) => hasTag(t, "Person") && !hasTag(t, "Honorific"))) return "person";
  // "Jane Doe said": two capitalised words before a reporting verb, no organisation word.
  const after = sentence[sentence.indexOf(last as Token) + 1];
  if (
    words.length === 2 &&
    words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !hasTag(t, "Acronym", "Region")) &&
    hasTag(after, "Verb") &&
    /^(?:said|says|told|added|wrote)$/.test(after?.norm ?? "")
  )
    return "person";
  // A place does not speak: "Entergy Louisiana said" is a body with a place in its name.
  if (words.some((t) => hasTag(t, "Place")) && !SPEAKS.test(after?.norm ?? "")) return "place";
  return "organisation";
}

/**
 * Two or three plain capitalised words read as a person by what stands around them: a title or
 * a person's role just before ("investigator Jane Doe"), a reporting verb or ", a spokeswoman"
 * just after.
 */
function personByContext(
  tokens: readonly Token[],
  words: readonly Token[],
  sentence: readonly Token[],
): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (
    !words.every((t) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}$/u.test(t.text) && !hasTag(t, "Organization"))
  )
    return false;
  // "Entergy Louisiana said": a name with a place in it is a company's or a body's.
  if (words.some((t) => hasTag(t, "Region") || isCountry(t))) return false;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const before = sentence[sentence.indexOf(first) - 1];
  const after = sentence[sentence.indexOf(last) + 1];
  if (before && (PERSON_TITLES.has(before.norm) || PERSON_NOUNS.has(before.norm))) return true;
  if (
    after &&
    /^(?:said|says|told|added|wrote|writes|reports|reported|tweeted|testified|declined|explained)$/.test(
      after.norm,
    )
  )
    return true;
  return (
    /^,\s*$/.test(last.post) &&
    /^(?:a|an|the)$/.test(after?.norm ?? "") &&
    PERSON_NOUNS.has(sentence[sentence.indexOf(last) + 2]?.norm ?? "")
  );
}

/** The initials of a name: "Popular Mobilization Units" → "pmu"; "Bank of England" → "boe". */
export function initialsOf(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]?.toLowerCase() ?? "")
    .join("");
}

/** True when the name is an acronym: "PMU", "U.N.", "NATO". */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}s?$/u.test(text.replace(/\s/g, ""));
}

/**
 * Full names and their short forms as one: "Jane Doe" and "Doe", "Popular Mobilization Units"
 * and "PMU". Returns, for each name's folded text, the folded text of the name it stands for.
 */
export function shortForms(names: readonly Name[]): Map<string, string> {
  const canonical = new Map<string, string>();
  const full = names.filter((name) => name.tokens.length > 1);
  for (const name of names) {
    const folded = foldPhrase(name.text);
    if (canonical.has(folded)) continue;
    let longer: Name | undefined;
    if (isAcronym(name.text)) {
      const letters = name.text.replace(/[.\s]/g, "").replace(/s$/, "").toLowerCase();
      longer = full.find((other) => initialsOf(other.text) === letters);
    } else if (name.kind === "person" && name.tokens.length === 1)
      longer = full.find(
        (other) =>
          other.kind === "person" &&
          other.tokens[other.tokens.length - 1]?.norm === name.tokens[0]?.norm,
      );
    else
      longer = full.find(
        (other) =>
          other !== name &&
          other.tokens.length > name.tokens.length &&
          (other.kind === name.kind
            ? ` ${foldPhrase(other.text)} `.includes(` ${folded} `)
            : // "Le Pen" after "Marine Le Pen": a person's surname of two words, whatever it was typed.
              other.kind === "person" && foldPhrase(other.text).endsWith(` ${folded}`)),
      );
    canonical.set(folded, longer ? foldPhrase(longer.text) : folded);
  }
  return canonical;
}

/** The names of an outlet's passages, each full name once with its short forms. */
export function namedEntities(
  passages: readonly { readonly text: string; readonly paragraph: number }[],
): NamedEntity[] {
  const found = passages.flatMap((passage) =>
    passageNames(passage.text).map((name) => ({ name, paragraph: passage.paragraph })),
  );
  const canonical = shortForms(found.map((f) => f.name));
  const byKey = new Map<
    string,
    { text: string; kind: NameKind; forms: string[]; paragraph: number }
  >();
  for (const { name, paragraph } of found) {
    const folded = foldPhrase(name.text);
    const key = canonical.get(folded) ?? folded;
    if (key !== folded) continue;
    if (!byKey.has(key)) byKey.set(key, { text: name.text, kind: name.kind, forms: [], paragraph });
  }
  for (const { name } of found) {
    const folded = foldPhrase(name.text);
    const key = canonical.get(folded) ?? folded;
    const entry = byKey.get(key);
    if (entry && key !== folded && !entry.forms.includes(name.text)) entry.forms.push(name.text);
  }
  return [...byKey.values()];
}
