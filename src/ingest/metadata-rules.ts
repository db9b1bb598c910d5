import { dateLine, findDate } from "./date-text.js";
import { anyMatches, quickPatterns } from "./pattern-prefilter.js";

/** Lines that say something about the article rather than being part of it. */
export type MetadataLine =
  | { kind: "credit"; text: string }
  | { kind: "printHeadline"; text: string }
  | { kind: "section"; text: string; published: string | null }
  | { kind: "byline"; text: string; published?: string | null }
  | { kind: "date"; published: string };

const CREDIT_PATTERNS: readonly RegExp[] = [
  /^information for this (?:article|report|story) was contributed by\b/i,
  /^\(?(?:additional |contributing )?reporting by\b/i,
  /^[—–-]\s*(?:the )?[\p{L}\p{N} .'’&-]{2,60}\b(?:team|staff|desk|bureau)\.?$/iu,
  /^\((?:[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,3}(?:,\s*|,? and\s+|(?=\)))){2,12}\)$/u,
  /^(?:compiled|written|edited|produced) by\b.{0,200}$/i,
  /\bcontributed (?:to )?(?:this|the) (?:report|article|story)\.?$/i,
  /\bcontributed reporting\b.{0,80}$/i,
  /^(?:this (?:article|story|report|piece) (?:was )?(?:originally |first )?(?:appeared|published|written|produced))\b/i,
  /^(?:this (?:article|story|report|piece) (?:was |is )?)?(?:republished|reprinted)\b.{0,160}$/i,
  /^(?:originally|first) (?:published|appeared|posted)\b.{0,120}$/i,
  /^(?:editing|edited) by\b/i,
  // a live post's byline: "From CNN's Jane Roe", "From The Harbor Times' Jane Roe and Sam Poe"
  /^[Ff]rom (?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,3}['’]s? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}(?:(?:,| and) [\p{L}'’ ,-]{2,80})?$/u,
  // "Text by: NEWS WIRES", "Words by: The Desk": who wrote the text, under a label.
  /^(?:text|words|story|report) by\s*:\s*\S.{1,60}$/i,
  /^\(?(?:with )?(?:additional )?reporting from\b.{0,200}$/i,
  /^sources?\s*[:|]\s*\S.{0,120}$/i,
  // an editors' sign-off with the agencies drawn on: "ab/rs (AFP, Reuters, dpa)"
  /^[a-z]{1,4}(?:\/[a-z]{1,4})+\s*(?:\((?:[\p{L}.-]+(?:,\s*|\s+and\s+)?){1,8}\))?$/u,
];

const PERSON = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}'’-]+){1,2}";
/** "Ana Ruiz, Tom Hale and Jo Kim": reporters' names alone on a line, a live page's byline. */
const NAMES_LINE = new RegExp(
  `^(?![Bb]y )${PERSON}(?:, ${PERSON}){0,4},? (?:and|&) ${PERSON}$`,
  "u",
);

/** "Sunday Star Video Team", "Web Desk", "Staff Reporter": a byline naming a desk, not a person. */
const DESK_BYLINE =
  /^(?:by\s+)?(?:(?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4} )?(?:(?:video|news|sports?|web|digital|online|editorial|city|metro|foreign|business) )?(?:team|desk|bureau|newsroom|staff|staff reporter|staff writer|correspondent)$/iu;

