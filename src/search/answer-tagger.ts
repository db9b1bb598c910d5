import type { MatchToken } from "../text/match-terms.js";
import { isPlaceTerm } from "../text/newsroom-equivalents.js";
import type { AnswerType, NumberUnit } from "./question-analysis.js";
import { isNumberWord } from "./term-table.js";

/**
 * A small tagger for what can answer a question: people, organisations, places, dates, times,
 * numbers with their units, and the cue words of reasons, statements and reactions. It reads a
 * passage's match tokens (with their case and the characters before them), so that its tags
 * stand at the same positions as the index's terms. General English only.
 */
export const Tag = Object.freeze({
  person: 1,
  organisation: 2,
  place: 4,
  date: 8,
  time: 16,
  number: 32,
  reason: 64,
  statement: 128,
  reaction: 256,
  /** A capitalised word of a name that no cue types. */
  name: 512,
});

const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);
const WEEKDAYS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split(
    " ",
  ),
);
const RELATIVE_DAYS = new Set("yesterday today tonight tomorrow overnight weekend ago".split(" "));

/** Stretches of the calendar that copy gives a "when" in ("next week", "within a month"). */
const PERIODS = new Set("week weeks fortnight month months year years days".split(" "));
/** What makes a period a when: "next week", "in the coming days", "later this year". */
const PERIOD_OPENERS = new Set("next coming within following this later".split(" "));

/**
 * A "when" told in words: "next week", "within a month", "in the coming days", "later this
 * year", and "a date" itself ("at a later date", "no date has been set").
 */
function isToldWhen(tokens: readonly MatchToken[], i: number): boolean {
  const word = tokens[i]?.word ?? "";
  if (word === "date" || word === "dates") return true;
  if (!PERIODS.has(word)) return false;
  const before = tokens[i - 1]?.word ?? "";
  const twoBefore = tokens[i - 2]?.word ?? "";
  return PERIOD_OPENERS.has(before) || (before === "a" && twoBefore === "within");
}
const TIME_WORDS = new Set(
  "am pm noon midnight dawn dusk o'clock gmt utc edt est et cet bst".split(" "),
);
const DAY_PARTS = new Set("morning afternoon evening night".split(" "));
const TITLES = new Set(
  "mr mrs ms miss dr sir dame lord lady gen general col colonel lt sgt capt captain maj major adm admiral gov governor sen senator rep president vice pres prime minister chancellor secretary judge justice prof professor rev father sister pope king queen prince princess sheikh ayatollah mayor sheriff chief coach manager striker defender goalkeeper midfielder officer detective commissioner director ambassador spokesman spokeswoman spokesperson".split(
    " ",
  ),
);
const ORGANISATION_WORDS = new Set(
  "corp corporation inc co company companies ltd llc plc group ministry department dept agency council committee commission party union association federation league club fc institute university college school hospital bank court parliament congress senate assembly army navy police force forces brigade brigades militia front movement service services office board authority administration government network news times post press journal tribune herald gazette reuters foundation trust center centre organization organisation bureau guard utility utilities airlines airline airways energy power".split(
    " ",
  ),
);
const PLACE_WORDS = new Set(
  "city town village county parish province state region district street st avenue ave road rd boulevard square plaza river lake sea ocean bay gulf coast island islands mountain mountains valley beach port harbour harbor airport stadium park bridge base camp border capital island peninsula".split(
    " ",
  ),
);
/** Countries, US states and continents, as one lower-case word each (general world knowledge). */
const PLACE_NAMES = new Set(
  "afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia finland france georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait latvia lebanon liberia libya lithuania luxembourg madagascar malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming africa asia europe antarctica america oceania".split(
    " ",
  ),
);
const PLACE_BEFORE = new Set(
  "in at near from outside inside across into toward towards around off downtown".split(" "),
);
/** Abbreviations of US states as datelines write them ("La.", "Minn."). */
const STATE_ABBREVIATIONS = new Set(
  "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split(
    " ",
  ),
);
const REASON_WORDS = new Set(
  "because due owing reason reasons caused cause causes blamed prompted triggered sparked citing cited amid since so result response retaliation protest fear fears concern concerns aimed order".split(
    " ",
  ),
);
const STATEMENT_WORDS = new Set(
  "said says say told tell tells stated statement added adding according announced announcement wrote insisted insisting warned warning explained declared claimed argued noted stressed vowed pledged promised admitted described called asked replied remarked commented quoted confirmed acknowledged apologised apologized denied termed branded dubbed labelled labeled speak-out speak speaks speaking spoke expressed assured posted tweeted".split(
    " ",
  ),
);
const REACTION_WORDS = new Set(
  "reacted reaction reactions responded response welcomed welcome praised praise condemned condemn condemnation censure censured decried deplored rebuked blasted lauded rejected criticised criticized criticism slammed hailed applauded cheered cheers cheering celebrated celebration celebrations erupted jubilation elation relief relieved outrage outraged angry anger furious dismayed disappointed disappointment shocked shock tears wept cried mourned protested protest protests rejoiced thanked congratulated congratulations denounced lamented grief joy delight delighted".split(
    " ",
  ),
);
/** Words that say who did something: "blamed on", "claimed responsibility", "carried out by". */
const AGENT_CUES = new Set(
  "blamed blame blames accused accuses accusing responsible responsibility behind claimed claims attributed perpetrated perpetrators suspected suspects culprit culprits by led orchestrated masterminded".split(
    " ",
  ),
);
const DURATION_UNITS = new Set(
  "second seconds minute minutes hour hours day days week weeks month months year years decade decades".split(
    " ",
  ),
);
/** Words that give a span without a figure: "for days", "several hours", "multiple weeks". */
const VAGUE_SPAN_BEFORE = new Set("for several multiple many few couple numerous some".split(" "));

