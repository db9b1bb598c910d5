/**
 * The page's headline chosen by a score over the first units of the page, instead of by the
 * first rule that fires: each candidate line is weighed by what tells a title on any site —
 * printed again on the page, standing over the byline or the date, shaped like a title (not a
 * sentence of a lede, not a list of names), sharing words with the page's address or file name,
 * and near the top — and a line of the site's furniture is never one. Pure.
 */

import { isEnglishWord } from "./english-words.js";

/** A unit of the page as the chooser sees it. */
export interface HeadlineUnit {
  readonly text: string;
  /** "byline" and "date" for metadata lines; "furniture", "caption", "text" otherwise. */
  readonly kind: "text" | "caption" | "furniture" | "byline" | "date" | "other";
}

/** The weights of the chooser's features, tuned on the dev halves of the real pages. */
export const HeadlineWeights = Object.freeze({
  /** Units looked at from the top, and candidates at most. */
  window: 12,
  maxCandidates: 8,
  printedTwice: 3,
  overByline: 2,
  overDate: 2,
  overStandfirst: 1,
  /** Each long word capitalised ("Ferry Fares Rise After the Storm"): how many sites set titles. */
  headlineCase: 0.5,
  titleShape: 2,
  oneSentence: 0.5,
  goodLength: 1,
  tooShort: -1.5,
  perPosition: -0.3,
  altText: -3,
  namesList: -3,
  credit: -3,
  /** A quote closed by its speaker ("'We are ready,' said Jane Roe"): a lede's sentence. */
  saidLine: -3,
  slugWord: 0.75,
  maxSlug: 3,
  /** The share of a candidate's words that the story's paragraphs use, times this. */
  storyWords: 2,
  /** A score a candidate needs to be a headline at all. */
  floor: 3.5,
});

/** A candidate and its score, for the caller's choice (and for tests). */
export interface ScoredHeadline {
  readonly index: number;
  readonly score: number;
}

