import {
  ANONYMITY,
  BETWEEN_SOURCE_AND_VERB,
  INSTITUTION_NOUNS,
  OUTLET_NOUNS,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
} from "./attribution-cues.js";
import { PERSON_TITLES } from "./name-cues.js";
import { boundaryBetween } from "./noun-phrases.js";
import { hasTag, type Token } from "./passage-reading.js";
import { stemWord } from "./word-forms.js";

/**
 * Source phrases: the words that name who a claim comes from, read off a sentence's words around
 * an attribution cue — after it ("said a senior official", "according to the ministry"), before
 * it ("the ministry said", "Jane Doe, the minister, said", "…, which said"), with the formulas
 * newsrooms use for unnamed sources ("people familiar with …", "speaking on condition of
 * anonymity").
 */

/** Words that may sit inside a source's name: "the Embassy in …", "the Ministry of …". */
const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "in", "at", "for", "from"]);

/** "familiar with", "close to", "briefed on": how unnamed sources are placed. */
const FAMILIARITY: ReadonlySet<string> = new Set([
  "familiar",
  "close",
  "briefed",
  "knowledge",
  "knowledgeable",
]);

/** "no group claimed …" is nobody's claim. */
const NEGATIONS: ReadonlySet<string> = new Set(["no", "not", "never", "nobody", "none", "neither"]);

/** Words that open a clause, not a source: "that the ministry said". */
const NOT_A_START: ReadonlySet<string> = new Set([
  "that",
  "which",
  "what",
  "whose",
  "this",
  "these",
  "those",
]);

const NP_TAGS = [
  "Determiner",
  "Adjective",
  "Noun",
  "ProperNoun",
  "Value",
  "Acronym",
  "Possessive",
  "Hyphenated",
];

export interface RawAttribution {
  readonly tokens: readonly Token[];
  readonly cue: string;
  readonly role: string | null;
  /** Verbatim extension past the source's name ("…, speaking on the condition of anonymity"). */
  readonly whoEnd: number;
}

function isNpWord(token: Token): boolean {
  if (hasTag(token, "Pronoun")) return false;
  if (hasTag(token, ...NP_TAGS)) return !hasTag(token, "Verb") || hasTag(token, "Hyphenated");
  return false;
}

/** The source named after a cue: "said a senior official", "according to the ministry". */
export function forwardSource(
  tokens: readonly Token[],
  from: number,
  text: string,
): Omit<RawAttribution, "cue" | "role"> | null {
  const taken: Token[] = [];
  let sawNoun = false;
  for (let k = from; k < tokens.length && taken.length < 10; k++) {
    const token = tokens[k];
    if (!token) break;
    // "said her friend Jane Doe": a possessive before a role is part of the phrase.
    if (
      taken.length === 0 &&
      k === from &&
      /^(?:her|his|their|its|our|my)$/.test(token.norm) &&
      hasTag(tokens[k + 1], "Noun") &&
      !hasTag(tokens[k + 1], "Pronoun")
    ) {
      taken.push(token);
      continue;
    }
    if (taken.length === 0 && k === from && hasTag(token, "Pronoun")) {
      taken.push(token);
      break;
    }
    const inner = INNER_PREPOSITIONS.has(token.norm) && sawNoun;
    if (inner) {
      const after = tokens[k + 1];
      // "the Ministry of the Interior", not "Jane Doe in a briefing".
      // "a spokesman for the police": after a person's role, any body.
      const role = taken.some((t) => isPersonNoun(t));
      const named =
        after !== undefined &&
        (/^\p{Lu}/u.test(after.text) ||
          (hasTag(after, "Determiner") && (role || /^\p{Lu}/u.test(tokens[k + 2]?.text ?? ""))));
      if (!after || !named) break;
      if (boundaryBetween(tokens[k - 1], token)) break;
      taken.push(token);
      continue;
    }
    if (NOT_A_START.has(token.norm)) {
      if (taken.length === 0) return null;
      break;
    }
    if (!isNpWord(token)) break;
    if (sawNoun && hasTag(token, "Adjective") && !hasTag(token, "Noun", "ProperNoun")) break;
    if (taken.length > 0 && boundaryBetween(taken[taken.length - 1], token)) break;
    taken.push(token);
    if (hasTag(token, "Noun", "ProperNoun", "Acronym")) sawNoun = true;
  }
  while (taken.length > 0 && INNER_PREPOSITIONS.has(taken[taken.length - 1]?.norm ?? ""))
    taken.pop();
  if (taken.length === 0 || !isSource(taken)) return null;
  // "people familiar with the matter", "an official close to the talks"
  const next = tokens[from + taken.length];
  if (
    FAMILIARITY.has(next?.norm ?? "") &&
    /^(?:with|to|on|of)$/.test(tokens[from + taken.length + 1]?.norm ?? "")
  ) {
    for (let k = from + taken.length; k < tokens.length && k < from + taken.length + 8; k++) {
      const token = tokens[k];
      if (!token || (hasTag(token, "Verb") && !FAMILIARITY.has(token.norm))) break;
      taken.push(token);
      if (boundaryBetween(token, tokens[k + 1])) break;
    }
  }
  return { tokens: taken, whoEnd: anonymityEnd(taken, text) };
}

