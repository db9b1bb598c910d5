/**
 * Where a page's own words name the outlet that reported it: a source speaking to it ("the
 * sheriff told Harbor News"), papers it obtained ("documents obtained by The Ledger"), or its own
 * staff introduced ("WXYZ anchor Jane Roe spoke with …"). On a reprint the name is the copy's
 * first publisher; either way it is the best reading when nothing else on the page names a site.
 */

import { directoryOutlet, isWireService, looksLikeHost } from "./outlet-names.js";
import { isSiteName } from "./title-line.js";

const NAME =
  "((?:[Tt]he )?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]{1,30}(?: [\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’-]{0,30}){0,3})";

/** The frames a reporting outlet is named in. */
const TELLER_PATTERNS: readonly RegExp[] = [
  // "… told Harbor News." / "… told WXYZ on Monday"
  new RegExp(
    `\\b(?:told|telling|tells)\\s+${NAME}(?=[.,;:!?]|\\s+(?:on|in|that|last|this|after|before|during|by)\\b|$)`,
    "u",
  ),
  // "… did not immediately respond to a request for comment from Harbor News."
  new RegExp(
    `\\brequests? for comments? from ${NAME}(?=[.,;:!?]|\\s+(?:on|in|that|last|this|after|before|by)\\b|$)`,
    "u",
  ),
  // "… documents obtained by The Ledger", "… a memo seen by Harbor News"
  new RegExp(`\\b(?:obtained|seen|reviewed|viewed)\\s+by\\s+${NAME}(?=[.,;:!?]|\\s|$)`, "u"),
  // a broadcast's introduction of its own reporter: "Harbor Radio's Jane Roe reports."
  new RegExp(
    `(?:^|[.!?]\\s+)${NAME}['’]s? \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}\\.)? \\p{Lu}[\\p{L}'’-]+ reports\\.$`,
    "u",
  ),
  // "WXYZ anchor and reporter Jane Roe", "Harbor News correspondent Ana Ruiz"
  new RegExp(
    `(?:^|[.!?]\\s+|\\s)${NAME}\\s+(?:chief\\s+|senior\\s+|national\\s+|political\\s+)?(?:anchor|reporter|correspondent|meteorologist|photojournalist|producer)(?:\\s+and\\s+(?:anchor|reporter|correspondent|meteorologist|photojournalist|producer))?\\s+\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+`,
    "u",
  ),
];

/** "Sources told", "People familiar with the matter told": unnamed sources, just before the verb. */
const UNNAMED_SOURCES =
  /\b(?:sources?|people|persons|insiders?)(?: (?:familiar with|close to|with knowledge of|briefed on)\b[^.;]{0,50})? (?:told|telling|tells)\b[^.;]{0,10}$/i;

/**
 * "obtained by Harbor News. Court records show …": a full stop and a capital after the name end its
 * sentence; the next sentence's first word is no part of the name. An initial ("J.") or a short
 * form ("St.", "Mt.") before the stop stays in it.
 */
const SENTENCE_AFTER_NAME = /(?<!(?:^|\s)(?:\p{Lu}|St|Mt|Ft))\.\s.*$/u;

/** Call letters of a broadcaster ("WXYZ", "KQRS"), alone or with "News" and the like after them. */
const CALL_LETTERS = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?(?: [A-Z][a-z]+)?$/;

/** Whether a name reads as an outlet's: the directory knows it, a masthead word closes it, or call letters. */
function readsAsOutlet(name: string): boolean {
  if (directoryOutlet(name) !== null || looksLikeHost(name)) return true;
  if (CALL_LETTERS.test(name)) return true;
  // "News4JAX": a masthead word run into letters or a number.
  if (/^(?:News|TV|Radio)\d*[A-Z]{2,}$|^[A-Z][a-z]+\d+[A-Z]{2,}$/.test(name)) return true;
  return isSiteName(name, new Set());
}

/**
 * The one outlet the paragraphs name as having been told, shown or staffed, or null when they
 * name none or more than one (a round-up citing several outlets names none of its own).
 */
export function outletNamedAsTeller(paragraphs: readonly string[]): string | null {
  const names = new Map<string, string>();
  for (const paragraph of paragraphs)
    for (const pattern of TELLER_PATTERNS) {
      // "told the Harbor Times": the article written in lower case is the sentence's, not the name's.
      const match = pattern.exec(paragraph);
      const found = match?.[1]
        ?.replace(SENTENCE_AFTER_NAME, "")
        .replace(/[.'’]+$/u, "")
        .replace(/^the /, "");
      // "Sources familiar with the matter told The Ledger": unnamed sources speaking to an outlet
      // are that outlet's report, which the page retells.
      if (
        match &&
        UNNAMED_SOURCES.test(paragraph.slice(Math.max(0, match.index - 80), match.index + 8))
      )
        continue;
      // "sources told Reuters": an agency told names whose report the page retells, not the page.
      if (!found || !readsAsOutlet(found) || isWireService(found)) continue;
      // Kept as the page writes it; the directory's name only tells two spellings apart.
      const key = (directoryOutlet(found)?.name ?? found).toLowerCase().replace(/^the\s+/, "");
      if (!names.has(key)) names.set(key, found);
    }
  return names.size === 1 ? ([...names.values()][0] ?? null) : null;
}
