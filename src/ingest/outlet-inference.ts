/**
 * Which outlet published an article, and whose copy it carries, from everything that tells:
 * front matter, the page itself, the web address, the file name, the folder.
 */
import type { InferredFrom } from "./article.js";
import {
  hasHeadlineShape,
  isHeadlineSlug,
  letterTokens,
  nameRunsIntoHeadline,
  pageWordsOf,
  siteBeforeHeadline,
  slugOnPage,
  tokensOfKey,
} from "./headline-slug.js";
import { MASTHEAD_WORDS } from "./masthead-words.js";
import {
  directoryOutlet,
  isWireService,
  looksLikeHost,
  nameKey,
  outletFromHost,
  outletFromName,
} from "./outlet-names.js";
import { readerCase, spellingOnPage } from "./page-spelling.js";
import { opensOnStoryWord } from "./story-word-names.js";
import { type StoryWords, storyStartInName, storyWordsOf } from "./story-words.js";

/** What is known about an article's outlet before choosing. */
export interface OutletClues {
  readonly declared: string | null;
  readonly declaredUrl: string | null;
  readonly declaredOrigin: string | null;
  /** The page naming itself (copyright, site notice, title suffix). */
  readonly ownOutlet: string | null;
  /** The site a title line names ("Headline | Outlet"), when it names one. */
  readonly titleOutlet?: string | null;
  /** The site's name on the page's first line, over its menu or title. */
  readonly mastheadName?: string | null;
  /** The outlet a byline names after the reporter ("By Jane Doe, The Harbor Times"). */
  readonly bylineOutlet?: string | null;
  /** The paper named on the line under the reporter's name: another paper's copy, when not the site's. */
  readonly affiliatedOutlet?: string | null;
  /** The outlet whose copy the page carries (dateline agency, wire credit). */
  readonly copyOutlet: string | null;
  /** The page's units, for the outlet's own spelling of its name. */
  readonly lines: readonly string[];
  /** The file name without its extension, and the name of the folder it is in. */
  readonly fileName: string;
  readonly folderName: string | null;
  /** The one outlet the page's paragraphs say a source told or a reporter works for, if any. */
  readonly namedOutlet?: string | null;
  /** The article's headline: a file name made of its words is the story's slug, not an outlet. */
  readonly headline?: string | null;
  /** The story's first paragraphs: a file name opening on their words is the story's slug. */
  readonly lede?: readonly string[];
}

/** The outlet chosen, where it came from, and the original outlet of carried copy. */
export interface OutletReading {
  readonly outlet: string | null;
  readonly from: InferredFrom | null;
  readonly origin: string | null;
}