const PRINT_HEADLINE = /^print headline\s*:\s*(.+)$/i;
/** "writer: Jane Doe", "Author: Reuters": a byline under a label. */
const LABELLED_BYLINE =
  /^(?:writer|author|authors|written by|reporter|reported by|by)\s*:\s*(\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:and |& )?\p{Lu}[\p{L}.'’-]*){0,7})$/iu;
const SECTION = /^([\p{L}\p{N} &'-]{0,30}\bsection)\s+on\s+(.+)$/iu;
const BYLINE =
  /^[Bb]y\s+[\p{Lu}][\p{L}.'’-]+(?:\s+(?:&\s+)?[\p{L}.'’-]+){0,12}(?:\s*[,|/–—-]\s*[^.]{0,80})?$/u;

/** "By Jane Doe at Wembley" → "Jane Doe": the names, without where the reporter was. */
function bylineNames(unit: string): string {
  return unit
    .replace(/^by\s+/i, "")
    .replace(/\s+(?:at|in|reporting from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’ -]*$/u, "")
    .trim();
}

/** "By Jane Doe | March 14, 2024", "Jane Doe March 14, 2024": a byline and the date after it. */
function datedByline(unit: string): MetadataLine | null {
  if (unit.split(/\s+/).length > 16) return null;
  const found = findDate(unit);
  if (!found || found.index === 0) return null;
  const names = unit
    .slice(0, found.index)
    .replace(/[\s|·•,–—-]+(?:(?:published|updated|posted|on)\s*:?\s*)?$/i, "")
    .replace(/\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$/i, "")
    .trim();
  const rest = unit.slice(found.index);
  if (!dateLine(rest)) return null;
  const byName = /^[Bb]y\s+/.test(names);
  // "Jane Doe", "Mary-Jo Roe", "Anne-Marie D. Poe": a reporter's name, hyphenated names too.
  const plainName =
    /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: \p{Lu}\.?(?:[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?)?){1,3}$/u.test(
      names,
    ) ||
    /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)+ and \p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)+$/u.test(
      names,
    );
  if (!(byName && BYLINE.test(names)) && !plainName) return null;
  return { kind: "byline", text: bylineNames(names), published: found.iso };
}

const QUICK_CREDIT_PATTERNS = quickPatterns(CREDIT_PATTERNS);

/** Reads a unit as a metadata line, or returns null when it is not one. */
export function metadataLine(unit: string): MetadataLine | null {
  const words = unit.split(/\s+/).length;
  const stamped = stampedFields(unit);
  if (stamped) return { kind: "date", published: stamped };
  if (words <= 80 && anyMatches(QUICK_CREDIT_PATTERNS, unit)) return { kind: "credit", text: unit };
  // A menu copied without spaces ("PoliticsEnergy Desk") names no desk.
  if (
    words <= 7 &&
    /^\p{Lu}/u.test(unit) &&
    !/\p{Ll}\p{Lu}\p{Ll}/u.test(unit) &&
    DESK_BYLINE.test(unit)
  )
    return { kind: "byline", text: bylineNames(unit) };
  if (words <= 16 && NAMES_LINE.test(unit)) return { kind: "byline", text: unit };
  const labelled = LABELLED_BYLINE.exec(unit);
  if (labelled?.[1]) return { kind: "byline", text: labelled[1].trim() };
  const printHeadline = PRINT_HEADLINE.exec(unit);
  if (printHeadline?.[1]) return { kind: "printHeadline", text: printHeadline[1].trim() };
  const section = SECTION.exec(unit);
  if (section && words <= 10)
    return { kind: "section", text: unit, published: findDate(section[2] ?? "")?.iso ?? null };
  const dated = datedByline(unit);
  if (dated) return dated;
  if (words <= 16 && BYLINE.test(unit) && !/[.!?]$/.test(unit.replace(/\b[\p{Lu}]\.$/u, ""))) {
    return { kind: "byline", text: bylineNames(unit) };
  }
  const published = dateLine(unit);
  if (published) return { kind: "date", published };
  return null;
}

/** "Source: Newswire", "Editor: Jane Roe": a labelled field of a story's stamp line. */
const STAMP_FIELD = /^(?:source|editor|edited by|web editor|responsible editor)\s*:\s*\S.{0,40}$/i;

/**
 * "Source: Newswire | 2024-03-03 18:20:11 | Editor: Jane Roe": a stamp line of labelled fields set
 * off by bars, one of them the date; that date.
 */
function stampedFields(unit: string): string | null {
  const fields = unit.split(/\s+[|•·]\s+/);
  if (fields.length < 2 || fields.length > 5 || unit.split(/\s+/).length > 24) return null;
  const dated = fields.map((field) => dateLine(field));
  const date = dated.find((iso) => iso !== null) ?? null;
  if (!date) return null;
  return fields.every((field, i) => dated[i] !== null || STAMP_FIELD.test(field)) ? date : null;
}
