/**
 * Outlet names from what a file or address says: a web host ("www.scmp.com"), a file name
 * ("south-dakota-daily-news-2021-04-20"), a folder; read through the directory of well-known outlets,
 * else as words ("palmerreport" → "Palmer Report").
 */

import { wordTable } from "../text/word-table.js";
import { isEnglishWord } from "./english-words.js";
import {
  LETTER_NAMES,
  LOWER_CASE_NAME_WORDS,
  MASTHEAD_WORDS,
  NAME_WORDS,
  PLACE_NAME_WORDS,
} from "./masthead-words.js";
import { type DirectoryOutlet, OUTLET_DIRECTORY } from "./outlet-directory.js";
import { APOSTROPHE_WORDS, wordReading } from "./word-split.js";

/** Letters and digits only, lower case, accents off: how names are compared. */
export function nameKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** Host parts that say nothing about the outlet. */
const HOST_PREFIXES = new Set([
  "www",
  "www1",
  "www2",
  "www3",
  "m",
  "mobile",
  "amp",
  "edition",
  "en",
  "english",
  "beta",
  "web",
]);
/** Second-level parts of country domains ("co.uk", "com.au"). */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"]);

/** Hosts that carry many sites under their own name; the site is the part before theirs. */
const BLOG_PLATFORMS = new Set([
  "blogspot",
  "wordpress",
  "substack",
  "tumblr",
  "wixsite",
  "weebly",
  "medium",
  "typepad",
  "livejournal",
  "ghost",
  "github",
]);

/** Domain labels too general to name one outlet. */
const GENERIC_LABELS: ReadonlySet<string> = new Set([
  "news",
  "online",
  "live",
  "media",
  "tv",
  "radio",
]);

const byKey = new Map<string, DirectoryOutlet>();
const byDomain = new Map<string, DirectoryOutlet>();
for (const outlet of OUTLET_DIRECTORY) {
  for (const domain of outlet.domains) {
    byDomain.set(domain, outlet);
    const label = registeredLabel(domain);
    // "news.cn": a label that is a word any outlet uses ("news") stands for no one outlet.
    if (label && !GENERIC_LABELS.has(label) && !byKey.has(label)) byKey.set(label, outlet);
  }
}
for (const outlet of OUTLET_DIRECTORY) {
  for (const name of [outlet.name, ...outlet.aliases]) {
    const key = nameKey(name);
    if (key.length >= 2 && !byKey.has(key)) byKey.set(key, outlet);
    const bare = nameKey(name.replace(/^the\s+/i, ""));
    if (bare.length >= 3 && !byKey.has(bare)) byKey.set(bare, outlet);
  }
}

/** The host's own name, without prefixes and top-level parts: "www.scmp.com" → "scmp". */
function registeredLabel(host: string): string | null {
  const parts = host.toLowerCase().split("/")[0]?.split(".").filter(Boolean) ?? [];
  while (parts.length > 2 && HOST_PREFIXES.has(parts[0] ?? "")) parts.shift();
  if (parts.length >= 3 && SECOND_LEVEL.has(parts[parts.length - 2] ?? "")) parts.splice(-2, 2);
  else if (parts.length >= 2) parts.pop();
  // "someblog.blogspot.com": on a blogging platform the site is the name before the platform's.
  if (parts.length >= 2 && BLOG_PLATFORMS.has(parts[parts.length - 1] ?? "")) parts.pop();
  return parts[parts.length - 1] ?? null;
}

/** The directory's outlet a name, short form or domain stands for, or null. */
export function directoryOutlet(name: string): DirectoryOutlet | null {
  return byKey.get(nameKey(name)) ?? byKey.get(nameKey(name.replace(/^the\s+/i, ""))) ?? null;
}

/** True when the name is that of a news agency whose copy other outlets carry. */
export function isWireService(name: string): boolean {
  return directoryOutlet(name)?.wire ?? false;
}

