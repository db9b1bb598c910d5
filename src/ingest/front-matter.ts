import { parseDocument } from "yaml";
import { SkipReason } from "./ingest-config.js";

/** The fields an article's YAML front matter may set; each wins over what is inferred. */
export interface FrontMatter {
  outlet?: string;
  headline?: string;
  published?: string;
  byline?: string;
  url?: string;
}

export type FrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; body: string; bodyLineOffset: number }
  | { ok: false; reason: string };

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const STRING_FIELDS = ["outlet", "headline", "byline", "url"] as const;

/** Splits optional YAML front matter from the page text below it. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const lines = text.split("\n");
  if (!FENCE.test(lines[0] ?? ""))
    return { ok: true, frontMatter: {}, body: text, bodyLineOffset: 0 };
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end < 0) return broken("the closing --- line is missing");
  const yamlText = lines.slice(1, end).join("\n");
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const where = line === undefined ? "" : ` (line ${line + 1})`;
    return broken(`${firstLine(error.message)}${where}`);
  }
  let data: unknown;
  try {
    // Alias bombs and the like are refused by the YAML library with an error, not a hang.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return broken(firstLine((error as Error).message));
  }
  const body = lines.slice(end + 1).join("\n");
  if (data === null || data === undefined)
    return { ok: true, frontMatter: {}, body, bodyLineOffset: end + 1 };
  if (typeof data !== "object" || Array.isArray(data)) return broken("it is not a list of fields");
  const fields = data as Record<string, unknown>;
  const frontMatter: FrontMatter = {};
  for (const key of STRING_FIELDS) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" && typeof value !== "number") return broken(`${key} is not text`);
    const text = String(value).trim();
    if (text) frontMatter[key] = text;
  }
  const published = fields["published"];
  if (published !== undefined && published !== null) {
    const iso = isoDate(published);
    if (!iso) return broken(`published is not an ISO date (YYYY-MM-DD): ${String(published)}`);
    frontMatter.published = iso;
  }
  return { ok: true, frontMatter, body, bodyLineOffset: end + 1 };
}

function broken(detail: string): FrontMatterResult {
  return { ok: false, reason: SkipReason.brokenFrontMatter(detail) };
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).trim();
}

function isoDate(value: unknown): string | null {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value.trim(),
  );
  if (!match) return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
  if (
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== `${match[1]}-${match[2]}-${match[3]}`
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
