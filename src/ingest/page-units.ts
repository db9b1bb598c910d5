/**
 * Splits raw page text into units: the blocks a browser copy produces, one per paragraph,
 * caption, menu or notice. Hard-wrapped prose (lines broken mid-sentence) is joined again.
 */
export function splitPageUnits(text: string): string[] {
  const units: string[] = [];
  // Line breaks written as HTML ("…flees<br /><br />Sri Lanka's …") in a page of text break lines too.
  const lines = text.includes("<") ? text.replace(/<br\s*\/?>/gi, "\n") : text;
  for (const block of lines.split(/\n[ \t\u00A0]*\n/)) {
    const lines = block
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    if (isHardWrapped(lines)) {
      units.push(joinWrapped(lines));
      continue;
    }
    let current: string | null = null;
    for (const line of lines) {
      if (current !== null && continuesWrappedLine(current, line)) {
        current =
          current.endsWith("-") && /^\p{Ll}/u.test(line) ? current + line : `${current} ${line}`;
      } else {
        if (current !== null) units.push(current);
        current = line;
      }
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

function joinWrapped(lines: readonly string[]): string {
  return lines.reduce((joined, line) =>
    joined.endsWith("-") && /^\p{Ll}/u.test(line) ? joined + line : `${joined} ${line}`,
  );
}

/** Text with no-break spaces and runs of white space made plain, for classifying a unit. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00A0\u2007\u202F\t ]+/g, " ").trim();
}

export function wordCount(text: string): number {
  return plainSpaces(text)
    .split(" ")
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
