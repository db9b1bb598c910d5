import type { Article, Passage } from "../ingest/article.js";
import { STOP_WORDS } from "../text/stop-words.js";
import {
  ATTRIBUTION_VERBS,
  CLAUSE_PARTICIPLES,
  INSTITUTION_NOUNS,
  INVERTED_VERBS,
  OUTLET_NAME_WORDS,
  OUTLET_NOUNS,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  PHRASAL_ATTRIBUTION,
  PRIVATE_PEOPLE,
  SOURCE_AFTER_PARTICIPLES,
} from "./attribution-cues.js";
import type { Attribution, SourceKind } from "./comparison.js";
import {
  FILLER_WORDS,
  KNOWN_OUTLETS,
  OUTLET_NAME_ENDINGS,
  PERSON_TITLES,
  WIRE_INITIALS,
} from "./name-cues.js";
import { articleNameContext } from "./names.js";
import { boundaryBetween } from "./noun-phrases.js";
import { hasTag, readSentences, type Sentence, type Token } from "./passage-reading.js";
import { insideQuote, quotedSpans } from "./quoted-words.js";
import {
  forwardSource,
  headOf,
  isPronoun,
  nameAfterRole,
  type RawAttribution,
  roleAfter,
  subjectBefore,
  titleBeforeName,
} from "./source-phrases.js";
import { foldPhrase, stemWord } from "./word-forms.js";

/**
 * Attribution: who each passage says a claim comes from, and the cue. Sources are read from the
 * sentence's grammar (subject before the verb, inverted "said a spokesman", "according to …",
 * "blamed by …", "citing …", "X, the minister, said"), classed as a named person, an unnamed
 * official, an institution or an outlet, and "he said" is resolved to the person just mentioned.
 */

interface KnownPerson {
  readonly who: string;
  readonly role: string | null;
}

const cache = new WeakMap<Article, ReadonlyMap<number, readonly Attribution[]>>();

/** The attributions of each paragraph of an article, read in order so pronouns resolve. */
export function articleAttributions(article: Article): ReadonlyMap<number, readonly Attribution[]> {
  const known = cache.get(article);
  if (known) return known;
  // Captions are numbered apart from body paragraphs and put nothing down to anyone: body only.
  const body = bodyParagraphs(article);
  const byParagraph = readAttributions(body, articleNameContext(article, body).surnames);
  cache.set(article, byParagraph);
  return byParagraph;
}

/** Paragraphs read before a passage, when the whole article is not read, so that "he said" resolves. */
const CONTEXT_PARAGRAPHS = 2;

