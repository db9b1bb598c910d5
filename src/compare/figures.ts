import type { Passage } from "../ingest/article.js";
import { analyseQuestion } from "../search/question-analysis.js";
import { equivalentKey } from "../text/newsroom-equivalents.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { ABOARD, asksAboard } from "./aboard-counts.js";
import { askedPeopleVerb, saysVerb } from "./asked-verbs.js";
import type { Figure, FigureValue } from "./comparison.js";
import { AGE_COUNTED } from "./compound-figures.js";
import {
  CLIPPED_NOUNS,
  CURRENCY_WORDS,
  FIGURE_QUALIFIERS,
  LENGTH_UNITS,
  MONEY_TOPICS,
  MULTIPLIERS,
  NUMBER_WORDS,
  OUTCOMES,
  SPEED_UNITS,
  TIME_UNITS,
  UNIT_SPELLINGS,
  UNIT_WORDS,
  WEIGHT_UNITS,
} from "./figure-cues.js";
import { passageFigures, type ReadFigure } from "./figure-reading.js";
import { sameCounted } from "./noun-senses.js";
import { COLLECTIVE_MEMBERS } from "./subject-counts.js";
import { foldWord, stemWord, wordsOf } from "./word-forms.js";

/**
 * Figures side by side: the counts the outlets give of the same thing (same counted noun, or
 * its equivalent, and the same outcome), aligned across outlets when their sentences stand in
 * the same event (they share words besides the figure), with whether they agree.
 */

export const FigureConfig = Object.freeze({
  /** Words a figure's sentence must share with another outlet's to be of the same event. */
  minSharedContext: 1,
  /** Figures listed at most. */
  maxFigures: 8,
  /** Counts asked for that one outlet alone gives, listed at most. */
  maxLoneFigures: 2,
  /**
   * Two numbers an outlet gives of one thing (no outcome said) this many times apart, that no
   * number fits, count two things.
   */
  distinctCountRatio: 1.5,
});

/** The outcome part of a key for people counted for what the question asks ("people|did:attend"). */
const ASKED_VERB = "did:";

/** The part of a price's group that says it is told for each one: "dollars:per:share". */
const PER = "per";

/** Question words (stemmed) that ask for a tally: a score, a result, a vote's split. */
const TALLY_QUESTION_WORDS: ReadonlySet<string> = new Set(
  ["score", "scoreline", "result", "tally", "split", "margin"].map((word) => stemWord(word)),
);

/** Question words (stemmed) for a term served: its length is the figure asked for. */
const TERM_STEMS: ReadonlySet<string> = new Set(
  ["sentence", "sentences", "prison", "jail", "imprisonment", "custodial"].map((word) =>
    stemWord(word),
  ),
);

/** Stems of units of time, and "time" of "nine-time": the units a compound figure counts in. */
const DURATION_STEMS: ReadonlySet<string> = new Set(
  [...TIME_UNITS, "decade", "decades"].map((word) => stemWord(word)),
);
const UNIT_STEMS: ReadonlySet<string> = new Set([
  ...DURATION_STEMS,
  "time",
  ...[...UNIT_WORDS].map((word) => stemWord(word)),
]);

/** Stems of the units a question's measure is told in ("how far": miles, kilometres…). */
const MEASURE_STEMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["distance", new Set([...LENGTH_UNITS].map((word) => unitStem(word)))],
  ["height", new Set([...LENGTH_UNITS].map((word) => unitStem(word)))],
  ["speed", new Set([...SPEED_UNITS].map((word) => stemWord(word)))],
  ["size", new Set([...WEIGHT_UNITS, ...LENGTH_UNITS].map((word) => unitStem(word)))],
  ["weight", new Set([...WEIGHT_UNITS].map((word) => unitStem(word)))],
]);

/** A unit's stem as figure-reading groups it: its one spelling's ("tonnage" is "ton"). */
function unitStem(word: string): string {
  return stemWord(UNIT_SPELLINGS.get(word) ?? word);
}

