import { EXAMPLE_QUESTIONS } from "../../commands/desk-command.js";
import type { Article } from "../../ingest/article.js";
import { seededRandom } from "../bench/generated-corpus.js";

/**
 * Questions for a load run: the desk's example questions (desk.yml, else general ones), help, sources, and questions made of
 * words from the desk's own passages (so searches hit, miss and compare as real ones do).
 */
export function loadQuestions(
  articles: readonly Article[],
  count: number,
  examples: readonly string[] = [],
): string[] {
  const random = seededRandom(20_200_311);
  const words = articles.flatMap((article) =>
    article.passages.flatMap((passage) => passage.text.split(/\s+/)).filter(isContentWord),
  );
  const pick = () => words[Math.floor(random() * words.length)] ?? "";
  const made = Array.from({ length: Math.max(0, count) }, (_, i) => {
    const lead = LEADS[i % LEADS.length] ?? "";
    return `${lead} ${pick()} ${pick()}`.trim();
  });
  return [
    ...(examples.length > 0 ? examples : EXAMPLE_QUESTIONS),
    "help",
    "sources",
    `compare ${pick()}`,
    ...made,
  ];
}

const LEADS = ["who", "what did", "how many", "where", "when", "why", "compare"];

function isContentWord(word: string): boolean {
  return /^[\p{L}][\p{L}'-]{4,}$/u.test(word);
}
