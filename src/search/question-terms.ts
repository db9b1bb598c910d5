import nlp from "compromise";
import { type DeskLexicon, isDeskKey, NO_DESK_LEXICON } from "../text/desk-lexicon.js";
import { foldForMatching, type MatchToken, matchTokens, termFor } from "../text/match-terms.js";
import { isPhrasalVerb } from "../text/phrasal-verbs.js";
import { type QuestionIntent, questionIntent } from "../text/stop-words.js";
import { useQuickTaggerSweep } from "../text/tagger-sweep.js";
import {
  analyseQuestion,
  clauseText,
  clauseWords,
  plainQuestion,
  type QuestionAnalysis,
} from "./question-analysis.js";
import { activeThesaurus } from "./thesaurus.js";

useQuickTaggerSweep();

/** One thing a question asks about: a word, and the index terms that stand for it. */
export interface Concept {
  /** The word as the reporter typed it (folded to lower case). */
  readonly word: string;
  /** Its matching term (newsroom-equivalent key or stem). */
  readonly term: string;
  /**
   * How much the word says about the subject, by its part of speech: names say most, verbs and
   * generic nouns ("people", "way") least.
   */
  readonly salience: number;
  /** Verbs say how, rarely what: their weight is kept below the question's other words. */
  readonly isVerb: boolean;
  /** A word naming whose words are asked for ("what did the mayor say": "mayor"). */
  readonly speaker?: boolean;
  /** A word of the question's clause of circumstance ("when the panel came off"), not a name. */
  readonly scene?: boolean;
  /**
   * A place's name ("Lisbon", "Ohio"): where the story happens, which an article tells once in
   * its lead and then takes as read, as it does its subject.
   */
  readonly place?: boolean;
  /**
   * In a question of two parts ("how many were aboard, and did anyone survive?"), the part the
   * word stands in: 0 or 1 (absent in a question of one part). See `questionParts`.
   */
  readonly part?: number;
  /**
   * In a question that offers two answers to choose from ("is she in custody or free?", "will
   * the firm stay listed or go private?"), the choice the word names: 0 or 1 (absent elsewhere).
   * Copy tells one of them, so a passage holding either covers the question (see `questionChoice`).
   */
  readonly choice?: number;
}

/**
 * Where a question of two parts joins them: "and", "or" (after a comma or not) opening a second
 * question by its own question word or auxiliary ("…, and who was put in charge?", "… and did
 * anyone survive?").
 */
const SECOND_QUESTION =
  /(?:,\s*|\s+)(?:and|or)\s+(?=(?:who|whom|whose|what|which|where|when|why|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b)/iu;

/**
 * The two parts of a question that asks two things ("which regulator shut the lender, and who
 * runs it now?"), or null. A reporter asks both at once; an outlet answering one of them
 * answers the question (see `part` and the index's part coverage).
 */
export function questionParts(question: string): readonly [string, string] | null {
  const text = foldForMatching(question);
  const match = SECOND_QUESTION.exec(text);
  if (!match || match.index === undefined) return null;
  const first = text.slice(0, match.index);
  const second = text.slice(match.index + match[0].length);
  if (!/\p{L}/u.test(first) || !/\p{L}/u.test(second)) return null;
  return [first, second];
}

/** A question asked yes or no, by the auxiliary that opens it ("is", "did", "will"…). */
const YES_NO_QUESTION =
  /^\s*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall)\b/iu;

/**
 * What joins the two answers a question offers: "or" (after a comma or not) or a slash, where no
 * question of its own follows (that is a question of two parts, see `SECOND_QUESTION`), nor "not".
 */
const CHOICE_JOIN =
  /(?:,?\s+or\s+|\s*\/\s*)(?!(?:not|who|whom|whose|what|which|where|when|why|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b)/iu;

/**
 * The text before and after the join of a question that offers a choice ("is she in custody
 * *or* still free?"), or null: only a question asked yes or no, with words on either side.
 */
export function questionChoice(question: string): readonly [string, string] | null {
  const text = foldForMatching(question);
  if (!YES_NO_QUESTION.test(text)) return null;
  const match = CHOICE_JOIN.exec(text);
  if (!match || match.index === undefined) return null;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length).split(/[,;?]/)[0] ?? "";
  if (!/\p{L}/u.test(before) || !/\p{L}/u.test(after)) return null;
  return [before, after];
}

/**
 * Marks the two choices a question offers (see `Concept.choice`): the words after the join are
 * one choice; as many words before it, back from the join, are the other, names left out (a
 * name is whom the question asks about, not a choice). The rest both choices share.
 */
