import { cutToLength } from "../../text/graphemes.js";
import { BlockLimits } from "./block-limits.js";
import { escapeMrkdwn } from "./mrkdwn.js";

/** Action ids of the answer's buttons (listed in SlackSurface.actions). */
export const AnswerActions = Object.freeze({
  share: "share_answer",
  moreQuotes: "more_quotes",
});

/** Whether the answer was to a question or to `compare TOPIC`. */
export type AnswerMode = "ask" | "compare";

/**
 * What a button carries: the question, not the answer, so a click answers afresh (and the value
 * stays small). `from` is the first quote the next page shows. The question is stored with
 * `&`, `<` and `>` escaped, so not even a button's hidden value holds a live `<!channel>`.
 */
export interface AnswerButtonValue {
  readonly question: string;
  readonly mode: AnswerMode;
  readonly from: number;
  /** The id of the desk that answered, so that a click answers from the same desk. */
  readonly desk?: string;
}

const QUESTION_ROOM = BlockLimits.buttonValue - 100;

export function encodeButtonValue(value: AnswerButtonValue): string {
  const question = escapeMrkdwn(cutToLength(value.question, QUESTION_ROOM));
  const desk = value.desk === undefined ? {} : { d: value.desk.slice(0, 80) };
  let encoded = JSON.stringify({ q: question, m: value.mode, f: value.from, ...desk });
  // JSON escapes can lengthen a question; cut further until it fits, never inside an escape
  // or an emoji sequence.
  for (let room = question.length; encoded.length > BlockLimits.buttonValue; room -= 100) {
    const cut = cutToLength(question, room).replace(/&[a-z]*$/, "");
    encoded = JSON.stringify({ q: cut, m: value.mode, f: value.from, ...desk });
  }
  return encoded;
}

/** The answering desk's id for a button value, when the builder was given one. */
export function deskOf(options: { readonly desk?: string }): { desk?: string } {
  return options.desk === undefined ? {} : { desk: options.desk };
}

/** Reads a button value back; null for anything this app did not write. */
export function decodeButtonValue(raw: string | undefined): AnswerButtonValue | null {
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const { q, m, f, d } = parsed as Record<string, unknown>;
  if (typeof q !== "string" || q.trim() === "") return null;
  if (m !== "ask" && m !== "compare") return null;
  const from = typeof f === "number" && Number.isInteger(f) && f >= 0 ? f : 0;
  const question = q.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return typeof d === "string" && d !== ""
    ? { question, mode: m, from, desk: d }
    : { question, mode: m, from };
}
