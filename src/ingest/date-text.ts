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
    pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/,
    parts: (m) => [m[1] ?? "", m[2] ?? "", m[3] ?? ""],
  },
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    parts: (m) => usOrEuropean(m[1] ?? "", m[2] ?? "", m[3] ?? ""),
  },
  {
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/,
    parts: (m) => [m[3] ?? "", m[2] ?? "", m[1] ?? ""],
  },
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"),
    parts: (m) => [m[3] ?? "", monthNumber(m[1] ?? ""), m[2] ?? ""],
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, "i"),
    parts: (m) => [m[3] ?? "", monthNumber(m[2] ?? ""), m[1] ?? ""],
  },
];

function monthNumber(name: string): string {
  return String(
    MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0,
  );
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
  /\b(?:published|posted|updated|last updated|first published|modified|on|at|date|am|pm|a\.m\.|p\.m\.|gmt|utc|[ecmp][sd]t|et|bst|cet|ast|local time|time|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?/gi;

/** A line that is a date and little else: "Updated March 29, 2020 at 5:04 p.m. EDT". */
export function dateLine(unit: string): string | null {
  if (unit.split(/\s+/).length > 14) return null;
  const found = findDate(unit);
  if (!found) return null;
  const rest = (unit.slice(0, found.index) + unit.slice(found.index + found.length))
    .replace(DATE_LINE_FILLER, " ")
    .replace(/\b\d{1,2}[:.]\d{2}(?::\d{2})?\b/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 1 ? found.iso : null;
}
