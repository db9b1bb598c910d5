import type { QuestionIntent } from "../text/stop-words.js";

/** What a passage needs to hold to answer each kind of question; general English cues. */
const CUES: Record<Exclude<QuestionIntent, "none">, RegExp> = {
  who: /\b(?:blam(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|responsib(?:le|ility)|behind|carried out|claimed responsibility|attribut(?:e|ed|es)|perpetrat(?:e|ed|ors?)|led by)\b|\bby (?:the )?\p{Lu}/u,
  quantity:
    /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|dozens?|hundreds?|thousands?|millions?|several|couple)\b/i,
  when: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight|last (?:week|month|year|night)|this (?:week|month|year)|earlier|ago|since|\d{4})\b/i,
  where:
    /\b(?:in|at|near|north|south|east|west|outside|inside|around)\s+(?:of\s+)?(?:the\s+)?\p{Lu}/u,
  why: /\b(?:because|due to|in response|to avenge|in retaliation|citing|as a result|in order to|reason|aimed at|so as to)\b/i,
};

/**
 * How well a passage holds what the question asks for: 1 when it does, 0 when it is silent,
 * -1 when a count is asked and none is given. For "how many X", a number standing just before
 * X counts fully and a number elsewhere only in part.
 */
export function intentFit(
  intent: QuestionIntent,
  text: string,
  numberBefore: (position: number) => boolean,
  countedAt: readonly number[] | null,
): number {
  if (intent === "none") return 0;
  if (intent === "quantity") {
    if (countedAt?.some(numberBefore)) return 1;
    if (!CUES.quantity.test(text)) return -1;
    return countedAt === null ? 1 : 0.3;
  }
  return CUES[intent].test(text) ? 1 : 0;
}
