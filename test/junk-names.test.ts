import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { STOP_WORDS } from "../src/text/stop-words.js";
import { openWrittenDesk, RECALL_DESK } from "./support/written-desk.js";
import { readQuestionSet } from "./support/written-question-set.js";

/**
 * No junk name over every answer of both in-repo desks' question sets: no comparison name (or
 * short form) that is a stop word, a month or weekday, a fragment ending or starting on a small
 * word, a photo or byline credit, a verb phrase (a lower-case word that is no connector), or two
 * names joined by "and".
 */

const MONTHS_AND_DAYS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);
/** Small words a name may hold inside it: "Bank of England", "Chamber of the Deputies". */
const CONNECTORS = new Set([
  "of",
  "the",
  "for",
  "de",
  "del",
  "la",
  "le",
  "van",
  "von",
  "al",
  "bin",
  "and",
  "&",
]);
const CREDIT = /\b(?:photo|photograph|getty|images|contributed|reporting by|file)\b|^by\s/i;

/** Why a name is junk, or null. */
function junkReason(name: string): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  const lower = name.toLowerCase();
  if (words.length === 0) return "empty";
  if (words.length === 1 && STOP_WORDS.has(lower.replace(/[.'’]/g, ""))) return "stop word";
  if (words.every((w) => MONTHS_AND_DAYS.has(w.toLowerCase().replace(/[.,]/g, ""))))
    return "month or day";
  const first = words[0]?.toLowerCase() ?? "";
  const last = words[words.length - 1]?.toLowerCase() ?? "";
  if (
    CONNECTORS.has(last) ||
    (CONNECTORS.has(first) && first !== "the" && first !== "al" && !/^\p{Lu}/u.test(words[0] ?? ""))
  )
    return "fragment";
  if (CREDIT.test(name)) return "credit";
  const verbish = words.find(
    (w) =>
      /^\p{Ll}/u.test(w) && !CONNECTORS.has(w.toLowerCase()) && !/^(?:al|bin|el|da|di)-?/.test(w),
  );
  if (verbish) return `lower-case word "${verbish}"`;
  if (/\band\b|&/.test(name)) return "two names joined";
  // A full stop inside, other than after an initial or a title ("J. Doe", "Dr. Doe"), ends a sentence.
  if (
    /\p{Ll}{3,}[.!?]\s+\p{Lu}/u.test(name) &&
    !/\b(?:Gov|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Mr|Mrs|Ms|Dr|Prof|St)\.\s/.test(name)
  )
    return "crosses a sentence";
  return null;
}

async function junkOver(desk: StoryDesk, questionsFile: string): Promise<string[]> {
  const questions = await readQuestionSet(questionsFile);
  const junk = new Set<string>();
  for (const { question } of questions) {
    const comparison = answerQuestion(desk, question).comparison;
    for (const side of comparison.sources)
      for (const name of side.names)
        for (const text of [name.text, ...name.forms]) {
          const reason = junkReason(text);
          if (reason) junk.add(`${side.source}: "${text}" (${name.kind}): ${reason}`);
        }
  }
  return [...junk];
}

describe("no junk names in the comparison", () => {
  it("tells junk from names", () => {
    for (const good of [
      "Jane Doe",
      "Bank of England",
      "U.S. Central Command",
      "the Pentagon",
      "Dr. Ana Ruiz-Bell",
    ])
      expect(junkReason(good), good).toBeNull();
    for (const bad of [
      "the",
      "March",
      "Doe and",
      "Jane Doe and John Roe",
      "AP Photo",
      "said Jane",
      "Camp Hill. Britain",
    ])
      expect(junkReason(bad), bad).not.toBeNull();
  });

  it("finds none over every answer of the seeds desk's question set", async () => {
    const desk = await openDeskFolder("seeds/iraq", () => {});
    const junk = await junkOver(desk, path.join("seeds", "iraq", "questions.yml"));
    expect(junk, junk.join("\n")).toEqual([]);
  });

  it("finds none over every answer of the recall desk's question set", async () => {
    const { desk } = await openWrittenDesk(RECALL_DESK);
    const junk = await junkOver(desk, path.join(RECALL_DESK, "questions.yml"));
    expect(junk, junk.join("\n")).toEqual([]);
  });
});