/** The source before a verb: "the ministry said", "X, the minister, said", "…, which said". */
/** Words of a clause that keeps a source unnamed: "speaking on condition of anonymity". */
const ANONYMITY_WORDS: ReadonlySet<string> = new Set(
  "anonymity anonymously named identified authorised authorized".split(" "),
);

/** Words that open a time said between a source and its verb: "on Monday", "late Tuesday". */
const TIME_OPENERS: ReadonlySet<string> = new Set(["on", "late", "early", "last", "this"]);

/** A word of a time: "Monday", "March", "3", "yesterday". */
function isTimeWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (hasTag(token, "WeekDay", "Month", "Date") ||
      /^(?:today|yesterday|tonight|overnight)$/.test(token.norm))
  );
}

/**
 * The index of the last word of the source before a cue verb at `from + 1`, past the adverbs
 * and the time said between them ("Biden on Monday said", "the ministry Wednesday said").
 */
function skipWhen(tokens: readonly Token[], from: number): number {
  let j = from;
  for (;;) {
    const token = tokens[j];
    if (!token || boundaryBetween(token, tokens[j + 1])) return j;
    if (BETWEEN_SOURCE_AND_VERB.has(token.norm)) j--;
    else if (isTimeWord(token) && j > 0) {
      let k = j;
      while (k > 0 && isTimeWord(tokens[k - 1]) && !boundaryBetween(tokens[k - 1], tokens[k])) k--;
      const opener = tokens[k - 1];
      const opened = opener && TIME_OPENERS.has(opener.norm) && !boundaryBetween(opener, tokens[k]);
      j = opened ? k - 2 : k - 1;
      // A time that opens the sentence is no source's: "Monday said" has none before it.
      if (j < 0) return from;
    } else return j;
  }
}

