import type { Article } from "../ingest/article.js";
import {
  ANONYMITY,
  ATTRIBUTION_VERBS,
  BETWEEN_SOURCE_AND_VERB,
  CLAUSE_PARTICIPLES,
  INSTITUTION_NOUNS,
  INVERTED_VERBS,
  OUTLET_NAME_WORDS,
  OUTLET_NOUNS,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  PHRASAL_ATTRIBUTION,
  SOURCE_AFTER_PARTICIPLES,
} from "./attribution-cues.js";
import type { Attribution, SourceKind } from "./comparison.js";
import { hasTag, readSentences, type Sentence, type Token } from "./passage-reading.js";
import { insideQuote, quotedSpans } from "./quoted-words.js";
import { stemWord } from "./word-forms.js";

/**
 * Attribution: who each passage says a claim comes from, and the cue. Sources are read from the
 * sentence's grammar (subject before the verb, inverted "said a spokesman", "according to …",
 * "blamed by …", "citing …", "X, the minister, said"), classed as a named person, an unnamed
 * official, an institution or an outlet, and "he said" is resolved to the person just mentioned.
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
const BOUNDARY = /[,;:()[\]"“”«»—–]|--|\.(?:\s|$)/;
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

interface RawAttribution {
  readonly tokens: readonly Token[];
  readonly cue: string;
  readonly role: string | null;
  /** Verbatim extension past the source's name ("…, speaking on the condition of anonymity"). */
  readonly whoEnd: number;
}

interface KnownPerson {
  readonly who: string;
  readonly role: string | null;
}

const cache = new WeakMap<Article, ReadonlyMap<number, readonly Attribution[]>>();

/** The attributions of each paragraph of an article, read in order so pronouns resolve. */
export function articleAttributions(article: Article): ReadonlyMap<number, readonly Attribution[]> {
  const known = cache.get(article);
  if (known) return known;
  const byParagraph = new Map<number, Attribution[]>();
  const history: Attribution[] = [];
  const people = new Map<string, KnownPerson>();
  for (const passage of article.passages) {
    const text = passage.text;
    const spans = quotedSpans(text);
    const found: Attribution[] = [];
    for (const sentence of readSentences(text)) {
      notePeople(sentence, text, people);
      const inSentence: Attribution[] = [];
      for (const raw of rawAttributions(sentence, text, spans, inSentence)) {
        const attribution = finish(raw, text, passage.paragraph, history, people);
        if (!attribution) continue;
        inSentence.push(attribution);
        history.push(attribution);
        if (attribution.kind === "person" && attribution.resolvedFrom === null) {
          const surname = attribution.who.split(/\s+/).pop()?.toLowerCase() ?? "";
          const known = people.get(surname);
          if (attribution.who.includes(" ") || !known)
            people.set(surname, {
              who: attribution.who,
              role: attribution.role ?? known?.role ?? null,
            });
        }
        if (
          !found.some((a) => a.who === attribution.who && a.cue === attribution.cue) &&
          attribution.who !== ""
        )
          found.push(attribution);
      }
    }
    byParagraph.set(passage.paragraph, found);
  }
  cache.set(article, byParagraph);
  return byParagraph;
}

/** The attributions in one passage of an article. */
export function passageAttributions(article: Article, paragraph: number): readonly Attribution[] {
  return articleAttributions(article).get(paragraph) ?? [];
}

