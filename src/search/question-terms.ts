import { matchTokens } from "../text/match-terms.js";
import { type QuestionIntent, questionIntent } from "../text/stop-words.js";

/** One thing a question asks about: a word, and the index terms that stand for it. */
export interface Concept {
  /** The word as the reporter typed it (folded to lower case). */
  readonly word: string;
  /** Its matching term (newsroom-equivalent key or stem). */
  readonly term: string;
}

export interface QuestionTerms {
  readonly concepts: readonly Concept[];
  readonly intent: QuestionIntent;
  /** The content words, for Fuse.js's fuzzy re-ranking. */
  readonly words: readonly string[];
  /** For "how many X" questions, the index of X among the concepts. */
  readonly counted: number | null;
}

/** Reads a reporter's question: what it asks about, and what kind of answer it wants. */
export function readQuestion(question: string): QuestionTerms {
  const tokens = matchTokens(question, "question");
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.stop || seen.has(token.term)) continue;
    if (token.word.length < 2 && !/\d/.test(token.word)) continue;
    seen.add(token.term);
    concepts.push({ word: token.word, term: token.term });
  }
  const intent = questionIntent(question);
  const kept = concepts.slice(0, 24);
  const countedWord = /\bhow (?:many|much)\s+(?:more\s+|of\s+the\s+)?([\p{L}\p{N}'-]+)/iu.exec(
    question,
  )?.[1];
  const countedTerm = countedWord ? matchTokens(countedWord, "question")[0]?.term : undefined;
  const counted =
    intent === "quantity" && countedTerm ? kept.findIndex((c) => c.term === countedTerm) : -1;
  return {
    concepts: kept,
    intent,
    words: kept.map((concept) => concept.word),
    counted: counted >= 0 ? counted : null,
  };
}