function withChoices(
  concepts: Concept[],
  question: string,
  termsOf: (text: string) => ReadonlySet<string>,
): Concept[] {
  const choice = questionChoice(question);
  if (!choice || questionParts(question)) return concepts;
  const second = termsOf(choice[1]);
  const first = termsOf(choice[0]);
  const offered = concepts.filter(
    (concept) => second.has(concept.term) && !first.has(concept.term),
  );
  const before = concepts.filter(
    (concept) =>
      first.has(concept.term) && !second.has(concept.term) && concept.salience < SALIENCE.name,
  );
  const other = before.slice(-offered.length);
  if (offered.length === 0 || other.length === 0) return concepts;
  return concepts.map((concept) =>
    offered.includes(concept)
      ? { ...concept, choice: 1 }
      : other.includes(concept)
        ? { ...concept, choice: 0 }
        : concept,
  );
}

/** "What did X say", "what has X told…", "how did X describe…": X is the speaker asked about. */
const SPEAKER_QUESTION =
  /\b(?:what|how) (?:did|does|do|has|have|had|will|would|was|were|is) (.+?) (?:say|says|said|tell|told|claim|claimed|announce|announced|write|wrote|warn|warned|admit|admitted|state|stated|comment|commented|add|added|describe|described|call|called|confirm|confirmed|respond|responded|react|reacted)\b/;

/** The words of the speaker a question asks about, if it asks for someone's words. */
function speakerWords(question: string): ReadonlySet<string> {
  const subject = SPEAKER_QUESTION.exec(question.toLowerCase().replace(/[’‘]/g, "'"))?.[1];
  return new Set(subject ? subject.split(/[^\p{L}\p{N}]+/u).filter(Boolean) : []);
}

const MAX_WORD_LENGTH = 40;

/** General nouns that name no subject of their own. */
const GENERIC_NOUNS = new Set(
  "people person persons thing things way ways time times year years day days part parts number numbers lot lots group groups kind place places case cases point points fact facts area areas side sides man men woman women issue issues question questions situation something".split(
    " ",
  ),
);

/** Verbs that say little of their own in a question ("where was it held", "what happened"). */
const LIGHT_VERBS = new Set(
  "play plays played playing hold holds held holding take takes took taken taking happen happens happened occur occurs occurred go goes went gone going come comes came coming make makes made put puts see sees saw seen expect expects expected expecting begin begins began begun start starts started become becomes became seem seems seemed look looks looked mean means meant want wants wanted try tries tried use uses used keep keeps kept leave leaves left call calls called involve involves involved include includes included stay stays stayed staying remain remains remained remaining".split(
    " ",
  ),
);

/**
 * Words of time that shape a question rather than name its subject ("how long since", "when did
 * it last"): they weigh as light verbs do.
 */
const TIME_FORM_WORDS = new Set(
  "since ago last ever still yet already now recently again soon lately currently".split(" "),
);

/**
 * "How long", "how far", "how old": the adjective after "how" says which measure is asked for,
 * which the answer type weighs; copy gives the figure ("for 11 days", "aged 54") without it.
 */
const HOW_MEASURE =
  /\bhow (long|far|old|tall|high|deep|wide|often|soon|close|fast|late|early|heavy)\b/g;

function howMeasureWords(question: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const match of foldForMatching(question).toLowerCase().matchAll(HOW_MEASURE))
    if (match[1]) words.add(match[1]);
  return words;
}

/**
 * Prepositions of place ("the boy sitting near the hole", "the crowd outside the court"): they
 * set the scene and weigh as light verbs do; copy says where in its own words, or not at all.
 */
const PLACE_FORM_WORDS = new Set(
  "near nearby beside behind inside outside across along toward towards onto amid amidst beneath".split(
    " ",
  ),
);

/**
 * Pronouns that stand for whoever or whatever the answer is ("had anyone warned", "did
 * everybody get out"): the question's form, never its subject.
 */
const FORM_PRONOUNS = new Set(
  "anyone anybody someone somebody everyone everybody nobody whoever whatever".split(" "),
);

/**
 * Words a reporter types that shape the question, never its subject: contractions typed without
 * their apostrophe in chat ("didnt", "isnt"; a run-together question word such as "whats" is
 * written out first, see `plainQuestion`), words of stance or degree ("reportedly", "roughly")
 * that copy need not repeat where it gives the answer, "get" as the auxiliary of a passive ("is
 * she getting sentenced": copy says "will be sentenced"; "get" and "got" are stop words
 * already), modal verbs and "whether".
 */
