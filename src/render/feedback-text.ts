import { stringify } from "yaml";
import type { DeskFeedback, FeedbackRecord } from "../desk/feedback.js";

/** `npm run feedback`: verdicts per desk, then the wrong ones as questions.yml entries. */

export const FeedbackTexts = Object.freeze({
  none: "No feedback yet: the Right and Wrong buttons on answers write to",
  /** Where the wrong quote was, in the entry's comment. */
  fillIn: "FILL IN a fragment of the passage that answers",
  kind: "feedback",
});

/** The summary as text: one line per desk, then each desk's wrong answers as question-set entries. */
export function renderFeedbackText(desks: readonly DeskFeedback[], file: string): string {
  if (desks.length === 0) return `${FeedbackTexts.none} ${file}.`;
  const lines: string[] = [];
  for (const desk of desks) {
    const total = desk.right + desk.wrong;
    lines.push(
      `${desk.desk}: ${total} ${total === 1 ? "verdict" : "verdicts"}, ${desk.right} right, ${desk.wrong} wrong`,
    );
  }
  for (const desk of desks) {
    if (desk.wrongOnes.length === 0) continue;
    lines.push("", `# ${desk.desk}: wrong answers, for ${desk.desk}'s questions.yml`);
    lines.push(...desk.wrongOnes.map(questionEntry));
  }
  return lines.join("\n");
}

/** The summary as JSON: counts per desk, and each wrong verdict with its question-set entry. */
export function feedbackJson(desks: readonly DeskFeedback[]) {
  return {
    desks: desks.map((desk) => ({
      desk: desk.desk,
      right: desk.right,
      wrong: desk.wrong,
      wrongOnes: desk.wrongOnes.map((record) => ({
        question: record.question,
        what: record.what ?? null,
        note: record.note,
        at: record.at,
        shown: record.shown,
        entry: questionEntry(record),
      })),
    })),
  };
}

/**
 * A wrong answer as a questions.yml entry to paste into a test: the question, and for the
 * outlet said to be wrong or missed a placeholder for the passage that answers (null when the
 * reporter did not say which); comments say what was shown and the reporter's note.
 */
export function questionEntry(record: FeedbackRecord): string {
  const what = record.what;
  const source = what && what.kind !== "other" ? what.source : null;
  const entry = {
    question: record.question,
    kind: FeedbackTexts.kind,
    heldOut: false,
    expect: source === null ? {} : { [source]: FeedbackTexts.fillIn },
  };
  const comments = [
    `# ${record.at.slice(0, 10)}: marked wrong${describeWhat(record)}`,
    ...record.shown.map(
      (quote) =>
        `#   shown: ${quote.source} ${quote.kind === "caption" ? "caption" : "¶"}${quote.paragraph} "${oneLine(quote.opening)}"`,
    ),
    ...(record.note ? [`#   note: ${oneLine(record.note)}`] : []),
  ];
  const yaml = stringify([entry], { lineWidth: 0 }).trimEnd();
  return [...comments, yaml].join("\n");
}

function describeWhat(record: FeedbackRecord): string {
  const what = record.what;
  if (!what) return "";
  if (what.kind === "wrong-quote") return ` (the quote from ${what.source} was wrong)`;
  if (what.kind === "missed") return ` (${what.source} was missed)`;
  return " (something else)";
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
