import { cutToLength } from "../../text/graphemes.js";
import { BlockLimits } from "./block-limits.js";
import { escapeMrkdwn } from "./mrkdwn.js";

/** Action ids of the answer's buttons (listed in SlackSurface.actions). */
export const AnswerActions = Object.freeze({
  share: "share_answer",
  moreQuotes: "more_quotes",
  howTheyDiffer: "how_they_differ",
  right: "feedback_right",
  wrong: "feedback_wrong",
});

/** Whether the answer was to a question or to `compare TOPIC`. */
export type AnswerMode = "ask" | "compare";

/**
 * What a button carries: the question, not the answer, so a click answers afresh (and the value
 * stays small). `from` is the first quote the next page shows. The question is stored with
 * `&`, `<` and `>` escaped, so not even a button's hidden value holds a live `<!channel>`.
 * Optional: the desk that answered (so a click asks the same desk), the passages the message
 * showed (`source#paragraph`, for feedback) and the outlets it was narrowed to (a follow-up).
 */
export interface AnswerButtonValue {
  readonly question: string;
  readonly mode: AnswerMode;
  readonly from: number;
  readonly desk?: string;
  readonly shown?: readonly string[];
  readonly outlets?: readonly string[];
}

/** Room kept for the shown passages and outlets in a value; the question gets the rest. */
const LIST_ROOM = 900;

export function encodeButtonValue(value: AnswerButtonValue): string {
  const extras: Record<string, unknown> = {};
  if (value.desk) extras["d"] = escapeMrkdwn(value.desk.slice(0, 100));
  const shown = fitList(value.shown ?? [], LIST_ROOM / 2);
  if (shown.length > 0) extras["s"] = shown;
  const outlets = fitList(value.outlets ?? [], LIST_ROOM / 2);
  if (outlets.length > 0) extras["o"] = outlets;
  const questionRoom = BlockLimits.buttonValue - 100 - JSON.stringify(extras).length;
  const question = escapeMrkdwn(cutToLength(value.question, Math.max(0, questionRoom)));
  const encode = (q: string) => JSON.stringify({ q, m: value.mode, f: value.from, ...extras });
  let encoded = encode(question);
  // JSON escapes can lengthen a question; cut further until it fits, never inside an escape
  // or an emoji sequence.
  for (let room = question.length; encoded.length > BlockLimits.buttonValue; room -= 100) {
    const cut = cutToLength(question, Math.max(0, room)).replace(/&[a-z]*$/, "");
    encoded = encode(cut);
  }
  return encoded;
}

/** As many entries as fit in `room` characters of JSON, escaped like the question. */
function fitList(items: readonly string[], room: number): string[] {
  const kept: string[] = [];
  let used = 2;
  for (const item of items) {
    const entry = escapeMrkdwn(item.slice(0, 200));
    used += JSON.stringify(entry).length + 1;
    if (used > room) break;
    kept.push(entry);
  }
  return kept;
}

const unescapeValue = (text: string) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const stringList = (raw: unknown): string[] | null =>
  Array.isArray(raw) && raw.every((item) => typeof item === "string")
    ? raw.map((item: string) => unescapeValue(item))
    : null;

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
  const { q, m, f, d, s, o } = parsed as Record<string, unknown>;
  if (typeof q !== "string" || q.trim() === "") return null;
  if (m !== "ask" && m !== "compare") return null;
  const from = typeof f === "number" && Number.isInteger(f) && f >= 0 ? f : 0;
  const shown = stringList(s);
  const outlets = stringList(o);
  return {
    question: unescapeValue(q),
    mode: m,
    from,
    ...(typeof d === "string" && d !== "" ? { desk: unescapeValue(d) } : {}),
    ...(shown ? { shown } : {}),
    ...(outlets ? { outlets } : {}),
  };
}
