import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";
import { IngestConfig, LoadNote, SkipReason } from "./ingest-config.js";

/** The fields an article's YAML front matter may set; each wins over what is inferred. */
export interface FrontMatter {
  outlet?: string;
  headline?: string;
  published?: string;
  byline?: string;
  url?: string;
  /** The outlet whose copy this is, when another outlet publishes it. */
  origin?: string;
}

export type FrontMatterResult =
  | {
      ok: true;
      frontMatter: FrontMatter;
      body: string;
      bodyLineOffset: number;
      /** What is odd about the front matter but did not stop it being read, for a warning. */
      notes: readonly string[];
    }
  | { ok: false; reason: string };

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const STRING_FIELDS = ["outlet", "headline", "byline", "url", "origin"] as const;

/** Splits optional YAML front matter from the page text below it. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const lines = text.split("\n");
  if (!FENCE.test(lines[0] ?? ""))
    return { ok: true, frontMatter: {}, body: text, bodyLineOffset: 0, notes: [] };
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end < 0) return broken("the closing --- line is missing");
  const yamlText = lines.slice(1, end).join("\n");
  if (yamlText.length > IngestConfig.maxFrontMatterChars)
    return broken(`it is longer than ${IngestConfig.maxFrontMatterChars} characters`);
  const lineCounter = new LineCounter();
  // The YAML library says nothing on the console: what it would say becomes a note naming the file.
  // Its own check for repeated keys takes time growing with the square of their number: ours does not.
  const doc = parseDocument(yamlText, {
    lineCounter,
    logLevel: "silent",
    prettyErrors: false,
    uniqueKeys: false,
  });
  // Line numbers in the file: its front matter starts on line 2.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  const error = doc.errors[0];
  if (error) return broken(`${firstLine(error.message)} (line ${lineOf(error.pos[0])})`);
  const notes = dropKeysThatAreNotNames(doc, lineOf);
  const repeated = firstRepeatedKey(doc);
  if (repeated !== null)
    return broken(`${repeated.key} is given twice (line ${lineOf(repeated.at)})`);
  const warning = doc.warnings[0];
  if (warning) notes.push(LoadNote.yamlWarning(lineOf(warning.pos[0]), firstLine(warning.message)));
  let data: unknown;
  try {
    // Alias bombs and the like are refused by the YAML library with an error, not a hang.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return broken(firstLine((error as Error).message));
  }
  const body = lines.slice(end + 1).join("\n");
  const read = readFields(data);
  if (!read.ok) return read;
  return { ok: true, frontMatter: read.frontMatter, body, bodyLineOffset: end + 1, notes };
}

/**
 * Front matter fields are named by plain words; an entry whose name is a list or map is dropped
 * (before the YAML library would turn it into text), with a note of where.
 */
function dropKeysThatAreNotNames(doc: Document, lineOf: (offset: number) => number): string[] {
  const map = doc.contents;
  if (!isMap(map)) return [];
  const isName = (key: unknown) => key === null || isScalar(key);
  const first = map.items.find((pair) => !isName(pair.key))?.key;
  if (first === undefined) return [];
  map.items = map.items.filter((pair) => isName(pair.key));
  return [LoadNote.keyNotAName(lineOf(isNode(first) ? (first.range?.[0] ?? 0) : 0))];
}

/** The first field name given twice, and where, or null. */
function firstRepeatedKey(doc: Document): { key: string; at: number } | null {
  const map = doc.contents;
  if (!isMap(map)) return null;
  const seen = new Set<unknown>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (seen.has(key))
      return { key: String(key), at: isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0 };
    seen.add(key);
  }
  return null;
}

function readFields(
  data: unknown,
): { ok: true; frontMatter: FrontMatter } | { ok: false; reason: string } {
  if (data === null || data === undefined) return { ok: true, frontMatter: {} };
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
  return { ok: true, frontMatter };
}

function broken(detail: string): { ok: false; reason: string } {
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