/** Attributions of the given passages, read in order, each sentence's pronouns resolved to what came before. */
function readAttributions(
  passages: readonly Passage[],
  surnames: ReadonlySet<string> = new Set(),
): Map<number, Attribution[]> {
  const byParagraph = new Map<number, Attribution[]>();
  const history: Attribution[] = [];
  const people = new Map<string, KnownPerson>();
  for (const passage of passages) {
    const text = passage.text;
    const spans = quotedSpans(text);
    const found: Attribution[] = [];
    for (const sentence of readSentences(text)) {
      notePeople(sentence, text, people);
      const inSentence: Attribution[] = [];
      for (const raw of rawAttributions(sentence, text, spans, inSentence)) {
        const attribution = finish(raw, text, passage.paragraph, history, people, surnames);
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
      // "President Jane Doe sent a message. 'It is a great day,' she said.": the person a
      // sentence is about stands for a later "she said", though the sentence reports nothing.
      const subject = inSentence.length === 0 ? leadingPerson(sentence, people) : null;
      if (subject)
        history.push({
          who: subject.who,
          cue: "",
          named: true,
          kind: "person",
          role: subject.role,
          anonymous: false,
          resolvedFrom: null,
          paragraph: passage.paragraph,
        });
    }
    byParagraph.set(passage.paragraph, found);
  }
  return byParagraph;
}

/** The attributions in one passage of an article. */
export function passageAttributions(
  article: Article,
  paragraph: number,
  context = CONTEXT_PARAGRAPHS,
): readonly Attribution[] {
  const whole = cache.get(article);
  if (whole) return whole.get(paragraph) ?? [];
  // An article not read in full (a large desk): the passage and the few before it.
  const window = bodyParagraphs(article).filter(
    (passage) => passage.paragraph <= paragraph && passage.paragraph >= paragraph - context,
  );
  return readAttributions(window, articleNameContext(window, window).surnames).get(paragraph) ?? [];
}

function bodyParagraphs(article: Article): Passage[] {
  return article.passages.filter((passage) => passage.kind === "paragraph");
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
    // "The Courier is now reporting that …", "officials are saying": a reporting verb's -ing form
    // after "is", "are", "was" or "were" has its source before the auxiliary.
    const auxiliary = progressiveAuxiliary(tokens, i);
    if (auxiliary >= 0) {
      const subject = subjectBefore(tokens, auxiliary, text);
      if (subject) {
        yield { ...subject, cue: token.text.toLowerCase() };
        continue;
      }
    }
    if (CLAUSE_PARTICIPLES.has(norm) && !/^\p{Lu}/u.test(token.text)) {
      const main = tokens[i - 1]?.norm === "as" ? earlier[earlier.length - 1] : earlier[0];
      if (main) yield { ...main, cue: token.text.toLowerCase() };
      continue;
    }
    const phrasal = PHRASAL_ATTRIBUTION.has(norm) && next?.norm === "out";
    if (!phrasal && !ATTRIBUTION_VERBS.has(norm)) continue;
    if (!phrasal && !isVerbHere(token, next)) continue;
    // "the maker recalled its heaters": a verb with an object, not a source recalling.
    if (/^recall(?:s|ed)?$/.test(norm) && hasTag(next, "Determiner", "Possessive", "Noun", "Value"))
      continue;
    // "five people confirmed dead", "two reported missing": a passive of state, no source.
    if (
      /^(?:confirmed|reported|feared|presumed|believed|declared)$/.test(norm) &&
      STATE_WORDS.has(next?.norm ?? "")
    )
      continue;
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
      (INVERTED_VERBS.has(norm) || INVERTED_REPORTS.has(norm));
    if (afterQuoteOrComma) {
      const found = forwardSource(tokens, i + 1, text);
      // "…, reported the Harbour Courier newspaper": only an outlet reports after its story
      // ("…, reported record profits" names no source).
      const np =
        found && (INVERTED_VERBS.has(norm) || kindOf(found.tokens, cue) === "outlet")
          ? found
          : null;
      const lastOfNp = np?.tokens[np.tokens.length - 1];
      const afterNp = lastOfNp ? tokens[tokens.indexOf(lastOfNp) + 1] : undefined;
      // "…," said Jane Doe in a statement: a preposition ends the source as a comma does.
      const endsClause =
        lastOfNp !== undefined &&
        (boundaryBetween(lastOfNp, afterNp) ||
          (hasTag(afterNp, "Preposition") && !/^(?:of|for)$/.test(afterNp?.norm ?? "")));
      if (np && !isPronoun(np.tokens) && endsClause) {
        // "…, said his lawyer, Ann Roe.": the role first, the name set off after it.
        const named = nameAfterRole(np.tokens, tokens, text);
        if (named) yield { ...named, cue };
        else yield { ...np, cue, role: roleAfter(np.tokens, text) };
        continue;
      }
    }
    const subject = subjectBefore(tokens, i, text) ?? coordinatedSubject(tokens, i, text);
    if (subject && !objectOfTo(tokens, subject.tokens)) yield { ...subject, cue };
  }
}

/**
 * "a letter to Jane Doe published on Monday": the name is what "to" leads to, and the verb a
 * participle describing the letter, so she published nothing ("according to" leads a source).
 */
function objectOfTo(tokens: readonly Token[], np: readonly Token[]): boolean {
  const at = np[0] ? tokens.indexOf(np[0]) : -1;
  const before = tokens[at - 1];
  return (
    at > 0 &&
    before?.norm === "to" &&
    tokens[at - 2]?.norm !== "according" &&
    !boundaryBetween(before, np[0])
  );
}

/** "…, reported the Daily Ledger": report verbs that put an outlet after its story. */
const INVERTED_REPORTS: ReadonlySet<string> = new Set(["reported", "reports"]);

/** Adverbs that may stand between "is" and a reporting verb's -ing form: "is now reporting". */
const BETWEEN_AUXILIARY_AND_VERB: ReadonlySet<string> = new Set(
  "now also still already increasingly widely openly publicly privately".split(" "),
);

/**
 * Where the auxiliary of a reporting verb's progressive stands ("is reporting", "are now
 * saying", "was telling"), or -1: the -ing form is an attribution verb's, "is", "are", "was"
 * or "were" before it in the same clause.
 */