/** Chooses the outlet: front matter, then the page's own name, the address, the file name, the folder. */
export function inferOutlet(clues: OutletClues): OutletReading {
  // "politics-co-uk-…": a web host written with hyphens before the story's slug is the site.
  const hosted = outletFromName(clues.fileName);
  const siteName = hosted?.host ? null : siteBeforeHeadline(clues.fileName, clues.headline);
  const fromSite = hosted?.host ? hosted : siteName ? outletFromName(siteName) : null;
  const fromFile = fromSite
    ? { ...fromSite, strong: true }
    : isHeadlineSlug(clues.fileName, clues.headline)
      ? null
      : fileNameOutlet(
          clues.fileName,
          clues.lines,
          storyWordsOf([clues.headline, ...(clues.lede ?? [])]),
        );
  const disagrees = (name: string) => fromFile !== null && !sameOutlet(name, fromFile.outlet);
  const disagreesOrNone = (name: string) => fromFile === null || disagrees(name);
  // A title line naming another site than the file name ("… | DW" on an aggregator's page) names
  // the copy's origin when the file name surely names a site or the title a well-known outlet (a
  // guess from a file name yields to the page's own title); a copyright owner unlike a well-read
  // file name is the owner, not the masthead.
  const carriedTitle =
    clues.titleOutlet &&
    clues.ownOutlet === clues.titleOutlet &&
    (fromFile?.strong || directoryOutlet(clues.titleOutlet) !== null) &&
    disagrees(clues.titleOutlet)
      ? clues.titleOutlet
      : null;
  // A byline's outlet is the page's own when nothing else names it, unless a surely read file name
  // names another site: then, like one the page names beside its own, it is the copy's origin.
  const byliner = clues.bylineOutlet ?? null;
  const bylineOwn = byliner && !clues.ownOutlet && !(fromFile?.strong && disagrees(byliner));
  const carriedByline =
    byliner && !bylineOwn && !(clues.ownOutlet && sameOutlet(byliner, clues.ownOutlet))
      ? byliner
      : null;
  const ownOutlet =
    carriedTitle || (clues.ownOutlet && fromFile?.strong && disagrees(clues.ownOutlet))
      ? null
      : clues.ownOutlet;
  const pick = (): { outlet: string; from: InferredFrom } | null => {
    if (clues.declared) return { outlet: clues.declared, from: "front-matter" };
    if (!ownOutlet && bylineOwn && byliner)
      return { outlet: spelledOnPage(byliner, byliner, clues.lines), from: "page" };
    if (ownOutlet)
      return {
        outlet: spelledOnPage(ownOutlet, ownOutlet, clues.lines),
        from: "page",
      };
    const host = clues.declaredUrl ? hostOf(clues.declaredUrl) : null;
    const fromHost = host ? outletFromHost(host) : null;
    if (host && fromHost)
      return { outlet: spelledOnPage(fromHost, host, clues.lines), from: "front-matter" };
    // A masthead line names the site when the file name says nothing sure of it.
    if (clues.mastheadName && !fromFile?.strong && disagreesOrNone(clues.mastheadName))
      return { outlet: clues.mastheadName, from: "page" };
    if (fromFile)
      return {
        outlet: directoryOutlet(fromFile.outlet)
          ? fromFile.outlet
          : (brandBeforeTail(fromFile.key, clues.lines) ??
            spelledOnPage(fromFile.outlet, fromFile.key, clues.lines)),
        from: "file-name",
      };
    const folder = clues.folderName;
    if (folder && (looksLikeHost(folder) || directoryOutlet(folder))) {
      const fromFolder = outletFromName(folder);
      if (fromFolder) return { outlet: fromFolder.outlet, from: "directory" };
    }
    if (clues.copyOutlet)
      return { outlet: directoryOutlet(clues.copyOutlet)?.name ?? clues.copyOutlet, from: "page" };
    // Nothing else names a site: the outlet a source told, or whose reporter the page introduces.
    if (clues.namedOutlet) return { outlet: clues.namedOutlet, from: "page" };
    return null;
  };
  const chosen = pick();
  const originName =
    clues.declaredOrigin ??
    clues.copyOutlet ??
    carriedTitle ??
    carriedByline ??
    (chosen && chosen.from !== "front-matter" ? (clues.affiliatedOutlet ?? null) : null);
  // A page that names no site of its own but an agency's credit carries the agency's copy: the
  // agency stands for the outlet, and its copy is the origin.
  const wireOnly =
    chosen?.from === "page" &&
    clues.copyOutlet !== null &&
    sameOutlet(clues.copyOutlet, chosen.outlet) &&
    !ownOutlet &&
    !bylineOwn &&
    isWireService(clues.copyOutlet);
  // Likewise a page naming no site of its own, only a well-known outlet its reporter writes for
  // ("By Jane Roe, Politico Tech"), carries that outlet's copy.
  const bylineOnly =
    !originName &&
    chosen?.from === "page" &&
    bylineOwn &&
    byliner !== null &&
    !fromFile &&
    !clues.mastheadName &&
    knownOutlet(byliner) !== null;
  const origin = bylineOnly
    ? originShortName(knownOutlet(byliner)?.name ?? byliner)
    : originName && (wireOnly || !chosen || !sameOutlet(originName, chosen.outlet))
      ? clues.declaredOrigin === originName
        ? originName
        : originShortName(knownOutlet(originName)?.name ?? originName)
      : null;
  const outlet =
    chosen && chosen.from !== "front-matter" ? withPageArticle(chosen.outlet, clues.lines) : null;
  return { outlet: outlet ?? chosen?.outlet ?? null, from: chosen?.from ?? null, origin };
}