/** "How much rain": what a measure is asked of. */
const HOW_MUCH = /\bhow\s+much\s+([\p{L}'’-]+)/iu;

/** "How big", "how heavy": a question for a size, told in a unit of weight or length. */
const SIZE_QUESTION = /\bhow\s+(?:big|large|heavy|huge|massive)\b|\bwhat\s+size\b/i;

/** One outlet's passages, for reading its figures. */
export interface FigureSource {
  readonly source: string;
  readonly outlet: string;
  /** The passages that answer the question. */
  readonly passages: readonly Passage[];
  /**
   * The article's other passages: read for a figure only when it counts what an answering
   * passage counts (the same key), so an outlet that gives the figure elsewhere takes part.
   */
  readonly elsewhere?: readonly Passage[];
}

interface Placed extends ReadFigure {
  readonly source: string;
  readonly outlet: string;
  readonly order: number;
  /** Read in a passage that answers the question (not elsewhere in the article). */
  readonly answering: boolean;
}

/**
 * The figures two or more outlets give for the same thing. `equivalents`: groups of words that
 * mean the same on this desk (its `desk.yml`).
 */
export function alignFigures(
  sources: readonly FigureSource[],
  equivalents: readonly (readonly string[])[] = [],
  question = "",
): Figure[] {
  // What the question asks to be counted ("what share of the vote"): read wherever it is given;
  // a body of people asks for its members ("how big is the workforce": employees), a clipped
  // noun for the whole word ("execs": executives).
  const questionNorms = wordsOf(question).flatMap((word) => {
    const whole = CLIPPED_NOUNS.get(word.norm) ?? word.norm;
    const members = COLLECTIVE_MEMBERS.get(whole);
    return members ? [whole, members] : [whole];
  });
  const asked = new Set(questionNorms.map((norm) => stemWord(norm)));
  // The names the question uses ("the Harbour Air crash"): which of an outlet's figures it asks for.
  const askedNames = new Set([
    ...[...question.matchAll(/(?<!^)\b\p{Lu}[\p{L}'’-]*/gu)].map((m) => stemWord(foldWord(m[0]))),
    // "how much did acme lose": a question typed in lower case names what the outlets write as a name.
    ...namesTypedLower(question, sources),
  ]);
  const askedNouns = questionNorms.filter(
    (norm) => norm.length > 2 && norm.length <= NAME_WORD_MAX && !STOP_WORDS.has(norm),
  );
  // "what was the score", "how did the vote split": a question for a tally.
  const asksTally = [...asked].some((word) => TALLY_QUESTION_WORDS.has(word));
  // "how long did it last": a length of time is what it asks for.
  // "what's the max sentence", "how much prison time": a sentence is a length of time too.
  const asksDuration =
    /\bhow\s+long\b/i.test(question) || [...asked].some((word) => TERM_STEMS.has(word));
  // "how close did they get", "how deep": a figure in a unit of that measure is what it asks for.
  const measure = MEASURE_STEMS.get(
    analyseQuestion(question).unit ?? (SIZE_QUESTION.test(question) ? "size" : ""),
  );
  // "how much did they pay": a sum, of the kind the question's words say when they say one
  // ("pay": a deal's price, "valued": a worth).
  const asksMoney = analyseQuestion(question).unit === "money";
  const moneyKinds = new Set(questionNorms.flatMap((norm) => MONEY_TOPICS.get(norm) ?? []));
  const asks = (figure: ReadFigure) => {
    if (asksTally && figure.counted.startsWith("tally:")) return true;
    const parts = figure.counted.split(":").filter((part) => part !== "");
    // A currency by its word ("dollars") or by its sign with a country's letters ("S$").
    const sum = CURRENCY_WORDS.has(parts[0] ?? "") || /[$£€¥₹]$/.test(parts[0] ?? "");
    // "$61.40 a share": a price for each one is asked for when the question names what of
    // ("what price per share"), never as the sum a deal comes to.
    if (sum && parts[1] === PER) return asked.has(parts[2] ?? "");
    if (asksMoney && sum) return moneyKinds.size === 0 || moneyKinds.has(parts[1] ?? "");
    if (asksDuration && parts.some((part) => DURATION_STEMS.has(part))) return true;
    if (measure && parts.some((part) => measure.has(part))) return true;
    // A unit beside what it measures ("ban:year", "time:grand:slam") is not what is asked for
    // ("for a second time", "this year"); alone ("days") it is.
    const named = parts.length > 1 ? parts.filter((part) => !UNIT_STEMS.has(part)) : parts;
    if (named.some((part) => asked.has(stemWord(part)))) return true;
    // "how many machines crashed" asks for a count of computers: a noun of the same kind.
    const head = figure.head;
    return head !== undefined && askedNouns.some((noun) => sameCounted(noun, head));
  };
  // An age is a figure when the question asks for it ("how old"): else it is of whoever the
  // sentence is about, seldom one person across outlets.
  const wanted = (figure: ReadFigure) => !figure.counted.startsWith(AGE_COUNTED) || asks(figure);
  // "How old is the crown": a span of years in a sentence naming what is asked about ("used
  // over the past 362 years") is its age, set beside "the 360-year-old crown".
  const ageOf = asksAge(question) ? ageSubjects(question) : [];
  const keyOf = (figure: ReadFigure) => {
    const subject =
      ageOf.length > 0 && figure.counted === YEAR_GROUP
        ? ageOf.find((word) => figure.context.has(word))
        : undefined;
    if (subject) return `${AGE_COUNTED}:${subject}|`;
    // "how many people attended": people whose sentence says so are those who attended.
    if (peopleVerb && figure.counted === "people" && figure.outcome === null)
      if (saysVerb(figure.context, peopleVerb)) return `people|${ASKED_VERB}${peopleVerb}`;
    // "the 90-metre-wide crater" beside "90 metres across": a figure in the measure asked
    // for is set beside the others in its unit, whatever noun it is said of.
    const unit = measure ? measuredUnit(figure.counted, measure) : undefined;
    return unit ? `${unit}|${figure.outcome ?? ""}` : alignmentKey(figure, deskGroups);
  };
  const deskGroups = groupsOf(equivalents);
  const peopleVerb = askedPeopleVerb(question);
  const byKey = new Map<string, Placed[]>();
  let order = 0;
  const place = (source: FigureSource, figure: ReadFigure, key: string, answering = false) => {
    const list = byKey.get(key) ?? [];
    list.push({
      ...figure,
      source: source.source,
      outlet: source.outlet,
      order: order++,
      answering,
    });
    byKey.set(key, list);
  };
  for (const source of sources)
    for (const passage of source.passages)
      for (const figure of passageFigures(passage))
        if (wanted(figure)) place(source, figure, keyOf(figure), true);
  const answered = new Set(byKey.keys());
  // "8.5 million computers" elsewhere beside an answering "8.5 million devices": nouns of a kind.
  const answeredHeads = [...byKey.values()].flat().flatMap((p) => (p.head ? [p.head] : []));
  const kindred = (figure: ReadFigure) =>
    figure.head !== undefined &&
    !answeredHeads.includes(figure.head) &&
    answeredHeads.some((head) => figure.head !== undefined && sameCounted(head, figure.head));
  const countedAnswered = new Set([...answered].map((key) => splitKey(key)[0]));
  const bareShares: { source: FigureSource; figure: ReadFigure; key: string }[] = [];
  for (const source of sources)
    for (const passage of source.elsewhere ?? [])
      for (const figure of passageFigures(passage)) {
        if (!wanted(figure)) continue;
        const key = keyOf(figure);
        // "arrested 300 protesters" beside an answering "400 people were arrested".
        const crowd =
          figure.outcome !== null && isCrowd(figure) && answered.has(`people|${figure.outcome}`);
        if (answered.has(key) || asks(figure) || kindred(figure) || crowd)
          place(source, figure, key);
        // A share that says not what of ("won 58% to 42%") may be the share the others give.
        else if (isBarePercent(key)) bareShares.push({ source, figure, key });
        // A count with no outcome said joins the one outcome its noun is counted for.
        else if (figure.outcome === null && countedAnswered.has(splitKey(key)[0]))
          place(source, figure, key);
      }
  if ([...byKey.keys()].some((key) => key.startsWith("percent:") && !isBarePercent(key)))
    for (const { source, figure, key } of bareShares) place(source, figure, key);
  mergeKindredCounts(byKey);
  mergeUnsaidOutcomes(byKey);
  mergeSameOutcomeCounts(byKey);
  mergeCrowdCounts(byKey);
  splitDistinctCounts(byKey);
  mergeConvertedUnits(byKey);
  const figures: { figure: Figure; order: number; outcome: boolean }[] = [];
  const askedOutcomes = questionOutcomes(question);
  // "how much rain": a figure in a unit whose sentence names that is asked for.
  const muchOf = HOW_MUCH.exec(question)?.[1];
  const askedStuff = muchOf ? stemWord(foldWord(muchOf)) : null;
  for (const [key, placed] of byKey) {
    const [counted, outcome] = splitKey(key);
    // "100,000 people", "three people": people with nothing said of what befell them are of
    // many things (a town's size, a crowd, the homeless); set side by side only where one
    // number fits another outlet's, never as a disagreement.
    const generic = counted === "people" && (outcome === "" || outcome.startsWith("#"));
    const kept = generic
      ? placed.filter((p) => placed.some((q) => q.source !== p.source && fitsWith(p, q)))
      : placed;
    const together = sameGame(onePerOutlet(kept, askedNames), key);
    // A count the question asks for by name that one outlet alone gives, from a passage that
    // answers: shown as that outlet's alone, after the counts outlets share.
    const lone = together.length < 2 && !generic ? loneAsked(kept, asks) : null;
    const chosen = lone ? [lone] : together;
    if (chosen.length < 2 && !lone) continue;
    const values = chosen.map(
      (p): FigureValue => ({
        source: p.source,
        outlet: p.outlet,
        value: p.value,
        qualifier: p.qualifier,
        text: p.text,
        paragraph: p.paragraph,
      }),
    );
    const agree = compatible(
      values,
      key.startsWith("tally:"),
      chosen.map((p) => UNIT_SCALES.get(p.counted)?.factor ?? 1),
    );
    const what = chosen[0]?.what ?? "";
    // With no question (a topic compared whole) every count is asked for.
    const asksOutcome = chosen.some((c) => c.outcome !== null && askedOutcomes.has(c.outcome));
    const inUnit = chosen.every((c) => UNIT_SCALES.has(c.counted));
    const byWords =
      chosen.some(asks) ||
      // "contract (years)": the unit said in brackets is not what it counts.
      wordsOf(what.replace(/\s*\([^)]*\)$/, "")).some((w) => asked.has(stemWord(w.norm)));
    // "how many people died": people with nothing said of them are not the toll asked for;
    // "how many were injured": nor is the toll of the dead, nor the missing.
    const otherOutcome =
      askedOutcomes.size > 0 && !asksOutcome && (generic || chosen.some((c) => c.outcome !== null));
    const isAsked =
      question.trim() === "" ||
      (byWords && !otherOutcome) ||
      (askedStuff !== null && inUnit && chosen.some((c) => c.context.has(askedStuff))) ||
      // "what did the mayor say about the number of dead": the toll is asked for.
      asksOutcome;
    if (lone && !isAsked) continue;
    figures.push({
      figure: { what, agree, values, asked: isAsked },
      order: Math.min(...chosen.map((c) => c.order)),
      outcome: asksOutcome,
    });
  }
  const lones = figures.filter((f) => f.figure.values.length === 1);
  const shared = figures.filter((f) => f.figure.values.length > 1);
  const kept = [
    ...shared,
    ...lones.sort((a, b) => a.order - b.order).slice(0, FigureConfig.maxLoneFigures),
  ];
  return kept
    .sort(
      (a, b) =>
        // Counts outlets share before a count one outlet alone gives.
        Number(b.figure.values.length > 1) - Number(a.figure.values.length > 1) ||
        Number(b.figure.asked === true) - Number(a.figure.asked === true) ||
        // "how many were killed": the toll before the count of wounded.
        Number(b.outcome) - Number(a.outcome) ||
        Number(a.figure.agree) - Number(b.figure.agree) ||
        a.order - b.order,
    )
    .slice(0, FigureConfig.maxFigures)
    .map((f) => f.figure);
}

/**
 * The outcomes a question asks a count of, by its words ("how many were killed"): a verdict of
 * guilt denied ("on how many charges was she found not guilty") asks for the acquittals, and
 * "on board" for those aboard.
 */
export function questionOutcomes(question: string): ReadonlySet<string> {
  const words = wordsOf(question);
  const outcomes = words.flatMap((word, n) => {
    const outcome = OUTCOMES.get(word.norm);
    if (!outcome) return [];
    const denied = outcome === "convicted" && /^(?:not|n't)$/.test(words[n - 1]?.norm ?? "");
    return [denied ? "acquitted" : outcome];
  });
  // "how many people were on board": those aboard.
  if (asksAboard(words.map((word) => word.norm))) outcomes.push(ABOARD);
  return new Set(outcomes);
}

/**
 * The unit of a figure said of a noun ("shelf:foot" of "the 340-foot-long reef shelf") when it
 * is a unit of the measure asked for; none for a plain unit or any other group.
 */
function measuredUnit(counted: string, measure: ReadonlySet<string>): string | undefined {
  const parts = counted.split(":");
  const unit = parts[parts.length - 1] ?? "";
  return parts.length === 2 && measure.has(unit) && !UNIT_STEMS.has(parts[0] ?? "")
    ? unit
    : undefined;
}

/** The group of a count of years ("over the past 362 years"). */
const YEAR_GROUP = stemWord("years");

function asksAge(question: string): boolean {
  return analyseQuestion(question).unit === "age";
}

/** What an age question asks the age of: its content words, stemmed, the last (its head) first. */
function ageSubjects(question: string): string[] {
  return wordsOf(question)
    .map((word) => word.norm.replace(/['’]s$/, ""))
    .filter((norm) => norm.length > 2 && !STOP_WORDS.has(norm) && !/^(?:old|age|aged)$/.test(norm))
    .map((norm) => stemWord(norm))
    .reverse();
}

/**
 * The question's words (stemmed) that the outlets' passages write as a name: capitalised inside
 * a sentence more often than not ("acme" of "how much did acme lose", written "Acme").
 */
function namesTypedLower(question: string, sources: readonly FigureSource[]): string[] {
  const asked = new Set(
    wordsOf(question)
      .filter(
        (word) =>
          /^\p{Ll}/u.test(word.text) &&
          word.norm.length > 2 &&
          word.norm.length <= NAME_WORD_MAX &&
          !STOP_WORDS.has(word.norm),
      )
      .map((word) => word.norm),
  );
  if (asked.size === 0) return [];
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  const count = (map: Map<string, number>, norm: string) => map.set(norm, (map.get(norm) ?? 0) + 1);
  for (const source of sources)
    for (const passage of [...source.passages, ...(source.elsewhere ?? [])]) {
      let end = 0;
      for (const word of wordsOf(passage.text)) {
        // A sentence's first word is capitalised whatever it is.
        const opens = end === 0 || /[.!?]/.test(passage.text.slice(end, word.start));
        end = word.end;
        const norm = word.norm.replace(/['’]s$/, "");
        if (opens || !asked.has(norm)) continue;
        count(/^\p{Lu}/u.test(word.text) ? capitalised : lower, norm);
      }
    }
  return [...asked]
    .filter((norm) => (capitalised.get(norm) ?? 0) > (lower.get(norm) ?? 0))
    .map((norm) => stemWord(norm));
}

/** Question words longer than this are no names (a pasted run of letters). */
const NAME_WORD_MAX = 40;

/**
 * Counts of nouns of one kind ("ships" and "vessels", "computers" and "devices") with the same
 * outcome said (or none) are counts of one thing: each such key joins the one given by more
 * outlets. Nouns that are only kinds of the same thing ("cars", "trucks") stay apart.
 */
function mergeKindredCounts(byKey: Map<string, Placed[]>): void {
  const outlets = (key: string) => new Set((byKey.get(key) ?? []).map((p) => p.source)).size;
  const headsOf = (key: string) =>
    new Set((byKey.get(key) ?? []).flatMap((p) => (p.head ? [p.head] : [])));
  const keys = [...byKey.keys()]
    .filter((key) => headsOf(key).size > 0)
    .sort((a, b) => outlets(b) - outlets(a));
  for (const [n, into] of keys.entries()) {
    if (!byKey.has(into)) continue;
    const [, outcome] = splitKey(into);
    // "jets" is no kind of "aircraft" a step or two up, but it is of "airplanes" once they join.
    for (let merged = true; merged; ) {
      merged = false;
      for (const from of keys.slice(n + 1)) {
        if (!byKey.has(from) || splitKey(from)[1] !== outcome) continue;
        const heads = [...headsOf(from)];
        const kin = [...headsOf(into)].some((a) => heads.some((b) => sameCounted(a, b)));
        if (!kin) continue;
        byKey.set(into, [...(byKey.get(into) ?? []), ...(byKey.get(from) ?? [])]);
        byKey.delete(from);
        merged = true;
      }
    }
  }
}

/**
 * Counts of a noun with no outcome said ("448,000 heaters") join the counts of the same noun with
 * an outcome ("recalling 410,000 heaters") when that noun is counted for one outcome only; a
 * count of people in general ("employs 1,800 people") only with the same number.
 */
function mergeUnsaidOutcomes(byKey: Map<string, Placed[]>): void {
  const outcomesOf = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const [counted = "", outcome = ""] = splitKey(key);
    if (outcome !== "") outcomesOf.set(counted, [...(outcomesOf.get(counted) ?? []), key]);
  }
  mergeBarePercentages(byKey);
  for (const [key, placed] of [...byKey.entries()]) {
    const [counted = "", outcome = ""] = splitKey(key);
    const targets = outcomesOf.get(counted) ?? [];
    const target = targets[0];
    if (outcome !== "" || targets.length !== 1 || target === undefined) continue;
    const into = byKey.get(target) ?? [];
    // "1,800 people" says nothing of what befell them: people in general join an outcome only
    // with a number another outlet gives for it ("157 people" beside "killed 157 people").
    const joining =
      counted === "people"
        ? placed.filter((p) => into.some((q) => String(q.value) === String(p.value)))
        : placed;
    byKey.set(target, [...into, ...joining]);
    const left = placed.filter((p) => !joining.includes(p));
    if (left.length > 0) byKey.set(key, left);
    else byKey.delete(key);
  }
}

/**
 * Counts of different nouns with the same outcome and the same numbers ("six workers were
 * killed", "six men … were killed") are one count told in other words: a key whose every number
 * another key of that outcome gives joins the one given by more outlets. Counts of the rest or
 * of new ones ("three more bodies"), and counts with other numbers, stay apart.
 */
function mergeSameOutcomeCounts(byKey: Map<string, Placed[]>): void {
  const outlets = (key: string) => new Set((byKey.get(key) ?? []).map((p) => p.source)).size;
  const numbers = (key: string) => new Set((byKey.get(key) ?? []).map((p) => String(p.value)));
  const keys = [...byKey.keys()]
    .filter((key) => {
      const [counted, outcome] = splitKey(key);
      return outcome !== "" && !counted.endsWith(":more") && !counted.startsWith("percent");
    })
    .sort((a, b) => outlets(b) - outlets(a));
  for (const [n, into] of keys.entries()) {
    if (!byKey.has(into)) continue;
    const [, outcome] = splitKey(into);
    const held = numbers(into);
    for (const from of keys.slice(n + 1)) {
      if (!byKey.has(from) || splitKey(from)[1] !== outcome) continue;
      if (![...numbers(from)].every((value) => held.has(value))) continue;
      byKey.set(into, [...(byKey.get(into) ?? []), ...(byKey.get(from) ?? [])]);
      byKey.delete(from);
    }
  }
}

/**
 * The people of a crowd ("protesters", "rioters", "residents") that something befell are the
 * people the toll counts: "arrested 300 protesters" beside "400 people were arrested". An outlet
 * that gives both counts (or says "including", "among") counts a part of the whole: it stays apart.
 */
function mergeCrowdCounts(byKey: Map<string, Placed[]>): void {
  for (const [key, placed] of [...byKey]) {
    const [counted, outcome] = splitKey(key);
    if (outcome === "" || counted === "people" || !placed.every(isCrowd)) continue;
    const into = byKey.get(`people|${outcome}`);
    if (!into || into.length === 0) continue;
    const counting = new Set(into.map((p) => p.source));
    const joining = placed.filter(
      (p) => !counting.has(p.source) && !PART_WORDS.some((word) => p.context.has(word)),
    );
    if (joining.length === 0) continue;
    byKey.set(`people|${outcome}`, [...into, ...joining]);
    const left = placed.filter((p) => !joining.includes(p));
    if (left.length > 0) byKey.set(key, left);
    else byKey.delete(key);
  }
}

/** Nouns for the people of a crowd, by their counted group (stem). */
const CROWD_GROUPS: ReadonlySet<string> = new Set(
  "protesters protestors rioters demonstrators supporters suspects detainees individuals residents villagers inhabitants locals citizens migrants"
    .split(" ")
    .map((word) => stemWord(word)),
);

/** A count of the people of a crowd, by its noun ("protesters"). */
function isCrowd(figure: ReadFigure): boolean {
  return figure.head !== undefined && CROWD_GROUPS.has(stemWord(figure.head));
}

/** Words that make a count a part of another: "including 12 soldiers", "among them". */
const PART_WORDS: readonly string[] = ["including", "among", "whom"].map((word) => stemWord(word));

/**
 * Counts of one noun with no outcome said that an outlet itself gives far apart ("its fleet of
 * 18 aircraft" and "48 airplanes worldwide") are counts of two things, not a disagreement:
 * such a key is split, one row per count, each outlet's figure joining the count its number
 * fits (as qualified), else the one whose sentences its own stands closest to. A toll (a count
 * with an outcome) that an outlet gives twice is the toll as it rose; it stays whole.
 */
function splitDistinctCounts(byKey: Map<string, Placed[]>): void {
  for (const [key, placed] of [...byKey]) {
    const [counted, outcome] = splitKey(key);
    if (outcome !== "" || counted.startsWith("tally:") || counted.startsWith("percent")) continue;
    const numeric = placed.filter((p) => typeof p.value === "number");
    // The numbers one outlet gives that no one number could be: each a count of its own.
    const seeds: Placed[][] = [];
    for (const source of new Set(numeric.map((p) => p.source))) {
      const mine = numeric.filter((p) => p.source === source);
      if (!mine.some((a) => mine.some((b) => farApart(a, b)))) continue;
      for (const p of mine) {
        const into = seeds.find((seed) => seed.some((q) => !farApart(p, q)));
        if (into) into.push(p);
        else seeds.push([p]);
      }
    }
    if (seeds.length < 2) continue;
    const rows: Placed[][] = seeds.map(() => []);
    for (const p of placed) {
      const fits = seeds.flatMap((seed, n) =>
        seed.some((q) => q === p || fitsWith(p, q)) ? [n] : [],
      );
      const closeness = (n: number) =>
        Math.max(0, ...(seeds[n] ?? []).map((q) => shared(p.context, q.context)));
      const candidates = fits.length > 0 ? fits : seeds.map((_, n) => n);
      const best = candidates.sort((a, b) => closeness(b) - closeness(a))[0] ?? 0;
      rows[best]?.push(p);
    }
    byKey.delete(key);
    rows.forEach((row, n) => {
      if (row.length > 0) byKey.set(n === 0 ? key : `${key}#${n}`, row);
    });
  }
}

/** Two figures no one number fits, one at least half again the other. */
function farApart(a: Placed, b: Placed): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number") return false;
  const low = Math.min(a.value, b.value);
  const high = Math.max(a.value, b.value);
  return high >= low * FigureConfig.distinctCountRatio && !fitsWith(a, b);
}

/** One number fits both figures, as qualified ("more than 170" and "171"). */
function fitsWith(a: Placed, b: Placed): boolean {
  const [lowA, highA] = allowedRange(a.value, a.qualifier);
  const [lowB, highB] = allowedRange(b.value, b.qualifier);
  return Math.max(lowA, lowB) <= Math.min(highA, highB);
}

/**
 * What a qualifier allows of the number it qualifies, as shares of it below and above. An open
 * bound reaches a quarter past the number: "at least 18" and "30" are two counts, "less than 6"
 * and "5" one.
 */
const QUALIFIER_RANGES: ReadonlyMap<string, readonly [number, number]> = new Map(
  Object.entries({
    "at least": [1, 1.25],
    "no fewer than": [1, 1.25],
    "more than": [1, 1.25],
    over: [1, 1.25],
    "upwards of": [1, 1.25],
    "in excess of": [1, 1.25],
    "just over": [1, 1.1],
    "well over": [1, 1.25],
    "at most": [0.8, 1],
    "no more than": [0.8, 1],
    "not more than": [0.8, 1],
    "fewer than": [0.8, 1],
    "less than": [0.8, 1],
    under: [0.8, 1],
    "just under": [0.9, 1],
    "up to": [0.8, 1],
    "as many as": [0.8, 1],
    "as much as": [0.8, 1],
    "as high as": [0.8, 1],
    "as deep as": [0.8, 1],
    "as tall as": [0.8, 1],
    "as few as": [1, 1.25],
    nearly: [0.9, 1],
    almost: [0.9, 1],
    "close to": [0.95, 1.05],
    about: [0.95, 1.05],
    around: [0.95, 1.05],
    roughly: [0.95, 1.05],
    approximately: [0.95, 1.05],
    some: [0.95, 1.05],
    "an estimated": [0.95, 1.05],
    estimated: [0.95, 1.05],
  }),
);

/** The numbers a figure allows: "at least 18" is 18 to 22.5, "about 10" 9.5 to 10.5, "10-15" a range. */
export function allowedRange(value: number | string, qualifier: string | null): [number, number] {
  const range = typeof value === "string" ? /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(value) : null;
  if (typeof value === "string" && !range) return [Number.NaN, Number.NaN];
  const low = range ? Number(range[1]) : Number(value);
  const high = range ? Number(range[2]) : Number(value);
  const [below, above] = QUALIFIER_RANGES.get(qualifier ?? "") ?? [1, 1];
  return [low * below, high * above];
}

/**
 * The outlets' figures agree when one number could be true of them all: the same tally, or
 * ranges (as qualified: "just 5" and "less than 6") that overlap.
 */
function compatible(
  values: readonly FigureValue[],
  tally: boolean,
  factors: readonly number[] = [],
): boolean {
  if (new Set(values.map((v) => String(v.value))).size === 1 && new Set(factors).size <= 1)
    return true;
  // A tally ("3-2") is no range: scores agree only when they are the same.
  if (tally) return false;
  const ranges = values.map((v, n) => scaledRange(v, factors[n] ?? 1));
  const low = Math.max(...ranges.map((r) => r[0]));
  const high = Math.min(...ranges.map((r) => r[1]));
  // "7 metres" and "23 feet": a figure converted is rounded.
  const slack = new Set(factors).size > 1 ? 1 + CONVERSION_SLACK : 1;
  return low <= high * slack;
}

/**
 * Units of one measure, each with what one of it is in the measure's base unit: "16 inches of
 * rain" and "more than 400 mm", "7 metres" and "23 feet" are the same figure told in two units.
 */
const UNIT_SCALES: ReadonlyMap<string, { readonly measure: string; readonly factor: number }> =
  new Map(
    (
      [
        [
          "length",
          {
            mm: 0.001,
            cm: 0.01,
            metre: 1,
            kilometre: 1000,
            inch: 0.0254,
            foot: 0.3048,
            yard: 0.9144,
            mile: 1609.344,
          },
        ],
        ["weight", { kilogram: 1, ton: 1000, pound: 0.4536, lbs: 0.4536 }],
        ["speed", { kph: 1, mph: 1.609344, knot: 1.852 }],
        ["volume", { litre: 1, gallon: 3.785 }],
        ["area", { hectare: 1, acre: 0.4047 }],
      ] as const
    ).flatMap(([measure, units]) =>
      Object.entries(units).map(([unit, factor]) => [unitStem(unit), { measure, factor }] as const),
    ),
  );

/** How far apart a figure and its conversion may be, as a share: units are rounded when converted. */
const CONVERSION_SLACK = 0.04;

/** The numbers a figure allows, in its measure's base unit. */
function scaledRange(value: FigureValue | Placed, factor: number): [number, number] {
  const [low, high] = allowedRange(value.value, value.qualifier);
  return [low * factor, high * factor];
}

/**
 * Rows of the same measure told in two units ("inches" and "mm" of rain) join when a figure of
 * one, converted, fits a figure of the other: one row, the larger's, each figure as printed.
 */
function mergeConvertedUnits(byKey: Map<string, Placed[]>): void {
  const scaleOf = (key: string) => {
    const placed = byKey.get(key) ?? [];
    const unit = placed[0]?.counted ?? "";
    return placed.every((p) => p.counted === unit) ? UNIT_SCALES.get(unit) : undefined;
  };
  const outlets = (key: string) => new Set((byKey.get(key) ?? []).map((p) => p.source)).size;
  const keys = [...byKey.keys()]
    .filter((key) => scaleOf(key))
    .sort((a, b) => outlets(b) - outlets(a));
  const fits = (a: Placed, fa: number, b: Placed, fb: number) => {
    const [lowA, highA] = scaledRange(a, fa);
    const [lowB, highB] = scaledRange(b, fb);
    return Math.max(lowA, lowB) <= Math.min(highA, highB) * (1 + CONVERSION_SLACK);
  };
  for (const [n, into] of keys.entries()) {
    const target = scaleOf(into);
    if (!target || !byKey.has(into)) continue;
    for (const from of keys.slice(n + 1)) {
      const other = scaleOf(from);
      if (!other || !byKey.has(from) || other.measure !== target.measure) continue;
      if (other.factor === target.factor) continue;
      const mine = byKey.get(into) ?? [];
      const theirs = byKey.get(from) ?? [];
      if (!theirs.some((b) => mine.some((a) => fits(a, target.factor, b, other.factor)))) continue;
      byKey.set(into, [...mine, ...theirs]);
      byKey.delete(from);
    }
  }
}

/** "percent::|", "percent:::other|": a share whose sentence says neither what of nor whose. */
function isBarePercent(key: string): boolean {
  return key === "percent::|" || key === "percent:::other|";
}

/**
 * A percentage that says neither what it is of nor whose ("won by 58 percent to 42 percent")
 * joins the kind of percentage its sentence stands closest to (shares most words with, then
 * given by most outlets): the one kind the outlets give, when they give one. The other side's
 * share of such a pair joins that kind's other side.
 */
function mergeBarePercentages(byKey: Map<string, Placed[]>): void {
  for (const side of ["", ":other"]) {
    const bareKey = `percent::${side}|`;
    const bare = byKey.get(bareKey);
    if (!bare) continue;
    const said = [...byKey.keys()].filter(
      (key) =>
        key.startsWith("percent:") &&
        !isBarePercent(key) &&
        key.endsWith(":other|") === (side === ":other"),
    );
    const kept: Placed[] = [];
    for (const figure of bare) {
      const closeness = (key: string) => {
        const others = (byKey.get(key) ?? []).filter((p) => p.source !== figure.source);
        const words = Math.max(0, ...others.map((p) => shared(figure.context, p.context)));
        return words * 1000 + new Set(others.map((p) => p.source)).size;
      };
      const best = [...said].sort((a, b) => closeness(b) - closeness(a))[0];
      let target = said.length === 1 ? said[0] : best && closeness(best) >= 1000 ? best : null;
      // The outlet gives that share already ("58.2% … while Le Pen secured 41.8%"): a second
      // bare share of the same sentence is the other side's, when the others give one.
      const counterpart = target ? `${target.slice(0, -1)}:other|` : "";
      const holds = (key: string) => (byKey.get(key) ?? []).some((p) => p.source === figure.source);
      if (target && side === "" && holds(target) && byKey.has(counterpart) && !holds(counterpart))
        target = counterpart;
      if (target) byKey.get(target)?.push(figure);
      else kept.push(figure);
    }
    if (kept.length > 0) byKey.set(bareKey, kept);
    else byKey.delete(bareKey);
  }
}

/** A key's counted group and outcome (the group itself may hold "|" for percentages). */
function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf("|");
  return [key.slice(0, at), key.slice(at + 1)];
}

/**
 * Each outlet once, with the value that best matches the others (its first, else), and only
 * outlets whose sentence shares words with another outlet's (the same event).
 */
function onePerOutlet(placed: readonly Placed[], askedNames: ReadonlySet<string>): Placed[] {
  const outlets = [...new Set(placed.map((p) => p.source))];
  if (outlets.length < 2) return [];
  // Of the same event: its sentence shares words with another outlet's, or it gives the same
  // number (set side by side, agreeing figures say no more than that they agree).
  // "16 storm deaths": the words describing what is counted say where it stands too.
  const where = new Map(placed.map((p) => [p, new Set([...p.context, ...describingWords(p)])]));
  const sameEvent = (a: Placed) =>
    placed.some(
      (b) =>
        b.source !== a.source &&
        (shared(where.get(a) ?? a.context, b.context) >= FigureConfig.minSharedContext ||
          String(a.value) === String(b.value)),
    );
  const candidates = placed.filter(sameEvent);
  const chosen: Placed[] = [];
  for (const source of outlets) {
    const mine = candidates.filter((p) => p.source === source);
    const others = candidates.filter((p) => p.source !== source);
    // The value told in words the question uses ("the Harbour Air crash"), then one naming no
    // past year it befell, then one in a passage that answers, then the one told first in the article (its lede's, not a part of it
    // told further down: "25 of them at one church"), then the one most other outlets give too.
    const sharedBy = (p: Placed) =>
      new Set(others.filter((o) => String(o.value) === String(p.value)).map((o) => o.source)).size;
    const better = (p: Placed, than: Placed) =>
      shared(where.get(p) ?? p.context, askedNames) -
        shared(where.get(than) ?? than.context, askedNames) ||
      // "the 1931 flood killed 900": a past event recalled, after the story's own toll.
      Number(than.dated === true) - Number(p.dated === true) ||
      Number(p.answering) - Number(than.answering) ||
      than.paragraph - p.paragraph ||
      sharedBy(p) - sharedBy(than);
    let pick = mine[0];
    for (const p of mine) if (pick && better(p, pick) > 0) pick = p;
    if (pick) chosen.push(pick);
  }
  // The question names the event ("the Harbour Air crash") and the outlets whose figure stands in
  // a sentence naming it agree: another figure, read outside the answering passages in a
  // sentence naming none of it, is of another event.
  const naming = chosen.filter((p) => shared(p.context, askedNames) > 0);
  const consensus = new Set(naming.map((p) => String(p.value)));
  const ofEvent =
    naming.length >= 2 && consensus.size === 1
      ? chosen.filter((p) => p.answering || naming.includes(p) || consensus.has(String(p.value)))
      : chosen;
  return ofEvent.length >= 2 ? ofEvent : [];
}

/**
 * The words of a figure as printed that describe what it counts, stemmed: "storm" of "at
 * least 16 storm deaths"; not its number, its qualifier or the counted noun (the last word).
 */
function describingWords(figure: Placed): string[] {
  const words = wordsOf(figure.text)
    .map((word) => word.norm)
    .filter((norm) => /^\p{L}/u.test(norm));
  return words
    .slice(0, -1)
    .filter(
      (norm) =>
        norm.length > 2 &&
        !STOP_WORDS.has(norm) &&
        !NUMBER_WORDS_USED.has(norm) &&
        !QUALIFIER_WORDS.has(norm),
    )
    .map((norm) => stemWord(norm));
}

/** Words of a number or of its qualifier, which say nothing of where a figure stands. */
const NUMBER_WORDS_USED: ReadonlySet<string> = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(MULTIPLIERS),
]);
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  FIGURE_QUALIFIERS.flatMap((qualifier) => qualifier.split(" ")),
);

/**
 * The one outlet's count of a key only one outlet gives, when the question's words ask for it
 * and a passage that answers gives it: its first in an answering passage, else null.
 */
function loneAsked(
  placed: readonly Placed[],
  asks: (figure: ReadFigure) => boolean,
): Placed | null {
  if (new Set(placed.map((p) => p.source)).size !== 1) return null;
  return placed.find((p) => p.answering && asks(p)) ?? null;
}

/**
 * Scores the outlets give of one game: when two or more outlets give the same score, a
 * different score read outside an outlet's answering passages is another game's ("elsewhere,
 * Ashford drew 2-2").
 */
function sameGame(chosen: Placed[], key: string): Placed[] {
  if (!key.startsWith("tally:")) return chosen;
  const counts = new Map<string, number>();
  for (const p of chosen) counts.set(String(p.value), (counts.get(String(p.value)) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (n < 2) return chosen;
  const kept = chosen.filter((p) => p.answering || String(p.value) === top);
  return kept.length >= 2 ? kept : [];
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const word of a) if (b.has(word)) n++;
  return n;
}

/** The counted noun's group (desk equivalents, then newsroom ones, then its stem) and outcome. */
function alignmentKey(figure: ReadFigure, deskGroups: ReadonlyMap<string, string>): string {
  const counted = figure.counted;
  const group =
    deskGroups.get(counted) ?? equivalentKey(counted) ?? equivalentKey(`${counted}s`) ?? counted;
  return `${group}|${figure.outcome ?? ""}`;
}

function groupsOf(equivalents: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  const groups = new Map<string, string>();
  equivalents.forEach((words, n) => {
    for (const word of words) {
      const norm = foldWord(word);
      if (/\s/.test(word)) continue;
      groups.set(stemWord(norm), `desk:${n}`);
    }
  });
  return groups;
}
