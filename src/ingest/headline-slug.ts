/**
 * A file saved under its story's slug ("ferry-fares-rise-2024-01-02.txt") names the story, not
 * the outlet: its words are the headline's. Such a name is no clue to who published the page.
 */
import { isEnglishWord } from "./english-words.js";
import { MASTHEAD_WORDS } from "./masthead-words.js";
import { APOSTROPHE_WORDS } from "./word-split.js";

/** The file name's words, without a date or a number, folded to lower case. */
function slugWords(fileName: string): string[] {
  return fileName
    .toLowerCase()
    .replace(/(?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d/g, " ")
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 2);
}

/** The headline's words, folded, accents and marks dropped. */
function headlineWords(headline: string): string[] {
  return headline
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/** A slug word stands for a headline word it equals, or that it opens ("evac" for "evacuation"). */
function standsFor(slugWord: string, words: readonly string[]): boolean {
  return words.some(
    (word) => word === slugWord || (slugWord.length >= 4 && word.startsWith(slugWord)),
  );
}

/**
 * Whether the file name is the headline's slug: two words or more, every one a word of the
 * headline, and (with only two) neither a masthead word ("harbor-times" names a paper).
 */
export function isHeadlineSlug(fileName: string, headline: string | null | undefined): boolean {
  if (!headline) return false;
  const slug = slugWords(fileName);
  if (slug.length < 2) return false;
  const words = headlineWords(headline);
  if (words.length < slug.length) return false;
  if (slug.length === 2 && slug.some((word) => MASTHEAD_WORDS.has(word))) return false;
  return slug.every((word) => standsFor(word, words));
}

/**
 * "harborbeat-what-we-know-about-the-storm" under the headline "What We Know About the Storm":
 * one or two leading tokens that are no word of the headline, then the headline's slug (three
 * words or more), name the site. Returns those leading tokens joined by hyphens, or null.
 */
export function siteBeforeHeadline(
  fileName: string,
  headline: string | null | undefined,
): string | null {
  if (!headline) return null;
  const tokens = letterTokens(fileName);
  const words = headlineWords(headline);
  for (let k = 1; k <= 2 && tokens.length - k >= 3; k++) {
    const site = tokens.slice(0, k);
    if (site.some((token) => standsFor(token, words) || LITTLE_WORDS.has(token))) return null;
    if (isHeadlineSlug(tokens.slice(k).join("-"), headline)) return site.join("-");
  }
  return null;
}

/** The words a page uses, folded as a file name folds them ("UK’s" → "uks"). */
export function pageWordsOf(lines: readonly string[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const line of lines)
    for (const word of line
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .split(/[^a-z0-9]+/))
      if (word !== "") words.add(word);
  return words;
}

/** Words that join a headline's words and never follow a site's name in a file name. */
const LITTLE_WORDS: ReadonlySet<string> = new Set(
  "of on in at as to for from by with after over about into and or but is are was were".split(" "),
);

/** A headline's label opening its slug ("watch-fans-gather-…"): never a site's whole name. */
const KICKER_WORDS: ReadonlySet<string> = new Set(
  "watch video videos exclusive analysis opinion editorial photos pictures explainer revealed breaking".split(
    " ",
  ),
);

/**
 * Verbs a headline puts right after its subject ("suspect-arrested-in-…", "mayor-resigns-after-…"):
 * a file name's first word followed by one is the headline's subject, not a site's name.
 */
const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  `arrested charged killed dies died dead found named jailed convicted sentenced indicted resigns
  resigned quits wins beats says said hits slams crashes crashed seized collapses collapsed shot
  held freed sued fired fined injured rescued released returns warns admits denies announces
  confirms reveals accused identified captured escapes pleads testifies detained deported`.split(
    /\s+/,
  ),
);

/**
 * "watch-fans-gather-outside-…", "worlds-first-defence-test", "suspect-arrested-for-…": a first
 * word that opens a headline (its label, a possessive) or that a headline's verb follows. Three
 * tokens at least.
 */
export function opensHeadline(tokens: readonly string[]): boolean {
  const [first = "", second = ""] = tokens;
  if (tokens.length < 3) return false;
  return (
    KICKER_WORDS.has(first) || Object.hasOwn(APOSTROPHE_WORDS, first) || HEADLINE_VERBS.has(second)
  );
}

/**
 * A token that can only be a name: eight letters or more run together (digits allowed), no
 * English word and no masthead word on its own ("harborbeatnews", not "tragic" or "tribune").
 */
function isBrandToken(token: string): boolean {
  return /^[a-z][a-z0-9]{7,}$/.test(token) && !isEnglishWord(token) && !MASTHEAD_WORDS.has(token);
}

/** The share of the words that the page uses. */
function shareOnPage(words: readonly string[], page: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  return words.filter((word) => page.has(word)).length / words.length;
}

