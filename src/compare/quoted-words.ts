/**
 * Words an outlet puts in quotation marks: straight or curly double quotes, and single quotes
 * nested inside them. A quote left open at the end of a paragraph runs to its end, as a quote
 * continued into the next paragraph does in print.
 */

export interface QuotedSpan {
  /** The words inside the marks, without the marks. */
  readonly text: string;
  /** Where the words start and end in the passage text. */
  readonly start: number;
  readonly end: number;
  /** A quote inside a quote. */
  readonly nested: boolean;
}

const OPEN_DOUBLE = "“„«";
const CLOSE_DOUBLE = "”»";
const OPENING_CONTEXT = /[\s([{—–\-:;,/]/;

/**
 * The quotations in a passage, outer ones first in reading order, then nested ones. A passage
 * with no double quotation marks may use single ones for quotations (British house style).
 */
export function quotedSpans(text: string): QuotedSpan[] {
  if (!/["“”„«»]/.test(text)) return singleQuoted(text);
  return doubleQuoted(text);
}

function singleQuoted(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch !== "‘" && ch !== "’" && ch !== "'") continue;
    const before = i > 0 ? (text[i - 1] ?? " ") : " ";
    const after = text[i + 1] ?? " ";
    if (openAt < 0) {
      if (ch !== "’" && OPENING_CONTEXT.test(before) && /[\p{L}\p{N}]/u.test(after)) openAt = i;
      continue;
    }
    if (ch !== "‘" && !/[\p{L}]/u.test(after) && /\S/.test(before)) {
      push(spans, text, openAt + 1, i, false);
      openAt = -1;
    }
  }
  return spans;
}

function doubleQuoted(text: string): QuotedSpan[] {
  const outer: QuotedSpan[] = [];
  const nested: QuotedSpan[] = [];
  let openAt = -1;
  let singleAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const before = i > 0 ? (text[i - 1] ?? " ") : " ";
    const after = text[i + 1] ?? " ";
    if (openAt < 0) {
      if (OPEN_DOUBLE.includes(ch) || (ch === '"' && OPENING_CONTEXT.test(before))) openAt = i;
      else if (ch === '"' && /\S/.test(after)) openAt = i;
      continue;
    }
    if (CLOSE_DOUBLE.includes(ch) || ch === '"') {
      if (singleAt >= 0) singleAt = -1;
      push(outer, text, openAt + 1, i, false);
      openAt = -1;
      continue;
    }
    if (ch === "‘" || (ch === "'" && OPENING_CONTEXT.test(before) && /\p{L}/u.test(after))) {
      if (singleAt < 0) singleAt = i;
      continue;
    }
    if ((ch === "’" || ch === "'") && singleAt >= 0 && !/\p{L}/u.test(after) && /\S/.test(before)) {
      push(nested, text, singleAt + 1, i, true);
      singleAt = -1;
    }
  }
  if (openAt >= 0) push(outer, text, openAt + 1, openQuoteEnd(text, openAt), false);
  return [...outer, ...nested];
}

/** A trailing attribution after a comma: ", Russian ministry spokeswoman Jane Doe said." */
const TRAILING_ATTRIBUTION =
  /^[^"“”«»]{1,120}?\s(?:said|says|told|added|stated|wrote|tweeted|posted)(?:\s+(?:on\s+)?\p{Lu}\p{L}*)?[\s.…!?]*$/u;

/**
 * Where a quote left open runs to: the paragraph's end, or, when the paragraph ends by saying
 * who spoke (the closing mark lost: `"We will rebuild, the mayor said.`), the comma before that.
 */
function openQuoteEnd(text: string, openAt: number): number {
  const comma = text.lastIndexOf(",");
  if (comma <= openAt || text.length - comma > 160) return text.length;
  return TRAILING_ATTRIBUTION.test(text.slice(comma + 1)) ? comma : text.length;
}

function push(list: QuotedSpan[], text: string, from: number, to: number, nested: boolean): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!/[\p{L}\p{N}]/u.test(body)) return;
  list.push({ text: body, start: from + lead, end: from + lead + body.length, nested });
}

/** True when a position in the text lies inside one of the spans. */
export function insideQuote(spans: readonly QuotedSpan[], at: number): boolean {
  return spans.some((span) => !span.nested && at >= span.start && at < span.end);
}