export function subjectBefore(
  tokens: readonly Token[],
  verbAt: number,
  text: string,
): Omit<RawAttribution, "cue"> | null {
  let j = skipWhen(tokens, verbAt - 1);
  // "goes on to underline", "went on to say"
  if (
    tokens[j]?.norm === "to" &&
    tokens[j - 1]?.norm === "on" &&
    /^(?:go|goes|went|gone)$/.test(tokens[j - 2]?.norm ?? "")
  )
    j -= 3;
  while (
    j >= 0 &&
    BETWEEN_SOURCE_AND_VERB.has(tokens[j]?.norm ?? "") &&
    !boundaryBetween(tokens[j], tokens[j + 1])
  )
    j--;
  const last = tokens[j];
  if (!last) return null;

  // "…, which emphasized" / "…, who said": the relative pronoun stands for the source before it.
  if (/^(?:which|who)$/.test(last.norm) && /,\s*$/.test(tokens[j - 1]?.post ?? "")) {
    const np = backwardSource(tokens, j - 1);
    return np ? { tokens: np, role: null, whoEnd: endOf(np) } : null;
  }
  // "Jane Doe, 25, of Springfield, said": an age and a home town are no role; read past them.
  let skipped = false;
  for (;;) {
    const current = tokens[j];
    if (!current || !/,\s*$/.test(current.post)) break;
    let k = j;
    while (k > 0 && !/,\s*$/.test(tokens[k - 1]?.post ?? "") && j - k < 6) k--;
    const segment = tokens.slice(k, j + 1);
    const age = segment.length === 1 && /^\d{1,3}$/.test(segment[0]?.text ?? "");
    const home =
      /^(?:of|from)$/.test(segment[0]?.norm ?? "") &&
      segment.slice(1).every((t) => /^\p{Lu}/u.test(t.text) || t.text === ".");
    if ((!age && !home) || k === 0 || !/,\s*$/.test(tokens[k - 1]?.post ?? "")) break;
    j = k - 1;
    skipped = true;
  }
  if (skipped) {
    // The source right before the age or the town: "Jane Doe, 25, …", "the mayor, 52, …".
    const np = backwardSource(tokens, j);
    if (np) return { tokens: np, role: null, whoEnd: endOf(np) };
  }
  const last2 = tokens[j];
  if (!last2) return null;
  // "Name, role, said": an appositive between the name and the verb.
  if (/,\s*$/.test(last2.post) && !hasTag(last2, "Pronoun")) {
    const last = last2;
    let k = j;
    while (k > 0 && !/,\s*$/.test(tokens[k - 1]?.post ?? "") && verbAt - k < 40) k--;
    const roleTokens = tokens.slice(k, j + 1);
    const name = backwardSource(tokens, k - 1);
    const first = roleTokens[0];
    // "Prigozhin, in an audio message, claimed", "Smith, speaking to reporters, said": where or
    // how it was said is no role; the source is before it. Words of anonymity stay with it.
    if (
      name &&
      first &&
      (hasTag(first, "Preposition", "Gerund") ||
        (hasTag(first, "Verb") && /ing$/.test(first.norm))) &&
      !/^(?:of|for|at)$/.test(first.norm) &&
      !roleTokens.some((t) => ANONYMITY_WORDS.has(t.norm)) &&
      /,\s*$/.test(tokens[k - 1]?.post ?? "")
    )
      return { tokens: name, role: null, whoEnd: endOf(name) };
    // "Officials, speaking on condition of anonymity, said": words that keep it unnamed.
    const between = first ? text.slice(first.start, last.end) : "";
    if (name && ANONYMITY.test(between)) return { tokens: name, role: null, whoEnd: last.end };
    if (
      name &&
      first &&
      looksLikeName(name) &&
      (!/^\p{Lu}/u.test(first.text.replace(/^(?:the|a|an)$/i, "x")) ||
        // "Jane Doe, President of the Council, said": a capitalised title.
        PERSON_NOUNS.has(first.norm) ||
        PERSON_NOUNS.has(stemWord(first.norm)))
    ) {
      const role = text.slice(first.start, roleTokens[roleTokens.length - 1]?.end ?? first.end);
      return { tokens: name, role, whoEnd: name[name.length - 1]?.end ?? 0 };
    }
    // "the role, Name, said": the name between the commas, the role before it.
    const before = backwardSource(tokens, k - 1);
    // "The head of the Red Cross, Jane Doe, said": a role led by a person's noun, a body's
    // name in it.
    const ledByRole = (phrase: readonly Token[]) => {
      const word = phrase.find((t) => !hasTag(t, "Determiner"));
      return (
        word !== undefined && /^\p{Ll}/u.test(word.text) && PERSON_NOUNS.has(stemWord(word.norm))
      );
    };
    if (
      before &&
      first &&
      looksLikeName(roleTokens) &&
      (!looksLikeName(before) || ledByRole(before))
    ) {
      const role = text.slice(before[0]?.start ?? 0, before[before.length - 1]?.end ?? 0);
      return { tokens: roleTokens, role, whoEnd: last.end };
    }
    const roleText = first ? text.slice(first.start, last.end) : "";
    if (name && ANONYMITY.test(roleText)) return { tokens: name, role: null, whoEnd: last.end };
    return null;
  }
  if (boundaryBetween(last, tokens[j + 1]) && j + 1 < verbAt) return null;
  const np = backwardSource(tokens, j);
  return np ? { tokens: np, role: null, whoEnd: endOf(np) } : null;
}

function endOf(tokens: readonly Token[]): number {
  return tokens[tokens.length - 1]?.end ?? 0;
}

