/**
 * Splits raw page text into units: the blocks a browser copy produces, one per paragraph,
 * caption, menu or notice. Hard-wrapped prose (lines broken mid-sentence) is joined again.
 */
export function splitPageUnits(text: string): string[] {
  const units: string[] = [];
  // Line breaks written as HTML ("…resigns<br /><br />The council's …") in a page of text break lines too.
  const lines = text.includes("<") ? text.replace(/<br\s*\/?>/gi, "\n") : text;
  for (const block of lines.split(/\n[ \t\u00A0]*\n/)) {
    const lines = block
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    if (isHardWrapped(lines) || isWordPerLine(lines)) {
      units.push(joinWrapped(lines));
      continue;
    }
    let current: string | null = null;
    // A line printed twice running (a title over its own copy) stands alone, both times.
    let repeated = false;
    for (const [i, line] of lines.entries()) {
      const again = i > 0 && line === lines[i - 1];
      if (current !== null && !again && !repeated && continuesWrappedLine(current, line)) {
        current =
          current.endsWith("-") && /^\p{Ll}/u.test(line) ? current + line : `${current} ${line}`;
      } else {
        if (current !== null) units.push(current);
        current = line;
      }
      repeated = again;
    }
    if (current !== null) units.push(current);
  }
  return units;
}

const SENTENCE_END = /[.!?:;"”’')\]]$/;

/** A line continues the previous one when the previous stops mid-sentence and this one goes on in lower case. */
function continuesWrappedLine(previous: string, line: string): boolean {
  if (SENTENCE_END.test(previous) || previous.length < 40) return false;
  return /^\p{Ll}/u.test(line) || /[,-]$/.test(previous);
}

/** A block typed or mailed with a fixed line width: every line but the last of similar, moderate length. */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  // A line printed twice running (a picture's alt text and caption) is no wrapped sentence.
  if (lines.some((line, i) => i > 0 && line === lines[i - 1])) return false;
  const body = lines.slice(0, -1);
  const wrapped = body.filter((line) => line.length >= 45 && line.length <= 100).length;
  const midSentence = body.filter((line) => !SENTENCE_END.test(line)).length;
  // One break mid-sentence before a capital ("Title line" over "The story …") is no wrapping.
  const brokenMidWord = body.some(
    (line, i) => !SENTENCE_END.test(line) && /^\p{Ll}/u.test(lines[i + 1] ?? ""),
  );
  return (
    wrapped / body.length >= 0.75 &&
    midSentence / body.length >= 0.5 &&
    (midSentence >= 2 || brokenMidWord) &&
    lines.every((line) => line.length <= 100)
  );
}

/** A block copied one word to a line (a page's words each in its own element): one run of text. */
function isWordPerLine(lines: readonly string[]): boolean {
  if (lines.length < 20) return false;
  const single = lines.filter((line) => !/\s/.test(line)).length;
  return single / lines.length >= 0.9;
}

function joinWrapped(lines: readonly string[]): string {
  return lines.reduce((joined, line) =>
    joined.endsWith("-") && /^\p{Ll}/u.test(line) ? joined + line : `${joined} ${line}`,
  );
}

/** Text with no-break spaces and runs of white space made plain, for classifying a unit. */
export function plainSpaces(text: string): string {
  // The rules that classify a unit each ask for its plain form (a score of times): worked out once.
  const known = plainForms.get(text);
  if (known !== undefined) return known;
  // Most lines have single plain spaces only: nothing to replace.
  const plain = SPACES_TO_FOLD.test(text)
    ? text.replace(/[\u00A0\u2007\u202F\t ]+/g, " ").trim()
    : text.trim();
  if (plainForms.size >= PLAIN_FORMS_KEPT) plainForms.clear();
  plainForms.set(text, plain);
  return plain;
}

/** The plain forms of the latest units asked about (a page's units are classified together). */
const plainForms = new Map<string, string>();
const PLAIN_FORMS_KEPT = 2048;

/** What plainSpaces changes besides the ends: a special space, a tab, or spaces in a row. */
const SPACES_TO_FOLD = /[\u00A0\u2007\u202F\t]| {2}/;

/** The words of a text (runs between spaces holding a letter or a digit), counted. */
export function wordCount(text: string): number {
  const plain = plainSpaces(text);
  let count = 0;
  let start = 0;
  while (start <= plain.length) {
    const space = plain.indexOf(" ", start);
    const end = space < 0 ? plain.length : space;
    if (holdsLetterOrDigit(plain, start, end)) count++;
    start = end + 1;
  }
  return count;
}

function holdsLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))
      return true;
    // Past ASCII, Unicode decides what a letter or digit is.
    if (code >= 128) return /[\p{L}\p{N}]/u.test(text.slice(start, end));
  }
  return false;
}