function* rawAttributions(
  sentence: Sentence,
  text: string,
  spans: ReturnType<typeof quotedSpans>,
  earlier: readonly Attribution[],
): Generator<RawAttribution | Attribution> {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || insideQuote(spans, token.start)) continue;
    const next = tokens[i + 1];
    const norm = token.norm;

    if (norm === "according" && next?.norm === "to") {
      const np = forwardSource(tokens, i + 2, text);
      if (np) yield { ...np, cue: "according to", role: null };
      continue;
    }
    if (SOURCE_AFTER_PARTICIPLES.has(norm)) {
      const np = forwardSource(tokens, i + 1, text);
      if (np) yield { ...np, cue: token.text.toLowerCase(), role: null };
      continue;
    }
    if (CLAUSE_PARTICIPLES.has(norm) && !/^\p{Lu}/u.test(token.text)) {
      const main = tokens[i - 1]?.norm === "as" ? earlier[earlier.length - 1] : earlier[0];
      if (main) yield { ...main, cue: token.text.toLowerCase() };
      continue;
    }
    const phrasal = PHRASAL_ATTRIBUTION.has(norm) && next?.norm === "out";
    if (!phrasal && !ATTRIBUTION_VERBS.has(norm)) continue;
    if (!phrasal && !isVerbHere(token)) continue;
    const cue = phrasal ? `${token.text.toLowerCase()} out` : token.text.toLowerCase();

    if (next?.norm === "by" && /ed$|told$|said$/.test(norm)) {
      const np = forwardSource(tokens, i + 2, text);
      if (np) yield { ...np, cue: `${cue} by`, role: null };
      continue;
    }
    const before = tokens[i - 1];
    const afterQuoteOrComma =
      before !== undefined &&
      /[,"”'’]\s*$/.test(before.post + token.pre) &&
      INVERTED_VERBS.has(norm);
    if (afterQuoteOrComma) {
      const np = forwardSource(tokens, i + 1, text);
      const lastOfNp = np?.tokens[np.tokens.length - 1];
      const endsClause =
        lastOfNp !== undefined && boundaryBetween(lastOfNp, tokens[tokens.indexOf(lastOfNp) + 1]);
      if (np && !isPronoun(np.tokens) && endsClause) {
        yield { ...np, cue, role: roleAfter(np.tokens, text) };
        continue;
      }
    }
    const subject = subjectBefore(tokens, i, text);
    if (subject) yield { ...subject, cue };
  }
}

/** compromise tags the word as a verb, or it is a form that can only be one. */
function isVerbHere(token: Token): boolean {
  if (hasTag(token, "Verb")) return true;
  return /^(?:said|told|says|according)$/.test(token.norm);
}

function boundaryBetween(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return true;
  return BOUNDARY.test(`${a.post}${b.pre}`);
}

function isNpWord(token: Token): boolean {
  if (hasTag(token, "Pronoun")) return false;
  if (hasTag(token, ...NP_TAGS)) return !hasTag(token, "Verb") || hasTag(token, "Hyphenated");
  return false;
}