function progressiveAuxiliary(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token || !/^\p{Ll}+ing$/u.test(token.text)) return -1;
  const stem = token.norm.slice(0, -3);
  const bases = [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, "$1")];
  if (!bases.some((base) => base.length > 2 && ATTRIBUTION_VERBS.has(base))) return -1;
  let j = i - 1;
  while (j > 0 && BETWEEN_AUXILIARY_AND_VERB.has(tokens[j]?.norm ?? "")) j--;
  const auxiliary = tokens[j];
  if (!auxiliary || !/^(?:is|are|was|were)$/.test(auxiliary.norm)) return -1;
  for (let k = j; k < i; k++) if (boundaryBetween(tokens[k], tokens[k + 1])) return -1;
  return j;
}

/** Auxiliaries and particles read past to find the verb a cue is coordinated with. */
const NOT_THE_VERB = new Set(
  "be is are was were been have has had do does did will would can could in out up on off down back over".split(
    " ",
  ),
);

/**
 * "Jane Doe later stepped in and said …": a cue after "and" shares the subject of the verb
 * before it, in the same clause, a few words back.
 */
function coordinatedSubject(
  tokens: readonly Token[],
  verbAt: number,
  text: string,
): ReturnType<typeof subjectBefore> {
  const and = tokens[verbAt - 1];
  if (and?.norm !== "and" || boundaryBetween(and, tokens[verbAt])) return null;
  for (let k = verbAt - 2; k >= 0 && k >= verbAt - 8; k--) {
    const token = tokens[k];
    if (!token || boundaryBetween(token, tokens[k + 1])) return null;
    if (!hasTag(token, "Verb") || NOT_THE_VERB.has(token.norm)) continue;
    return subjectBefore(tokens, k, text);
  }
  return null;
}

/** States a count of people is confirmed or reported in: "confirmed dead", "reported missing". */
const STATE_WORDS: ReadonlySet<string> = new Set(
  "dead deceased killed missing injured wounded hurt safe alive drowned".split(" "),
);

/** compromise tags the word as a verb, or it is a form that can only be one. */
function isVerbHere(token: Token, next?: Token): boolean {
  if (hasTag(token, "Verb")) return true;
  // "France 24 reports that …": read as a plural noun after the number.
  if (next?.norm === "that" && /s$/.test(token.norm)) return true;
  return /^(?:said|told|says|according)$/.test(token.norm);
}

/** A head noun that names: capitalised mid-sentence, or a capitalised word that is no common noun. */
function isProperHead(head: Token | undefined): boolean {
  if (!head || !/^\p{Lu}/u.test(head.text)) return false;
  const common = [PERSON_NOUNS, INSTITUTION_NOUNS, OUTLET_NOUNS].some(
    (nouns) => nouns.has(head.norm) || nouns.has(stemWord(head.norm)),
  );
  return !common || !head.sentenceStart;
}

/** Capitalised words at most before the subject's name: a title ("Deputy Harbour Minister"). */
const TITLE_WORDS_BEFORE_SUBJECT = 4;

/**
 * The person a sentence opens with as its subject ("Mayor Jane Doe visited …"), as remembered
 * from the article, else null: a possessive ("Doe's office") or a name in a list is no subject.
 */
