import type { DeskQuestion } from "../../src/desk/desk-questions.js";
import { expectedFor, isExpectedAnswer } from "../../src/desk/desk-questions.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";

/**
 * What is wrong with a question set against its desk: article ids the desk lacks, fragments
 * that stand in no passage, or in more than one, of their article.
 */
export function questionSetProblems(desk: StoryDesk, questions: readonly DeskQuestion[]): string[] {
  const problems: string[] = [];
  const byId = new Map(desk.articles.map((article) => [article.id, article]));
  for (const question of questions) {
    for (const id of Object.keys(question.expect)) {
      const article = byId.get(id);
      if (!article) {
        problems.push(`${question.question}: no article ${id}`);
        continue;
      }
      for (const fragment of expectedFor(question, id)) {
        if (fragment === null) continue;
        const holding = article.passages.filter((p) => isExpectedAnswer([fragment], p.text));
        if (holding.length !== 1)
          problems.push(
            `${question.question} / ${id}: "${fragment}" stands in ${holding.length} passages`,
          );
      }
    }
  }
  return problems;
}