/** A web host read as an outlet: "www.scmp.com" → "South China Morning Post", "www.kxxv.com" → "KXXV". */
export function outletFromHost(host: string): string | null {
  const plain =
    host
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, "")
      .split(/[/:?#]/)[0] ?? "";
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(plain)) return null;
  const parts = plain.split(".");
  // "malaysia.news.yahoo.com": the most specific domain the directory knows.
  for (let i = 0; i < parts.length - 1; i++) {
    const known = byDomain.get(parts.slice(i).join("."));
    if (known) return known.name;
  }
  const label = registeredLabel(plain);
  if (!label) return null;
  // "politics.co.uk": a site named by one everyday word goes by its address ("Politics.co.uk").
  if (/^[a-z]{4,}$/.test(label) && (isEnglishWord(label) || MASTHEAD_WORDS.has(label))) {
    const at = parts.lastIndexOf(label);
    if (at >= 0) return `${label.charAt(0).toUpperCase()}${parts.slice(at).join(".").slice(1)}`;
  }
  return nameFromSlugWords(label.split("-").filter(Boolean));
}

/** A folder or host name that reads as a web host: "www.example.com", "example.co.uk". */
export function looksLikeHost(name: string): boolean {
  return /^(?:[a-z0-9-]+\.)+(?:com|org|net|news|info|co\.uk|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/i.test(
    name,
  );
}

const ISO_IN_NAME = /(?:^|[-_. ])((?:19|20)\d{2})[-_.]?([01]\d)[-_.]?([0-3]\d)(?=$|[-_. ])/;

/** A date a file name carries ("outlet-2020-03-12", "20200312-story"), as an ISO date. */
export function dateInFileName(name: string): string | null {
  const match = ISO_IN_NAME.exec(name);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

/** A one-word site's host written with hyphens for dots before a story's slug ("politics-co-uk-…"). */
const HOST_BEFORE_SLUG =
  /^([a-z0-9]{3,})-((?:co|com|org|net|gov|ac)-[a-z]{2}|com|org|net)-[a-z0-9][^.]*$/i;

/** Country web domains that close a file name written from an address ("lantern-ua"); not ones that are words. */
const COUNTRY_DOMAINS: ReadonlySet<string> = new Set(
  "uk au nz za pk ng ke gh ie ca fr es nl ch se dk fi pl ru tr il ae sa qa eg jp kr cn hk sg my ph th vn br ar mx ua gr pt ro hu cz lk np bd".split(
    " ",
  ),
);

/** Words a file is often named by that say nothing of its outlet ("page-from-slack", "article-2"). */
const GENERIC_FILE_WORDS: ReadonlySet<string> = new Set([
  "article",
  "articles",
  "page",
  "pages",
  "story",
  "stories",
  "untitled",
  "copy",
  "draft",
  "notes",
  "note",
  "document",
  "doc",
  "text",
  "file",
  "paste",
  "pasted",
  "clip",
  "clipping",
  "download",
  "downloaded",
  "saved",
  "export",
  "liveblog",
  "blog",
  "entry",
  "update",
  "updates",
  "item",
  "items",
  // a page's kind in an address, kept as a file's name ("articleshow-96630585")
  "articleshow",
  "newsdetail",
  "newsdetails",
]);

/** Words that, standing alone as a file's name, say nothing of its outlet ("news.txt", "details"). */
const SOLE_GENERIC_WORDS: ReadonlySet<string> = new Set(
  "news details detail index post view print main home content read full amp share".split(" "),
);

/**
 * The outlet a file name (or folder name) reads as, with the words of the name it used:
 * the directory's name for its leading words, else the leading words up to a masthead word.
 */
export function outletFromName(
  name: string,
): { outlet: string; key: string; strong: boolean; host?: true } | null {
  if (looksLikeHost(name)) {
    const outlet = outletFromHost(name);
    const key = registeredLabel(name) ?? "";
    return outlet ? { outlet, key, strong: true, host: true } : null;
  }
  // "news.harborbeat.com-48213", "harborbeat.com_storm-story": the site's host, then the page's id
  // or slug after a hyphen or an underscore.
  const hosted = /^((?:[a-z0-9-]+\.)+[a-z]{2,})[-_][^.]+$/i.exec(name);
  if (hosted?.[1] && looksLikeHost(hosted[1])) {
    const inner = outletFromName(hosted[1]);
    if (inner) return inner;
  }
  // "harbortimes-co-uk": a web host under a country's domain, written with hyphens for dots.
  const dotted = /^([a-z0-9]+(?:-[a-z0-9]+)*?)-((?:co|com|org|net|gov|ac)-[a-z]{2})$/i.exec(
    name.replace(ISO_IN_NAME, "").replace(/[-_.\s]+$/, ""),
  );
  if (dotted?.[1] && dotted[2] && !dotted[1].includes("-")) {
    const host = `${dotted[1]}.${dotted[2].replace(/-/g, ".")}`;
    const outlet = outletFromHost(host);
    if (outlet) return { outlet, key: dotted[1].toLowerCase(), strong: true, host: true };
  }
  // "harbortimes-co-uk-ferry-fares-rise": the site's host written with hyphens, then the story.
  const hostFirst = HOST_BEFORE_SLUG.exec(name.replace(ISO_IN_NAME, "-"));
  if (hostFirst?.[1] && hostFirst[2]) {
    const inner = outletFromName(`${hostFirst[1]}-${hostFirst[2]}`);
    if (inner?.host) return inner;
  }
  // "harbortimes-ua": a country's domain closing the name says where, not who.
  const country = /^(.+?)-([a-z]{2})$/i.exec(
    name.replace(ISO_IN_NAME, "").replace(/[-_.\s]+$/, ""),
  );
  if (country?.[1] && country[2] && COUNTRY_DOMAINS.has(country[2].toLowerCase())) {
    const inner = outletFromName(country[1]);
    if (inner) return inner;
  }
  // "harborbeat-uk-ferry-fares": a site's one-word name, its country's edition, then the story.
  const edition = /^([a-z][a-z0-9]{3,})-([a-z]{2})-[a-z]/i.exec(name.replace(ISO_IN_NAME, ""));
  if (
    edition?.[1] &&
    edition[2] &&
    COUNTRY_DOMAINS.has(edition[2].toLowerCase()) &&
    !GENERIC_FILE_WORDS.has(edition[1].toLowerCase())
  ) {
    const inner = outletFromName(edition[1]);
    if (inner) return inner;
  }
  const tokens = name
    .replace(ISO_IN_NAME, " ")
    .toLowerCase()
    .split(/[-_.\s]+/)
    // "p5946", "x7k2q9": a post's id after the name, letters and digits mixed, is no word of it.
    .filter((token, i) => i === 0 || !isPostId(token))
    .filter(
      (token, i, all) =>
        /[a-z]/.test(token) ||
        (i > 0 && /^\d{1,3}$/.test(token) && /[a-z]/.test(all[i - 1] ?? "")) ||
        // "15-seconds", "7-news": a number and one word are the name; "1-harbor-times" numbers a file.
        (i === 0 &&
          /^[1-9]\d{0,2}$/.test(token) &&
          all.length === 2 &&
          /^[a-z]{3,}$/.test(all[1] ?? "")),
    );
  // "someblog-blogspot": the platform's name is not the site's.
  const platform = tokens.findIndex((token, i) => i > 0 && BLOG_PLATFORMS.has(token));
  if (platform > 0) tokens.splice(platform);
  // "page1", "article-3", "untitled2": a name a file was given, not an outlet's.
  if (tokens.length === 0 || GENERIC_FILE_WORDS.has((tokens[0] ?? "").replace(/\d+$/, "")))
    return null;
  if (tokens.length === 1 && SOLE_GENERIC_WORDS.has(tokens[0] ?? "")) return null;
  for (let end = Math.min(tokens.length, 5); end >= 1; end--) {
    if (/^\d/.test(tokens[end - 1] ?? "")) continue;
    const key = tokens.slice(0, end).join("");
    // "nbc-2", "abc-7": a network's letters and a channel number name a station, not the network.
    const channel = tokens[end] ?? "";
    if (end === 1 && LETTER_NAMES.has(key) && /^\d{1,2}$/.test(channel))
      return { outlet: `${key.toUpperCase()} ${channel}`, key: `${key}${channel}`, strong: true };
    const known = byKey.get(key);
    // "harbor-and-vale-…": a name joined by "and" goes on past the words a shorter name is made of.
    const joined = tokens[end] === "and" && MASTHEAD_WORDS.has(tokens[end + 1] ?? "");
    if (known && !joined && (key.length >= 3 || end === tokens.length))
      return { outlet: known.name, key, strong: true };
  }
  const taken = outletTokens(tokens);
  const outlet = nameFromSlugWords(taken);
  // A name ending on a masthead word or made of call letters reads surely as an outlet's.
  const last = taken[taken.length - 1] ?? "";
  const strong =
    MASTHEAD_WORDS.has(last) ||
    isCallSign(last) ||
    MASTHEAD_WORDS.has(splitRunTogether(last).pop() ?? "");
  return outlet ? { outlet, key: taken.join(""), strong } : null;
}

/** "p5946", "a1b2c3": one or two letters, then digits mixed with letters, two digits at least. */
function isPostId(token: string): boolean {
  return /^[a-z]{1,2}\d[a-z\d]*$/.test(token) && (token.match(/\d/g)?.length ?? 0) >= 2;
}

/** Words naming the kind of page after the outlet's name in a file name ("harbortimes-transcript"). */
const PAGE_KIND_WORDS: ReadonlySet<string> = new Set(
  "transcript transcripts video videos photos gallery liveblog amp".split(" "),
);

/** Country tags that close a run-together site name ("…timesng", "…tribunepak"). */
const COUNTRY_TAGS: ReadonlySet<string> = new Set(
  "ng ngr pk pak bd gh ke za ug tz zw ph sg lk np ae eg kh jm tt".split(" "),
);

/** Country tags written as a word in the name ("Pak" for Pakistan); the others are letters ("NG"). */
const COUNTRY_TAG_WORDS: Readonly<Record<string, string>> = wordTable({ pak: "pakistan" });

/**
 * A run-together name closed by a country's tag that no reading of it as words explains
 * ("harbortribunepak" → harbor tribune pakistan, "bulletinng" → bulletin ng): the rest read by
 * the name words only, then the tag. Null when the name reads otherwise or the rest is no word.
 */
function countryTagged(token: string): string[] | null {
  if (token.length < 7 || splitRunTogether(token).length > 1) return null;
  for (const size of [3, 2]) {
    const tag = token.slice(-size);
    const rest = token.slice(0, -size);
    if (!COUNTRY_TAGS.has(tag) || rest.length < 4) continue;
    // Only a rest that reads as known words: "…ng", "…gh", "…za" close many words too.
    const words = splitRunTogether(rest, false);
    if (words.length > 1 || NAME_WORDS.has(rest) || isEnglishWord(rest))
      return [...words, COUNTRY_TAG_WORDS[tag] ?? tag];
  }
  return null;
}

/** The leading tokens of a file name that name the outlet: up to its last masthead word. */
function outletTokens(tokens: readonly string[]): string[] {
  if (tokens.length === 1) return [...tokens];
  const [first = "", second = ""] = tokens;
  if (tokens.length === 2)
    return isCallSign(first) ||
      LETTER_NAMES.has(first) ||
      PAGE_KIND_WORDS.has(second) ||
      closesOnMastheadWord(first, second)
      ? [first]
      : [first, second];
  const head = tokens.slice(0, 4);
  let last = -1;
  head.forEach((token, i) => {
    if (MASTHEAD_WORDS.has(token) || LETTER_NAMES.has(token)) last = i;
  });
  if (last >= 0) {
    let end = last + 1;
    // "Channel 7", "News 13": a number after a masthead word is part of the name.
    if (/^\d{1,3}$/.test(tokens[end] ?? "")) return tokens.slice(0, end + 1);
    // "Voices of the Valley", "Times of India": little words and the one word they lead to.
    while (LOWER_CASE_NAME_WORDS.has(tokens[end] ?? "") && tokens[end + 1]) end++;
    return end > last + 1 ? tokens.slice(0, end + 1) : tokens.slice(0, end);
  }
  return tokens.length <= 2 ? [...tokens] : tokens.slice(0, 1);
}

/**
 * "harborwatch-mayor": a name run together that ends on a masthead word, then an everyday word
 * that names use neither ("Feed", "Times" may close a name): the story's word, not the site's.
 */
function closesOnMastheadWord(first: string, second: string): boolean {
  if (NAME_WORDS.has(second) || !isEnglishWord(second)) return false;
  const words = splitRunTogether(first);
  return words.length >= 2 && MASTHEAD_WORDS.has(words[words.length - 1] ?? "");
}

/** "wbaltv" → "WBAL-TV": a broadcaster's call letters and its medium, as stations write them. */
function callSignWithMedium(token: string): string | null {
  const match = /^([kw][a-z]{2,3})(tv|fm|am)$/.exec(token);
  return match?.[1] && match[2] && isCallSign(match[1])
    ? `${match[1].toUpperCase()}-${match[2].toUpperCase()}`
    : null;
}

/** Tokens of a name, each read as words and capitalised: ["palmerreport"] → "Palmer Report". */
function nameFromSlugWords(tokens: readonly string[]): string | null {
  const station = tokens.length === 1 ? callSignWithMedium(tokens[0] ?? "") : null;
  if (station) return station;
  // A slug already cut into words ("pitchside-report") keeps its words: only a name written as
  // one run ("thehansindia") is read with the dictionary.
  const alone = tokens.length === 1;
  const names = tokens.map((token) =>
    ((alone ? countryTagged(token) : null) ?? wordsOfToken(token, alone))
      .map((word, i) => {
        if (/^\d/.test(word)) return word;
        if (i > 0 && LOWER_CASE_NAME_WORDS.has(word)) return word;
        const apostrophe = APOSTROPHE_WORDS[word];
        if (apostrophe) return apostrophe.charAt(0).toUpperCase() + apostrophe.slice(1);
        if (
          LETTER_NAMES.has(word) ||
          (i === 0 && CITY_LETTERS.has(word)) ||
          isCallSign(word) ||
          (!/[aeiou]/.test(word) && !NAME_WORDS.has(word)) ||
          isInitialism(word) ||
          // "xy" opening a name of more words ("XY Canada"): its letters.
          (i === 0 && alone && word.length === 2 && !NAME_WORDS.has(word) && !isEnglishWord(word))
        )
          return word.toUpperCase();
        return word.charAt(0).toUpperCase() + word.slice(1);
      })
      .join(" ")
      // A number inside a run-together name stays on its word ("news9live" → "News9 Live"); one
      // closing the name stands apart ("dhakaprokash24" → "Dhaka Prokash 24").
      .replace(/([A-Za-z]) (\d+)(?= )/g, "$1$2"),
  );
  const name = names
    .map((part, i) =>
      i > 0 && LOWER_CASE_NAME_WORDS.has(part.toLowerCase()) ? part.toLowerCase() : part,
    )
    .join(" ")
    .trim();
  return name === "" ? null : name;
}

/**
 * The words of one token of a name. In a slug already cut into words ("tidewater-tribune") a token
 * is split again only into a masthead word ("foxnews"), a kind of place ("portcity") or place names
 * ("southdakota"): a place's
 * own compound ("Tidewater", "Marshfield") is one word.
 */
function wordsOfToken(token: string, alone: boolean): string[] {
  const words = splitRunTogether(token, alone);
  if (alone || words.length < 2) return words;
  const masthead = words.some((word) => MASTHEAD_WORDS.has(word) || SETTLEMENT_WORDS.has(word));
  const places = words.every((word) => PLACE_NAME_WORDS.has(word));
  return masthead || places ? words : [token];
}

/** Words naming a kind of place, read apart in a name ("portcity" → Port City). */
const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(
  "city town county state country metro village borough district region province island islands".split(
    " ",
  ),
);

/** "usnn", "espn": a short unknown word with no vowel after its first letter reads as letters. */
function isInitialism(word: string): boolean {
  // "ashby", "elmy": a vowel, then a y closing the word, is a name said as a word.
  if (/^[aeiou].*y$/.test(word)) return false;
  return /^[a-z][b-df-hj-np-tv-z]{2,4}$/.test(word) && !NAME_WORDS.has(word);
}

/** "kxxv", "wreg": the call letters of an American broadcaster. */
function isCallSign(word: string): boolean {
  return /^[kw][a-z]{2,3}$/.test(word) && !NAME_WORDS.has(word);
}

/**
 * A run-together word split into the words a reader sees ("southdakotadailynews" → south dakota
 * daily news), when known words cover most of it; else the word whole. One word the reader does not
 * know may stand among known ones ("palmer report", "the whistler"); beside a known word of three
 * letters ("blur red culture", "radio bay elsa") or closing a name of other words ("news summedup")
 * it has most likely cut a longer word in two, and the name stays whole. `byDictionary`: whether
 * the dictionary in use may read it wholly as English words (only for a name written as one run).
 */
export function splitRunTogether(token: string, byDictionary = true): string[] {
  const text = token.toLowerCase();
  if (text.length <= 4 || NAME_WORDS.has(text) || isEnglishWord(text)) return [text];
  const inWords = byDictionary ? (wordReading(text)?.map((piece) => piece.text) ?? null) : null;
  if (inWords) return inWords;
  const n = text.length;
  // best[i]: the cheapest reading of text[0, i); a known word costs 1, an unknown run more the longer it is.
  const best: Array<{ cost: number; words: string[]; known: boolean[] } | null> = Array(n + 1).fill(
    null,
  );
  best[0] = { cost: 0, words: [], known: [] };
  for (let i = 0; i < n; i++) {
    const from = best[i];
    if (!from) continue;
    for (let j = i + 1; j <= n; j++) {
      const piece = text.slice(i, j);
      const cost = pieceCost(piece, i, j, text, from.words);
      if (cost === null) continue;
      const candidate = {
        cost: from.cost + cost,
        words: [...from.words, piece],
        known: [...from.known, cost <= 1.5],
      };
      const there = best[j];
      // Between readings of known words only, as cheap, the one with more masthead words.
      const tie =
        there !== null &&
        there !== undefined &&
        candidate.cost === there.cost &&
        candidate.known.every(Boolean) &&
        there.known.every(Boolean) &&
        mastheadCount(candidate.words) > mastheadCount(there.words);
      if (!there || candidate.cost < there.cost || tie) best[j] = candidate;
    }
  }
  const reading = best[n];
  if (!reading || reading.words.length === 1 || !readsAsWords(reading.words, reading.known))
    return [text];
  return reading.words;
}

/** How many letters of a reading are masthead words: "news now" holds more than "new snow". */
function mastheadCount(words: readonly string[]): number {
  return words.reduce((sum, word) => sum + (MASTHEAD_WORDS.has(word) ? word.length : 0), 0);
}

function isPluralOfNameWord(piece: string): boolean {
  return (
    (piece.endsWith("s") && NAME_WORDS.has(piece.slice(0, -1))) ||
    (piece.endsWith("es") && NAME_WORDS.has(piece.slice(0, -2)))
  );
}

/** Cities known by their letters, opening a name ("LA", "DC", "NYC"). */
const CITY_LETTERS: ReadonlySet<string> = new Set(["la", "dc", "sf", "nyc", "kc", "okc", "atl"]);

/** Letters a name carries between its words ("Peace FM Online", "City TV News", "Daily US News"). */
const BAND_LETTERS: ReadonlySet<string> = new Set(["fm", "tv", "us", "uk", "eu"]);

/** The cost of reading `piece` (text[i, j)) as the next word; null if it cannot be one. */
function pieceCost(
  piece: string,
  i: number,
  j: number,
  text: string,
  before: readonly string[],
): number | null {
  const n = text.length;
  // A number is read whole: "24", never "2" then "4".
  if (/^\d+$/.test(piece)) return /\d/.test(text[j] ?? "") ? null : 1;
  if (/\d/.test(piece)) return null;
  if (NAME_WORDS.has(piece) && (piece.length >= 3 || piece === "of" || piece === "my")) return 1;
  // "streets", "islanders": the plural of a name word is as well known.
  if (piece.length >= 6 && isPluralOfNameWord(piece)) return 1;
  if (piece.length >= 3 && LETTER_NAMES.has(piece)) return 1;
  // "peacefmonline", "dailyusnews": a station's band, a medium or a country's letters between two words.
  if (BAND_LETTERS.has(piece) && i > 0 && j < n && NAME_WORDS.has(before[before.length - 1] ?? ""))
    return 1;
  // A city's letters opening a name ("lanewscenter": LA News Center).
  if (i === 0 && CITY_LETTERS.has(piece)) return 1.5;
  // Letters opening a name ("zbcnews", "nysun"): an abbreviation.
  // Two consonants before a vowel ("pledge", "small") open a word, not an abbreviation.
  const opensWord = piece.length === 2 && /[aeiou]/.test(text[j] ?? "");
  if (i === 0 && !opensWord && /^[b-df-hj-np-tv-xz]{2,3}$|^[b-df-hj-np-tv-xz]y$/.test(piece))
    return 1.5;
  if (
    j === n &&
    piece.length === 2 &&
    LETTER_NAMES.has(piece) &&
    NAME_WORDS.has(before[before.length - 1] ?? "")
  )
    return 0.5;
  if (piece.length >= 4) return 1 + piece.length / 2;
  return null;
}

/**
 * One unknown run at most, never beside a word of three letters or fewer ("the" aside), and closing
 * the name only after "the" or a place ("the whistler", "dhaka prokash").
 */
function readsAsWords(words: readonly string[], known: readonly boolean[]): boolean {
  const unknown = known.map((isKnown, i) => (isKnown ? -1 : i)).filter((i) => i >= 0);
  if (unknown.length > 1) return false;
  const at = unknown[0];
  if (at === undefined) return true;
  const short = (word: string | undefined) =>
    word !== undefined && word.length <= 3 && word !== "the" && !/^\d+$/.test(word);
  if (short(words[at - 1]) || short(words[at + 1])) return false;
  // A number opening the name glued to a word no reader knows ("9ja…") belongs to that word.
  if (at === 1 && /^\d+$/.test(words[0] ?? "")) return false;
  // Closing a name after other known words ("news summedup"), it is most likely the end of one.
  const closes = words.slice(at + 1).every((word) => /^\d+$/.test(word));
  const named = words
    .slice(0, at)
    .some((word) => word !== "the" && !PLACE_NAME_WORDS.has(word) && !/^\d+$/.test(word));
  return !(closes && named);
}