function leadingPerson(
  sentence: Sentence,
  people: ReadonlyMap<string, KnownPerson>,
): KnownPerson | null {
  const tokens = sentence.tokens;
  let i = 0;
  while (
    i < TITLE_WORDS_BEFORE_SUBJECT &&
    tokens[i] &&
    !hasTag(tokens[i], "Person") &&
    /^\p{Lu}/u.test(tokens[i]?.text ?? "") &&
    !hasTag(tokens[i], "Pronoun", "Preposition", "Conjunction")
  )
    i++;
  if (!hasTag(tokens[i], "Person")) return null;
  let k = i;
  while (hasTag(tokens[k + 1], "Person") && !boundaryBetween(tokens[k], tokens[k + 1])) k++;
  const last = tokens[k];
  const after = tokens[k + 1];
  if (!last || !after || /['’]s$/.test(last.text) || /[,;:()]/.test(last.post)) return null;
  if (!/^\p{Ll}/u.test(after.text) || hasTag(after, "Conjunction")) return null;
  const known = people.get(last.norm);
  return known && known.who !== "" ? known : null;
}

/** Remembers people introduced with a role ("Jane Doe, the mayor,") for later "Doe said". */
function notePeople(sentence: Sentence, text: string, people: Map<string, KnownPerson>): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i];
    if (!start || !hasTag(start, "Person")) continue;
    let k = i;
    while (hasTag(tokens[k + 1], "Person") && !boundaryBetween(tokens[k], tokens[k + 1])) k++;
    // "President Jane Doe": the remembered name is the person's, without the title.
    let from = i;
    while (
      from < k &&
      (PERSON_TITLES.has(tokens[from]?.norm ?? "") || hasTag(tokens[from], "Honorific"))
    )
      from++;
    // "Transportation Pete Buttigieg": the tagger may run a title's last word into the name; a
    // first name inside the run starts it.
    if (!hasTag(tokens[from], "FirstName")) {
      const first = tokens.findIndex((t, n) => n > from && n < k && hasTag(t, "FirstName"));
      if (first > 0) from = first;
    }
    const name = text.slice(tokens[from]?.start ?? start.start, tokens[k]?.end ?? start.end);
    const surname = tokens[k]?.norm ?? "";
    // "Transport Minister Jane Doe": the title, so that "the Transport Minister said" later
    // is hers (the title's last word alone too, while one person holds it).
    let titleFrom = from < k ? i : -1;
    while (
      titleFrom > 0 &&
      /^\p{Lu}/u.test(tokens[titleFrom - 1]?.text ?? "") &&
      // "Transport Minister": the tagger may read a title's first word as a verb.
      !hasTag(
        tokens[titleFrom - 1],
        "Possessive",
        "Place",
        "Person",
        "Date",
        "Determiner",
        "Preposition",
        "Conjunction",
        "Pronoun",
      ) &&
      !boundaryBetween(tokens[titleFrom - 1], tokens[titleFrom])
    )
      titleFrom--;
    if (titleFrom >= 0 && name.includes(" ")) {
      const titleText = text.slice(tokens[titleFrom]?.start ?? 0, tokens[from - 1]?.end ?? 0);
      const headKey = `role:${tokens[from - 1]?.norm ?? ""}`;
      people.set(`role:${foldPhrase(titleText)}`, { who: name, role: titleText });
      const holder = people.get(headKey);
      people.set(
        headKey,
        holder && holder.who !== name ? { who: "", role: null } : { who: name, role: titleText },
      );
    }
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
  surnames: ReadonlySet<string> = new Set(),
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
  // A surname the article reads as a person's ("said Okafor", "minister Okafor").
  const surname = surnames.has(raw.tokens[raw.tokens.length - 1]?.norm.replace(/['’]s$/, "") ?? "");
  const lone = raw.tokens.filter((t) => !hasTag(t, "Determiner") && /^\p{Lu}/u.test(t.text));
  let kind =
    surnameOnly || (surname && lone.length === 1 && !isProperInstitution(raw.tokens))
      ? "person"
      : kindOf(raw.tokens, raw.cue);
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
  // "the Transport Minister said", once the article named "Transport Minister Jane Doe".
  if (kind === "official" && !anonymous) {
    const title = foldPhrase(
      raw.tokens
        .filter((t) => !hasTag(t, "Determiner"))
        .map((t) => t.text)
        .join(" "),
    );
    const holder = people.get(`role:${title}`);
    if (holder && holder.who !== "")
      return {
        who: holder.who,
        cue: raw.cue,
        named: true,
        kind: "person",
        role: whoText.replace(/^(?:the|a|an)\s+/i, ""),
        anonymous: false,
        resolvedFrom: whoText,
        paragraph,
      };
  }
  const head = headOf(raw.tokens);
  if (kind === "person" && role && who.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) {
    const roleHead = headOfRole(role);
    if (INSTITUTION_NOUNS.has(roleHead) || INSTITUTION_NOUNS.has(stemWord(roleHead)))
      kind = "institution";
  }
  // "state news agency RIA Novosti", "the broadcaster NHK": the role says it is an outlet.
  if (kind !== "outlet" && role && isOutletRole(role)) kind = "outlet";
  else if (kind === "institution" && role && who.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) {
    // "His family's attorney, Jane Marsh, said": the role says it is a person.
    const roleHead = headOfRole(role);
    if (PERSON_NOUNS.has(roleHead) || PERSON_NOUNS.has(stemWord(roleHead))) kind = "person";
  }
  // "Jane Doe, 25," gives an age, "Jane Doe, who lives nearby," a clause: neither is a role.
  if (role !== null && !isRole(role)) role = null;
  // "Some speculated", "Others said": people, no one named.
  if (raw.tokens.every((t) => FILLER_WORDS.has(t.norm) || STOP_WORDS.has(t.norm)))
    return {
      who,
      cue: raw.cue,
      named: false,
      kind: "person",
      role: null,
      anonymous,
      resolvedFrom: null,
      paragraph,
    };
  // "one fan", "a neighbour": a person, but no one named.
  const privatePerson = head !== undefined && PRIVATE_PEOPLE.has(head.norm);
  const named =
    !anonymous &&
    ((kind === "person" && !privatePerson) ||
      ((kind === "institution" || kind === "outlet") &&
        (isProperHead(head) || namedBody(raw.tokens))));
  // "AP reported": the wire by its full name, "The Associated Press (AP)".
  const wire =
    kind === "outlet" ? WIRE_INITIALS.get(foldPhrase(who).replace(/^the /, "")) : undefined;
  if (wire) who = `${wire} (${who.replace(/^the\s+/i, "")})`;
  return { who, cue: raw.cue, named, kind, role, anonymous, resolvedFrom: null, paragraph };
}

/** Small words inside a body's name: "Union of Concerned Scientists", "Ministry for the Arts". */
const NAME_JOINERS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "on", "in"]);

/** Capitalised words, small joining words between them: "The Union of Concerned Scientists". */
function properName(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t, n) => !(n === 0 && hasTag(t, "Determiner")));
  const first = words[0];
  const last = words[words.length - 1];
  return (
    first !== undefined &&
    last !== undefined &&
    /^\p{Lu}/u.test(first.text) &&
    /^\p{Lu}/u.test(last.text) &&
    words.every((t) => /^\p{Lu}/u.test(t.text) || NAME_JOINERS.has(t.norm))
  );
}