/**
 * "told The Kestrel Star on Monday": a page writing "The" in capitals before the outlet's name in
 * the middle of a sentence gives the name as the outlet writes it, with its article.
 */
function withPageArticle(name: string, lines: readonly string[]): string | null {
  if (/^the\s/i.test(name) || name.length < 3) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const written = new RegExp(`[\\p{Ll}\\p{N},;:] The ${escaped}(?![\\p{L}\\p{N}])`, "u");
  return lines.some((line) => written.test(line)) ? `The ${name}` : null;
}

/**
 * The outlet a file name names, read against the page: a name the directory knows stands; a name
 * made of the story's own words names no outlet, and a site's name before them is read alone
 * ("harborbeat-storm-floods-harbor-road" → "Harborbeat", not "Harborbeat Storm Floods").
 */
function fileNameOutlet(
  fileName: string,
  lines: readonly string[],
  story: StoryWords = storyWordsOf([]),
): ReturnType<typeof outletFromName> {
  const found = storyFreeName(fileName, lines, story);
  // "harbinia-ferry-fares-rise", "sudden-rise-in-fares": a name of the story's opening word is none.
  if (!found || found.host || directoryOutlet(found.outlet)) return found;
  const tokens = letterTokens(fileName);
  const taken = tokensOfKey(tokens, found.key);
  return taken > 0 && opensOnStoryWord(tokens.slice(0, taken), pageWordsOf(lines)) ? null : found;
}

/** The outlet a file name names once the story's own words are left out of it. */
function storyFreeName(
  fileName: string,
  lines: readonly string[],
  story: StoryWords,
): ReturnType<typeof outletFromName> {
  const read = outletFromName(fileName);
  if (!read || read.host) return read;
  // "watch-fans-gather-…" under "WATCH: Fans gather …": a name of the story's words names no
  // site; "grid-how-to-watch-…" under "… how to watch it": the site's word before them is read
  // alone, unless the page reads a shorter name still.
  const tokens = letterTokens(fileName);
  const start = storyStartInName(tokens, tokensOfKey(tokens, read.key), story);
  if (start === 0) return null;
  const onPage = readAgainstPage(fileName, read, lines);
  // A name the page writes as a name ("Voices of the Valley" over the page) is the site's all through.
  if (start === null || directoryOutlet(read.outlet) || spellingOnPage(read.key, lines))
    return onPage;
  if (onPage && tokensOfKey(tokens, onPage.key) <= start) return onPage;
  return outletFromName(tokens.slice(0, start).join("-"));
}

/** The outlet a file name reads as (`read`), checked against the page's own words. */
function readAgainstPage(
  fileName: string,
  read: NonNullable<ReturnType<typeof outletFromName>>,
  lines: readonly string[],
): ReturnType<typeof outletFromName> {
  if (directoryOutlet(read.outlet)) return read;
  // "69NVA", "4k2x9": a post's id, digits and letters run together, names no site.
  if (
    /^\d{2,}[a-z]+\d*[a-z]*$/i.test(fileName) &&
    !MASTHEAD_WORDS.has(fileName.replace(/^\d+/, "").toLowerCase())
  )
    return null;
  const slug = slugOnPage(fileName, pageWordsOf(lines), lines);
  // Words the page never uses, before the story's own words, are surely the site's name, even
  // when the story's words read as a headline ("harborbeat-what-we-know-about-the-storm").
  const site = slug?.kind === "site" ? outletFromName(slug.name) : null;
  if (site) return { ...site, strong: true };
  if (!read.strong && hasHeadlineShape(fileName, read.key)) return null;
  if (nameRunsIntoHeadline(fileName, read.key) && spellingOnPage(read.key, lines) === null)
    return null;
  if (
    slug?.kind === "story" &&
    slug.opensHeadline &&
    nameKey(read.key) === letterTokens(fileName)[0]
  )
    return null;
  if (slug?.kind === "story" && !(read.strong && callLettersWritten(read, lines))) return null;
  return read;
}

/**
 * Whether call letters read from a story's slug ("wxyz-storm-hits-coast") are written on the page
 * as a station writes them, in capitals: "maria-…" on a page that writes "Maria" names a person.
 * True for a name of other words.
 */
