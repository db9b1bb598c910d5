/**
 * What kind of answer a reporter's question wants, read from its wording alone: general English
 * question forms, for any beat.
 */

/** The kind of thing that answers a question. */
export type AnswerType =
  | "person"
  | "organisation"
  | "place"
  | "date"
  | "time"
  | "number"
  | "reason"
  | "statement"
  | "reaction"
  | "name"
  | "none";

/** What a number should count or measure, when the question says ("how old", "how long"…). */
export type NumberUnit =
  | "age"
  | "duration"
  | "distance"
  | "height"
  | "speed"
  | "money"
  | "share"
  | "phone"
  | "size"
  | "weight"
  | "clock"
  | "calendar";

export interface QuestionAnalysis {
  readonly answerType: AnswerType;
  /** For a number: what it measures, when the question says. */
  readonly unit: NumberUnit | null;
  /** True when the question asks about a picture, photo or caption. */
  readonly wantsPicture: boolean;
  /** Words that name the asked event (a day, a date, an ordinal): they weigh as names. */
  readonly eventWords: readonly string[];
}

/** "What phone number should owners call", "is there a hotline number". */
const PHONE_QUESTION = /\b(?:phone|telephone|hotline|helpline) (?:numbers?|lines?)\b/;

/**
 * "How long is the ship?", "how long was the new bridge": the length of a thing, asked with a
 * copula and a noun and nothing after it. Nouns of time ("the delay", "the flight", "the wait")
 * and questions with a verb of their own ("how long did it take") ask for a duration.
 */
const LENGTH_QUESTION =
  /^(?!.*\b(?:delay|delays|flight|flights|wait|waits|trip|journey|voyage|meeting|outage|shutdown|closure|strike|war|trial|hearing|sentence|term|ban|season|break|stay|visit|search|siege|ceasefire|process|period|campaign|game|match|show|film|speech|drive|ride|race|storm|blackout|lockdown|queue|queues)\b)how long (?:is|was|are|were) (?:the |a |an |this |that |its |their )?[\p{L}\p{N}'-]+(?: [\p{L}\p{N}'-]+)?\s*\??\s*$/u;

const UNIT_OF: ReadonlyArray<readonly [RegExp, NumberUnit]> = [
  [PHONE_QUESTION, "phone"],
  [/\bhow old\b|\bwhat age\b|\bage of\b/, "age"],
  // "How long is the ship", "how long was the runway": a thing's length, not a stretch of time.
  [LENGTH_QUESTION, "size"],
  // "How much did the probe weigh": a weight, not a sum of money.
  [/\bhow (?:much|heavy)\b.*\bweigh(?:s|ed)?\b|\bhow heavy\b/, "weight"],
  [
    /\bhow long\b|\bfor how long\b|\bhow many (?:hours|minutes|days|weeks|months|years|seconds)\b/,
    "duration",
  ],
  [/\bhow (?:far|close|near)\b/, "distance"],
  [/\bhow (?:high|tall|deep)\b/, "height"],
  [/\bhow (?:fast|strong|powerful)\b|\bwind ?speed\b/, "speed"],
  [
    /\bhow much (?:money|did|does|will|would|was|were|is|are|had|has)\b|\bwhat (?:was|is) the (?:cost|price|value)\b|\bwhat (?:price|cost|fee|sum|valuation)\b|\b(?:valued|priced) at\b|\bhow much\b.*\b(?:cost|pay|paid|worth|spend|spent|raise|raised|fine|fined|value|lose|lost|loss|losses|wiped|earn|earned|owe|owed)\b/,
    "money",
  ],
  [/\bwhat (?:share|percentage|proportion|per ?cent)\b|\bwhat percent\b/, "share"],
  [/\bhow (?:big|large|wide)\b|\bwhat size\b/, "size"],
];

const NUMBER_QUESTION =
  /\b(?:phone|telephone|hotline|helpline) (?:numbers?|lines?)\b|\bhow (?:many|much|old|long|far|close|near|high|tall|deep|fast|strong|powerful|big|large|heavy|wide|often)\b|\bnumber of\b|\bwhat (?:age|share|percentage|proportion|percent|per ?cent)\b|\bwhat (?:was|is|were) the (?:score|total|toll|death toll|cost|price|value|margin|result|count)\b|\bby how much\b|\bwhat (?:score|margin|price|cost|fee|sum|valuation)\b|\b(?:valued|priced) at\b/;
