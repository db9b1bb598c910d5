/** Dates as news pages print them, turned into ISO dates (YYYY-MM-DD). */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const DATE_PATTERNS: ReadonlyArray<{
  pattern: RegExp;
  parts: (m: RegExpExecArray) => [string, string, string];
}> = [
  {
    // "2024-03-14", "2024-03-14T10:20:00Z", "2024/03/14"
    pattern: /\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/,
    parts: (m) => [m[1] ?? "", m[3] ?? "", m[4] ?? ""],
  },
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    parts: (m) => usOrEuropean(m[1] ?? "", m[2] ?? "", m[3] ?? ""),
  },
  {
    // "14.03.2020": day first, as Europe writes it
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/,
    parts: (m) => [m[3] ?? "", m[2] ?? "", m[1] ?? ""],
  },
  {
    // "30-08-2021": day first unless the second number cannot be a month
    pattern: /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/,
    parts: (m) => dayFirstUnlessImpossible(m[1] ?? "", m[2] ?? "", m[3] ?? ""),
  },
  {
    // "11-Mar-2019", "11 Mar. 2019"
    pattern: new RegExp(`\\b(\\d{1,2})-${MONTH_NAME}-(\\d{4})(?!\\d)`, "i"),
    parts: (m) => [m[3] ?? "", monthNumber(m[2] ?? ""), m[1] ?? ""],
  },
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "i"),
    parts: (m) => [m[3] ?? "", monthNumber(m[1] ?? ""), m[2] ?? ""],
  },
  {
    // "14 March 2020", "15th January 2022", "15th of January, 2022"
    pattern: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})(?!\\d)`,
      "i",
    ),
    parts: (m) => [m[3] ?? "", monthNumber(m[2] ?? ""), m[1] ?? ""],
  },
];

function monthNumber(name: string): string {
  return String(
    MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0,
  );
}

/** 30-08-2021 is day first; 08-30-2021 can only be month first. */
function dayFirstUnlessImpossible(
  first: string,
  second: string,
  year: string,
): [string, string, string] {
  return Number(second) > 12 ? [year, first, second] : [year, second, first];
}

/** 03/29/2020 is American; 29/03/2020 can only be European. */
function usOrEuropean(first: string, second: string, year: string): [string, string, string] {
  return Number(first) > 12 ? [year, second, first] : [year, first, second];
}

/** The first date in the text, as an ISO date, or null. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  let best: { iso: string; index: number; length: number } | null = null;
  for (const { pattern, parts } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = isoFromParts(...parts(match));
    if (iso && (best === null || match.index < best.index)) {
      best = { iso, index: match.index, length: match[0].length };
    }
  }
  return best;
}

function isoFromParts(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

const DATE_LINE_FILLER =
  /\b(?:published|posted|updated|last updated|first published|modified|created|on|at|date|am|pm|a\.m\.|p\.m\.|gmt|utc|[ecmp][sd]t|et|bst|cest|cet|eest|eet|ast|ist|jst|kst|hkt|sgt|pkt|msk|aest|aedt|wat|eat|cat|local time|time|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?/gi;

/** "38 minutes ago", "3 min read", "yesterday": no date, and no word of the line either. */
const RELATIVE_STAMP =
  /\b(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)\.?\s+(?:ago|read)\b|\b(?:just now|yesterday|today)\b/gi;

/** A line that is a date and little else: "Updated March 29, 2020 at 5:04 p.m. EDT". */
export function dateLine(unit: string): string | null {
  return readDateLine(unit)?.iso ?? null;
}

/**
 * A date line read whole: its (first) date, and the one word it may carry besides dates, times and
 * words such as "Updated" ("Reuters | Updated: 14-05-2024 09:05 IST" → Reuters).
 */
export function readDateLine(unit: string): { iso: string; rest: string } | null {
  if (unit.split(/\s+/).length > 24) return null;
  // "Tue., Mar. 5, 20241 min. read": a reading time run into the year.
  const line = unit.replace(/(?<=\b(?:19|20)\d{2})(\d{1,2}\s*min(?:ute)?s?\.?\s+read)$/i, " $1");
  const found = findDate(line);
  if (!found) return null;
  let rest = `${line.slice(0, found.index)} ${line.slice(found.index + found.length)}`;
  for (let more = findDate(rest); more; more = findDate(rest))
    rest = `${rest.slice(0, more.index)} ${rest.slice(more.index + more.length)}`;
  rest = rest
    .replace(/(?:^|\s)T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/, " ")
    .replace(RELATIVE_STAMP, " ")
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?/gi, " ")
    .replace(DATE_LINE_FILLER, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const words = rest.split(/\s+/).filter(Boolean);
  // "On March 3, 2021 the council …": a sentence opening on its day, a word after the date.
  const after = line.slice(found.index + found.length).trim();
  if (/^on\s/i.test(line) && /^\p{Lu}?\p{Ll}/u.test(after)) return null;
  return words.length <= 1 ? { iso: found.iso, rest: words[0] ?? "" } : null;
}