const SENTENCE_END = /[.!?]["”’')\]]*$/u;
const LITTLE = new Set(
  "a an the of to in on at for from by with and or but as is are was were be has have had will after over into about".split(
    " ",
  ),
);

/** Words a picture's credit holds, and no title does. */
const CREDIT_WORDS =
  /\b(?:handout|uncredited|courtesy of|getty images|file photo|pool photo|photo(?:graph)? by|photo(?:graph)?:|image credit|photo credit|credit:)/i;

/** "…,” said councillor Jane Roe", "…,” Jane Roe said": a quote closed by its speaker, no title. */
const SAID_CLOSE =
  /[,!?]["”’]\s+(?:(?:said|says)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:said|says)|(?:he|she|they)\s+(?:said|says))\.?$/u;

/** Whether a line is a quote closed by its speaker, which no site sets as a title. */
export function isQuoteBySpeaker(text: string): boolean {
  return SAID_CLOSE.test(text);
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Words of four letters or more, lower case: what a title shares with an address or a lede. */
function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/**
 * "Jane Roe Sam Poe", "Local News Weather Sports": capitalised words with no little word and no
 * mark between them: names, menus, tags; a title nearly always has a little word.
 */
function isCapitalisedRun(text: string): boolean {
  const all = words(text);
  if (all.length < 2 || all.length > 8 || /[.!?:,;'’"“”()]/.test(text)) return false;
  return all
    .filter((word) => !/^(?:and|&)$/i.test(word))
    .every((word) => /^\p{Lu}[\p{Ll}\p{Lu}'’-]*$/u.test(word) && !LITTLE.has(word.toLowerCase()));
}

/**
 * Reporters' names on a line ("Jane Roe Sam Poe", "Lorna Ash And Kit Vale"): a capitalised run
 * of which at most half are words the dictionary knows (names may be words: "Lark"; "Macron
 * Delivers Victory Speech" is a title in title case).
 * The dictionary is asked only about such lines.
 */
export function isNamesList(text: string): boolean {
  if (!isCapitalisedRun(text)) return false;
  const all = words(text);
  const known = all.filter((word) => word.length >= 4 && isEnglishWord(word.toLowerCase()));
  return known.length <= Math.floor(all.length / 2);
}

/** Each word of four letters or more capitalised, in a line of four words or more. */
function isHeadlineCase(text: string): boolean {
  const all = words(text);
  const long = all.filter((word) => /\p{L}{4,}/u.test(word) && !LITTLE.has(word.toLowerCase()));
  return (
    all.length >= 4 &&
    long.length >= 3 &&
    long.every((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word))
  );
}

/** A title's shape: 3 to 30 words, no closing mark of a clause. */
function hasTitleShape(text: string): boolean {
  const count = words(text).length;
  return count >= 3 && count <= 30 && !/[.:;,!?]["”’')]+$|[.:;,]$/.test(text);
}

/** One sentence closed by its mark, not long: a title some sites write so. */
function isOneSentence(text: string): boolean {
  const count = words(text).length;
  return (
    count >= 4 && count <= 20 && SENTENCE_END.test(text) && !/[.!?]["”’')]*\s+\p{Lu}/u.test(text)
  );
}

/** The next units that are not captions or furniture, up to `ahead` of them. */
function nextKinds(units: readonly HeadlineUnit[], from: number, ahead: number): HeadlineUnit[] {
  const found: HeadlineUnit[] = [];
  for (let i = from + 1; i < units.length && found.length < ahead; i++) {
    const unit = units[i];
    if (unit && unit.kind !== "caption" && unit.kind !== "furniture") found.push(unit);
  }
  return found;
}

/**
 * Scores the candidates among the first units of a page; `slugWords` are the words of the page's
 * address or file name (none when it has none). Best first.
 */
export function scoreHeadlines(
  units: readonly HeadlineUnit[],
  slugWords: ReadonlySet<string> = new Set(),
): ScoredHeadline[] {
  const w = HeadlineWeights;
  const scored: ScoredHeadline[] = [];
  // The story's own words: those of its paragraphs (units of 20 words and more). A menu, a promo
  // or another story's link over the title shares few of them; the title tells the story.
  // How many of the story's paragraphs use each word, counted once for the page.
  const storyUses = new Map<string, number>();
  const storyUnits = new Set<number>();
  for (const [i, unit] of units.entries()) {
    if (unit.kind !== "text" || words(unit.text).length < 20) continue;
    storyUnits.add(i);
    for (const word of contentWords(unit.text)) storyUses.set(word, (storyUses.get(word) ?? 0) + 1);
  }
  const window = units.slice(0, w.window);
  let position = 0;
  for (const [index, unit] of window.entries()) {
    if (unit.kind !== "text") continue;
    if (position >= w.maxCandidates) break;
    // A title over nothing is no title: it stands over a paragraph or, in a gallery, captions.
    if (!units.slice(index + 1).some((other) => other.kind === "text" || other.kind === "caption"))
      break;
    const text = unit.text;
    const count = words(text).length;
    // The story's prose (a long unit, or one of 25 words and more closed by a full stop) has
    // begun: no title comes after it.
    if (count > 60 || (count >= 25 && SENTENCE_END.test(text))) break;
    let score = w.perPosition * position;
    position++;
    if (hasTitleShape(text)) score += w.titleShape;
    else if (isOneSentence(text)) score += w.oneSentence;
    else score -= w.titleShape;
    if (isHeadlineCase(text)) score += w.headlineCase;
    if (count >= 5 && count <= 22) score += w.goodLength;
    if (count < 4) score += w.tooShort;
    if (units.some((other, i) => i !== index && other.text === text)) score += w.printedTwice;
    const [next, after] = nextKinds(units, index, 2);
    if (next?.kind === "byline" || after?.kind === "byline") score += w.overByline;
    else if (next?.kind === "date") score += w.overDate;
    else if (next?.kind === "text" && words(next.text).length > count) score += w.overStandfirst;
    // A picture's alt text over its caption saying the same words.
    const below = units[index + 1];
    if (
      below &&
      below.kind === "caption" &&
      below.text !== text &&
      below.text.startsWith(text.replace(/[.]$/u, ""))
    )
      score += w.altText;
    if (isCapitalisedRun(text)) score += w.namesList;
    if (CREDIT_WORDS.test(text)) score += w.credit;
    if (SAID_CLOSE.test(text)) score += w.saidLine;
    const own = contentWords(text);
    if (own.size >= 2 && storyUnits.size > 0) {
      // A paragraph in the window is not counted as telling its own words.
      const self = storyUnits.has(index) ? 1 : 0;
      const shared = [...own].filter((word) => (storyUses.get(word) ?? 0) > self).length;
      score += (w.storyWords * shared) / Math.max(own.size, 6);
    }
    if (slugWords.size > 0) {
      const shared = [...contentWords(text)].filter((word) => slugWords.has(word)).length;
      score += Math.min(w.maxSlug, w.slugWord * shared);
    }
    scored.push({ index, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** The words of an address's path or a file name that may tell its story ("ferry-fares-rise"). */
export function slugWordsOf(...slugs: ReadonlyArray<string | null | undefined>): Set<string> {
  const found = new Set<string>();
  for (const slug of slugs) {
    if (!slug) continue;
    const path = slug.replace(/^[a-z]+:\/\/[^/]+/i, "");
    for (const word of path.toLowerCase().split(/[^a-z]+/)) if (word.length >= 4) found.add(word);
  }
  return found;
}