/**
 * How a file name saved from a story's address reads against the page's own words: `story` when
 * the name is the story's slug (three words or more, nearly all of them the page's:
 * "storm-floods-harbor-road"); `site` with the name's leading words when words the page never
 * uses are followed by such a slug ("harbor-beat-storm-floods-harbor-road": the site's name,
 * then the story's); else null. `opensHeadline` marks a slug whose first word opens the headline
 * ("watch-…", "suspect-arrested-…"), which names no site even when it is a masthead word.
 */
export function slugOnPage(
  fileName: string,
  page: ReadonlySet<string>,
  lines: readonly string[] = [],
): { kind: "story"; opensHeadline?: true } | { kind: "site"; name: string } | null {
  const tokens = fileName
    .toLowerCase()
    .replace(/(?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d/g, " ")
    .split(/[-_.\s]+/)
    .filter((token) => /[a-z]/.test(token));
  // "watch-fans-gather-…" over a page using the rest of its words: the headline's slug all through.
  if (opensHeadline(tokens) && shareOnPage(tokens.slice(1), page) >= 0.6)
    return { kind: "story", opensHeadline: true };
  for (let k = 1; k <= 3 && tokens.length - k >= 3; k++) {
    const site = tokens.slice(0, k);
    const rest = tokens.slice(k);
    if (site.some((token) => page.has(token) || LITTLE_WORDS.has(token))) break;
    // "harbor-daily-gazette-…": a masthead word right after the leading words belongs to the
    // site's name; "list-of-…": a little word after them carries on a headline's words.
    if (MASTHEAD_WORDS.has(rest[0] ?? "") || LITTLE_WORDS.has(rest[0] ?? "")) continue;
    if (page.has(rest[0] ?? "") && shareOnPage(rest, page) >= 0.7)
      return { kind: "site", name: site.join("-") };
    // "harborbeatnews-grim-toll-…": one run-together token that is no word, then a slug whose
    // words the page mostly uses (an address's slug rewords the headline: fewer of them match).
    if (
      k === 1 &&
      isBrandToken(site[0] ?? "") &&
      rest.length >= 4 &&
      (shareOnPage(rest, page) >= 0.6 ||
        // a slug that rewords the headline more, but opens on two of the page's words
        (rest.length >= 8 &&
          page.has(rest[0] ?? "") &&
          page.has(rest[1] ?? "") &&
          shareOnPage(rest, page) >= 0.5))
    )
      return { kind: "site", name: site.join("-") };
  }
  // A line of the page that is the name itself ("Voices of the Valley" over the page) is its masthead.
  const whole = tokens.join("");
  const masthead = lines.some((line) => {
    const key = line.toLowerCase().replace(/[^a-z0-9]+/g, "");
    return line.length <= 60 && (key === whole || key === `the${whole}`);
  });
  if (
    tokens.length >= 3 &&
    !masthead &&
    page.has(tokens[0] ?? "") &&
    shareOnPage(tokens, page) >= 0.75
  )
    return { kind: "story" };
  return null;
}

/**
 * "list-of-passengers-on-the-flight", "all-nine-dead-in-crash": four words or more with a little
 * word among those after the name read from them (`key`, its letters run together) reads as a
 * headline's slug, not as a site's name ("voices-of-the-valley" is a name all through).
 */
export function hasHeadlineShape(fileName: string, key: string): boolean {
  const tokens = letterTokens(fileName);
  const taken = tokensOfKey(tokens, key);
  return (
    tokens.length >= 4 && taken > 0 && tokens.slice(taken).some((token) => LITTLE_WORDS.has(token))
  );
}

/** How many leading tokens spell `key`; 0 when they do not. */
export function tokensOfKey(tokens: readonly string[], key: string): number {
  let letters = "";
  for (let i = 0; i < tokens.length; i++) {
    letters += tokens[i];
    if (letters === key) return i + 1;
    if (!key.startsWith(letters)) return 0;
  }
  return 0;
}

/**
 * "dark-monday-as-markets-fall": a little word right after the words a name was read from (`key`,
 * their letters run together) carries on a headline; the name is the headline's opening words.
 */
export function nameRunsIntoHeadline(fileName: string, key: string): boolean {
  const tokens = letterTokens(fileName);
  const taken = tokensOfKey(tokens, key);
  return tokens.length >= 4 && taken > 0 && LITTLE_WORDS.has(tokens[taken] ?? "");
}

/** The file name's tokens that hold letters, a date left out. */
export function letterTokens(fileName: string): string[] {
  return fileName
    .toLowerCase()
    .replace(/(?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d/g, " ")
    .split(/[-_.\s]+/)
    .filter((token) => /[a-z]/.test(token));
}
