import { STOP_WORDS } from "../text/stop-words.js";
import { OUTCOMES, PEOPLE_NOUNS } from "./figure-cues.js";
import { stemOf } from "./word-forms.js";

/**
 * What a question asks people counted for doing, when it is none of the outcomes figures are
 * read with: "how many people attended the vigil", "how many have signed the petition". A count
 * of people whose sentence says that verb is a count of those who did it, set beside the other
 * outlets' even when the numbers differ. General English only.
 */

/** "how many (people) (have) signed": the verb after the count asked for and its auxiliary. */
const PEOPLE_VERB =
  /\bhow\s+many\s+(?:([\p{L}]+)\s+)?(?:have|has|had|were|was|are|is|did|do|does|will|would|could)\s+(?:been\s+|now\s+|already\s+)?([\p{L}]+)/iu;

/** "how many people attended": the people counted and the verb, with no auxiliary. */
const PEOPLE_PAST = /\bhow\s+many\s+([\p{L}]+)\s+([\p{L}]+ed)\b/iu;

/**
 * The Porter stem of the verb a question asks people counted for ("attend" of "how many
 * people attended"), else null: none when the noun counted is not people, or the verb is an
 * outcome figures are read with ("killed") or a word that says nothing ("get").
 */
export function askedPeopleVerb(question: string): string | null {
  const match = PEOPLE_VERB.exec(question) ?? PEOPLE_PAST.exec(question);
  if (!match) return null;
  const noun = match[1]?.toLowerCase();
  const verb = (match[2] ?? "").toLowerCase();
  if (noun !== undefined && !PEOPLE_NOUNS.has(noun)) return null;
  if (verb.length < 4 || STOP_WORDS.has(verb) || OUTCOMES.has(verb) || PEOPLE_NOUNS.has(verb))
    return null;
  return stemOf(verb);
}

/** Whether a figure's sentence (its context stems) says the verb (a Porter stem). */
export function saysVerb(context: ReadonlySet<string>, verb: string): boolean {
  for (const word of context) if (stemOf(word) === verb) return true;
  return false;
}
