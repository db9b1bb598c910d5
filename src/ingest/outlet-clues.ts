/** Where a page names the outlet that published it: copyright lines, site notices, datelines. */

const NAME =
  "([\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’/-]{0,40}(?: (?:[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&.'’-]{0,40}|of|the|and|de|al)){0,5})";

const COPYRIGHT = new RegExp(
  `(?:©|\\([cC]\\)|[cC]opyright|COPYRIGHT)\\s*(?:(?:©|\\([cC]\\)|[cC]opyright|COPYRIGHT)\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?(?:by\\s+)?${NAME}`,
  "u",
);
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;
const SITE_NOTICES: readonly RegExp[] = [
  new RegExp(`${NAME}['’]s (?:web ?site|app|newsletter|journalism|reporting|coverage)\\b`, "u"),
  new RegExp(`\\bthe ${NAME} (?:commenting system|comment section|website|app|newsletter)\\b`, "u"),
  new RegExp(`\\b(?:[Ss]ubscribe to|[Ss]upport|[Ss]ign up for|[Ff]ollow) ${NAME}\\b`, "u"),
  new RegExp(`\\b${NAME} (?:subscribers?|commenting system)\\b`, "u"),
];
/** "LONDON (Reuters) -", "WASHINGTON, March 28 (AFP) —", "(CNN) —" */
const DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{Lu}\\p{M} .,'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]{1,14}(?: \\p{Lu}[\\p{L}.]{1,14})?)?(?:,?\\s*[\\p{L}.]+\\s+\\d{1,2})?\\s*)?\\(${NAME}\\)\\s*[-–—]{1,2}`,
  "u",
);

const NOT_OUTLETS = new Set(["the", "this", "our", "your", "its", "all", "we", "it", "i", "a"]);

function clean(name: string | undefined): string | null {
  if (!name) return null;
  const trimmed = name
    .replace(/\.\s.*$/u, "")
    .replace(/[.,;:'’-]+$/u, "")
    .replace(/\s+(?:all rights reserved|inc|llc|ltd|limited|plc)$/iu, "")
    // "Thomson Reuters 2024": the year after the owner's name.
    .replace(/\s+(?:19|20)\d{2}$/u, "")
    .trim();
  if (trimmed.length < 2 || NOT_OUTLETS.has(trimmed.toLowerCase())) return null;
  return trimmed;
}

/** "Heartland Sentinel Media LLC" → "Heartland Sentinel": the company words of a copyright owner. */
function withoutOwnerWords(name: string): string {
  const bare = name
    .replace(
      /(?:\s+(?:media|group|company|co|corporation|corp|holdings|publishing|publications|communications|enterprises|llc|inc|ltd|plc|gmbh|s\.?a)\.?)+$/iu,
      "",
    )
    .trim();
  return bare.length >= 2 ? bare : name;
}

/** Names the outlet from the page's own furniture, before it is removed. */
export function outletFromFurniture(units: readonly string[]): string | null {
  for (const unit of units) {
    if (!COPYRIGHT_LINE.test(unit) || unit.split(/\s+/).length > 40) continue;
    const name = clean(COPYRIGHT.exec(unit)?.[1]);
    if (name) return withoutOwnerWords(name);
  }
  for (const pattern of SITE_NOTICES) {
    for (const unit of units) {
      const name = clean(pattern.exec(unit)?.[1]);
      if (name) return name;
    }
  }
  return null;
}

/** "Portville, Jan. 1 (Harbour Press)--": a city written in title case before an agency's name. */
const TITLE_CASE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?: \\p{Lu}[\\p{Ll}\\p{M}'’-]+){0,2},\\s*[\\p{L}.]+\\s+\\d{1,2}\\s*\\(${NAME}\\)\\s*[-–—]{1,2}`,
  "u",
);

/**
 * Names the outlet from a dateline opening the first paragraph. `isAgency` tells a news agency's
 * name, which a dateline with the city in title case must carry (a city in capitals may name any outlet).
 */
export function outletFromDateline(
  firstParagraph: string | undefined,
  isAgency: (name: string) => boolean = () => true,
): string | null {
  if (!firstParagraph) return null;
  const named = clean(DATELINE.exec(firstParagraph)?.[1]);
  if (named) return named;
  const agency = clean(TITLE_CASE_DATELINE.exec(firstParagraph)?.[1]);
  return agency && isAgency(agency) ? agency : null;
}

/** "Channel Nine's Ana Ruiz, reporting from the port": a broadcaster names its own correspondent. */
const CORRESPONDENT = new RegExp(
  `${NAME}['’]s (?:correspondent |reporter )?\\p{Lu}[\\p{L}'’-]+ \\p{Lu}[\\p{L}'’-]+,? reporting from\\b`,
  "u",
);

/** Names the outlet from a paragraph in which it introduces its own correspondent. */
export function outletFromCorrespondent(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    const name = clean(CORRESPONDENT.exec(paragraph)?.[1]);
    if (name) return name;
  }
  return null;
}