const QUESTION_ONLY_WORDS = new Set(
  `dont didnt doesnt isnt wasnt arent werent wont
  cant couldnt wouldnt shouldnt hasnt havent hadnt im ive youre theyre
  reportedly supposedly apparently basically anyway anyways precisely roughly approximately
  gets getting gotten might must shall whether`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "So far", "thus far", "to date": until now, not a distance or a date to look for ("how many
 * have died so far"): a passage rarely says so where it gives the toll.
 */
function isUntilNow(token: MatchToken, previous: MatchToken | undefined): boolean {
  if (token.word === "date") return previous?.word === "to";
  return token.word === "far" && (previous?.word === "so" || previous?.word === "thus");
}

/**
 * "At its height", "at their peak": when something stood highest, which copy tells as "once" or
 * "at one point", or by the figure alone ("was once valued at $9 billion"). The phrase is read
 * from the tokens before it, where the question's stop words stay.
 */
function isAtItsPeak(tokens: readonly MatchToken[], i: number): boolean {
  return (
    /^(?:height|peak)$/.test(tokens[i]?.word ?? "") &&
    /^(?:its|his|her|their|the)$/.test(tokens[i - 1]?.word ?? "") &&
    tokens[i - 2]?.word === "at"
  );
}

/**
 * "Apart from the mayor, who else…", "besides Ana Ruiz", "other than the police": what the
 * question sets aside is what it does not ask about. These words, and those of what is set
 * aside (to a comma or the question word), are left out: only where the phrase opens the question
 * or a clause ("what fell apart from the tower" asks about the tower).
 */
const SET_ASIDE =
  /(?:^|[,;])\s*(?:apart from|aside from|besides|except(?: for)?|other than)\s+([^,;?]*?)(?=\s*(?:[,;?]|$|\b(?:who|what|which|where|when|how|has|have|did|does|do|is|are|was|were)\b))/giu;

function setAsideWords(question: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const match of foldForMatching(question).toLowerCase().matchAll(SET_ASIDE))
    for (const token of matchTokens(match[0], "question")) words.add(token.word);
  return words;
}

/** Words that only say which kind of answer is asked for: the answer type weighs them. */
const TYPE_WORDS: Readonly<Partial<Record<string, RegExp>>> = {
  reaction:
    /^(?:react|reacts|reacted|reacting|reaction|reactions|respond|responds|responded|response|responses)$/,
  reason:
    /^(?:cause|caused|causes|reason|reasons|prompted|triggered|sparked|motivated|set-off|touch-off)$/,
  name: /^(?:name|names|called)$/,
};

/** A question about a picture: these words say so, the caption need not. */
const PICTURE_WORDS =
  /^(?:photos?|photographs?|pictures?|pics?|images?|captions?|pictured|photographed|galler(?:y|ies)|slideshows?)$/;

const SALIENCE = Object.freeze({
  name: 1.25,
  noun: 1,
  adjective: 0.8,
  verb: 0.6,
  generic: 0.5,
  light: 0.3,
});

/** What the question's tagger (compromise) says of each word: its salience, and the kind of name it is. */
interface WordReading {
  readonly salience: Map<string, number>;
  /** Words it reads as a person's name ("Joe", "Biden"). */
  readonly person: Set<string>;
  /** Words it reads as a place's or an organisation's name ("Coast Guard", "Fox News"). */
  readonly body: Set<string>;
  /** Words it reads as a place's name alone. */
  readonly place: Set<string>;
}

function readWords(question: string): WordReading {
  const salience = new Map<string, number>();
  const person = new Set<string>();
  const body = new Set<string>();
  const place = new Set<string>();
  const sentences = nlp(question).json() as Array<{
    terms: Array<{ normal: string; tags: string[] }>;
  }>;
  let previous: ReadonlySet<string> = new Set();
  let askingWord = false;
  for (const term of sentences.flatMap((sentence) => sentence.terms)) {
    const tags = new Set(term.tags);
    // "How are the hospitals coping": an -ing word right after its subject is the verb, whatever
    // the tagger says ("the bombing", "a mining firm" keep their determiner or stand first).
    const participle =
      /ing$/.test(term.normal) &&
      previous.has("Noun") &&
      !previous.has("Determiner") &&
      !tags.has("ProperNoun");
    // "What price", "which deal": a bare verb form right after the question word is its noun
    // ("what price per share", "what deal was struck"); "what happened" keeps its verb.
    const askedNoun = askingWord && tags.has("Infinitive") && !tags.has("Auxiliary");
    askingWord = tags.has("QuestionWord") && /^(?:what|which|whose)$/.test(term.normal);
    previous = tags;
    const weight =
      tags.has("ProperNoun") || tags.has("Acronym")
        ? SALIENCE.name
        : participle
          ? SALIENCE.verb
          : askedNoun
            ? SALIENCE.noun
            : tags.has("Verb") && !tags.has("Noun")
              ? SALIENCE.verb
              : tags.has("Adjective") && !tags.has("Noun")
                ? SALIENCE.adjective
                : // "Did he formally resign", "did she say anything publicly": how, rarely what.
                  // Only an "-ly" adverb of manner: the tagger also reads verbs ("close the
                  // road") and adjectives as adverbs.
                  tags.has("Adverb") && !tags.has("Noun") && /ly$/.test(term.normal)
                  ? SALIENCE.light
                  : SALIENCE.noun;
    const isPerson = tags.has("Person") || tags.has("FirstName") || tags.has("LastName");
    const isBody = tags.has("Place") || tags.has("Organization");
    for (const word of term.normal.split(/[^\p{L}\p{N}]+/u)) {
      if (!word) continue;
      salience.set(word, weight);
      if (isPerson) person.add(word);
      if (isBody) body.add(word);
      if (tags.has("Place") && !tags.has("Organization")) place.add(word);
    }
  }
  return { salience, person, body, place };
}

/** The particles of phrasal verbs ("go up", "hold up", "send in"). */
const PARTICLES = new Set("up down off out in over back around away".split(" "));
const DETERMINERS = new Set(
  "the a an this that these those his her its their our my your".split(" "),
);
const PHRASAL_WORD = /^[a-z]+-(?:up|down|off|out|in|over|back|around|away)$/;

/**
 * A verb and the particle after it read as one word when the thesaurus knows them as a phrasal
 * verb of their own ("is the toll expected to go up": "go-up", whose synonyms are "rise",
 * "climb"): the verb alone ("go") says nothing of what the question asks.
 */
function withPhrasalVerbs(tokens: readonly MatchToken[]): MatchToken[] {
  const read: MatchToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as MatchToken;
    const next = tokens[i + 1];
    // "The clock in the first quarter": after a determiner the word is a noun, not a verb.
    const noun = DETERMINERS.has(tokens[i - 1]?.word ?? "");
    if (!token.stop && !noun && next && PARTICLES.has(next.word) && /^[a-z]+$/.test(token.word)) {
      const word = `${token.word}-${next.word}`;
      if (isPhrasalVerb(word) || activeThesaurus().related(word, "verb").length > 0) {
        read.push({ word, term: termFor(word), stop: false });
        i++;
        continue;
      }
    }
    read.push(token);
  }
  return read;
}

