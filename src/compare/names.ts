import { nameSenses, onlyCommonThing, properClass } from "../text/name-senses.js";
import { equivalentKey, isPlaceTerm } from "../text/newsroom-equivalents.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { INSTITUTION_NOUNS, PERSON_NOUNS } from "./attribution-cues.js";
import { NUMBER_WORDS, TIME_UNITS } from "./figure-cues.js";
import {
  ABBREVIATIONS,
  ADDRESS_FORMS,
  ADDRESS_TITLES,
  BEFORE_NAME,
  BODY_HEADS,
  BYLINE,
  COMMON_CAPITALS,
  CREDIT_PATTERNS,
  CURRENCY_WORDS,
  DAY_PARTS,
  DEPARTMENT_WORDS,
  FILLER_WORDS,
  KNOWN_OUTLETS,
  NAME_PARTICLES,
  OUTLET_NAME_ENDINGS,
  PARTY_WORDS,
  PERSON_TITLES,
  PLACE_ENDINGS,
  PLACE_STARTS,
  PLANET_NAMES,
  ROLE_WORDS,
  US_STATES,
  WHERE_WORDS,
} from "./name-cues.js";
import {
  isBareRole,
  isDemonymWord,
  joinsTwoNames,
  namesAState,
  namesAThing,
  rankingEnd,
} from "./name-shapes.js";
import { hasTag, readSentences, type Sentence, type Token, tagged } from "./passage-reading.js";
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
  /** True when the words round it say it names a thing ("the asteroid Vela"): no comparison name. */
  readonly thing?: boolean;
}

const cache = new Map<string, readonly Name[]>();
const CACHE_LIMIT = 5000;

const MONTHS: ReadonlySet<string> = new Set(
  "january february march april may june july august september october november december".split(
    " ",
  ),
);