/** How much a span told without a figure ("for several days") answers "how long". */
const VAGUE_SPAN_QUALITY = 0.8;

/**
 * A span told in words, not figures ("deliberated for several days", "talks went on for
 * weeks"): copy's answer to "how long" when no one counted.
 */
export function isSpanInWords(tokens: readonly MatchToken[], at: number): boolean {
  return (
    DURATION_UNITS.has(tokens[at]?.word ?? "") && VAGUE_SPAN_BEFORE.has(tokens[at - 1]?.word ?? "")
  );
}

const UNIT_WORDS: Readonly<Record<NumberUnit, ReadonlySet<string>>> = {
  age: new Set(["year", "years", "old", "aged", "age"]),
  duration: DURATION_UNITS,
  distance: new Set(
    "mile miles km kilometre kilometres kilometer kilometers metre metres meter meters yard yards feet foot".split(
      " ",
    ),
  ),
  height: new Set(
    "feet foot ft metre metres meter meters m inch inches cm centimetres mile miles km".split(" "),
  ),
  phone: new Set("phone telephone hotline helpline call line number".split(" ")),
  size: new Set(
    "feet foot ft metre metres meter meters m inch inches cm mile miles km yard yards ton tons tonne tonnes tonnage kg kilograms pounds lbs acre acres hectare hectares square gross".split(
      " ",
    ),
  ),
  weight: new Set(
    "ton tons tonne tonnes kg kilogram kilograms kilo kilos pound pounds lb lbs gram grams ounce ounces".split(
      " ",
    ),
  ),
  // A time of day or a date is read by its tags, not by a unit after a number.
  clock: new Set<string>(),
  calendar: new Set<string>(),
  speed: new Set("mph kph km/h knots kmh miles kilometres kilometers".split(" ")),
  money: new Set(
    "dollar dollars pound pounds euro euros yen yuan rupees billion million trillion bn m".split(
      " ",
    ),
  ),
  share: new Set(["percent", "per-cent", "pct", "%"]),
};

