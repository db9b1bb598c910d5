/**
 * A page's title line as browsers and sites print it: "Headline | Section | Outlet", "Headline - Outlet",
 * sometimes with a date. The headline is what stands before the suffixes.
 */
import { findDate } from "./date-text.js";

/** What a title line holds: the headline, and what its suffixes say. */
export interface TitleLine {
  readonly headline: string;
  /** The last suffix that names the site ("Outlet", "outlet.com"), if any. */
  readonly site: string | null;
  readonly date: string | null;
}

const BAR = /\s+[|｜]\s+/;

/** Reads "Headline | Section | Outlet"; null when the unit has no suffix after a bar. */
export function readTitleLine(unit: string): TitleLine | null {
  const parts = unit.split(BAR);
  if (parts.length < 2) return null;
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
