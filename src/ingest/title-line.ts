/**
 * A page's title line as browsers and sites print it: "Headline | Section | Outlet", "Headline - Outlet",
 * "Headline – Outlet – tagline", "Headline : Outlet", sometimes with a date. The headline is what
 * stands before the suffixes.
 */
import { findDate } from "./date-text.js";
import { isMenuWord } from "./furniture-rules.js";
import { MASTHEAD_WORDS } from "./masthead-words.js";
import { directoryOutlet, looksLikeHost, nameKey } from "./outlet-names.js";

/** What a title line holds: the headline, and what its suffixes say. */
export interface TitleLine {
  readonly headline: string;
  /** The last suffix that names the site ("Outlet", "outlet.com"), if any. */
  readonly site: string | null;
  readonly date: string | null;
}

const BAR = /\s+[|｜]\s+/;
/** " - ", " – ", " — ", " :: ", " · ": a dash between a headline and the site it is on. */
const DASH = /\s+(?:[-–—]|::|·|•|«|»)\s+/g;
/** "Headline : Outlet": a colon with a space before it. */
const SPACED_COLON = /\s+:\s+/g;

/**
 * Reads "Headline | Section | Outlet", "Headline - Outlet"; null when the unit has no suffix that
 * reads as one. `siteKeys` are the names the site goes by (from its file name or address).
 */
export function readTitleLine(
  unit: string,
  siteKeys: ReadonlySet<string> = new Set(),
): TitleLine | null {
  const parts = unit.split(BAR);
  if (parts.length >= 2) return barredTitle(parts) ?? sitePrefixedTitle(unit, siteKeys);
  return (
    dashedTitle(unit, DASH, (part) => isSiteName(part, siteKeys)) ??
    dashedTitle(unit, SPACED_COLON, (part) => isKnownSite(part, siteKeys)) ??
    sitePrefixedTitle(unit, siteKeys)
  );
}

/** "BBC News - Headline", "Harbor Times | Headline": a known site's name before the headline. */
function sitePrefixedTitle(unit: string, siteKeys: ReadonlySet<string>): TitleLine | null {
  const cut = /\s+(?:[-–—|｜]|::)\s+/.exec(unit);
  if (!cut) return null;
  const site = unit.slice(0, cut.index).trim();
  const headline = unit.slice(cut.index + cut[0].length).trim();
  if (headline.split(/\s+/).length < 4 || /\s(?:[-–—|｜]|::)\s/.test(headline)) return null;
  return isKnownSite(site, siteKeys) ? { headline, site, date: null } : null;
}

function barredTitle(parts: readonly string[]): TitleLine | null {
  const [headline = "", ...suffixes] = parts;
  if (headline.split(/\s+/).length < 3) return null;
  // Suffixes are short: a section, the site's name, a date, now and then the site's tagline.
  if (suffixes.some((suffix) => suffix.split(/\s+/).length > 10 || /[.!?]$/.test(suffix)))
    return null;
  let date: string | null = null;
  let site: string | null = null;
  for (const suffix of suffixes) {
    const found = findDate(suffix);
    if (found) {
      date ??= found.iso;
      continue;
    }
    if (suffix.split(/\s+/).length <= 6) site = suffix.trim();
  }
  return { headline: headline.trim(), site, date };
}

/**
 * "Headline – Outlet – News, Sport & Weather": the headline stands before the first separator whose
 * suffixes are all short and one of which names the site; a suffix that goes on in lower case
 * ("… - what we know - Outlet") is still the headline's.
 */
function dashedTitle(
  unit: string,
  separator: RegExp,
  isSite: (part: string) => boolean,
): TitleLine | null {
  const cuts = [...unit.matchAll(separator)];
  for (const [i, cut] of cuts.entries()) {
    const headline = unit.slice(0, cut.index).trim();
    if (headline.split(/\s+/).length < 3) continue;
    const suffixes = cuts.map((at, j) =>
      unit.slice(at.index + at[0].length, cuts[j + 1]?.index ?? unit.length).trim(),
    );
    const rest = suffixes.slice(i);
    if (!/^[\p{Lu}\p{N}]/u.test(rest[0] ?? "")) continue;
    if (rest.some((suffix) => suffix.split(/\s+/).length > 10 || /[.!?]$/.test(suffix))) continue;
    // "Headline - Local News - Harbor Times": a section's menu words before the site's name.
    const sites = rest.filter((suffix) => !findDate(suffix) && isSite(suffix));
    const site =
      sites.filter((suffix) => !suffix.split(/\s+/).every((word) => isMenuWord(word))).pop() ??
      sites[0];
    if (!site) continue;
    const dated = rest.map((suffix) => findDate(suffix)).find((found) => found);
    return { headline, site, date: dated?.iso ?? null };
  }
  return null;
}

/** A suffix that is surely a site: the directory knows it, it is a domain, or the site goes by it. */
function isKnownSite(part: string, siteKeys: ReadonlySet<string>): boolean {
  const key = nameKey(part);
  const bare = nameKey(part.replace(/^the\s+/i, ""));
  return (
    directoryOutlet(part) !== null ||
    looksLikeHost(part) ||
    (key.length >= 3 && (siteKeys.has(key) || siteKeys.has(bare)))
  );
}

/** A suffix naming a site: a known one, or a name of capitalised words ending on a masthead word. */
export function isSiteName(part: string, siteKeys: ReadonlySet<string>): boolean {
  if (isKnownSite(part, siteKeys)) return true;
  // "News, Sport & Weather" is a tagline; "Harbor & Hill News" a name.
  if (/,/.test(part)) return false;
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const first = words[0] ?? "";
  return (
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:of|the|and|de|la|&)$/.test(word)) &&
    words.some((word) => MASTHEAD_WORDS.has(nameKey(word))) &&
    // A tagline of masthead words only ("Sport & Weather") names no site.
    !(
      part.includes("&") && words.every((word) => word === "&" || MASTHEAD_WORDS.has(nameKey(word)))
    ) &&
    first !== "&"
  );
}