/** The tags of each token of a passage (its match tokens, read with their shape). */
export function tagTokens(tokens: readonly MatchToken[]): Uint16Array {
  const tags = new Uint16Array(tokens.length);
  let runStart = -1;
  const closeRun = (end: number) => {
    if (runStart < 0) return;
    tagNameRun(tokens, tags, runStart, end);
    runStart = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as MatchToken;
    const word = token.word;
    const cased = token.cased ?? word;
    const gap = token.gap ?? " ";
    let tag = 0;
    const first = word.charCodeAt(0);
    if ((first >= 48 && first <= 57) || isNumberWord(word)) {
      tag |= Tag.number;
      if (/^(?:1[89]|20)\d\d$/.test(word) || /^\d{1,2}(?:st|nd|rd|th)$/.test(word)) tag |= Tag.date;
      if (gap.endsWith(":") && /^\d\d$/.test(word)) tag |= Tag.time;
    }
    if (
      isMonth(word, cased, tokens[i + 1]) ||
      WEEKDAYS.has(word) ||
      RELATIVE_DAYS.has(word) ||
      isToldWhen(tokens, i)
    )
      tag |= Tag.date;
    if (
      TIME_WORDS.has(word) ||
      (DAY_PARTS.has(word) && i > 0 && WEEKDAYS.has(tokens[i - 1]?.word ?? ""))
    )
      tag |= Tag.time;
    if (PLACE_WORDS.has(word) && placeBefore(tokens, i)) tag |= Tag.place;
    if (REASON_WORDS.has(word) && givesReason(tokens, i)) tag |= Tag.reason;
    if (STATEMENT_WORDS.has(word) || /["“”]/.test(gap) || afterSpeakerColon(tokens, i))
      tag |= Tag.statement;
    if (REACTION_WORDS.has(word)) tag |= Tag.reaction;
    tags[i] = tag;
    const capitalised = startsUpper(cased) && !(tag & (Tag.date | Tag.time));
    if (capitalised && (!token.stop || word === "us")) {
      if (runStart < 0) runStart = i;
    } else closeRun(i);
  }
  closeRun(tokens.length);
  // A day of a month or a year is a date, not a count: "March 11", "11 March", "in 2021".
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i] ?? 0;
    if (!(tag & Tag.number)) continue;
    const word = tokens[i]?.word ?? "";
    const byMonth = besideMonth(tokens[i - 1]) || besideMonth(tokens[i + 1]);
    if (byMonth || /^(?:1[89]|20)\d\d$/.test(word)) tags[i] = (tag & ~Tag.number) | Tag.date;
  }
  // A time of day: a number with a.m./p.m. after it.
  for (let i = 1; i < tokens.length; i++) {
    if ((tags[i] ?? 0) & Tag.time && /^\d/.test(tokens[i - 1]?.word ?? ""))
      tags[i - 1] = (tags[i - 1] ?? 0) | Tag.time;
  }
  return tags;
}

/** A month's name ("May" excepted: the verb) beside a number makes it a day of the month. */
function besideMonth(token: MatchToken | undefined): boolean {
  return token !== undefined && MONTHS.has(token.word) && token.word !== "may";
}

/** Whether a word begins with a capital letter (plain ASCII read without the Unicode tables). */
function startsUpper(cased: string): boolean {
  const code = cased.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(cased);
}

/**
 * A transcript's or a live page's speaker line: a name in capitals, or a bracket, then a colon
 * ("SMITH: We will rebuild", "MAYOR (through an interpreter): …").
 */
function afterSpeakerColon(tokens: readonly MatchToken[], at: number): boolean {
  const gap = tokens[at]?.gap ?? "";
  if (!gap.includes(":") || /^\d/.test(tokens[at]?.word ?? "")) return false;
  return /\)\s*:/.test(gap) || /^\p{Lu}{2,}$/u.test(tokens[at - 1]?.cased ?? "");
}

/** Verbs that say what a thing caused, when it stands before them ("the outage caused delays"). */
const CAUSING_VERBS = new Set("cause causes caused prompted triggered sparked".split(" "));

/**
 * Whether a reason word at `at` tells what the question's subject caused rather than what caused
 * it: a causing verb right after a matched word and not followed by "by" ("the outage caused
 * delays" says nothing of why the outage came).
 */
