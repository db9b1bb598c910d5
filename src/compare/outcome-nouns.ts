import { activeThesaurus } from "../search/thesaurus.js";
import { OUTCOME_NOUNS, OUTCOMES } from "./figure-cues.js";

/**
 * Counts told by the noun of what befell people: "672 injuries" (people wounded), "52 arrests"
 * (people arrested), "300 evacuations", "40 detentions" (through the verb WordNet derives the
 * noun from: "detain"). Such a count lines up with "52 people were arrested".
 */

/** Outcomes that befall people, so that a count of their noun is a count of people. */
const PEOPLE_OUTCOMES: ReadonlySet<string> = new Set([
  "killed",
  "wounded",
  "arrested",
  "missing",
  "evacuated",
  "displaced",
  "rescued",
  "charged",
  "donated",
]);

const known = new Map<string, string | null>();
const KNOWN_LIMIT = 5000;

/** The people's outcome a plural noun names ("arrests": "arrested"), else null. */
export function outcomeOfNoun(norm: string): string | null {
  const toll = OUTCOME_NOUNS.get(norm);
  if (toll) return toll;
  if (norm.length < 4 || norm.length > 30) return null;
  const cached = known.get(norm);
  if (cached !== undefined) return cached;
  const found = outcomeOfVerbForm(norm) ?? derivedOutcome(norm);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(norm, found);
  return found;
}

function outcomeOfVerbForm(form: string): string | null {
  const outcome = OUTCOMES.get(form);
  return outcome && PEOPLE_OUTCOMES.has(outcome) ? outcome : null;
}

/** The outcome of a verb WordNet derives the noun from ("detentions": "detain"). */
function derivedOutcome(norm: string): string | null {
  const singular = norm.replace(/ies$/, "y").replace(/s$/, "");
  for (const related of activeThesaurus().related(singular, "noun")) {
    if (related.relation !== "derived") continue;
    const verb = related.word;
    const outcome =
      outcomeOfVerbForm(verb) ??
      outcomeOfVerbForm(`${verb}ed`) ??
      outcomeOfVerbForm(`${verb}d`) ??
      outcomeOfVerbForm(verb.replace(/e$/, "ing"));
    if (outcome) return outcome;
  }
  return null;
}