function backwardSource(tokens: readonly Token[], end: number): Token[] | null {
  const last = tokens[end];
  if (!last) return null;
  if (hasTag(last, "Pronoun"))
    return PERSON_PRONOUNS.has(last.norm) || /^(?:it|they)$/.test(last.norm) ? [last] : null;
  const taken: Token[] = [];
  for (let k = end; k >= 0 && taken.length < (isPersonNoun(last) ? 16 : 10); k--) {
    const token = tokens[k];
    if (!token) break;
    if (taken.length > 0 && boundaryBetween(token, taken[0])) break;
    const before = tokens[k - 1];
    const inner =
      INNER_PREPOSITIONS.has(token.norm) &&
      taken.length > 0 &&
      (/^\p{Lu}/u.test(taken[0]?.text ?? "") ||
        (hasTag(taken[0], "Determiner") && /^\p{Lu}/u.test(taken[1]?.text ?? "")) ||
        // "a spokesman for the coalition", "the director of the agency"
        (before !== undefined &&
          (PERSON_NOUNS.has(before.norm) || PERSON_NOUNS.has(stemWord(before.norm))) &&
          !boundaryBetween(before, token)));
    if (NOT_A_START.has(token.norm)) break;
    // A number inside a name: "France 24", "Channel 4".
    const inName =
      /^\d{1,4}$/.test(token.text) &&
      /^\p{Lu}/u.test(before?.text ?? "") &&
      !boundaryBetween(before, token);
    // The capitalised word before such a number is a name's, whatever the tagger took it for.
    const nameBeforeNumber = /^\d{1,4}$/.test(taken[0]?.text ?? "") && /^\p{Lu}/u.test(token.text);
    // "a Bureau of Enquiry and Analysis spokesman": "and" inside the body's name before a role.
    const innerAnd =
      token.norm === "and" &&
      /^\p{Lu}/u.test(taken[0]?.text ?? "") &&
      /^\p{Lu}/u.test(before?.text ?? "") &&
      !boundaryBetween(before, token) &&
      isPersonNoun(last);
    if (!inner && !inName && !nameBeforeNumber && !innerAnd && !isNpWord(token)) break;
    taken.unshift(token);
  }
  while (taken.length > 0 && INNER_PREPOSITIONS.has(taken[0]?.norm ?? "")) taken.shift();
  const start = end - taken.length + 1;
  const opener = tokens[start - 1]?.norm ?? "";
  if (NEGATIONS.has(taken[0]?.norm ?? "") || NEGATIONS.has(opener)) return null;
  // "people familiar with the matter said": the source is before "familiar with".
  if (FAMILIARITY.has(tokens[start - 2]?.norm ?? "") && /^(?:with|to|on|of)$/.test(opener)) {
    const people = backwardSource(tokens, start - 3);
    if (people) return [...people, ...tokens.slice(start - 2, end + 1)];
  }
  return taken.length > 0 && isSource(taken) ? taken : null;
}

/** A lower-case noun for a person: "spokesman", "officials". */
function isPersonNoun(token: Token | undefined): boolean {
  if (!token || /^\p{Lu}/u.test(token.text)) return false;
  return PERSON_NOUNS.has(token.norm) || PERSON_NOUNS.has(stemWord(token.norm));
}

export function isPronoun(tokens: readonly Token[]): boolean {
  return tokens.length === 1 && hasTag(tokens[0], "Pronoun");
}

/** A phrase that can be a source: a pronoun, a name, or a person, institution or outlet noun. */
function isSource(tokens: readonly Token[]): boolean {
  if (isPronoun(tokens)) return true;
  const head = headOf(tokens);
  if (!head) return false;
  const stem = stemWord(head.norm);
  if (PERSON_NOUNS.has(stem) || PERSON_NOUNS.has(head.norm) || hasTag(head, "Actor")) return true;
  if (INSTITUTION_NOUNS.has(head.norm) || INSTITUTION_NOUNS.has(stem)) return true;
  if (OUTLET_NOUNS.has(head.norm)) return true;
  return /^\p{Lu}/u.test(head.text) && !hasTag(head, "Date", "Month", "WeekDay");
}

/** The last noun before any inner preposition: "the Embassy in X" → "Embassy". */
export function headOf(tokens: readonly Token[]): Token | undefined {
  const cut = tokens.findIndex(
    (t, i) => i > 0 && (INNER_PREPOSITIONS.has(t.norm) || FAMILIARITY.has(t.norm)),
  );
  const core = cut > 0 ? tokens.slice(0, cut) : tokens;
  const last = core[core.length - 1];
  const before = core[core.length - 2];
  // "Channel 9", "France 24": a name ending in a number is headed by the name.
  if (/^\d{1,4}$/.test(last?.text ?? "") && before && /^\p{Lu}/u.test(before.text)) return before;
  return last;
}

export function looksLikeName(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !hasTag(t, "Determiner"));
  return words.length > 0 && words.every((t) => /^\p{Lu}/u.test(t.text));
}

/**
 * Where a person's name starts after a title: "engineer Jane Doe", "Transport Minister Jane Doe"
 * (0 when there is no title).
 */