export function tellsConsequence(
  tokens: readonly MatchToken[],
  at: number,
  matchedAt: ReadonlySet<number>,
): boolean {
  if (!CAUSING_VERBS.has(tokens[at]?.word ?? "") || tokens[at + 1]?.word === "by") return false;
  for (let i = Math.max(0, at - 3); i < at; i++) if (matchedAt.has(i)) return true;
  return false;
}

/**
 * Whether a reason word gives a reason where it stands: "since 1969" and "so far" tell a time,
 * "order" gives one only in "in order to".
 */
function givesReason(tokens: readonly MatchToken[], at: number): boolean {
  const word = tokens[at]?.word ?? "";
  const next = tokens[at + 1]?.word ?? "";
  if (word === "since")
    return !(
      isNumberWord(next) ||
      /^\d/.test(next) ||
      MONTHS.has(next) ||
      WEEKDAYS.has(next) ||
      /^(?:then|last|early|late|the)$/.test(next)
    );
  if (word === "so") return next === "that";
  if (word === "order") return tokens[at - 1]?.word === "in";
  return true;
}

/** "near the border", "at a base", "in the city": a place word after a preposition of place. */
function placeBefore(tokens: readonly MatchToken[], at: number): boolean {
  const previous = tokens[at - 1]?.word ?? "";
  if (PLACE_BEFORE.has(previous)) return true;
  const determiner = /^(?:the|a|an|its|their|his|her)$/.test(previous);
  return determiner && PLACE_BEFORE.has(tokens[at - 2]?.word ?? "");
}

function isMonth(word: string, cased: string, next: MatchToken | undefined): boolean {
  if (!MONTHS.has(word)) return false;
  if (word !== "may" && word !== "mar") return true;
  return /^\p{Lu}/u.test(cased) && /^\d/.test(next?.word ?? "");
}