function callLettersWritten(
  read: { outlet: string; key: string },
  lines: readonly string[],
): boolean {
  const wanted = nameKey(read.key);
  if (!/^[kw][a-z]{2,3}$/.test(wanted)) return true;
  const capitals = new RegExp(`(?<![\\p{L}\\p{N}])${wanted.toUpperCase()}(?![\\p{Ll}\\p{N}])`, "u");
  return lines.some((line) => capitals.test(line));
}

/** Words a file name may carry after a site's name that are not part of it: a page's kind, a web domain. */
const TAIL_WORDS: readonly string[] = ["live", "online", "news", "tv", "com", "net"];

/**
 * "nationalworld-live" on a page that writes "NationalWorld": the site's name in one word with a
 * capital inside (a brand's own spelling) naming all of the file name but a last word telling
 * the page's kind or domain. Null unless the page writes the name so and not the whole.
 */
function brandBeforeTail(key: string, lines: readonly string[]): string | null {
  const tail = TAIL_WORDS.find((word) => key.endsWith(word) && key.length - word.length >= 5);
  if (!tail || spellingOnPage(key, lines)) return null;
  const brand = spellingOnPage(key.slice(0, -tail.length), lines);
  return brand && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(brand) && !brand.includes(" ") ? brand : null;
}

/**
 * An agency's copy credited as desks write it: "AP", "AFP", "dpa", "PTI" (the agency's initials, as
 * its short name spells them), "Reuters"; any other outlet by its name.
 */
function originShortName(name: string): string {
  const known = directoryOutlet(name);
  if (!known?.wire) return name;
  const letters = known.name
    .split(/[\s-]+/)
    .filter((word) => !/^(?:the|of|and|for|&)$/i.test(word))
    .map((word) => nameKey(word).charAt(0))
    .join("");
  const short = known.aliases.find(
    (alias) => /^[\p{L}]{2,5}$/u.test(alias) && nameKey(alias) === letters,
  );
  return short ?? known.name;
}

/** "Guardian News & Media", "The Harbor Times Group", "Politico Tech": the directory's outlet a company or its desk stands for. */
function knownOutlet(name: string) {
  const company =
    /^(.+?)\s+(?:news\s*(?:&|and)\s*media|media(?: group)?|news group|group|newspapers|publishing|holdings|limited|ltd\.?|inc\.?|llc|plc)$/i.exec(
      name.trim(),
    )?.[1];
  // "Harbor Wire Business", "Harbor Wire Politics": a desk of the outlet, whose copy it is.
  const desk =
    /^(.+?)\s+(?:business|politics|sports?|tech|technology|health|money|travel|style|entertainment|markets)$/i.exec(
      name.trim(),
    )?.[1];
  return (
    directoryOutlet(name) ??
    (company ? directoryOutlet(company) : null) ??
    (desk ? directoryOutlet(desk) : null)
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !/^(?:the|of|and|for|&)$/i.test(word))
    .map((word) => nameKey(word).charAt(0))
    .join("");
}

function hostOf(url: string): string | null {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i.exec(url.trim());
  return match?.[1] ?? null;
}

/** Two names for one outlet: the same letters, or the same directory entry. */
function sameOutlet(a: string, b: string): boolean {
  const bare = (name: string) => nameKey(name.replace(/^the\s+/i, ""));
  const [ka, kb] = [bare(a), bare(b)];
  if (ka === kb) return true;
  // "NORDPRESS" and "Nord Press Agency"; "CNN" and "Capitol News Network".
  const [short, long] = ka.length <= kb.length ? [a, b] : [b, a];
  const rest = bare(long).slice(bare(short).length);
  if (bare(long).startsWith(bare(short)) && MASTHEAD_WORDS.has(rest)) return true;
  if (/^\p{Lu}{2,6}$/u.test(short.trim()) && initials(long) === nameKey(short)) return true;
  const known = directoryOutlet(a);
  return known !== null && known === directoryOutlet(b);
}

/**
 * The outlet's name as its own page spells it ("NewsBreak", "Valley 6 News"), when a short line of
 * the page reads as the name read from the address or file name; else that name.
 */