/** Small words that may sit inside a name: "Bank of England", "Ministry for Foreign Affairs". */
const JOINERS: ReadonlySet<string> = new Set(["of", "for", ...NAME_PARTICLES]);
/** Clock times and time zones: "PM EDT", "GMT". */
const CLOCK_WORDS: ReadonlySet<string> = new Set(
  "am pm a.m p.m edt est cdt cst mdt mst pdt pst et ct mt pt gmt utc bst cet cest ist jst aest".split(
    " ",
  ),
);
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
  // "Ontario - Jane Doe …": a hyphen with spaces round it is a dash, as a dateline's.
  if (/\s-\s/.test(` ${between} `) && /\s/.test(between)) return true;
  // "the Smiths' Harbor Inn": a plural's possessive mark ends the name it is written after.
  if (/^['’‘]\s/.test(between) && /s$/i.test(a.text)) return true;
  if (/\./.test(between))
    // "EST. Many …", "Minn. Former …": an abbreviation's dot, then a new sentence all the same.
    return (
      !abbreviationDot(a) ||
      CLOCK_WORDS.has(a.norm) ||
      STOP_WORDS.has(b.norm) ||
      FILLER_WORDS.has(b.norm) ||
      BEFORE_NAME.has(b.norm) ||
      (US_STATES.has(a.norm) && !/^\p{Lu}\.?$/u.test(b.text))
    );
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
  if (!token || !previous || breaksName(previous, token)) return false;
  // "International Committee of the Red Cross", "Bank of the North": a body's "of the".
  // A page cut off mid-sentence can end on "… of the": the name needs a word after it.
  const bodyOfThe = (at: number) =>
    tokens[at]?.norm === "of" &&
    tokens[at + 1]?.norm === "the" &&
    tokens[at + 2] !== undefined &&
    isCapitalised(tokens[at + 2] as Token) &&
    tokens[at - 1] !== undefined &&
    bodyOrTitleWord(tokens[at - 1] as Token) &&
    isCapitalised(tokens[at - 1] as Token) &&
    !breaksName(tokens[at] as Token, tokens[at + 1] as Token) &&
    !breaksName(tokens[at + 1] as Token, tokens[at + 2] as Token);
  if (bodyOfThe(i) || (token.norm === "the" && bodyOfThe(i - 1))) return true;
  if (token.text === "&") return capitalisedAfter(tokens, i) > 0;
  if (token.norm === "and") return bodyAnd(tokens, i);
  if (!JOINERS.has(token.norm)) return false;
  // "Ministry for Foreign Affairs", "Secretary for Health"; not "Leeds for Toronto …".
  if (token.norm === "for" && !bodyOrTitleWord(previous)) return false;
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

/** How many capitalised words follow the word at i in the same clause (three at most). */
function capitalisedAfter(tokens: readonly Token[], i: number): number {
  let n = 0;
  while (n < 3) {
    const next = tokens[i + n + 1];
    const before = tokens[i + n] as Token;
    if (!next || breaksName(before, next) || !isCapitalised(next)) break;
    n++;
  }
  return n;
}

/**
 * An "and" inside one body's name: "Securities and Exchange Commission", "Food and Drug
 * Administration" (the words after it end on a body's noun), "Department of Health and Human
 * Services", "Minister of State for Trade and Industry" (it joins the field after "of" or
 * "for"). The word before it is a common word, never a name of its own ("Acme and Globex").
 */
function bodyAnd(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || !/^\p{Lu}\p{Ll}+$/u.test(previous.text)) return false;
  if (hasTag(previous, "Person", "Place", "Country", "Acronym") || isCountry(previous))
    return false;
  const after = capitalisedAfter(tokens, i);
  if (after === 0) return false;
  const end = tokens[i + after] as Token;
  if (after >= 2 && BODY_HEADS.has(end.norm)) return true;
  // "… of Health and …": a field after a body's or a title's "of" / "for".
  for (let k = i - 1; k > 0 && k >= i - 4; k--) {
    const word = tokens[k] as Token;
    if (/^(?:of|for)$/.test(word.norm))
      return bodyOrTitleWord(tokens[k - 1] as Token) || (tokens[k - 1] as Token).norm === "state";
    if (!isCapitalised(word) || breaksName(tokens[k - 1] as Token, word)) return false;
  }
  return false;
}

/** A body's or a title's word, that "for" may carry a name on from: "Commission for …". */
function bodyOrTitleWord(token: Token): boolean {
  const norm = token.norm;
  return (
    INSTITUTION_NOUNS.has(norm) ||
    INSTITUTION_NOUNS.has(stemWord(norm)) ||
    PERSON_TITLES.has(norm) ||
    PERSON_NOUNS.has(norm) ||
    /^(?:society|fund|trust|centre|center|alliance|coalition|campaign|council|secretariat|office|league|network|partnership|programme|program)$/.test(
      norm,
    )
  );
}

/** Short words a headline in title case writes in lower case. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  "a an the and but or nor for of to in on at by as with from via vs up".split(" "),
);

/** Four or more words, nearly all capitalised, verbs too: a headline in title case. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text) && !/^\d/.test(t.text));
  if (words.length < 4) return false;
  const upper = (t: Token) => /^\P{Ll}*\p{Lu}/u.test(t.text) || /^['‘’"“]?\p{Lu}/u.test(t.text);
  const capitalised = words.filter(upper);
  const verbs = words.filter(
    (t) => hasTag(t, "Verb") && !hasTag(t, "ProperNoun", "Noun") && /^\p{Lu}/u.test(t.text),
  );
  // Six words or more nearly all capitalised: a headline, verbs or not ("Mayor Resigns After Losing Vote").
  if (words.length >= 6 && capitalised.length >= words.length * 0.85) return true;
  if (capitalised.length >= words.length * 0.8 && verbs.length > 0) return true;
  // Title case leaves its short linking words in lower case, every other word capitalised, a
  // verb's too: "Fans Came to Pray for Ashby".
  const long = words.filter((t, n) => n === 0 || !TITLE_SMALL_WORDS.has(t.text));
  const verbAlone = (t: Token) => {
    const tags = wordTags(t.norm);
    return tags.includes("Verb") && !tags.includes("Noun");
  };
  return long.length >= 4 && long.every(upper) && (verbs.length > 0 || long.some(verbAlone));
}

/**
 * A dateline opening a paragraph ("NEW ORLEANS —", "JACKSON, Miss. (AP) —"): the words in
 * capitals are a place. Returns how many tokens it takes (0 when there is none).
 */
function datelineEnd(tokens: readonly Token[], start: number, text: string): number {
  if (text.slice(0, start).trim() !== "") return 0;
  let k = 0;
  while (k < tokens.length && /^\p{Lu}{2,}$/u.test(tokens[k]?.text ?? "") && k < 4) k++;
  const last = tokens[k - 1];
  if (k === 0 || !last || !/^\s*(?:,|—|–|-|\()/.test(last.post + (tokens[k]?.pre ?? ""))) return 0;
  return tokens.slice(0, k).some((t) => t.text.length >= 3) ? k : 0;
}

/**
 * A person's full name before "of" and a body ("Jane Doe of Acme Corp"): two or three plain
 * words, a first name the tagger knows opening them; the name ends there, the body is another.
 */
function personBeforeOf(run: readonly Token[], token: Token, next: Token | undefined): boolean {
  if (token.norm !== "of" || run.length < 2 || run.length > 3 || !hasTag(run[0], "FirstName"))
    return false;
  // "Tom Hale of Ohio": a lawmaker's or a resident's place is read with the name, as before.
  if (!next || hasTag(next, "Place", "Country", "Region") || namesAState(next)) return false;
  return run.every(
    (t) =>
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !INSTITUTION_NOUNS.has(t.norm) &&
      !PERSON_TITLES.has(t.norm) &&
      !hasTag(t, "Place", "Country", "Organization"),
  );
}

/** A weekday opening a programme's name: "Monday Night Football", "Saturday Night Live". */
function programmeDay(tokens: readonly Token[], i: number): boolean {
  const [day, part, more] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!day || !part || !more || !hasTag(day, "WeekDay")) return false;
  return (
    DAY_PARTS.has(part.norm) &&
    isCapitalised(part) &&
    isCapitalised(more) &&
    !breaksName(day, part) &&
    !breaksName(part, more)
  );
}

/** A number after "the" that opens a body's name: "the 300 Club", "the 40 Society". */
function numberOpensBody(tokens: readonly Token[], i: number): boolean {
  const [before, token, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!before || !token || !next || before.norm !== "the" || !/^\d{1,4}$/.test(token.text))
    return false;
  if (breaksName(before, token) || breaksName(token, next) || !/^\p{Lu}\p{Ll}+$/u.test(next.text))
    return false;
  const body = tokens[i + 1 + capitalisedAfter(tokens, i + 1)] as Token;
  return BODY_HEADS.has(body.norm) || INSTITUTION_NOUNS.has(body.norm);
}

/**
 * A number that is part of a name, not a count: after a capitalised word of the name ("Flight
 * 302", "Category 4", "Apollo 11"), the name going on after it or ending there.
 */
function numberInName(tokens: readonly Token[], i: number, run: readonly Token[]): boolean {
  const token = tokens[i];
  const previous = run[run.length - 1];
  // One word and its number ("Flight 302"); after two, a number starts the next name
  // ("Harbor Freight 400 …").
  if (!token || !previous || run.length > 1 || !/^\d{1,4}$/.test(token.text)) return false;
  if (hasTag(token, "Date", "Year", "Time") || hasTag(previous, "Month", "Date", "WeekDay"))
    return false;
  // "Mississippi 16 years earlier": a number counting time is no part of a name.
  const next = tokens[i + 1];
  if (TIME_UNITS.has(next?.norm ?? "")) return false;
  // "Max 8 jets": the name ends at its number, the plain word after it is no name's.
  return !breaksName(previous, token);
}

/** The names of one sentence. */
export function sentenceNames(sentence: Sentence, text: string): Name[] {
  const tokens = sentence.tokens;
  const names: Name[] = [];
  // A headline set in title case ("Governor Says Toll Could Rise") capitalises every word.
  if (isTitleCase(tokens)) return names;
  const dateline = datelineEnd(tokens, sentence.start, text);
  let run: Token[] = [];
  // "Head of Legal, Policy and Trust": the fields listed after a role's "of" are no names.
  let fieldsUntil = -1;
  const flush = () => {
    const first = run[0];
    if (!first) return;
    const at = tokens.indexOf(first);
    const listed =
      fieldsUntil >= 0 &&
      fieldListed(tokens, fieldsUntil, at, run.length) &&
      // A field is common words ("Policy", "Trust Affairs"), never a person's name.
      run.every((t) => JOINERS.has(t.norm) || commonWord(t.norm));
    const name = quotedPhrase(run) || listed ? null : nameOf(run, text, tokens);
    if (name) names.push(name);
    if (listed || (!name && roleOfField(run))) fieldsUntil = at + run.length - 1;
    else if (run.length > 0) fieldsUntil = -1;
    run = [];
  };
  const speaker = speakerEnd(tokens, text);
  const nicknames = new Set<Token>();
  if (dateline > 0) {
    const words = tokens.slice(0, dateline);
    const outlet = nameOf(words, text, tokens);
    // "ABC NEWS –" is the outlet's own; "NEW ORLEANS —" a place.
    const name = outlet?.kind === "outlet" ? outlet : nameOf(words, text, tokens, "place");
    if (name) names.push(name);
  }
  for (let i = Math.max(dateline, speaker); i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const previous = run[run.length - 1];
    // Ramesh “Sunny” Doe: a nickname in quotes inside a person's name.
    if (previous && isNickname(tokens, i)) {
      nicknames.add(token);
      run.push(token);
      continue;
    }
    // "Le Pen", "De Bruyne": a capitalised particle opening a name is no determiner.
    const particle =
      NAME_PARTICLES.has(token.norm) &&
      isCapitalised(token) &&
      tokens[i + 1] !== undefined &&
      isCapitalised(tokens[i + 1] as Token) &&
      !breaksName(token, tokens[i + 1] as Token);
    const capital =
      isCapitalised(token) &&
      (particle || programmeDay(tokens, i) || !hasTag(token, ...NOT_NAME_TAGS));
    // "the 300 Club", "the 40 Society": a number opening a body's name.
    if (!capital && run.length === 0 && numberOpensBody(tokens, i)) {
      run.push(token);
      continue;
    }
    if (
      previous &&
      run.some(isCapitalised) &&
      joinsName(tokens, i) &&
      !personBeforeOf(run, token, tokens[i + 1])
    ) {
      run.push(token);
      continue;
    }
    if (!capital && numberInName(tokens, i, run)) {
      run.push(token);
      continue;
    }
    // "the San Francisco-based platform", "a Jane Doe-like figure": a name made a modifier.
    if (
      !capital &&
      run.length > 0 &&
      /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(token.text) &&
      !breaksName(previous as Token, token)
    ) {
      run = [];
      continue;
    }
    if (!capital) {
      flush();
      continue;
    }
    if (previous && breaksName(previous, token) && !nicknames.has(previous)) flush();
    // One name running into the next: "… Camp X Britain refused", "Paris France".
    const last = run[run.length - 1];
    if (last && !JOINERS.has(last.norm) && isCountry(token) && !isCountry(last)) flush();
    run.push(token);
    if (/['’‘]s$|s['’‘]$/i.test(token.text) && !possessiveInBody(tokens, i)) flush();
  }
  flush();
  const listed = placeLists(
    stormless(owners(firmNames(names, tokens, text), tokens), tokens),
    tokens,
  );
  return citiesOfStates(listed, tokens).map((name) =>
    namesAThing(name.tokens[0] as Token, name.tokens[name.tokens.length - 1] as Token, tokens)
      ? { ...name, thing: true }
      : name,
  );
}

/**
 * A possessive inside a body's name ("St Anne's Hospital", "Vela's Foundation"): the next word
 * is a body's noun in the same clause, the possessive no country's or place's.
 */
function possessiveInBody(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || breaksName(token, next)) return false;
  if (!BODY_HEADS.has(next.norm) && !INSTITUTION_NOUNS.has(next.norm)) return false;
  return !isCountry(token) && !hasTag(token, "Place", "Country");
}

/**
 * A name in the possessive just before a person's ("Acme's Jane Doe", "Blue Harbor's Jane
 * Doe"): the body the person is of, not a person.
 */