/** The source named after a cue: "said a senior official", "according to the ministry". */
function forwardSource(
  tokens: readonly Token[],
  from: number,
  text: string,
): Omit<RawAttribution, "cue" | "role"> | null {
  const taken: Token[] = [];
  let sawNoun = false;
  for (let k = from; k < tokens.length && taken.length < 10; k++) {
    const token = tokens[k];
    if (!token) break;
    if (taken.length === 0 && k === from && hasTag(token, "Pronoun")) {
      taken.push(token);
      break;
    }
    const inner = INNER_PREPOSITIONS.has(token.norm) && sawNoun;
    if (inner) {
      const after = tokens[k + 1];
      if (!after || !(/^\p{Lu}/u.test(after.text) || hasTag(after, "Determiner"))) break;
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
function subjectBefore(
  tokens: readonly Token[],
  verbAt: number,
  text: string,
): Omit<RawAttribution, "cue"> | null {
  let j = verbAt - 1;
  while (
    j >= 0 &&
    BETWEEN_SOURCE_AND_VERB.has(tokens[j]?.norm ?? "") &&
    !boundaryBetween(tokens[j], tokens[j + 1])
  )
    j--;
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
  // "Name, role, said": an appositive between the name and the verb.
  if (/,\s*$/.test(last.post) && !hasTag(last, "Pronoun")) {
    let k = j;
    while (k > 0 && !/,\s*$/.test(tokens[k - 1]?.post ?? "") && verbAt - k < 40) k--;
    const roleTokens = tokens.slice(k, j + 1);
    const name = backwardSource(tokens, k - 1);
    const first = roleTokens[0];
    if (
      name &&
      first &&
      looksLikeName(name) &&
      !/^\p{Lu}/u.test(first.text.replace(/^(?:the|a|an)$/i, "x"))
    ) {
      const role = text.slice(first.start, roleTokens[roleTokens.length - 1]?.end ?? first.end);
      return { tokens: name, role, whoEnd: name[name.length - 1]?.end ?? 0 };
    }
    // "the role, Name, said": the name between the commas, the role before it.
    const before = backwardSource(tokens, k - 1);
    if (before && first && looksLikeName(roleTokens) && !looksLikeName(before)) {
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
  for (let k = end; k >= 0 && taken.length < 10; k--) {
    const token = tokens[k];
    if (!token) break;
    if (taken.length > 0 && boundaryBetween(token, taken[0])) break;
    const inner =
      INNER_PREPOSITIONS.has(token.norm) &&
      taken.length > 0 &&
      (/^\p{Lu}/u.test(taken[0]?.text ?? "") ||
        (hasTag(taken[0], "Determiner") && /^\p{Lu}/u.test(taken[1]?.text ?? "")));
    if (NOT_A_START.has(token.norm)) break;
    if (!inner && !isNpWord(token)) break;
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

function isPronoun(tokens: readonly Token[]): boolean {
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
function headOf(tokens: readonly Token[]): Token | undefined {
  const cut = tokens.findIndex(
    (t, i) => i > 0 && (INNER_PREPOSITIONS.has(t.norm) || FAMILIARITY.has(t.norm)),
  );
  const core = cut > 0 ? tokens.slice(0, cut) : tokens;
  return core[core.length - 1];
}

function looksLikeName(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !hasTag(t, "Determiner"));
  return words.length > 0 && words.every((t) => /^\p{Lu}/u.test(t.text));
}

/**
 * Where a person's name starts after a title: "engineer Jane Doe", "Transport Minister Jane Doe"
 * (0 when there is no title).
 */
function titleBeforeName(tokens: readonly Token[]): number {
  if (tokens.length < 3) return 0;
  const firstName = tokens.findIndex((t, i) => i > 0 && hasTag(t, "FirstName"));
  if (firstName > 0) return firstName;
  let cut = 0;
  tokens.forEach((t, i) => {
    if (i < tokens.length - 2 && (PERSON_NOUNS.has(t.norm) || /^\p{Ll}/u.test(t.text))) cut = i + 1;
  });
  return cut;
}

/** A head noun that names: capitalised mid-sentence, or a capitalised word that is no common noun. */
function isProperHead(head: Token | undefined): boolean {
  if (!head || !/^\p{Lu}/u.test(head.text)) return false;
  const common = [PERSON_NOUNS, INSTITUTION_NOUNS, OUTLET_NOUNS].some(
    (nouns) => nouns.has(head.norm) || nouns.has(stemWord(head.norm)),
  );
  return !common || !head.sentenceStart;
}

/** "said Jane Doe, the city's housing director." — the role after an inverted source's name. */
function roleAfter(tokens: readonly Token[], text: string): string | null {
  if (!looksLikeName(tokens) || tokens.length < 2) return null;
  const rest = text.slice(tokens[tokens.length - 1]?.end ?? 0);
  const match =
    /^,\s+((?:the|a|an)\s+[^,.;:"“”]{2,100}?|\p{Ll}[^,.;:"“”]{2,100}?)(?=[,.;]|$)/u.exec(rest);
  if (!match?.[1] || ANONYMITY.test(match[1])) return null;
  return match[1];
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

/** Remembers people introduced with a role ("Jane Doe, the mayor,") for later "Doe said". */
function notePeople(sentence: Sentence, text: string, people: Map<string, KnownPerson>): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i];
    if (!start || !hasTag(start, "Person")) continue;
    let k = i;
    while (hasTag(tokens[k + 1], "Person") && !boundaryBetween(tokens[k], tokens[k + 1])) k++;
    const name = text.slice(start.start, tokens[k]?.end ?? start.end);
    const surname = tokens[k]?.norm ?? "";
    let role: string | null = null;
    if (/^,\s*$/.test(tokens[k]?.post ?? "")) {
      let r = k + 1;
      while (r < tokens.length && !/[,.;]/.test(tokens[r]?.post ?? "") && r - k < 30) r++;
      const first = tokens[k + 1];
      if (
        first &&
        /[,]/.test(tokens[r]?.post ?? "") &&
        !/^\p{Lu}/u.test(first.text.replace(/^(?:The|A|An)$/, "x"))
      )
        role = text.slice(first.start, tokens[r]?.end ?? first.end);
    }
    if (name.includes(" ") || !people.has(surname))
      people.set(surname, { who: name, role: role ?? people.get(surname)?.role ?? null });
    i = k;
  }
}

function finish(
  raw: RawAttribution | Attribution,
  text: string,
  paragraph: number,
  history: readonly Attribution[],
  people: ReadonlyMap<string, KnownPerson>,
): Attribution | null {
  if ("who" in raw) return { ...raw, paragraph };
  const first = raw.tokens[0];
  if (!first) return null;
  if (isPronoun(raw.tokens)) return resolvePronoun(first, raw.cue, paragraph, history);
  const whoText = text
    .slice(first.start, Math.max(raw.whoEnd, raw.tokens[raw.tokens.length - 1]?.end ?? 0))
    .trim();
  const anonymous = raw.whoEnd > (raw.tokens[raw.tokens.length - 1]?.end ?? 0);
  const surnameOnly = raw.tokens.length === 1 ? people.get(first.norm) : undefined;
  const kind = surnameOnly ? "person" : kindOf(raw.tokens, raw.cue);
  let who = whoText.replace(/[,;:]$/, "");
  let role = raw.role;
  if (kind === "person") {
    const surname = raw.tokens[raw.tokens.length - 1]?.norm ?? "";
    const known = people.get(surname);
    if (known && raw.tokens.length === 1) who = known.who;
    const title = titleBeforeName(raw.tokens);
    if (title > 0 && !anonymous) {
      const nameStart = raw.tokens[title]?.start ?? first.start;
      const titleText = text.slice(first.start, nameStart).trim();
      role = role ? `${titleText}, ${role}` : titleText;
      who = text.slice(nameStart, raw.tokens[raw.tokens.length - 1]?.end ?? nameStart);
    }
    role = role ?? known?.role ?? null;
  }
  const head = headOf(raw.tokens);
  const named =
    !anonymous &&
    (kind === "person" || ((kind === "institution" || kind === "outlet") && isProperHead(head)));
  return { who, cue: raw.cue, named, kind, role, anonymous, resolvedFrom: null, paragraph };
}

function kindOf(tokens: readonly Token[], cue: string): SourceKind {
  const head = headOf(tokens);
  const norm = head?.norm ?? "";
  const stem = stemWord(norm);
  if (PERSON_NOUNS.has(stem) || PERSON_NOUNS.has(norm)) return "official";
  if (hasTag(head, "Actor") && !/^\p{Lu}/u.test(head?.text ?? "")) return "official";
  if (OUTLET_NOUNS.has(norm)) return "outlet";
  if (titleBeforeName(tokens) > 0 && tokens.slice(-2).every((t) => /^\p{Lu}/u.test(t.text)))
    return "person";
  const capitalised = /^\p{Lu}/u.test(head?.text ?? "");
  if (capitalised && (OUTLET_NAME_WORDS.has(norm) || /^report/.test(cue))) return "outlet";
  if (INSTITUTION_NOUNS.has(norm) || INSTITUTION_NOUNS.has(stem)) return "institution";
  const words = tokens.filter((t) => !hasTag(t, "Determiner"));
  if (
    words.some((t) => hasTag(t, "Person")) &&
    !words.some((t) => hasTag(t, "Organization", "Place"))
  )
    return "person";
  if (
    words.length >= 2 &&
    words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) &&
    !words.some((t) => hasTag(t, "Place", "Organization"))
  )
    return "person";
  return "institution";
}

function resolvePronoun(
  pronoun: Token,
  cue: string,
  paragraph: number,
  history: readonly Attribution[],
): Attribution | null {
  const recent = history.filter((a) => a.paragraph >= paragraph - 1).reverse();
  let referent: Attribution | undefined;
  if (PERSON_PRONOUNS.has(pronoun.norm))
    referent = recent.find(
      (a) =>
        (a.kind === "person" || a.kind === "official") &&
        !/s$/.test(a.who.split(/[ ,]/)[1] ?? a.who) &&
        !isPlural(a.who),
    );
  else if (pronoun.norm === "it")
    referent = recent.find((a) => a.kind === "institution" || a.kind === "outlet");
  else if (pronoun.norm === "they") referent = recent.find((a) => isPlural(a.who));
  if (!referent) return null;
  return { ...referent, cue, paragraph, resolvedFrom: pronoun.text };
}

/** "officials", "two aides": a plural source. */
function isPlural(who: string): boolean {
  const head =
    who
      .split(/,|\bthat\b|\bwho\b|\bfamiliar\b/)[0]
      ?.trim()
      .split(/\s+/)
      .pop() ?? "";
  return /[^s]s$/i.test(head) || /^people$/i.test(head);
}