const TIME_QUESTION =
  /\bwhat time\b|\bat what time\b|\bwhat hour\b|\bhow early\b|\bhow late\b|\b(?:when|what time) (?:exactly|precisely)\b/;
const DATE_QUESTION =
  /\bwhen\b|\bwhat (?:date|day|year|month|week)\b|\bwhich (?:date|day|year|month|week)\b|\bsince when\b|\bhow soon\b/;
const PLACE_QUESTION =
  /\bwhere\b|\b(?:which|what) (?:city|cities|town|towns|country|countries|state|states|region|regions|province|provinces|county|counties|village|villages|area|areas|venue|venues|stadium|site|sites|location|locations|place|places|neighbou?rhood|district|port|island|airport|street|coast|hospitals?|schools?|prisons?|jails?|hotels?|church(?:es)?|mosques?|camps?|bases?)\b|\bin what (?:city|town|country|state|area|place)\b/;
const ORGANISATION_QUESTION =
  /\b(?:which|what) (?:group|groups|organi[sz]ations?|company|companies|firm|firms|agency|agencies|party|parties|team|teams|club|clubs|outlet|outlets|network|networks|union|unions|militia|militias|ministry|ministries|department|departments|authority|authorities|utility|utilities|bank|banks|airline|airlines|side|sides|body|bodies|institution|institutions|university|court|courts|country's|nation|nations)\b/;
const PERSON_QUESTION =
  /\b(?:who|whom|whose)\b|\b(?:which|what) (?:person|people|official|officials|man|men|woman|women|player|players|leader|leaders|minister|ministers|judge|judges|candidate|candidates|officer|officers|spokesman|spokeswoman|spokesperson|lawyer|lawyers|victim|victims|goalkeeper|keeper|scientist|scientists|expert|experts|politician|politicians|senator|senators|member|members|executive|executives)\b/;
const REASON_QUESTION =
  /\bwhy\b|\bwhat (?:caused|causes|prompted|prompts|led to|leads to|triggered|sparked|drove|motivated|is behind|was behind|set off|sets off|touched off)\b|\bfor what reason\b|\breasons?\b|\bhow come\b|\bwhat (?:was|is) the cause\b/;
const REACTION_QUESTION =
  /\bhow did\b.*\b(?:react|reacted|respond|responded|take|took|greet|greeted|receive|received)\b|\b(?:react|reacted|reaction|reactions|respond|responded|response|responses)\b/;
/** "What did X say", "what's the union saying", "what words did she use": X's words are asked for. */
const STATEMENT_QUESTION =
  /\bwhat (?:did|does|do|has|have|had|will|would|was|were|is)\b.*\b(?:say|says|said|tell|told|claim|claimed|announce|announced|argue|argued|write|wrote|warn|warned|promise|promised|pledge|pledged|vow|vowed|insist|insisted|admit|admitted|stated?|comment|commented|add|added|describe|described|call|called)\b|\bwhat was said\b|\bquotes? (?:from|by)\b|\bin (?:his|her|their) (?:own )?words\b|\bstatement\b|\b(?:did|does|do|has|have|had|is|was|were|will)\b.*\b(?:say|said|saying|comment|commented|speak|spoke|speaking|tweet|tweeted|tweeting|post|posted|posting)\b (?:anything|something)\b|\bwhat (?:did|does|has|had|was)\b.*\b(?:tweet|tweeted|tweeting|post|posted|posting)\b|\bwhat(?:'s| is| are| was| were)\b.*\bsaying\b|\bwhat (?:words|language|terms) (?:did|does|do|has|have|had)\b.*\buse[ds]?\b/;
/**
 * "What is the name of the ship", "what's the ferry captain's name", "what was the company
 * called": a proper name is asked for.
 */
const NAME_QUESTION =
  /\bwhat(?:'s| is| was| are| were)? (?:the |its |his |her |their )?names? of\b|\bwhat (?:is|was|are|were) (?:the )?[a-z]+(?:'s)? names?\b|\bwhat(?:'s| is| was| are| were) (?:the |its |his |her |their )?(?:[a-z0-9-]+ ){0,3}[a-z0-9-]+'s names?\b|\bwhat (?:is|was|are|were) (?:it|he|she|they|the [a-z]+) called\b/;
const PICTURE_QUESTION =
  /\b(?:photos?|photographs?|pictures?|pics?|captions?|photographed|pictured|snapshots?|galler(?:y|ies)|slideshows?)\b/;

/** Day names, months and ordinals that pick out one event of a story. */
const EVENT_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|first|second|third|fourth|fifth|sixth|latest|earlier|previous|opening|final|1st|2nd|3rd|[4-9]th|\d{1,2}(?:st|nd|rd|th)|\d{4})$/;

/** Month names that are also common nouns ("the march on the capital"). */
const MONTH_NOUNS: ReadonlySet<string> = new Set(["march"]);

/** "The march", "their march": a month name after a determiner is the common noun. */
function isCommonNoun(word: string, previous: string | undefined): boolean {
  return (
    MONTH_NOUNS.has(word) && /^(?:the|a|an|his|her|their|its|our|this|that)$/.test(previous ?? "")
  );
}

/**
 * "What time", "which day", "what year": the noun only names the kind of answer, and a time
 * of day or a date in the passage answers it, as a figure answers "what share".
 */
function formUnitOf(answerType: AnswerType, text: string): NumberUnit | null {
  if (answerType === "time" && /\b(?:what|which) (?:time|hour)\b/.test(text)) return "clock";
  if (answerType === "date" && /\b(?:what|which) (?:date|day|year|month)\b/.test(text))
    return "calendar";
  return null;
}

/**
 * A question word run together with "is" as chat types it ("whats the toll", "whos the judge",
 * "hows the town coping"): written out, so that the form is read and the word asks nothing.
 */
const RUN_TOGETHER = /\b(what|who|how|where|why|when|that|there)s\b/gi;

/** The question with its run-together question words written out (see `RUN_TOGETHER`). */
export function withQuestionWordsApart(question: string): string {
  return question.replace(RUN_TOGETHER, "$1 is");
}

/**
 * What a reporter types before the question itself ("quick q:", "remind me", "any idea",
 * "does anyone know", "can you tell me"): words of the chat, which no copy holds.
 */
const CHAT_OPENER =
  /^\s*(?:(?:hey|hi|ok|okay|so|also|and)\b[,!]?\s+|(?:quick|dumb|silly|random|one more) (?:q|qn|question)\b\s*[:,-]?\s*|remind me\b(?: again)?\s*|any ?(?:idea|clue)s?\b(?: on)?\s*|(?:i'm |i am |just )?wondering\b(?: if)?\s*|(?:does |do )?(?:anyone|anybody|someone|somebody|we|you) know\b\s*|can (?:you|someone|anyone|somebody) (?:tell|remind|show) me\b\s*|(?:please )?tell me\b\s*)+/i;

/**
 * Chat's short spellings of common words ("thru", "abt", "ppl", "rn", "w/"), written out as copy
 * spells them: read as typed, they would weigh as rare words no passage holds.
 */
const CHAT_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu, "without"],
  [/(?<![\p{L}\p{N}])w\/(?![\p{L}\p{N}])/giu, "with "],
  [/\bthru\b/gi, "through"],
  [/\babt\b/gi, "about"],
  [/\bppl\b/gi, "people"],
  [/\brn\b/gi, "right now"],
  [/\b(?:bc|cuz|coz)\b/gi, "because"],
  [/\btho\b/gi, "though"],
  [/\bb4\b/gi, "before"],
  [/\b(?:pls|plz|plse)\b/gi, "please"],
  [/\bgovt\b/gi, "government"],
  [/\byrs\b/gi, "years"],
  [/\bqtr\b/gi, "quarter"],
  [/\bexecs\b/gi, "executives"],
  [/\bexec\b/gi, "executive"],
  [/\bu\b(?![.\-'’])/gi, "you"],
  [/\bur\b/gi, "your"],
];

/** The question with chat's short spellings written out (see `CHAT_SPELLINGS`). */
function withChatSpellingsOut(question: string): string {
  let read = question;
  for (const [spelling, word] of CHAT_SPELLINGS) read = read.replace(spelling, word);
  return read;
}

/**
 * A question as the copy would be searched for it: its chat opener dropped (see `CHAT_OPENER`),
 * its run-together question words and chat spellings written out (see `RUN_TOGETHER`,
 * `CHAT_SPELLINGS`). Only the words a question asks with go; a question that is all opener is
 * kept as it is.
 */
export function plainQuestion(question: string): string {
  const apart = withChatSpellingsOut(withQuestionWordsApart(question));
  const opened = apart.replace(CHAT_OPENER, "");
  return /\p{L}/u.test(opened) ? opened : apart;
}

/** Reads which kind of answer a question wants, and what of its wording names an event. */
export function analyseQuestion(question: string): QuestionAnalysis {
  const text = plainQuestion(question.toLowerCase().replace(/[’‘]/g, "'"));
  const wantsPicture = PICTURE_QUESTION.test(text);
  const answerType = answerTypeOf(text);
  const unit =
    answerType === "number"
      ? (UNIT_OF.find(([pattern]) => pattern.test(text))?.[1] ?? null)
      : formUnitOf(answerType, text);
  const words = text.split(/[^\p{L}\p{N}]+/u);
  const eventWords = [
    ...new Set(
      words
        .filter((word, i) => EVENT_WORD.test(word) && !isCommonNoun(word, words[i - 1]))
        // "May" is a month only when a number stands by it; a year names an event only with a day.
        .filter((word) => !/^\d{4}$/.test(word) || /\b[a-z]+ \d{1,2},? \d{4}\b/.test(text)),
    ),
  ];
  return { answerType, unit, wantsPicture, eventWords };
}

/**
 * A question opened by another question word keeps its "when" for a clause of circumstance
 * ("what were the crew doing when the bridge came down", "who was aboard when it sank"): that
 * "when" asks for no date.
 */
const OTHER_QUESTION_WORD = /^\s*(?:what|which|who|whom|whose|how|where|why)\b/;

/**
 * The words of a question's clause of circumstance ("how high was the jet *when the panel came
 * off*"): they set the scene, and copy often gives the answer without telling the scene again.
 */
export function clauseWords(question: string): ReadonlySet<string> {
  return new Set(
    clauseText(question)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

/** The text of a question's clause of circumstance (see `clauseWords`), lower case; "" for none. */
export function clauseText(question: string): string {
  const text = question.toLowerCase().replace(/[’‘]/g, "'");
  return text.slice(withoutClauseWhen(text).length);
}

/**
 * What opens a clause of circumstance: "when", "once", "while", "as soon as", and "after" or
 * "before" with a subject of its own ("who did the mayor sack once she took office", "what did
 * he say after he lost"). "After the vote" names no scene but what is asked about.
 */
const CLAUSE_OPENER =
  /\s(?:when|once|while|as soon as|(?:after|before) (?:he|she|they|it|we|i|you)\b)\b/;

function withoutClauseWhen(text: string): string {
  if (!OTHER_QUESTION_WORD.test(text) || /\b(?:since|until|till) when\b/.test(text)) return text;
  const at = text.search(CLAUSE_OPENER);
  if (at < 0) return text;
  const before = text.slice(0, at);
  // "What was the date when…", "what year was it when…": the noun before "when" asks for a date.
  if (/\b(?:time|date|day|year|month|week|hour)\b/.test(before)) return text;
  return before;
}

/**
 * One or two words between "which" and the kind of thing asked ("which *visiting* player",
 * "which *two state* agencies"): a team, a size, a nationality. Not a verb ("which was"), nor
 * "of" ("which of them"), which start no kind.
 */
const KIND_MODIFIERS =
  /\bwhich ((?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might|must|of|one|ones|way)\b)[a-z0-9'-]+ ){1,2})/;

/**
 * The question with the words before the asked kind dropped ("which visiting player" → "which
 * player"), both words then the first: the kind is then read as it is without them.
 */
function withoutKindModifiers(text: string): string[] {
  const found = KIND_MODIFIERS.exec(text);
  if (!found) return [];
  const words = (found[1] ?? "").trim().split(" ");
  const at = found.index + "which ".length;
  const after = text.slice(at + (found[1] ?? "").length);
  const second = words.slice(1).join(" ");
  // The word right before the rest is the kind: both words dropped first.
  const dropped = [`${text.slice(0, at)}${after}`];
  if (second) dropped.push(`${text.slice(0, at)}${second} ${after}`);
  return dropped;
}

function answerTypeOf(fullText: string): AnswerType {
  const text = withoutClauseWhen(fullText);
  if (NAME_QUESTION.test(text)) return "name";
  if (NUMBER_QUESTION.test(text)) return "number";
  if (TIME_QUESTION.test(text)) return "time";
  for (const kind of [text, ...withoutKindModifiers(text)]) {
    if (PLACE_QUESTION.test(kind)) return "place";
    if (ORGANISATION_QUESTION.test(kind)) return "organisation";
    if (PERSON_QUESTION.test(kind)) return "person";
  }
  if (DATE_QUESTION.test(text)) return "date";
  if (REASON_QUESTION.test(text)) return "reason";
  if (REACTION_QUESTION.test(text)) return "reaction";
  if (STATEMENT_QUESTION.test(text)) return "statement";
  return "none";
}