function spelledOnPage(name: string, key: string, lines: readonly string[]): string {
  const wanted = nameKey(key);
  if (wanted.length < 3) return name;
  for (const line of lines) {
    if (line.length > 60) continue;
    // "© Harbor Times": marks standing alone before the name are no part of it.
    const words = line.split(/\s+/).filter((word) => word === "&" || /[\p{L}\p{N}]/u.test(word));
    if (words.length > 7) continue;
    const folded = nameKey(line);
    const start = folded.startsWith(wanted) ? 0 : folded.startsWith(`the${wanted}`) ? 3 : -1;
    if (start < 0) continue;
    // What follows the name's letters must be masthead words ("Valley 6" + "News").
    const spelled = spellingOf(words, start + wanted.length);
    if (spelled) return spelled;
  }
  // Anywhere on the page: a run of capitalised words whose letters are the name's ("… NewsBreak …",
  // "© Harbor & Hill Times", "Follow Valley Six News on …"), written as the page writes it.
  const onPage = spellingOnPage(wanted, lines);
  if (onPage) return onPage;
  // A masthead line whose letters open the name read ("The Harbor News" for "harbornews-online").
  for (const line of lines) {
    const words = line.split(/\s+/);
    if (words.length < 2 || words.length > 6 || /[.!?:,|]/.test(line)) continue;
    const bare = nameKey(line.replace(/^the\s+/i, ""));
    if (bare.length < 6 || bare.length < wanted.length / 2 || !wanted.startsWith(bare)) continue;
    if (words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:of|the|and)$/.test(word)))
      if (words.some((word) => MASTHEAD_WORDS.has(nameKey(word)))) return titleCase(line);
  }
  return splitAsOnPage(joinedAsOnPage(name, lines), lines);
}

/** "Kestrelbay Chronicle" → "Kestrel Bay Chronicle" when the page writes "Kestrel Bay" in two words. */
function splitAsOnPage(name: string, lines: readonly string[]): string {
  return name
    .split(" ")
    .map((word) => {
      const wanted = nameKey(word);
      if (wanted.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return word;
      for (const line of lines) {
        const run = findRun(line, wanted);
        if (run?.includes(" ") && run.split(" ").every((part) => /^\p{Lu}\p{Ll}+$/u.test(part)))
          return run;
      }
      return word;
    })
    .join(" ");
}

/** "The Lake Land Ledger" → "The Lakeland Ledger" when the page writes "Lakeland" as one word. */
function joinedAsOnPage(name: string, lines: readonly string[]): string {
  const words = name.split(" ");
  if (words.length < 2) return name;
  const pageWords = new Set(
    lines
      .flatMap((line) => line.split(/[^\p{L}\p{N}]+/u))
      .filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word)),
  );
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i] ?? ""}${(words[i + 1] ?? "").toLowerCase()}`;
    if (i + 1 < words.length && pageWords.has(pair)) {
      joined.push(pair);
      i++;
    } else joined.push(words[i] ?? "");
  }
  return joined.join(" ");
}

/** The words of a line up to `letters` letters, plus following masthead words; null if they do not fit. */
function spellingOf(words: readonly string[], letters: number): string | null {
  let count = 0;
  let taken = 0;
  while (taken < words.length && count < letters) {
    count += nameKey(words[taken] ?? "").length;
    taken++;
  }
  if (count !== letters) return null;
  const rest = words.slice(taken);
  if (!rest.every((word) => MASTHEAD_WORDS.has(nameKey(word)))) return null;
  return titleCase(words.join(" "));
}

/** A name in capitals ("HEARTLAND SENTINEL") as a reader writes it; letter names stay. */
function titleCase(name: string): string {
  return readerCase(name);
}

function findRun(line: string, wanted: string): string | null {
  const words = line.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] ?? "")) continue;
    let folded = "";
    for (let j = i; j < Math.min(words.length, i + 5); j++) {
      folded += nameKey(words[j] ?? "");
      if (folded === wanted) {
        const run = words
          .slice(i, j + 1)
          .join(" ")
          .replace(/[.,;:!?'’"”)]+$/u, "")
          .replace(/[’']s$/u, "");
        return nameKey(run) === wanted && /\p{Ll}/u.test(run) ? run : null;
      }
      if (!wanted.startsWith(folded)) break;
    }
  }
  return null;
}
