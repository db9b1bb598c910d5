import { readFileSync } from "node:fs";
import path from "node:path";
import { answerQuestion } from "../../src/answer/answer-question.js";
import {
  type DeskQuestion,
  expectedFor,
  expectsCoverage,
  isExpectedAnswer,
  parseDeskQuestions,
} from "../../src/desk/desk-questions.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";

/** Reads a desk folder's `questions.yml` (or the file itself when given one). */
export function readQuestionSet(folderOrFile: string): DeskQuestion[] {
  const file = folderOrFile.endsWith(".yml")
    ? folderOrFile
    : path.join(folderOrFile, "questions.yml");
  return parseDeskQuestions(readFileSync(file, "utf8"));
}

/** A count of right answers out of those checked. */
export interface Tally {
  right: number;
  checked: number;
}

/** How a desk answers a question set, outlet by outlet. */
export interface QuestionSetReport {
  /** Outlets expected to cover a question: is their best passage an expected one? */
  readonly passages: Tally;
  /** Outlets expected not to cover a question: are they reported as not covering it? */
  readonly notCovered: Tally;
  /** Every (question, outlet) pair. */
  readonly pairs: Tally;
  /** Is the answer's first quote an expected passage (or are there none, when nothing answers)? */
  readonly firstQuote: Tally;
  /** One line per wrong answer, for the test's failure message. */
  readonly misses: string[];
}

/** Asks the desk each question and scores every outlet's answer against the set. */
export function checkQuestionSet(
  desk: StoryDesk,
  questions: readonly DeskQuestion[],
): QuestionSetReport {
  const report: QuestionSetReport = {
    passages: { right: 0, checked: 0 },
    notCovered: { right: 0, checked: 0 },
    pairs: { right: 0, checked: 0 },
    firstQuote: { right: 0, checked: 0 },
    misses: [],
  };
  for (const question of questions) {
    const answer = answerQuestion(desk, question.question);
    let anyCovers = false;
    for (const source of answer.sources) {
      const expected = expectedFor(question, source.source);
      const covers = expectsCoverage(expected);
      anyCovers ||= covers;
      const got = source.quote?.text ?? null;
      const right = isExpectedAnswer(expected, got);
      const tally = covers ? report.passages : report.notCovered;
      tally.checked++;
      report.pairs.checked++;
      if (right) {
        tally.right++;
        report.pairs.right++;
      } else {
        const quoted = source.quote
          ? `¶${source.quote.paragraph} ${source.quote.score} "${source.quote.text.slice(0, 60)}…"`
          : "not covered";
        report.misses.push(
          `${question.question} / ${source.source}: wanted ${JSON.stringify(expected)}, got ${quoted}`,
        );
      }
    }
    const first = answer.quotes[0];
    const firstRight = first
      ? isExpectedAnswer(expectedFor(question, first.source), first.text) &&
        expectsCoverage(expectedFor(question, first.source))
      : !anyCovers;
    report.firstQuote.checked++;
    if (firstRight) report.firstQuote.right++;
    else
      report.misses.push(
        `${question.question}: first quote ${first ? `${first.source} ¶${first.paragraph}` : "none"} is not an expected passage`,
      );
  }
  return report;
}

/** The share right, 1 when nothing was checked. */
export function share(tally: Tally): number {
  return tally.checked === 0 ? 1 : tally.right / tally.checked;
}
