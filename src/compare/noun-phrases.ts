import { STOP_WORDS } from "../text/stop-words.js";
import { hasTag, type Sentence, type Token } from "./passage-reading.js";

/**
 * Noun phrases and names read off compromise's tags: the building blocks of naming (how an outlet
 * calls the actors and acts) and of facts (numbers with what they count, people, organisations).
 */

export interface Phrase {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
}

/** Prepositions a tagger may take for adjectives ("near", "amid"); never part of a name. */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  "near amid amidst among across along around behind beside beyond despite inside outside toward towards upon via within without versus per plus".split(
    " ",
  ),
);
const BOUNDARY = /[,;:()[\]"“”«»—–]|--|\.(?:\s|$)/;
const MODIFIER_TAGS = ["Adjective", "Noun", "ProperNoun", "Acronym", "Possessive", "Hyphenated"];
const NOT_CONTENT_TAGS = ["Determiner", "Pronoun", "Preposition", "Conjunction", "QuestionWord"];

export function boundaryBetween(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return true;
  const between = `${a.post}${b.pre}`;
  // "Dr. Rana Haddad", "Gen. Sam Reyes", "J. Doe": a title's or an initial's dot ends nothing.
  if (/^\.\s+$/.test(between) && /^\p{Lu}/u.test(b.text) && shortened(a)) return false;
  return BOUNDARY.test(between);
}

/** A title cut short or an initial: "Dr", "Gen", "Sen", "J". */
function shortened(token: Token): boolean {
  return (
    /^\p{Lu}$/u.test(token.text) ||
    (/^\p{Lu}\p{Ll}{0,3}$/u.test(token.text) && hasTag(token, "Honorific", "Abbreviation"))
  );
}

function phraseOf(sentence: Sentence, text: string, tokens: readonly Token[]): Phrase {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const raw = first && last ? text.slice(first.start, last.end) : "";
  return { text: raw.replace(/['’‘]s$/, ""), tokens, sentence };
}

function isNounish(token: Token | undefined): boolean {
  return hasTag(token, "Noun", "ProperNoun", "Acronym") && !hasTag(token, "Pronoun");
}

function isModifier(token: Token | undefined): boolean {
  if (!token || hasTag(token, ...NOT_CONTENT_TAGS) || hasTag(token, "Value")) return false;
  if (/^\p{Ll}/u.test(token.text) && (STOP_WORDS.has(token.norm) || PREPOSITIONS.has(token.norm)))
    return false;
  if (hasTag(token, "Verb") && !hasTag(token, "Hyphenated", "Noun")) return false;
  if (hasTag(token, "Date", "Month", "WeekDay", "Duration")) return false;
  return hasTag(token, ...MODIFIER_TAGS);
}

/** Maximal runs of modifiers ending in a noun: "Iran-backed militias", "the main opposition party". */
export function nounPhrases(sentence: Sentence, text: string): Phrase[] {
  const phrases: Phrase[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && !isNounish(run[run.length - 1])) run.pop();
    while (run.length > 0 && hasTag(run[0], "Adverb")) run.shift();
    if (run.length > 0) phrases.push(phraseOf(sentence, text, run));
    run = [];
  };
  for (const token of sentence.tokens) {
    if (!isModifier(token)) {
      flush();
      continue;
    }
    if (run.length > 0 && boundaryBetween(run[run.length - 1], token)) flush();
    run.push(token);
    if (/['’‘]s$/.test(token.text)) flush();
  }
  flush();
  return phrases;
}

/** Names of people: compromise's Person runs, reaching over the capitalised words that follow. */
export function personNames(sentence: Sentence, text: string): Phrase[] {
  const names: Phrase[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!hasTag(tokens[i], "Person")) continue;
    let k = i;
    while (
      k + 1 < tokens.length &&
      isNamePart(tokens[k + 1]) &&
      !hasTag(tokens[k + 1], "Place", "Organization", "Date", "Month", "WeekDay") &&
      !boundaryBetween(tokens[k], tokens[k + 1])
    )
      k++;
    let run = tokens.slice(i, k + 1).filter((t) => isNamePart(t));
    // "Mayor Jane Doe": the name starts at the first name, the title is not part of it.
    const firstName = run.findIndex((t, n) => n > 0 && hasTag(t, "FirstName"));
    if (firstName > 0) run = run.slice(firstName);
    const words = run.filter((t) => !/\.$/.test(t.text) && !hasTag(t, "Honorific"));
    if (words.length >= 2) names.push(phraseOf(sentence, text, run));
    i = k;
  }
  return names;
}

/** A capitalised word, or a particle joined to one ("al-Name", "bin Name"). */
function isNamePart(token: Token | undefined): boolean {
  if (!token) return false;
  return /^\p{Lu}/u.test(token.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(token.text);
}

/** Names of organisations: runs of capitalised words that compromise reads as names, and acronyms. */
export function organisationNames(sentence: Sentence, text: string): Phrase[] {
  const names: Phrase[] = [];
  const tokens = sentence.tokens;
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && /^\p{Ll}/u.test(run[run.length - 1]?.text ?? "")) run.pop();
    const words = run.filter((t) => !hasTag(t, "Determiner"));
    const isOrg = words.some((t) => hasTag(t, "Organization"));
    const allPlaces = words.every((t) => hasTag(t, "Place", "Demonym"));
    const people = words.some((t) => hasTag(t, "Person"));
    const acronym = words.length === 1 && /^\p{Lu}{3,}$/u.test(words[0]?.text ?? "");
    const credit =
      /\b(?:photo|photograph|picture|image|video|credit|courtesy)s?\s+(?:by\s+)?$/i.test(
        text.slice(Math.max(0, (words[0]?.start ?? 0) - 30), words[0]?.start ?? 0),
      );
    if (!people && !allPlaces && !credit && (words.length >= 2 || isOrg || acronym))
      names.push(phraseOf(sentence, text, words));
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const capital =
      /^\p{Lu}/u.test(token.text) &&
      !/-\p{Ll}+$/u.test(token.text) &&
      !hasTag(token, "Date", "Month", "WeekDay", "Pronoun", "Determiner") &&
      (i > 0 || hasTag(token, "ProperNoun", "Organization", "Acronym"));
    const newPlace = run.length > 0 && hasTag(token, "Country");
    const joiner =
      run.length > 0 &&
      /^(?:of|for|and|de|del|la|du)$/.test(token.text) &&
      /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "") &&
      !boundaryBetween(run[run.length - 1], token) &&
      !boundaryBetween(token, tokens[i + 1]);
    if (joiner) {
      run.push(token);
      continue;
    }
    const modifier =
      run.length === 1 &&
      !/^\p{Lu}{2,}$/u.test(run[0]?.text ?? "") &&
      !capital &&
      /^\p{Ll}/u.test(token.text) &&
      hasTag(token, "Noun") &&
      !boundaryBetween(run[0], token);
    if (modifier) run = [];
    if (!capital || newPlace || (run.length > 0 && boundaryBetween(run[run.length - 1], token)))
      flush();
    if (capital) {
      run.push(token);
      if (/['’‘]s$/.test(token.text)) flush();
    }
  }
  flush();
  return names;
}