/**
 * A body's part named by the body it is of: "the Texas division of the Union of Concerned
 * Scientists", "the press office of the Interior Ministry".
 */
function namedBody(tokens: readonly Token[]): boolean {
  const of = tokens.findIndex((t, n) => n > 0 && t.norm === "of");
  return of > 0 && of < tokens.length - 1 && properName(tokens.slice(of + 1));
}

/** A capitalised name ending in an institution's or an outlet's word ("Acme Corp"). */
function isProperInstitution(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return (
    last !== undefined &&
    (INSTITUTION_NOUNS.has(last.norm) ||
      OUTLET_NAME_ENDINGS.has(last.norm) ||
      hasTag(last, "Organization", "Place", "Acronym"))
  );
}

/** A role as an outlet gives one: not an age, nor a relative clause. */
function isRole(text: string): boolean {
  const role = text.trim();
  if (/^\d+$/.test(role)) return false;
  if (/^(?:who|which|that|whose|where|when|whom)\b/i.test(role)) return false;
  // "in a statement", "speaking to reporters": where or how it was said, not who they are.
  return !(
    /^(?:in|on|during|via|after|before|while|through|amid)\s/i.test(role) ||
    /^\p{L}+ing\s+(?:to|with|at|on|in|from|before|after|during)\b/iu.test(role)
  );
}

/** Roles that make a name an outlet's: "news agency", "wire service", "the broadcaster". */
function isOutletRole(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  const head = headOfRole(role);
  if (OUTLET_ROLE_HEADS.has(head)) return true;
  return words.some(
    (word, n) => (word === "news" || word === "wire") && NEWS_SERVICE.has(words[n + 1] ?? ""),
  );
}

/** Heads of a role that only an outlet has (a reporter or a columnist is a person). */
const OUTLET_ROLE_HEADS: ReadonlySet<string> = new Set(
  [...OUTLET_NOUNS].filter(
    (noun) =>
      !/^(?:columnist|correspondent|reporter|editorial|article|story|report|reports|site)$/.test(
        noun,
      ),
  ),
);

/** What follows "news" or "wire" in an outlet's role: "news agency", "wire service". */
const NEWS_SERVICE: ReadonlySet<string> = new Set(
  "agency service channel outlet website site network organisation organization".split(" "),
);

/** A role's head word: its last word before any preposition ("the utility company"). */
function headOfRole(role: string): string {
  const head =
    role
      .split(/\s+(?:of|for|at|in|with|on|to)\s+/i)[0]
      ?.split(/\s+/)
      .pop() ?? "";
  return head.toLowerCase().replace(/[,.]$/, "");
}