function owners(names: Name[], sentence: readonly Token[]): Name[] {
  return names.map((name, n) => {
    const next = names[n + 1];
    const last = name.tokens[name.tokens.length - 1] as Token;
    if (name.kind !== "person" || !next || next.kind !== "person" || next.tokens.length < 2)
      return name;
    if (
      !/['’‘]s$/.test(last.text) ||
      sentence.indexOf(next.tokens[0] as Token) !== sentence.indexOf(last) + 1
    )
      return name;
    return { ...name, kind: "organisation" };
  });
}

/** A word the dictionary knows as a common noun only: "policy", "affairs". */
function commonWord(word: string): boolean {
  const senses = nameSenses(word);
  return senses.length > 0 && senses.every((sense) => !sense.proper);
}

/** A role and its field: "Head of Legal", "Director of Policy" (a title or role word, then "of"). */
function roleOfField(run: readonly Token[]): boolean {
  const of = run.findIndex((t) => t.norm === "of");
  return (
    of > 0 &&
    of < run.length - 1 &&
    run
      .slice(0, of)
      .some(
        (t) =>
          (PERSON_TITLES.has(t.norm) || ROLE_WORDS.has(t.norm)) && !DEPARTMENT_WORDS.has(t.norm),
      )
  );
}

/**
 * Whether the run at `at` lists on from the one ending at `end`: after "and" or "&", or after a
 * comma when the list closes with "and" later ("Legal, Policy and Trust"; not "Sales, Tova Brin,").
 */
function fieldListed(tokens: readonly Token[], end: number, at: number, length: number): boolean {
  const between = tokens.slice(end + 1, at);
  if (between.length > 1 || between.some((t) => !/^(?:and|&)$/.test(t.norm))) return false;
  const gap = [tokens[end], ...between].map((t) => t?.post ?? "").join(" ");
  if (!/^[\s,]*$/.test(gap)) return false;
  if (between.length === 1) return true;
  if (!/,/.test(gap)) return false;
  // The list goes on, capitalised words and commas only, to an "and".
  for (let k = at + length; k < tokens.length && k < at + length + 6; k++) {
    const token = tokens[k] as Token;
    if (/^(?:and|&)$/.test(token.norm)) return /,?\s*$/.test(tokens[k - 1]?.post ?? "");
    if (!isCapitalised(token)) return false;
  }
  return false;
}

/** A one-word nickname in quotes between a first name and a surname: Ramesh “Sunny” Doe. */
function isNickname(tokens: readonly Token[], i: number): boolean {
  const [previous, token, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!previous || !token || !next) return false;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(previous.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    /^\p{Lu}\p{Ll}+/u.test(next.text) &&
    /^\s+["“‘']$/u.test(`${previous.post}${token.pre}`) &&
    /^["”’']\s+$/u.test(`${token.post}${next.pre}`)
  );
}

/**
 * Words in quotes that fill the quotation, two or more ("changed his bio to “Chief Twit”"): a
 * phrase quoted, a nickname or a title, no one's name unless the tagger knows one in it.
 */
function quotedPhrase(run: readonly Token[]): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last || run.length < 2) return false;
  if (!/["“‘']$/.test(first.pre) || !/^[.,!?]?["”’']/.test(last.post)) return false;
  if (run.slice(0, -1).some((t) => /["”’]/.test(t.post))) return false;
  return !run.some((t) => hasTag(t, "FirstName", "Place", "Country", "Organization"));
}

/**
 * A transcript's speaker label opening a line, in capitals ("ALLYN:", "JANE DOE, BYLINE:"): no
 * name of the story. Returns how many tokens it takes (0 when there is none).
 */
function speakerEnd(tokens: readonly Token[], text: string): number {
  const first = tokens[0];
  if (!first || !/(?:^|\n)[ \t]*$/.test(text.slice(0, first.start))) return 0;
  let k = 0;
  while (k < 5 && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[k]?.text ?? "")) {
    const post = tokens[k]?.post ?? "";
    k++;
    if (/^\s*:/.test(post)) {
      // "NEW DELHI:": a dateline's place, no speaker.
      const label = tokens.slice(0, k);
      const words = label.map((t) => t.text).join(" ");
      const place =
        label.every((t) => hasTag(t, "Place", "Country")) || properClass(words) === "place";
      return place ? 0 : k;
    }
    if (!/^[\s,]*$/.test(post)) return 0;
  }
  return 0;
}

/**
 * A firm's partners listed by surname, "A, B & C": one name, which a comma had parted
 * ("Cravath", then "Swain & Moore").
 */
function firmNames(names: Name[], sentence: readonly Token[], text: string): Name[] {
  const out: Name[] = [];
  for (let n = names.length - 1; n >= 0; n--) {
    let name = names[n] as Name;
    const before = names[n - 1];
    const between = before ? text.slice(before.start + before.text.length, name.start) : "";
    if (
      before &&
      before.end >= 0 &&
      name.tokens.some((t) => t.text === "&") &&
      before.tokens.length === 1 &&
      /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
      /^,\s*$/.test(between) &&
      sentence.indexOf(name.tokens[0] as Token) === sentence.indexOf(before.tokens[0] as Token) + 1
    ) {
      const tokens = [...before.tokens, ...name.tokens];
      name = {
        ...name,
        text: text.slice(before.start, name.end),
        tokens,
        start: before.start,
        kind: "organisation",
      };
      names[n - 1] = name;
      continue;
    }
    out.unshift(name);
  }
  return out;
}

/** Words that name a storm: "Storm Amara", "Hurricane Colm", "Typhoon Rina". */
const STORM_WORDS: ReadonlySet<string> = new Set(
  "storm hurricane typhoon cyclone tropical".split(" "),
);

/** A storm's name ("Storm Amara") is no person's, nor any body's or place's: left out. */
function stormless(names: Name[], sentence: readonly Token[]): Name[] {
  return names.filter((name) => {
    const first = name.tokens[0];
    const before = sentence[sentence.indexOf(first as Token) - 1];
    return !(
      STORM_WORDS.has(first?.norm ?? "") ||
      (STORM_WORDS.has(before?.norm ?? "") && !breaksName(before as Token, first as Token))
    );
  });
}

/**
 * A name written before a comma and a state or a country ("Laurel, Maryland", "Ashby, Pa.",
 * "Ashby, MD"): a city or a town, whatever its words were taken for; a person's full name stays.
 */
function citiesOfStates(names: Name[], sentence: readonly Token[]): Name[] {
  return names.map((name) => {
    if (name.kind === "place" || name.kind === "outlet" || name.tokens.length > 3) return name;
    const first = name.tokens[0] as Token;
    const last = name.tokens[name.tokens.length - 1] as Token;
    const state = sentence[sentence.indexOf(last) + 1];
    if (!state || !/^,\s*$/.test(`${last.post}${state.pre}`) || !namesAState(state)) return name;
    // "Acme Corp, Ohio": a body's word or the tagger's body; "Jane Doe, Ohio": a person in full.
    if (
      name.tokens.some(
        (t) =>
          hasTag(t, "Organization") ||
          INSTITUTION_NOUNS.has(t.norm) ||
          INSTITUTION_NOUNS.has(stemWord(t.norm)),
      ) ||
      (name.tokens.length > 1 && hasTag(first, "FirstName"))
    )
      return name;
    return { ...name, kind: "place" };
  });
}

/** Nouns for places that a list of names after them are: "the cities of A and B". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  "city cities town towns village villages port ports province provinces region regions district districts country countries state states island islands suburb suburbs neighbourhood neighbourhoods neighborhood neighborhoods".split(
    " ",
  ),
);

/** Words between a place noun and the list of its names: "cities such as", "towns, especially". */
const LIST_LEADS: ReadonlySet<string> = new Set(
  "of including especially notably like such as and the".split(" "),
);

/**
 * Names listed together ("A, B and C") after a noun for places ("the cities of A and B"), or
 * most of them places already: all places, whatever a one-word name was taken for.
 */
function placeLists(names: Name[], sentence: readonly Token[]): Name[] {
  const index = (name: Name) => sentence.indexOf(name.tokens[0] as Token);
  const lastIndex = (name: Name) => sentence.indexOf(name.tokens[name.tokens.length - 1] as Token);
  const lists: Name[][] = [];
  for (const name of names) {
    const list = lists[lists.length - 1];
    const previous = list?.[list.length - 1];
    const between = previous ? sentence.slice(lastIndex(previous) + 1, index(name)) : [];
    const gap = previous
      ? `${sentence[lastIndex(previous)]?.post ?? ""}${between.map((t) => `${t.pre}${t.text}${t.post}`).join("")}`
      : "";
    if (list && previous && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap) && between.length <= 1)
      list.push(name);
    else lists.push([name]);
  }
  const retyped = new Map<Name, Name>();
  for (const list of lists) {
    if (list.length < 2) continue;
    let k = index(list[0] as Name) - 1;
    while (k >= 0 && LIST_LEADS.has(sentence[k]?.norm ?? "")) k--;
    const led = PLACE_NOUNS.has(sentence[k]?.norm ?? "");
    const places = list.filter((name) => name.kind === "place").length;
    // "offices in Porto and Lisbon": a place beside it after "in" makes the list places.
    const within = /^(?:in|near|across|between)$/.test(
      sentence[index(list[0] as Name) - 1]?.norm ?? "",
    );
    if (!led && !(within && places > 0) && places * 3 < list.length * 2) continue;
    for (const name of list)
      if (
        name.kind !== "place" &&
        name.kind !== "outlet" &&
        name.tokens.length <= 2 &&
        // "Acme Corp", "Jane Doe": a body's word or a first name says what it is.
        !name.tokens.some(
          (t) =>
            hasTag(t, "Organization", "FirstName") ||
            INSTITUTION_NOUNS.has(t.norm) ||
            INSTITUTION_NOUNS.has(stemWord(t.norm)),
        )
      )
        retyped.set(name, { ...name, kind: "place" });
  }
  return names.map((name) => retyped.get(name) ?? name);
}

/**
 * Whether a run of capitalised words is a name at all: not initials alone ("B. J"), a number
 * word ("Five"), a role ("Governor of Ohio"), a street's or a body's word alone ("Street",
 * "Jury"), or a race or colour word ("Black").
 */
function keepsAsName(tokens: readonly Token[], sentence: readonly Token[]): boolean {
  const words = tokens.filter((t) => !JOINERS.has(t.norm));
  if (words.every((t) => /^\p{Lu}\.?$/u.test(t.text))) return false;
  // "Last August", "Early March": a time, no name.
  const month = words[words.length - 1];
  if (
    words.length === 2 &&
    month &&
    MONTHS.has(month.norm) &&
    /^(?:last|next|this|early|late|mid|since|until|by|in)$/.test(words[0]?.norm ?? "")
  )
    return false;
  // "Portville.Okafor": two sentences run together where a space was lost, no one name.
  if (words.some((t) => /\p{Ll}{2}\.\p{Lu}\p{Ll}/u.test(t.text))) return false;
  // "EDT(2314": two words run together at a bracket where a space was lost.
  if (words.some((t) => /\p{L}[()[\]]|[()[\]]\p{L}/u.test(t.text))) return false;
  // "IS BIGGER THAN FOOTBALL": a phrase in capitals, a verb's or a linking word in it, no name.
  if (
    words.length >= 3 &&
    words.every((t) => /^\p{Lu}{2,}$/u.test(t.text)) &&
    words.some(
      (t) =>
        STOP_WORDS.has(t.norm) &&
        wordTags(t.norm).some((tag) => /^(?:Verb|Adverb|Copula)$/.test(tag)),
    )
  )
    return false;
  if (words.length === 1) {
    const only = words[0] as Token;
    // "Secretary-General", "Attorney-General": a title alone, no name.
    const parts = only.norm.split(/[-‐]/);
    if (
      parts.length > 1 &&
      parts.every((part) => PERSON_TITLES.has(part) || PERSON_NOUNS.has(part))
    )
      return false;
    const bare = only.text.toLowerCase().replace(/[.'’s]+$/, "");
    if (bare in NUMBER_WORDS || only.text.toLowerCase() in NUMBER_WORDS) return false;
    if (PLACE_ENDINGS.has(only.norm) || COMMON_CAPITALS.has(only.norm)) return false;
    // "Her Majesty", "His Excellency": a form of address, no name.
    if (ADDRESS_FORMS.has(only.norm)) return false;
    // "Norwegian", "Australians": the people of a country, no name.
    if (isDemonymWord(only)) return false;
    // "Assistant", "Tycoon": a common word for a kind of person.
    if (kindOfPerson(only)) return false;
    // "English fans": an adjective made from a name.
    if (hasTag(only, "Adjective", "Demonym", "Language") && !hasTag(only, "ProperNoun", "Noun"))
      return false;
    // A common noun capitalised for emphasis: "The Jury reached …" (by position: weak, below).
    if (
      !only.sentenceStart &&
      hasTag(only, "Noun") &&
      !hasTag(only, "ProperNoun") &&
      !hasTag(only, "Acronym")
    )
      return false;
  }
  // "Transport Minister", "Harbour Cup Champion": a role, not a name.
  if (isBareRole(words)) return false;
  // "Governor of Minnesota", "President of the Council": a role, not a name.
  const of = tokens.findIndex((t) => t.norm === "of");
  if (
    of > 0 &&
    tokens
      .slice(0, of)
      .some(
        (t) =>
          (PERSON_TITLES.has(t.norm) || ROLE_WORDS.has(t.norm)) && !DEPARTMENT_WORDS.has(t.norm),
      )
  )
    return false;
  return sentence.length > 0;
}

/**
 * A common word for a kind of person ("Fraudster", "Tycoon"): the dictionary knows it in lower
 * case only, its commonest sense a person's, and the tagger takes it for no one's name.
 */
function kindOfPerson(token: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
  // Roles and titles ("Billionaire", "Senator") say who the name after them is: read below.
  if (ROLE_WORDS.has(token.norm) || PERSON_TITLES.has(token.norm)) return false;
  if (hasTag(token, "FirstName", "LastName", "Place", "Organization", "Country")) return false;
  // "Earthlings", "Fraudsters": a plural the dictionary lists by its singular.
  const plain = nameSenses(token.norm);
  const senses =
    plain.length === 0 && /[^s]s$/.test(token.norm) ? nameSenses(token.norm.slice(0, -1)) : plain;
  return senses[0]?.class === "person" && senses.every((sense) => !sense.proper);
}

/**
 * A word capitalised by where it stands, not as a name: a sentence's first, or the first after
 * an opening quotation mark or a colon ("The airline stated: \"Although we …").
 */
function startsByPosition(token: Token | undefined, sentence: readonly Token[]): boolean {
  if (!token) return false;
  if (token.sentenceStart) return true;
  const before = sentence[sentence.indexOf(token) - 1];
  // "[...] Immediately after …": the first word after marks that open the passage.
  if (before?.sentenceStart && !/[\p{L}\p{N}]/u.test(before.text)) return true;
  return /(?:[:"“«—–.]|--)\s*$/.test(`${before?.post ?? ""}${token.pre}`);
}

function nameOf(
  run: readonly Token[],
  text: string,
  sentence: readonly Token[],
  known?: NameKind,
): Name | null {
  let tokens = [...run];
  // "Kingshuk Das": a capitalised particle that ends a name is its surname.
  while (
    tokens.length > 0 &&
    (JOINERS.has(tokens[tokens.length - 1]?.norm ?? "") ||
      tokens[tokens.length - 1]?.norm === "and" ||
      tokens[tokens.length - 1]?.text === "&") &&
    !/^\p{Lu}/u.test(tokens[tokens.length - 1]?.text ?? "")
  )
    tokens.pop();
  // A sentence's first word, capitalised by position: "Officials said …".
  while (
    !known &&
    tokens.length > 1 &&
    startsByPosition(tokens[0], sentence) &&
    !/^\d/.test(tokens[1]?.text ?? "") &&
    !NAME_PARTICLES.has(tokens[0]?.norm ?? "") &&
    // A small word, whatever the tagger took it for ("Many Americans").
    (FILLER_WORDS.has(tokens[0]?.norm ?? "") ||
      (!hasTag(tokens[0], "ProperNoun") &&
        (STOP_WORDS.has(tokens[0]?.norm ?? "") ||
          // "Bound for Nairobi", "Despite Smith's …": a verb or a linking word, capitalised by
          // position; "Supporters of Le Fevre": a plural the tagger does not take for a name.
          (hasTag(tokens[0], "Verb", "Adverb", "Preposition", "Conjunction", "Plural") &&
            !hasTag(tokens[0], "Person", "Place", "Organization")))))
  )
    tokens = tokens.slice(1);
  // "(AP) — A Texas …": an indefinite article is never part of a name, however tagged.
  while (
    tokens.length > 1 &&
    /^(?:a|an)$/i.test(tokens[0]?.text ?? "") &&
    !/^\./.test(tokens[0]?.post ?? "")
  )
    tokens = tokens.slice(1);
  // "Former Minneapolis officer …", "Late Senator …": a word before a name is not of it.
  while (!known && tokens.length > 1 && BEFORE_NAME.has(tokens[0]?.norm ?? ""))
    tokens = tokens.slice(1);
  while (tokens.length > 1 && /^(?:of|for)$/.test(tokens[0]?.norm ?? "")) tokens = tokens.slice(1);
  // "Republican of Colorado": a lawmaker's party and state; the state is the name.
  if (
    !known &&
    tokens.length > 2 &&
    PARTY_WORDS.has(tokens[0]?.norm ?? "") &&
    tokens[1]?.norm === "of"
  )
    return nameOf(tokens.slice(2), text, sentence, "place");
  // "Fraudster Jane Doe …": a common word for a kind of person, capitalised by position.
  while (
    !known &&
    tokens.length > 1 &&
    startsByPosition(tokens[0], sentence) &&
    kindOfPerson(tokens[0] as Token)
  )
    tokens = tokens.slice(1);
  // "Over 30 …", "Now 37, …": a small word capitalised by position before a number is no name.
  if (
    !known &&
    tokens.length > 1 &&
    startsByPosition(tokens[0], sentence) &&
    /^\d/.test(tokens[1]?.text ?? "") &&
    !hasTag(tokens[0], "Person", "Place", "Organization") &&
    (STOP_WORDS.has(tokens[0]?.norm ?? "") || isLinkingWord(tokens[0]?.norm ?? ""))
  )
    return null;
  // "Rs 500", "USD 20": a sum.
  if (tokens.every((t) => CURRENCY_WORDS.has(t.norm.replace(/\.$/, "")) || /^\d/.test(t.text)))
    return null;
  // "Doe Tweeted that …": a verb capitalised after a name is no part of it.
  while (!known && tokens.length > 1 && capitalisedVerb(tokens[tokens.length - 1], sentence))
    tokens = tokens.slice(0, -1);
  const person = tokens.some((t) => hasTag(t, "Person") && !hasTag(t, "Honorific"));
  // Titles are not part of a person's name: "Brigadier General Jane Doe" is "Jane Doe".
  if (person) {
    const firstName = tokens.findIndex((t, n) => n > 0 && hasTag(t, "FirstName"));
    // "Mississippi Gov. Jane Doe", "Transport Minister Jane Doe": the name after the last title.
    let title = -1;
    tokens.forEach((t, n) => {
      if (n < tokens.length - 1 && (PERSON_TITLES.has(t.norm) || hasTag(t, "Honorific"))) title = n;
    });
    if (title >= 0 && tokens.length - title - 1 >= 2 && (firstName < 0 || firstName <= title))
      tokens = tokens.slice(title + 1);
    // "CEO Doe", "Judge Doe": a surname after a role's title is the person; "Ms. Doe" keeps hers.
    else if (
      title >= 0 &&
      title === tokens.length - 2 &&
      !ADDRESS_TITLES.has(tokens[title]?.norm ?? "") &&
      /^\p{Lu}\p{Ll}/u.test(tokens[title + 1]?.text ?? "")
    )
      tokens = tokens.slice(title + 1);
    else if (firstName > 0) tokens = tokens.slice(firstName);
    else if (personAfterWords(tokens) > 0) tokens = tokens.slice(personAfterWords(tokens));
    else
      while (
        tokens.length > 2 &&
        (PERSON_TITLES.has(tokens[0]?.norm ?? "") || hasTag(tokens[0], "Honorific"))
      )
        tokens = tokens.slice(1);
  }
  // "Chilean President Jane Doe", "Harbour Board Chairman Jane Doe": the words after a title
  // that something else stands before are a person's name, whatever the tagger knows of it.
  if (!person && !known) {
    let title = -1;
    tokens.forEach((t, n) => {
      if (
        n < tokens.length - 1 &&
        ((n > 0 && PERSON_TITLES.has(t.norm)) || ROLE_WORDS.has(t.norm)) &&
        !DEPARTMENT_WORDS.has(t.norm)
      )
        title = n;
    });
    const rest = tokens.slice(title + 1);
    // The tagger may take the whole run, role word and all, for one body's name: the role word
    // still parts the body from the person after it ("Acme Chief Executive Jane Doe").
    const roleInBody =
      (ROLE_WORDS.has(tokens[title]?.norm ?? "") || PERSON_TITLES.has(tokens[title]?.norm ?? "")) &&
      hasTag(tokens[title], "Organization") &&
      rest.length >= 2 &&
      rest.length <= 3;
    if (
      title >= 0 &&
      (title > 0 || rest.length >= 2) &&
      rest.length <= 4 &&
      !tokens.slice(0, title).some((t) => JOINERS.has(t.norm)) &&
      rest.every(
        (t) =>
          (/^\p{Lu}\p{Ll}/u.test(t.text) || NAME_PARTICLES.has(t.norm)) &&
          !hasTag(t, "Place", "Acronym") &&
          (roleInBody || !hasTag(t, "Organization")) &&
          !OUTLET_NAME_ENDINGS.has(t.norm) &&
          !isCountry(t) &&
          !INSTITUTION_NOUNS.has(t.norm) &&
          !PERSON_TITLES.has(t.norm) &&
          !ROLE_WORDS.has(t.norm),
      )
    )
      return nameOf(rest, text, sentence, "person");
  }
  // "World No. 1 Jane Doe", "the world Number One": a ranking is no part of a name.
  const rank = rankingEnd(tokens);
  if (rank >= 0) tokens = tokens.slice(rank + 1);
  // "Norwegian Jane Doe": the people's word before a person's name is not of it.
  while (
    tokens.length > 2 &&
    isDemonymWord(tokens[0]) &&
    tokens.slice(1).some((t) => hasTag(t, "FirstName", "LastName"))
  )
    tokens = tokens.slice(1);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  const raw = text
    .slice(first.start, last.end)
    .replace(/['’‘]s$/, "")
    .replace(/(?<=s)['’‘]$/i, "");
  const folded = foldPhrase(raw.replace(/^the\s+/i, ""));
  if (folded === "" || STOP_WORDS.has(folded)) return null;
  // "Secretary of State Jane Doe": the name after the role.
  const of = tokens.findIndex((t) => t.norm === "of");
  if (
    !known &&
    of > 0 &&
    tokens.length - of > 3 &&
    tokens.slice(0, of).some((t) => PERSON_TITLES.has(t.norm) || ROLE_WORDS.has(t.norm))
  ) {
    // "CEO of Rafik Hariri University Hospital": no one named after the role, the body is.
    const holder = nameOf(tokens.slice(of + 2), text, sentence);
    if (holder?.kind === "person") return holder;
    // "Head of Sales Tova Brin": two or three plain capitalised words after the role's field.
    const rest = tokens.slice(of + 2);
    if (
      holder &&
      rest.length >= 2 &&
      rest.length <= 3 &&
      rest.every(
        (t) =>
          /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
          !hasTag(t, "Place", "Organization", "Acronym") &&
          !isCountry(t) &&
          !INSTITUTION_NOUNS.has(t.norm) &&
          !INSTITUTION_NOUNS.has(stemWord(t.norm)),
      )
    )
      return nameOf(rest, text, sentence, "person");
    // "Minister of State for Trade and Industry": the role's field is no body's name.
    const field = nameOf(
      tokens.slice(of + (tokens[of + 1]?.norm === "the" ? 2 : 1)),
      text,
      sentence,
    );
    const body = (t: Token) =>
      INSTITUTION_NOUNS.has(t.norm) ||
      INSTITUTION_NOUNS.has(stemWord(t.norm)) ||
      hasTag(t, "Organization");
    return field && (field.kind !== "organisation" || field.tokens.some(body)) ? field : null;
  }
  if (!known && !keepsAsName(tokens, sentence)) return null;
  if (!known && describesNoun(tokens, sentence)) return null;
  // A sentence's first word alone is a name only if it is a surname named before (see passageNames).
  const after = sentence[sentence.indexOf(last) + 1];
  // "Flight data showed …": the tagger took the phrase for a name, its lower-case word too.
  const misread = after !== undefined && /^\p{Ll}/u.test(after.text) && hasTag(after, "ProperNoun");
  const weak =
    tokens.length === 1 &&
    startsByPosition(first, sentence) &&
    (misread || !hasTag(first, "Acronym", "Organization", "Person", "Place")) &&
    !isCountry(first);
  // "A Forced emergency landing": a verb's form capitalised after an article is no name.
  const before = sentence[sentence.indexOf(first) - 1];
  if (
    tokens.length === 1 &&
    /^(?:a|an|the)$/i.test(before?.text ?? "") &&
    /^\p{Lu}\p{Ll}+ed$/u.test(first.text) &&
    /^\p{Ll}/u.test(after?.text ?? "")
  )
    return null;
  if (tokens.length === 1 && PERSON_TITLES.has(first.norm)) return null;
  if (tokens.every((t) => CLOCK_WORDS.has(t.norm) || /^\d/.test(t.text))) return null;
  if (tokens.every((t) => hasTag(t, "Demonym"))) return null;
  const kind = known ?? kindOf(tokens, folded, sentence);
  // "Jane Doe of Ohio": a person's name ends before "of".
  const cut = tokens.findIndex((t, n) => n > 1 && /^(?:of|for)$/.test(t.norm));
  if (kind === "person" && cut > 1) return nameOf(tokens.slice(0, cut), text, sentence, "person");
  // "CEO Doe": the surname after a role's title; "Ms. Doe" keeps hers.
  if (
    kind === "person" &&
    !weak &&
    !known &&
    tokens.length === 2 &&
    (PERSON_TITLES.has(first.norm) || ROLE_WORDS.has(first.norm)) &&
    !ADDRESS_TITLES.has(first.norm) &&
    /^\p{Lu}\p{Ll}/u.test(last.text)
  )
    return nameOf([last], text, sentence, "person");
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

/**
 * Where a person's name begins after words of no one's ("the Commons Jane Doe", said of the
 * leader of the Commons): two or more words the tagger reads as a person's end the run, the
 * words before them are none; 0 when there are none such.
 */
function personAfterWords(tokens: readonly Token[]): number {
  const person = (t: Token) => hasTag(t, "Person") && !hasTag(t, "Honorific");
  const from = tokens.findIndex(person);
  if (from <= 0 || tokens.length - from < 2 || !tokens.slice(from).every(person)) return 0;
  return tokens.slice(0, from).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) ? from : 0;
}

/** A word that, by itself, reads as an adverb, a preposition, a conjunction or a determiner. */
function isLinkingWord(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && wordTags(word).some((tag) => LINKING_TAGS.has(tag));
}

const LINKING_TAGS: ReadonlySet<string> = new Set([
  "Adverb",
  "Preposition",
  "Conjunction",
  "Determiner",
]);

const wordTagCache = new Map<string, readonly string[]>();

/** The tags the tagger gives a lower-case word standing alone; kept once asked. */
function wordTags(word: string): readonly string[] {
  const known = wordTagCache.get(word);
  if (known) return known;
  const terms = (tagged(word).json() as { terms?: { tags?: string[] }[] }[])[0]?.terms ?? [];
  const tags = terms.length === 1 ? (terms[0]?.tags ?? []) : [];
  if (wordTagCache.size >= 20_000) wordTagCache.clear();
  wordTagCache.set(word, tags);
  return tags;
}

/**
 * A past-tense verb capitalised as a name's last word ("Doe Tweeted that …", "Doe Said"): the
 * word alone reads as a past-tense verb, the tagger knows no name in it, and a lower-case word
 * or nothing comes after.
 */
function capitalisedVerb(token: Token | undefined, sentence: readonly Token[]): boolean {
  if (!token || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
  if (hasTag(token, "Organization", "Place", "Person", "FirstName", "LastName")) return false;
  const after = sentence[sentence.indexOf(token) + 1];
  if (after && !/^\p{Ll}/u.test(after.text)) return false;
  const tags = wordTags(token.norm);
  return tags.includes("Verb") && tags.includes("PastTense");
}

/**
 * "South American leaders", "the Republican senator", "Congressional offices": a people's or a
 * party's word, or an adjective made from a name, before a lower-case noun describes it; no name.
 */
function describesNoun(tokens: readonly Token[], sentence: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  const after = sentence[sentence.indexOf(last as Token) + 1];
  if (!last || !after || !/^\p{Ll}/u.test(after.text) || !hasTag(after, "Noun")) return false;
  if (hasTag(after, "Verb", "Pronoun") || !/^\s*$/.test(`${last.post}${after.pre}`)) return false;
  if (hasTag(last, "Place", "Organization", "Country", "Person") && !hasTag(last, "Demonym"))
    return false;
  return hasTag(last, "Demonym") || (tokens.length === 1 && ADJECTIVE_FORM.test(last.text));
}

/** Endings of adjectives made from names and parties: "Republican", "Congressional". */
const ADJECTIVE_FORM = /^\p{Lu}\p{Ll}+(?:ican|ian|ean|ese|ional|ish)$/u;

/** Last words of the names of laws, events and contests: typed as bodies, never people or places. */
const LAW_AND_EVENT_ENDINGS: ReadonlySet<string> = new Set(
  "act acts bill treaty accord accords convention amendment charter code open cup slam games olympics paralympics championship championships tournament series festival prize awards trophy summit".split(
    " ",
  ),
);

/** Verbs whose subject is someone speaking, never a place. */
const SPEAKS =
  /^(?:said|says|told|tells|announced|reported|reports|confirmed|denied|added|warned)$/;

function kindOf(tokens: readonly Token[], folded: string, sentence: readonly Token[]): NameKind {
  const last = tokens[tokens.length - 1];
  if (KNOWN_OUTLETS.has(folded)) return "outlet";
  // "BBC World", "CNN International": a known outlet's channel or edition, no body's word in it.
  if (
    tokens.length <= 3 &&
    tokens.length >= 2 &&
    (tokens[0]?.norm.length ?? 0) >= 3 &&
    KNOWN_OUTLETS.has(tokens[0]?.norm ?? "") &&
    !tokens.some((t) => INSTITUTION_NOUNS.has(t.norm) || INSTITUTION_NOUNS.has(stemWord(t.norm)))
  )
    return "outlet";
  // "the Harbour Act", "the Coastline Open": a law or an event, no one's name.
  if (tokens.length >= 2 && LAW_AND_EVENT_ENDINGS.has(last?.norm ?? "")) return "organisation";
  // "Harrisburg, Pa.": a state after a comma.
  const before = sentence[sentence.indexOf(tokens[0] as Token) - 1];
  if (tokens.length === 1 && US_STATES.has(last?.norm ?? "") && /,\s*$/.test(before?.post ?? ""))
    return "place";
  if (tokens.length >= 2 && last && OUTLET_NAME_ENDINGS.has(last.norm)) return "outlet";
  // "the Post and CNN reported", "as per Guardian": a paper named by its last word.
  if (
    tokens.length === 1 &&
    last &&
    OUTLET_NAME_ENDINGS.has(last.norm) &&
    /^(?:the|per)$/.test(before?.norm ?? "")
  )
    return "outlet";
  // "as Jane Doe reported for Vela", "writing for the Vela": a reporter's outlet.
  if (
    before?.norm === "for" &&
    /^(?:reported|reporting|reports|wrote|writes|writing|reporter|correspondent|columnist)$/.test(
      sentence[sentence.indexOf(before) - 1]?.norm ?? "",
    )
  )
    return "outlet";
  if (tokens.some((t) => hasTag(t, "Organization"))) return "organisation";
  // "7 million miles from Earth": a planet is where things are.
  if (tokens.length === 1 && PLANET_NAMES.has(last?.norm ?? "") && !hasTag(last, "Person"))
    return "place";
  // "Bank of England", "Ministry of Health", "the National Guard", "Acme Corp": an
  // institution's noun heads or ends the name.
  const head = tokens[0];
  const institution = (t: Token | undefined) =>
    t !== undefined && (INSTITUTION_NOUNS.has(t.norm) || INSTITUTION_NOUNS.has(stemWord(t.norm)));
  if (tokens.length > 1 && (institution(head) || institution(last))) return "organisation";
  // "the Doe family", "the Doe clan": a surname.
  const next = sentence[sentence.indexOf(last as Token) + 1];
  if (
    tokens.length === 1 &&
    /^\p{Lu}/u.test(last?.text ?? "") &&
    !/['’‘]s$/.test(last?.text ?? "") &&
    /^\s*$/.test(`${last?.post ?? ""}${next?.pre ?? ""}`) &&
    /^(?:family|families|clan|dynasty|household)$/.test(next?.text ?? "")
  )
    return "person";
  // "Delaware Court of Chancery": a body's noun before its "of".
  const of = tokens.findIndex((t) => t.norm === "of");
  if (of > 0 && institution(tokens[of - 1])) return "organisation";
  // The particles inside a name are not its words, one that opens it is: "Le Pen".
  const words = tokens.filter((t, n) => n === 0 || !JOINERS.has(t.norm));
  // "Jane Q. Doe", "Mary St. J. Doe": a middle initial between a first name and a surname.
  if (
    tokens.length >= 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(head?.text ?? "") &&
    /^\p{Lu}\p{Ll}+/u.test(last?.text ?? "") &&
    (tokens.slice(1, -1).some((t) => /^\p{Lu}$/u.test(t.text) && /^\./.test(t.post)) ||
      // "Mary St. John Doe": a saint's name inside a person's, not a place's opening.
      (tokens.length >= 4 &&
        !PLACE_STARTS.has(head?.norm ?? "") &&
        !hasTag(head, "Country") &&
        tokens.slice(1, -2).some((t) => /^(?:st\.?|saint)$/.test(t.norm))))
  )
    return "person";
  // "Palo Alto", "Securities and Exchange Commission": a name the dictionary knows, of two words
  // or more, is of the kind it lists first.
  const known = words.length >= 2 ? properClass(folded) : undefined;
  if (known === "place" || known === "person") return known;
  if (known === "group") return "organisation";
  // "President Biden", "Gov. Jane Doe": a personal title before a capitalised name.
  if (
    tokens.length >= 2 &&
    PERSON_TITLES.has(head?.norm ?? "") &&
    !DEPARTMENT_WORDS.has(head?.norm ?? "") &&
    !tokens.some((t) => JOINERS.has(t.norm) || institution(t))
  )
    return "person";
  // "Marine le Pen", "Ursula von der Leyen": a particle between capitalised words, no place.
  if (
    tokens.some((t, n) => n > 0 && NAME_PARTICLES.has(t.norm)) &&
    !words.some((t) => hasTag(t, "Place") || isCountry(t))
  )
    return "person";
  if (words.some((t) => hasTag(t, "FirstName"))) return "person";
  if (personByContext(tokens, words, sentence)) return "person";
  if (surnameByContext(tokens, sentence)) return "person";
  if (words.every((t) => hasTag(t, "Place") || isCountry(t))) return "place";
  // "Java Sea", "Hudson River", "Kennedy Airport": a name ending in a word for a place;
  // "Port Fourchon", "Lake Charles", "Highway 61": one opening with it.
  if (words.length >= 2 && PLACE_ENDINGS.has(last?.norm ?? "")) return "place";
  if (words.length >= 2 && PLACE_STARTS.has(words[0]?.norm ?? "")) return "place";
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
  // "New York Stock Exchange": a made thing the dictionary knows, a body more than a place.
  if (
    words.some((t) => hasTag(t, "Place")) &&
    !SPEAKS.test(after?.norm ?? "") &&
    known !== "artifact"
  )
    return "place";
  // "in Ashby", "his hometown of Ashby": a town the dictionary knows, where something is.
  const where = before?.norm === "of" ? sentence[sentence.indexOf(before) - 1] : before;
  if (
    words.length <= 2 &&
    WHERE_WORDS.has(where?.norm ?? "") &&
    /^\s*$/.test(`${before?.post ?? ""}${(tokens[0] as Token).pre}`) &&
    properClass(folded) === "place"
  )
    return "place";
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
    !words.every(
      // "Tre’Vaughn", "DeShawn", "O'Neal": a capital after an apostrophe or inside a first name.
      (t) =>
        /^\p{Lu}(?:\p{Ll}+['’‘-]?\p{Lu}?)*\p{Ll}+$|^\p{Lu}$/u.test(t.text) &&
        !hasTag(t, "Organization"),
    )
  )
    return false;
  // "Entergy Louisiana said", "Acme Corp said": a name with a place or a company word in it.
  if (words.some((t) => hasTag(t, "Region") || isCountry(t) || INSTITUTION_NOUNS.has(t.norm)))
    return false;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const before = sentence[sentence.indexOf(first) - 1];
  const after = sentence[sentence.indexOf(last) + 1];
  if (before && (PERSON_TITLES.has(before.norm) || PERSON_NOUNS.has(before.norm))) return true;
  // "cornerback Tre’Vaughn Doe", "actress Jane Doe": a lower-case word for a kind of person.
  if (before && /^\s*$/.test(`${before.post}${first.pre}`) && personNoun(before)) return true;
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

/** A lower-case word the dictionary knows only as a kind of person: "cornerback", "actress". */
function personNoun(token: Token): boolean {
  if (!/^\p{Ll}+$/u.test(token.text)) return false;
  const senses = nameSenses(token.norm);
  return senses.length > 0 && senses.every((sense) => sense.class === "person" && !sense.proper);
}

/**
 * One plain capitalised word read as a person's surname by the word before it: a title or a
 * role in lower case ("minister Okafor", "coach Doe"). After a reporting verb it may as well be
 * a company's name ("said Acme"): that is left to the other outlets (see compare-sources).
 */
function surnameByContext(tokens: readonly Token[], sentence: readonly Token[]): boolean {
  const only = tokens[0];
  if (tokens.length !== 1 || !only || !/^\p{Lu}\p{Ll}+(?:['’‘]s)?$/u.test(only.text)) return false;
  if (hasTag(only, "Place", "Organization", "Acronym", "Demonym") || isCountry(only)) return false;
  const before = sentence[sentence.indexOf(only) - 1];
  if (!before || /[,;:.]/.test(before.post)) return false;
  if (
    /^\p{Ll}/u.test(before.text) &&
    (PERSON_TITLES.has(before.norm) || PERSON_NOUNS.has(before.norm))
  )
    return true;
  return false;
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
      longer =
        full.find(
          (other) =>
            other.kind === "person" &&
            other.tokens[other.tokens.length - 1]?.norm === name.tokens[0]?.norm,
        ) ??
        // "Bobby" after "Bobby Doe": a first name alone is the person named in full.
        full.find(
          (other) => other.kind === "person" && other.tokens[0]?.norm === name.tokens[0]?.norm,
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

/** What the rest of an article tells about its names: whom it names in full, which words it writes in lower case. */
export interface ArticleNameContext {
  /** Surnames of the people the article names in full ("Pickford" of "Jordan Pickford"). */
  readonly surnames: ReadonlySet<string>;
  /** Words the article also writes in lower case, so common words ("cup", "spring"). */
  readonly lowerCase: ReadonlySet<string>;
  /** Words the article writes in lower case in its running text (no web address's part). */
  readonly proseWords?: ReadonlySet<string>;
  /** Names the article gives a thing ("the asteroid Vela"), folded: no comparison names. */
  readonly things?: ReadonlySet<string>;
  /** The words of every name the article gives, folded ("ashby", "brill"). */
  readonly nameWords?: ReadonlySet<string>;
  /** First names of the people the article names in full ("jordan" of "Jordan Pickford"). */
  readonly firstNames?: ReadonlySet<string>;
}

/** Lower-case words of running text: between spaces or punctuation, never inside a web address. */
function proseWordsOf(texts: readonly string[], into = new Set<string>()): Set<string> {
  for (const text of texts)
    for (const match of text.matchAll(/(?<=^|[\s(“"‘])(\p{Ll}+)(?=$|[\s,;:!?)”"’]|\.(?:\s|$))/gu))
      into.add(match[1] as string);
  return into;
}

/** The words of names, folded, a name's own hyphened words left out ("Ashby-Brill"). */
function nameWordsOf(names: readonly Name[]): Set<string> {
  const words = new Set<string>();
  for (const name of names)
    for (const token of name.tokens)
      if (!/[-‐–]/.test(token.text)) words.add(token.norm.replace(/['’‘]s$/, ""));
  return words;
}

/** The folded names that passages give a thing ("the asteroid Vela"). */
function thingsOf(passages: readonly { readonly text: string }[]): Set<string> {
  const things = new Set<string>();
  for (const passage of passages)
    for (const name of passageNames(passage.text))
      if (name.thing) things.add(foldPhrase(name.text));
  return things;
}

const contextCache = new WeakMap<object, ArticleNameContext>();

/** The name context of an article's passages (read once per article). */
export function articleNameContext(
  article: object,
  passages: readonly { readonly text: string }[],
): ArticleNameContext {
  const known = contextCache.get(article);
  if (known) return known;
  const surnames = new Set<string>();
  const lowerCase = new Set<string>();
  for (const passage of passages)
    for (const word of passage.text.match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’-]*/gu) ?? [])
      lowerCase.add(word);
  // A full name the article's own lower-case words show is a person's counts too.
  const plainContext = { surnames: new Set<string>(), lowerCase };
  // "said Okafor" (a surname by what stands before it) tells of every other "Okafor" too.
  for (const passage of passages)
    for (const name of passageNames(passage.text))
      if (
        retyped(name, plainContext).kind === "person" &&
        (name.tokens.length > 1 || name.end !== -1)
      )
        surnames.add(name.tokens[name.tokens.length - 1]?.norm.replace(/['’‘]s$/, "") ?? "");
  const proseWords = proseWordsOf(passages.map((passage) => passage.text));
  const things = thingsOf(passages);
  const all = passages.flatMap((passage) => passageNames(passage.text));
  const nameWords = nameWordsOf(all);
  const firstNames = new Set(
    all
      .filter((name) => name.tokens.length > 1 && retyped(name, plainContext).kind === "person")
      .map((name) => name.tokens[0]?.norm ?? ""),
  );
  const context = { surnames, lowerCase, proseWords, things, nameWords, firstNames };
  contextCache.set(article, context);
  return context;
}

const deskThingsCache = new WeakMap<object, ReadonlySet<string>>();

/**
 * The names any article of a desk gives a thing ("the asteroid Vela"), folded: an outlet that
 * writes "Vela" alone names the same thing. Read once per list of articles.
 */
export function deskThings(
  articles: readonly { readonly passages: readonly { readonly text: string }[] }[],
): ReadonlySet<string> {
  const known = deskThingsCache.get(articles);
  if (known) return known;
  const things = new Set<string>();
  for (const article of articles)
    for (const thing of articleNameContext(article, article.passages).things ?? [])
      things.add(thing);
  deskThingsCache.set(articles, things);
  return things;
}

/**
 * A name typed an organisation that the article shows is a person's: a surname it names in full
 * elsewhere ("Pickford"), or two plain capitalised words, a surname the tagger knows and a first
 * word the article never writes in lower case ("Bukayo Saka", not "Cup Foods").
 */
function retyped(name: Name, context: ArticleNameContext | undefined): Name {
  if (!context || name.kind !== "organisation") return name;
  const [first, second] = name.tokens;
  if (name.tokens.length === 1 && first && context.surnames.has(first.norm.replace(/['’‘]s$/, "")))
    return { ...name, kind: "person" };
  // "with Ashby and the team": the first name of a person the article names in full.
  if (name.tokens.length === 1 && first && context.firstNames?.has(first.norm))
    return { ...name, kind: "person" };
  const plain = (t: Token) =>
    // "Musa Okonjo’s home": a possessive name is the name.
    /^\p{Lu}\p{Ll}+$/u.test(t.text.replace(/['’‘]s$/, "")) &&
    !hasTag(t, "Organization", "Place", "Plural", "Demonym", "Acronym") &&
    !INSTITUTION_NOUNS.has(t.norm) &&
    !OUTLET_NAME_ENDINGS.has(t.norm) &&
    !PLACE_ENDINGS.has(t.norm) &&
    !PLACE_STARTS.has(t.norm) &&
    !LAW_AND_EVENT_ENDINGS.has(t.norm) &&
    !isCountry(t);
  if (
    name.tokens.length === 2 &&
    first &&
    second &&
    plain(first) &&
    plain(second) &&
    hasTag(second, "ProperNoun") &&
    !context.lowerCase.has(first.norm) &&
    !context.lowerCase.has(second.norm.replace(/['’‘]s$/, "")) &&
    !commonWords(first, second)
  )
    return { ...name, kind: "person" };
  return name;
}

/**
 * Two common words made a name ("Mission Control", "Truth Social"): the dictionary's commonest
 * sense of the first is a common noun's, and it knows the second as a common word only.
 */
function commonWords(first: Token, second: Token): boolean {
  const firstSenses = nameSenses(first.norm);
  const secondSenses = nameSenses(second.norm.replace(/['’‘]s$/, ""));
  return (
    firstSenses[0]?.proper === false &&
    secondSenses.length > 0 &&
    secondSenses.every((sense) => !sense.proper)
  );
}

/**
 * A lone word that names a thing, not a person, a place or a body: a common noun capitalised in
 * a headline or at a line's start that the outlet also writes in lower case ("Jury", "Policy"),
 * or initials the dictionary knows only as an illness's or a thing's ("HIV").
 */
function commonThing(name: Name, prose: { has(word: string): boolean }): boolean {
  if (name.tokens.length !== 1 || name.kind === "outlet" || name.kind === "place") return false;
  const word = name.text;
  if (isAcronym(word)) {
    const senses = nameSenses(word);
    return (
      senses.some((sense) => sense.proper) &&
      senses.every((sense) => sense.class === "other" || sense.class === "artifact")
    );
  }
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !prose.has(lower)) return false;
  // "Fans": a plural the dictionary lists by its singular.
  const entry = nameSenses(lower).length === 0 && /[^s]s$/.test(lower) ? lower.slice(0, -1) : lower;
  return onlyCommonThing(entry) && nameSenses(entry).every((sense) => !sense.proper);
}

/**
 * A lone word that is the first name of a person the outlet names in full ("Bobby" after "Bobby
 * Doe"): that person, whatever it was typed.
 */
function firstNamesRetyped<T extends { readonly name: Name }>(found: readonly T[]): T[] {
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  for (const { name } of found)
    if (name.kind === "person" && name.tokens.length > 1) {
      firsts.add(name.tokens[0]?.norm ?? "");
      lasts.add(name.tokens[name.tokens.length - 1]?.norm ?? "");
    }
  return found.map((entry) => {
    const word = entry.name.tokens[0]?.norm ?? "";
    return entry.name.tokens.length === 1 &&
      entry.name.kind !== "person" &&
      entry.name.kind !== "outlet" &&
      firsts.has(word) &&
      !lasts.has(word)
      ? { ...entry, name: { ...entry.name, kind: "person" } }
      : entry;
  });
}

/** The names of an outlet's passages, each full name once with its short forms. */
export function namedEntities(
  passages: readonly { readonly text: string; readonly paragraph: number }[],
  context?: ArticleNameContext,
): NamedEntity[] {
  const own = proseWordsOf(passages.map((passage) => passage.text));
  const prose = {
    has: (word: string) => own.has(word) || (context?.proseWords?.has(word) ?? false),
  };
  const things = thingsOf(passages);
  const ownWords = nameWordsOf(passages.flatMap((passage) => passageNames(passage.text)));
  const named = (word: string) => ownWords.has(word) || (context?.nameWords?.has(word) ?? false);
  // "the asteroid Vela", "the Ashby-Brill match": a thing's name, two names made one modifier.
  const dropped = (name: Name) =>
    things.has(foldPhrase(name.text)) ||
    (context?.things?.has(foldPhrase(name.text)) ?? false) ||
    (name.tokens.length === 1 && joinsTwoNames(name.text, named));
  const listed = passages.flatMap((passage) =>
    passageNames(passage.text)
      .filter((name) => !commonThing(name, prose) && !dropped(name))
      .map((name) => ({ name: retyped(name, context), paragraph: passage.paragraph })),
  );
  const found = firstNamesRetyped(listed);
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