/** Types one run of capitalised words: an organisation, a place, a person, or a name. */
function tagNameRun(
  tokens: readonly MatchToken[],
  tags: Uint16Array,
  start: number,
  end: number,
): void {
  let first = start;
  const opensSentence = (i: number) => i === 0 || /[.!?:"“”]\s*$/.test(tokens[i]?.gap ?? "");
  // A sentence's first word is capitalised anyway: it is a name only when another follows it,
  // or when it is a known title or place.
  if (opensSentence(first) && end - first === 1) {
    const word = tokens[first]?.word ?? "";
    if (!TITLES.has(word) && !isPlaceTerm(tokens[first]?.term ?? "")) return;
  }
  if (opensSentence(first) && TITLES.has(tokens[first]?.word ?? "") === false && end - first > 1) {
    // "Officials said", "The Azzurri": a common word opening the sentence is not part of the name.
    const opener = tokens[first];
    if (opener && (opener.stop || ORGANISATION_WORDS.has(opener.word))) first++;
  }
  const words = tokens.slice(first, end).map((token) => token.word);
  const terms = tokens.slice(first, end).map((token) => token.term);
  const before = tokens[first - 1];
  const after = tokens[end];
  let tag: number = Tag.name;
  if (words.some((word) => ORGANISATION_WORDS.has(word)) || isAcronym(tokens[first]?.cased))
    tag = Tag.organisation;
  if (
    terms.some(isPlaceTerm) ||
    words.some((word) => PLACE_NAMES.has(word)) ||
    words.some((word) => PLACE_WORDS.has(word)) ||
    STATE_ABBREVIATIONS.has(after?.word ?? "") ||
    (before && PLACE_BEFORE.has(before.word) && tag !== Tag.organisation)
  )
    tag = tag === Tag.organisation ? tag | Tag.place : Tag.place;
  if (
    tag === Tag.name &&
    (TITLES.has(before?.word ?? "") ||
      TITLES.has(words[0] ?? "") ||
      words.length >= 2 ||
      STATEMENT_WORDS.has(after?.word ?? "") ||
      STATEMENT_WORDS.has(before?.word ?? ""))
  )
    tag |= Tag.person;
  for (let i = first; i < end; i++) tags[i] = (tags[i] ?? 0) | tag;
}

function isAcronym(cased: string | undefined): boolean {
  return cased !== undefined && /^\p{Lu}{2,6}$/u.test(cased) && cased !== "US";
}

/** How much a statement answers "what did X say" when X is not the one saying it. */
const OTHER_SPEAKER_SHARE = 0;

/** Words between a speaker and the verb of saying ("Halvane, the software maker, said"). */
const SPEAKER_BEFORE_CUE = 12;
/** A gap that ends a sentence before the word after it. */
const SENTENCE_END = /[.!?]["”’]?\s/;

/** Words between a speaker and the quotation marks of their words. */
const SPEAKER_BEFORE_QUOTE = 14;
/** …and after it ("said Halvane", "according to the company's chief, Ana Ruiz"). */
const SPEAKER_AFTER_CUE = 4;

/**
 * Whether the statement cue at `at` is the asked speaker's: the speaker stands just before it
 * ("the ministry said", "Ruiz told reporters") or just after it ("said Ruiz", "according to the
 * ministry"). "Is said to have" is hearsay, nobody's statement.
 */
function spokenBy(
  tokens: readonly MatchToken[],
  at: number,
  speakersAt: ReadonlySet<number>,
): boolean {
  const word = tokens[at]?.word ?? "";
  const before = tokens[at - 1]?.word ?? "";
  if (
    word === "said" &&
    /^(?:is|are|was|were|be|been)$/.test(before) &&
    tokens[at + 1]?.word === "to"
  )
    return false;
  // A quotation opens after its speaker, often a clause away: "X termed the move a 'betrayal'".
  const reach = STATEMENT_WORDS.has(word) ? SPEAKER_BEFORE_CUE : SPEAKER_BEFORE_QUOTE;
  // Copy names a person once, then by their role: "the Russian president described it as…".
  const isSpeaker = (i: number) => speakersAt.has(i) || isRoleReference(tokens, i);
  // A speaker and their words share a sentence.
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    if (isSpeaker(i)) return true;
    if (SENTENCE_END.test(tokens[i + 1]?.gap ?? "")) break;
  }
  for (let i = at + 1; i <= at + SPEAKER_AFTER_CUE && i < tokens.length; i++) {
    if (SENTENCE_END.test(tokens[i]?.gap ?? "")) break;
    if (isSpeaker(i)) return true;
  }
  return false;
}

/**
 * A role written in lower case ("the president said", "the company says"): copy's way of naming
 * a person or a body named before. "President Ana Ruiz" is a name, which may be someone else's.
 */
function isRoleReference(tokens: readonly MatchToken[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || token.cased !== token.word) return false;
  if (TITLES.has(token.word)) return true;
  // "The company", "the firm's": the body named before; "a union steward" is anyone's.
  return ORGANISATION_WORDS.has(token.word) && tokens[at - 1]?.word === "the";
}

/**
 * Where a passage names the asked speaker: their own words' positions, and the roles copy uses
 * for a person once named ("the president", "the chief executive").
 */
export function speakerPositions(
  tokens: readonly MatchToken[],
  speakersAt: ReadonlySet<number>,
): number[] {
  const at = [...speakersAt];
  for (let i = 0; i < tokens.length; i++) if (isRoleReference(tokens, i)) at.push(i);
  return at;
}

/** The tags that answer a question of each type, with how well (1 fully). */
const ANSWERS: Readonly<
  Record<Exclude<AnswerType, "none">, ReadonlyArray<readonly [number, number]>>
> = {
  person: [
    [Tag.person, 1],
    [Tag.organisation, 0.8],
    [Tag.name, 0.7],
  ],
  organisation: [
    [Tag.organisation, 1],
    [Tag.name, 0.75],
    [Tag.person, 0.5],
    [Tag.place, 0.5],
  ],
  place: [
    [Tag.place, 1],
    [Tag.name, 0.5],
  ],
  date: [
    [Tag.date, 1],
    [Tag.time, 0.8],
  ],
  time: [
    [Tag.time, 1],
    [Tag.date, 0.6],
  ],
  number: [[Tag.number, 1]],
  name: [
    [Tag.name, 1],
    [Tag.person, 1],
    [Tag.organisation, 1],
    [Tag.place, 0.8],
  ],
  reason: [[Tag.reason, 1]],
  statement: [
    [Tag.statement, 1],
    [Tag.reaction, 0.6],
  ],
  reaction: [
    [Tag.reaction, 1],
    [Tag.statement, 0.8],
  ],
};

/** How well a tagged token answers a question of this type (0 when it does not). */
export function answerQuality(
  type: AnswerType,
  unit: NumberUnit | null,
  tags: Uint16Array,
  tokens: readonly MatchToken[],
  at: number,
  verbsAt: ReadonlySet<number> = new Set(),
  speakersAt: ReadonlySet<number> | null = null,
): number {
  if (type === "none") return 0;
  const tag = tags[at] ?? 0;
  if (type === "number" && unit === "duration" && !(tag & Tag.number) && isSpanInWords(tokens, at))
    return VAGUE_SPAN_QUALITY;
  let quality = 0;
  for (const [wanted, value] of ANSWERS[type]) if (tag & wanted && value > quality) quality = value;
  if ((type === "statement" || type === "reaction") && quality > 0 && speakersAt !== null)
    return spokenBy(tokens, at, speakersAt) ? quality : quality * OTHER_SPEAKER_SHARE;
  if ((type === "person" || type === "organisation") && quality > 0) {
    // A name beside a word of blame or agency answers "who did it" best.
    for (let i = Math.max(0, at - 5); i <= at + 5 && i < tokens.length; i++)
      if (i !== at && AGENT_CUES.has(tokens[i]?.word ?? "")) return Math.min(1, quality + 0.2);
    // So does the subject of the question's own verb: "the judge read the verdict".
    for (let i = at + 1; i <= at + 3 && i < tokens.length; i++)
      if (verbsAt.has(i)) return Math.min(1, quality + 0.2);
    return quality * 0.9;
  }
  if (type === "number" && quality > 0 && unit !== null) {
    const units = UNIT_WORDS[unit];
    const near = [tokens[at + 1], tokens[at + 2], tokens[at - 1]];
    const money = unit === "money" && /[$£€¥]\s*$/.test(tokens[at]?.gap ?? "");
    const age =
      unit === "age" &&
      /,\s*$/.test(tokens[at]?.gap ?? "") &&
      /^\d{1,3}$/.test(tokens[at]?.word ?? "");
    // A phone number's parts stand between hyphens, dots or brackets: "1-800-555-0100".
    const phone =
      unit === "phone" &&
      /^\d{3,4}$/.test(tokens[at]?.word ?? "") &&
      /[-.()]\s*$/.test(tokens[at]?.gap ?? "");
    if (!money && !age && !phone && !near.some((token) => token && units.has(token.word)))
      quality = 0.5;
  }
  return quality;
}

/** Tags that make a name, read as one value however long the name is. */
const NAME_TAGS = Tag.person | Tag.organisation | Tag.place | Tag.name;

/**
 * Whether the name at `at` is one the question gives: a word of the same run of name words
 * stands at a matched position ("Dana" in "Dana Holt" when the question names "Holt"). Such a
 * name is what the question asks about, not its answer.
 */
export function inAskedName(
  tokens: readonly MatchToken[],
  tags: Uint16Array,
  at: number,
  matchedAt: ReadonlySet<number>,
): boolean {
  const inName = (i: number) => ((tags[i] ?? 0) & NAME_TAGS) !== 0 && !tokens[i]?.stop;
  if (!inName(at)) return false;
  for (let i = at - 1; i >= 0 && inName(i); i--) if (matchedAt.has(i)) return true;
  for (let i = at + 1; i < tokens.length && inName(i); i++) if (matchedAt.has(i)) return true;
  return false;
}

/** Units written several ways, each folded to one spelling ("16,000ft" = "16,000 feet"). */
const UNIT_SPELLINGS: ReadonlyMap<string, string> = new Map(
  (
    [
      ["ft", "feet foot ft"],
      ["m", "metre metres meter meters m"],
      ["km", "km kilometre kilometres kilometer kilometers"],
      ["mi", "mile miles"],
      ["in", "inch inches"],
      ["cm", "cm centimetre centimetres centimeter centimeters"],
      ["t", "ton tons tonne tonnes"],
      ["kg", "kg kilogram kilograms kilogramme kilogrammes"],
      ["%", "percent per-cent pct %"],
      ["mph", "mph"],
      ["bn", "billion bn"],
      ["mn", "million"],
    ] as const
  ).flatMap(([unit, words]) => words.split(" ").map((word) => [word, unit] as const)),
);

/**
 * The value an answer of this type gives at a tagged token, folded so that outlets wording it
 * alike give the same text: a figure with the word after it, its unit folded ("16,000ft" and
 * "16,000 feet" both give "16000 ft"), a time's hour and minutes ("4:52 p.m."), a day, or a name
 * by its distinctive word (a place or a body by its first, "Greenfield Regional Airport" and
 * "Greenfield" alike; a person by the last, "Mike Smith" and "Smith"). Words `isAsked` names (the
 * question's own) and generic words of names ("airport", "ministry") are not values. Null when
 * the token gives no value of that type.
 */
export function answerValueAt(
  type: AnswerType,
  tokens: readonly MatchToken[],
  tags: Uint16Array,
  at: number,
  isAsked: (term: string) => boolean = () => false,
): string | null {
  const tag = tags[at] ?? 0;
  const term = (i: number) => tokens[i]?.term ?? "";
  if (type === "number") {
    if (!(tag & Tag.number) || isAsked(term(at))) return null;
    // A figure written against its unit ("40m", "12km"): its digits and the unit folded.
    const joined = /^(\d[\d.]*)([a-z%]+)$/.exec(tokens[at]?.word ?? "");
    const unit = joined ? UNIT_SPELLINGS.get(joined[2] ?? "") : undefined;
    if (joined && unit) return `${joined[1]} ${unit}`;
    const next = tokens[at + 1];
    if (!next || next.stop) return term(at);
    return `${term(at)} ${UNIT_SPELLINGS.get(next.word) ?? next.term}`;
  }
  if (type === "date") return tag & Tag.date && !isAsked(term(at)) ? term(at) : null;
  if (type === "time") {
    if (!(tag & Tag.time)) return null;
    // The hour and its minutes; a word of time ("p.m.") stands for the figure before it.
    let start = at;
    while (start > 0 && !/^\d/.test(tokens[start]?.word ?? "") && at - start < 2) start--;
    if (!/^\d/.test(tokens[start]?.word ?? "")) return null;
    const minutes = tokens[start + 1];
    return minutes && /^\d\d$/.test(minutes.word) && (minutes.gap ?? "").includes(":")
      ? `${term(start)}:${minutes.term}`
      : term(start);
  }
  if (type === "statement" || type === "reason" || type === "reaction" || type === "none")
    return null;
  if (!(tag & NAME_TAGS)) return null;
  let first = at;
  let last = at;
  const inName = (i: number) => ((tags[i] ?? 0) & NAME_TAGS) !== 0 && !tokens[i]?.stop;
  while (first > 0 && inName(first - 1)) first--;
  while (last + 1 < tokens.length && inName(last + 1)) last++;
  const distinctive = (i: number) => {
    const word = tokens[i]?.word ?? "";
    return (
      !isAsked(term(i)) &&
      !ORGANISATION_WORDS.has(word) &&
      !PLACE_WORDS.has(word) &&
      !TITLES.has(word)
    );
  };
  if (type === "person") {
    for (let i = last; i >= first; i--) if (distinctive(i)) return term(i);
  } else for (let i = first; i <= last; i++) if (distinctive(i)) return term(i);
  return null;
}