export interface QuestionTerms {
  readonly concepts: readonly Concept[];
  /**
   * For each concept, the index of the surname that follows it when the two make a person's
   * full name ("Ana Ruiz": Ana's is Ruiz's), else -1.
   */
  readonly surnames: readonly number[];
  readonly intent: QuestionIntent;
  /** The content words, for Fuse.js's fuzzy re-ranking. */
  readonly words: readonly string[];
  /** For "how many X" questions, the index of X among the concepts. */
  readonly counted: number | null;
  /** The kind of answer wanted, and the words naming an event. */
  readonly analysis: QuestionAnalysis;
}

/**
 * Chat markup carries no subject: mentions (`<@U123>`, `<!channel>`) go, links and channel
 * references keep their label.
 */
export function withoutChatMarkup(text: string): string {
  return text
    .replace(/<[@!#][^>|]*\|([^>]*)>/g, " $1 ")
    .replace(/<(?:https?|mailto):[^>|]*\|([^>]*)>/g, " $1 ")
    .replace(/<[^>]*>/g, " ");
}

/** Two names side by side in the question: a first name and a surname. */
function surnamesOf(concepts: readonly Concept[], question: string, words: WordReading): number[] {
  const text = foldForMatching(question).toLowerCase();
  const isName = (c: Concept) =>
    c.salience === SALIENCE.name && !/\d/.test(c.word) && !words.body.has(c.word);
  // A surname the tagger knows as one, or a word no dictionary holds ("Bouissirfane"): "Pen"
  // of "Le Pen" or "Championship" of "European Championship" are no one's surname.
  const isSurname = (c: Concept) =>
    isName(c) && (words.person.has(c.word) || activeThesaurus().related(c.word).length === 0);
  return concepts.map((concept, i) => {
    const next = concepts[i + 1];
    if (!next || !isName(concept) || !isSurname(next) || NAME_PARTICLES.has(concept.word))
      return -1;
    return new RegExp(`\\b${concept.word} ${next.word}\\b`).test(text) ? i + 1 : -1;
  });
}

/** Particles that open a surname ("Le Pen", "van Dijk", "al-Sadr"), never a first name. */
const NAME_PARTICLES = new Set(
  "le la de du des van von der den al el bin ben da di dos das del".split(" "),
);

/**
 * A clause that says which one is meant, after the noun it tells of: "the firefighters *sent to
 * the port*", "the boy *sitting near the hole*", "the door *that fell off*". It sets the scene,
 * as a clause of circumstance does; copy names the firefighters without saying where they were sent.
 */
const RELATIVE_CLAUSE = new RegExp(
  String.raw`\b(?:the|a|an|those|these|this|that|its|their|his|her)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+` +
    String.raw`((?:that|who|which)\s+(?!(?:is|are|was|were|did|does|do|has|have|had)\b)[a-z]+|` +
    String.raw`(?:(?!(?:going|being|having|getting|according)\b)[a-z]+(?:ed|ing)|sent|found|held|taken|seen|caught|built|brought|thrown|kept|shot|struck|hit)` +
    String.raw`\s+(?:to|at|in|on|near|from|by|into|inside|outside|off|onto|beside|behind|under|over|with)\b)` +
    String.raw`[^,;?]*?(?=\s*(?:[,;?]|$|\band\b|\bbut\b))`,
  "g",
);

function relativeClauseWords(question: string): ReadonlySet<string> {
  const text = foldForMatching(question).toLowerCase();
  if (!/^\s*(?:what|which|who|whom|whose|how|where|why|when)\b/.test(text)) return new Set();
  const words = new Set<string>();
  for (const match of text.matchAll(RELATIVE_CLAUSE)) {
    const clause = text.slice((match.index ?? 0) + match[0].indexOf(match[1] ?? ""));
    const end = clause.search(/\s*(?:[,;?]|$|\band\b|\bbut\b)/);
    const told = clause.slice(0, end < 0 ? clause.length : end);
    for (const word of told.split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
    // A phrasal verb of the clause ("fell off") is one word of the question ("fall-off").
    for (const token of matchTokens(told, "question"))
      for (const part of token.word.split("-")) words.add(part);
  }
  return words;
}

/**
 * Stock figures of news English, read as what copy says plainly: a "wall of water" is a wave
 * ("waves 20 feet high swept through"), "right away" is "immediately", and a sentence someone
 * is "looking at" is one they face.
 */
const STOCK_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwalls? of water\b/gi, "wave"],
  // "Right away", "straight away": copy says "immediately".
  [/\b(?:right|straight) ?away\b/gi, "immediately"],
  // "Right after", "right now": "right" only says how close; copy says "shortly after", or nothing.
  [/\bright (?=(?:after|before|now|then|there|here|when|as|until|since)\b)/gi, ""],
  // "Have a successor in place": set up, which copy tells by its verb ("installed", "named").
  [/\bin place\b(?! of)/gi, ""],
  // "The price tag": the cost.
  [/\bprice ?tags?\b/gi, "cost"],
  // "Throwing his hat in the ring": standing as a candidate.
  [
    /\b(?:throw|throws|throwing|threw|thrown) (?:his|her|their|its|a) hats? in(?:to)? the ring\b/gi,
    "stand",
  ],
  // "Prison time", "jail time": a sentence, which copy gives as what someone faces.
  [/\b(prison|jail) time\b/gi, "$1 sentence"],
  // "How many years is she looking at": what someone faces.
  [/\b(how (?:much|many|long)\b[^?]*?)\blooking at\b/gi, "$1facing"],
];

function withStockPhrases(question: string): string {
  let read = question;
  for (const [phrase, plain] of STOCK_PHRASES) read = read.replace(phrase, plain);
  return read;
}

/**
 * The terms only the second part of a question of two parts holds (see `questionParts`), or
 * null for a question of one part. A word both parts hold stands in the first.
 */
function secondPartTerms(question: string, lexicon: DeskLexicon): ReadonlySet<string> | null {
  const parts = questionParts(question);
  if (!parts) return null;
  const termsOf = (text: string) =>
    new Set(
      withPhrasalVerbs(lexicon.apply(matchTokens(withStockPhrases(text), "question"))).map(
        (token) => token.term,
      ),
    );
  const first = termsOf(parts[0]);
  return new Set([...termsOf(parts[1])].filter((term) => !first.has(term)));
}

/** Reads a reporter's question: what it asks about, and what kind of answer it wants. */
export function readQuestion(
  rawQuestion: string,
  lexicon: DeskLexicon = NO_DESK_LEXICON,
): QuestionTerms {
  const question = plainQuestion(withoutChatMarkup(rawQuestion));
  const tokens = withPhrasalVerbs(
    lexicon.apply(matchTokens(withStockPhrases(question), "question")),
  );
  const reading = readWords(question);
  const salience = reading.salience;
  const analysis = analyseQuestion(question);
  const eventWords = new Set(analysis.eventWords);
  const speakers =
    analysis.answerType === "statement" || analysis.answerType === "reaction"
      ? speakerWords(question)
      : new Set<string>();
  const scene = new Set([
    ...clauseWords(question),
    ...relativeClauseWords(question),
    // "Once he took over": the clause's phrasal verb ("take-over") as the question reads it.
    ...withPhrasalVerbs(
      lexicon.apply(matchTokens(withStockPhrases(clauseText(question)), "question")),
    ).map((token) => token.word),
  ]);
  const typeWords = analysis.wantsPicture ? PICTURE_WORDS : TYPE_WORDS[analysis.answerType];
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const setAside = setAsideWords(question);
  const howMeasure = howMeasureWords(question);
  const secondTerms = secondPartTerms(question, lexicon);
  for (const [i, token] of tokens.entries()) {
    if (token.stop || seen.has(token.term) || typeWords?.test(token.word)) continue;
    if (FORM_PRONOUNS.has(token.word) || isUntilNow(token, tokens[i - 1])) continue;
    if (isAtItsPeak(tokens, i)) continue;
    if (QUESTION_ONLY_WORDS.has(token.word)) continue;
    if (setAside.has(token.word)) continue;
    if (token.word.length < 2 && !/\d/.test(token.word)) continue;
    // No word is this long: a run of letters pasted or held down says nothing.
    if (token.word.length > MAX_WORD_LENGTH) continue;
    seen.add(token.term);
    // A desk's own equivalents are its names and subjects; a day, date or ordinal names the event.
    const weight =
      isDeskKey(token.term) || eventWords.has(token.word)
        ? SALIENCE.name
        : GENERIC_NOUNS.has(token.word)
          ? SALIENCE.generic
          : LIGHT_VERBS.has(token.word) ||
              howMeasure.has(token.word) ||
              TIME_FORM_WORDS.has(token.word) ||
              PLACE_FORM_WORDS.has(token.word)
            ? SALIENCE.light
            : isPhrasalVerb(token.word) || PHRASAL_WORD.test(token.word)
              ? SALIENCE.verb
              : (salience.get(token.word) ?? SALIENCE.noun);
    concepts.push({
      word: token.word,
      term: token.term,
      salience: weight,
      isVerb: weight === SALIENCE.verb || weight === SALIENCE.light,
      ...(speakers.has(token.word) ? { speaker: true } : {}),
      ...(reading.place.has(token.word) && weight === SALIENCE.name ? { place: true } : {}),
      ...((scene.has(token.word) || token.word.split("-").every((part) => scene.has(part))) &&
      weight < SALIENCE.name
        ? { scene: true }
        : {}),
      ...(secondTerms ? { part: secondTerms.has(token.term) ? 1 : 0 } : {}),
    });
  }
  const intent = questionIntent(question);
  const termsOf = (text: string) =>
    new Set(
      withPhrasalVerbs(lexicon.apply(matchTokens(withStockPhrases(text), "question"))).map(
        (token) => token.term,
      ),
    );
  const kept = withChoices(concepts.slice(0, 24), question, termsOf);
  const countedWord = /\bhow (?:many|much)\s+(?:more\s+|of\s+the\s+)?([\p{L}\p{N}'-]+)/iu.exec(
    question,
  )?.[1];
  const countedTerm = countedWord
    ? lexicon.apply(matchTokens(countedWord, "question"))[0]?.term
    : undefined;
  const counted =
    intent === "quantity" && countedTerm ? kept.findIndex((c) => c.term === countedTerm) : -1;
  return {
    concepts: kept,
    surnames: surnamesOf(kept, question, reading),
    intent,
    words: kept.map((concept) => concept.word),
    counted: counted >= 0 ? counted : null,
    analysis,
  };
}
