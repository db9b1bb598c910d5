import { hasTag, type Token } from "./passage-reading.js";
import { ordinalValue } from "./rank-figures.js";

/**
 * A tenure's length told other than as "60 days in office": as the day it has reached ("he is
 * on his 61st day in power") or as the time since it began ("took office 60 days ago").
 * General English only.
 */

/** Words after a length of time that make it a tenure's: "60 days in office", "in power". */
export const TENURE = /^(?:in|at) (?:office|power|charge|post|the job|the helm|the role)\b/;

/** Words before "N days ago" that start a tenure: "took office", "came to power". */
const TENURE_START =
  /(?:^| )(?:(?:took|taking|take|takes|assumed|entered) (?:office|power|charge|the helm|the job)|(?:came|coming|swept|rose) to power|(?:was|were) sworn in)$/;

/** Units of time a tenure's day may be told in: "his 61st day", "his third week". */
const TENURE_UNITS: Readonly<Record<string, string>> = Object.freeze({
  day: "days",
  week: "weeks",
  month: "months",
  year: "years",
});

const SPACE_ONLY = /^\s*$/;

/** What a tenure's ordinal says: its length, the unit's plural token, and its last token. */
export interface TenureDayRead {
  readonly value: number;
  /** The unit in the plural, as a count of it reads: "days". */
  readonly unit: string;
  readonly last: number;
}

/**
 * "on his 61st day in power", "his 100th day in office": an ordinal of a unit of time before a
 * tenure's words says how long the tenure has lasted, in that unit. Null otherwise.
 */
export function tenureDay(tokens: readonly Token[], i: number): TenureDayRead | null {
  const ordinal = tokens[i];
  const unit = tokens[i + 1];
  if (!ordinal || !unit || !hasTag(ordinal, "Ordinal")) return null;
  const value = ordinalValue(ordinal.norm);
  const plural = TENURE_UNITS[unit.norm];
  if (value === null || value < 2 || !plural) return null;
  if (!SPACE_ONLY.test(`${ordinal.post}${unit.pre}`)) return null;
  const after = tokens.slice(i + 2, i + 5);
  const joined = after.every((t, n) => n === 0 || SPACE_ONLY.test(`${after[n - 1]?.post}${t.pre}`));
  if (!joined || !SPACE_ONLY.test(`${unit.post}${after[0]?.pre ?? ""}`)) return null;
  if (!TENURE.test(after.map((t) => t.norm).join(" "))) return null;
  return { value, unit: plural, last: i + 1 };
}

/**
 * "took office 60 days ago", "came to power three years ago": a length of time since a tenure
 * began (the number from `from`, its unit at `last`) is the tenure's length so far.
 */
export function tenureSince(tokens: readonly Token[], from: number, last: number): boolean {
  if (tokens[last + 1]?.norm !== "ago") return false;
  const before = tokens.slice(Math.max(0, from - 3), from);
  const joined = [...before, tokens[from]].every(
    (t, n, all) => n === 0 || SPACE_ONLY.test(`${all[n - 1]?.post}${t?.pre}`),
  );
  return joined && TENURE_START.test(before.map((t) => t.norm).join(" "));
}