export function titleBeforeName(tokens: readonly Token[]): number {
  // "President Biden": a title and a surname.
  if (
    tokens.length === 2 &&
    (PERSON_NOUNS.has(tokens[0]?.norm ?? "") || PERSON_TITLES.has(tokens[0]?.norm ?? "")) &&
    /^\p{Lu}/u.test(tokens[0]?.text ?? "") &&
    /^\p{Lu}\p{Ll}/u.test(tokens[1]?.text ?? "")
  )
    return 1;
  if (tokens.length < 3) return 0;
  // A first name is one with a surname after it ("Bill Nelson", not the "Nelson" of it).
  const firstName = tokens.findIndex(
    (t, i) => i > 0 && hasTag(t, "FirstName") && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ""),
  );
  if (firstName > 0) return firstName;
  let cut = 0;
  tokens.forEach((t, i) => {
    if (hasTag(t, "Determiner") && !PERSON_NOUNS.has(t.norm)) return;
    // "Vice President Harris": a title may stand right before a lone surname.
    const room = i < tokens.length - 2 || (i === tokens.length - 2 && PERSON_TITLES.has(t.norm));
    if (room && (PERSON_NOUNS.has(t.norm) || PERSON_TITLES.has(t.norm) || /^\p{Ll}/u.test(t.text)))
      cut = i + 1;
  });
  // "Secretary of State Jane Doe", "Minister of Defence Sam Reyes": a title's department is
  // one capitalised word after its "of"; the two after it are the person's name.
  const after = tokens.slice(cut);
  if (
    cut >= 2 &&
    tokens[cut - 1]?.norm === "of" &&
    (PERSON_NOUNS.has(tokens[cut - 2]?.norm ?? "") ||
      PERSON_TITLES.has(tokens[cut - 2]?.norm ?? "")) &&
    after.length === 3 &&
    after.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))
  )
    return cut + 1;
  return cut;
}

/** "said Jane Doe, the city's housing director." — the role after an inverted source's name. */
export function roleAfter(tokens: readonly Token[], text: string): string | null {
  if (!looksLikeName(tokens) || tokens.length < 2) return null;
  const rest = text.slice(tokens[tokens.length - 1]?.end ?? 0);
  const match =
    /^,\s+((?:the|a|an)\s+[^,.;:"“”]{2,100}?|\p{Ll}[^,.;:"“”]{2,100}?)(?=[,.;]|$)/u.exec(rest);
  if (!match?.[1] || ANONYMITY.test(match[1])) return null;
  return match[1];
}

/**
 * "said his lawyer, Ann Roe." — an inverted source that is a role, with the person's name set
 * off after it: the name is the source, the role its role. Null when no name follows.
 */
export function nameAfterRole(
  role: readonly Token[],
  tokens: readonly Token[],
  text: string,
): Omit<RawAttribution, "cue"> | null {
  const head = headOf(role);
  if (!head || looksLikeName(role)) return null;
  if (!PERSON_NOUNS.has(head.norm) && !PERSON_NOUNS.has(stemWord(head.norm))) return null;
  const last = role[role.length - 1];
  if (!last || !/^,\s*$/.test(last.post)) return null;
  const from = tokens.indexOf(last) + 1;
  const name: Token[] = [];
  for (let k = from; k < tokens.length && name.length < 5; k++) {
    const token = tokens[k];
    if (!token || !/^\p{Lu}/u.test(token.text) || hasTag(token, "Pronoun", "Date")) break;
    name.push(token);
    const title = PERSON_TITLES.has(token.norm) && /^\.?\s*$/.test(token.post);
    if (!title && k + 1 < tokens.length && boundaryBetween(token, tokens[k + 1])) break;
  }
  const end = name[name.length - 1];
  const after = tokens[tokens.indexOf(end as Token) + 1];
  // The name ends its clause: "…, Ann Roe." or "…, Ann Roe, who …".
  if (!end || name.length < 2 || (after !== undefined && !boundaryBetween(end, after))) return null;
  const first = role[0] as Token;
  const roleText = text.slice(first.start, last.end).replace(/,$/, "");
  return { tokens: name, role: roleText, whoEnd: end.end };
}

/** Where the source's words end, reaching over "speaking on the condition of anonymity". */
function anonymityEnd(tokens: readonly Token[], text: string): number {
  const end = tokens[tokens.length - 1]?.end ?? 0;
  const rest = text.slice(end);
  const sentenceEnd = rest.search(/[.;!?](?:\s|$)/);
  const clause = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest;
  const match = ANONYMITY.exec(clause);
  return match ? end + match[0].length : end;
}