/**
 * "Secretary of Transportation Jane Doe", "the head of the agency, Jane Doe": a title, however
 * long, before a person's name of two or three words opening with a first name.
 */
function titledPersonName(tokens: readonly Token[]): boolean {
  const cut = titleBeforeName(tokens);
  const name = tokens.slice(cut);
  // "Secretary of State Jane Doe": the tagger may read "State Jane" as a place.
  const department = tokens[cut - 2]?.norm === "of" && name.length === 2;
  return (
    cut > 0 &&
    name.length >= 2 &&
    name.length <= 3 &&
    (hasTag(name[0], "FirstName") || department) &&
    name.every(
      (t) =>
        /^\p{Lu}/u.test(t.text) &&
        !hasTag(t, "Organization") &&
        (department || !hasTag(t, "Place")) &&
        !INSTITUTION_NOUNS.has(t.norm),
    )
  );
}

function kindOf(tokens: readonly Token[], cue: string): SourceKind {
  if (titledPersonName(tokens)) return "person";
  // "a Bureau of Enquiry and Analysis spokesman": a person named by a body's role.
  const final = tokens[tokens.length - 1];
  if (
    tokens.length > 2 &&
    final &&
    !/^\p{Lu}/u.test(final.text) &&
    (PERSON_NOUNS.has(final.norm) || PERSON_NOUNS.has(stemWord(final.norm)))
  )
    return "official";
  const head = headOf(tokens);
  const norm = head?.norm ?? "";
  const stem = stemWord(norm);
  const folded = foldPhrase(
    tokens
      .filter((t) => !hasTag(t, "Determiner"))
      .map((t) => t.text)
      .join(" "),
  );
  // Wire services and broadcasters by name, and names ending like an outlet's ("the … Post").
  if (KNOWN_OUTLETS.has(folded)) return "outlet";
  const capitalisedName = tokens
    .filter((t) => !hasTag(t, "Determiner"))
    .every((t) => /^\p{Lu}/u.test(t.text));
  if (capitalisedName && tokens.length >= 2 && OUTLET_NAME_ENDINGS.has(norm)) return "outlet";
  // "one fan", "a neighbour", "his lawyers": people speaking for themselves.
  if (PRIVATE_PEOPLE.has(norm) && (!/^\p{Lu}/u.test(head?.text ?? "") || head?.sentenceStart))
    return "person";
  if (PERSON_NOUNS.has(stem) || PERSON_NOUNS.has(norm)) return "official";
  // A name that ends as an institution's does ("Entergy Corp", "the National Hurricane Center"),
  // or is headed by one ("the Union of Concerned Scientists", "Bank of England").
  if ((capitalisedName || properName(tokens)) && tokens.length >= 2 && INSTITUTION_NOUNS.has(norm))
    return "institution";
  // "the company", "the agency": an institution's noun, whatever the tagger's guess.
  if (
    !/^\p{Lu}/u.test(head?.text ?? "") &&
    !OUTLET_NOUNS.has(norm) &&
    (INSTITUTION_NOUNS.has(norm) || INSTITUTION_NOUNS.has(stem))
  )
    return "institution";
  if (hasTag(head, "Actor") && !/^\p{Lu}/u.test(head?.text ?? "")) return "official";
  if (OUTLET_NOUNS.has(norm)) return "outlet";
  if (titleBeforeName(tokens) > 0 && tokens.slice(-2).every((t) => /^\p{Lu}/u.test(t.text)))
    return "person";
  const capitalised = /^\p{Lu}/u.test(head?.text ?? "");
  if (capitalised && OUTLET_NAME_WORDS.has(norm)) return "outlet";
  // "Jane Doe reports": a correspondent's name; "France 24 reports": an outlet's.
  if (capitalised && /^report/.test(cue)) return looksLikePersonName(tokens) ? "person" : "outlet";
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

/** Two or three plain capitalised words, none a body's or a place's: "Jane Doe", "Ann de Roe". */
function looksLikePersonName(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !hasTag(t, "Determiner"));
  if (words.length !== tokens.length || words.length < 2 || words.length > 3) return false;
  return words.every(
    (t) =>
      /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) &&
      !hasTag(t, "Organization", "Region", "Country", "Acronym") &&
      !OUTLET_NAME_WORDS.has(t.norm) &&
      !INSTITUTION_NOUNS.has(t.norm),
  );
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
