/**
 * How pages credit an agency's copy they carry, beyond datelines and copyright lines: the agency
 * opening the story in the reader's case ("Reuters – …"), a line of agencies ("AP/AFP"), an
 * agency after the reporter's name ("By Jane Roe Associated Press"), and the sign-offs only one
 * agency writes ("Reporting by …; Editing by …"). Pure; names are checked against the directory.
 */
import { directoryOutlet, isWireService, outletFromHost } from "./outlet-names.js";

/** "Reuters – Rescuers …", "AFP - The …": a known agency's name and a dash opening the story. */
const AGENCY_OPENING =
  /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3})\s*[-–—]{1,2}\s*(?=["“‘\p{Lu}])/u;

/** The agency opening one of the first paragraphs, when it is a known agency. */
export function agencyOpening(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, 3)) {
    const name = AGENCY_OPENING.exec(paragraph)?.[1];
    if (name && isWireService(name)) return agencyName(name);
  }
  return null;
}

/** "AP/AFP", "AFP, Reuters", "— Reuters and AP": a short line naming agencies only; the first. */
export function agencyList(lines: readonly string[]): string | null {
  for (const line of lines) {
    const plain = line
      .trim()
      .replace(/^[-–—•·*(]\s*/, "")
      .replace(/[).]+$/, "");
    if (plain.length > 60 || !/[/,&]|\band\b/.test(plain)) continue;
    const names = plain.split(/\s*(?:\/|,|&|\band\b)\s*/).filter((name) => name !== "");
    if (names.length >= 2 && names.every((name) => isWireService(name)))
      return agencyName(names[0] ?? "");
  }
  return null;
}

/** Words after an agency's name that say it is the agency's own staff ("Reuters Staff", "AP Wire"). */
const STAFF_WORDS =
  /\s+(?:staff(?: writers?| reporters?)?|wire|news desk|desk|reporters?|report)$/i;

/** "Reuters Staff", "AP Wire", "Story by AFP • 2h": a line crediting an agency's own staff. */
export function agencyStaffLine(lines: readonly string[]): string | null {
  for (const line of lines) {
    const plain = line
      .trim()
      .replace(/^(?:by|story by|from)\s+/i, "")
      .replace(/\s*[•·|].*$/u, "")
      .replace(/[.,;]+$/, "");
    if (plain.length > 40) continue;
    const bare = plain.replace(STAFF_WORDS, "").replace(/^the\s+/i, "");
    if ((bare !== plain || /^(?:by|story by|from)\s/i.test(line.trim())) && isWireService(bare))
      return agencyName(bare);
  }
  return null;
}

/** "(CNN)Rescuers …", "PORTSEA, England (CNN)The …": a known outlet's name in brackets opening the story. */
const BRACKET_OPENING =
  /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]{1,14}(?: \p{Lu}[\p{L}.]{1,14})?)?\s*)?\(([\p{L}][\p{L}\p{N} .&'’-]{1,30})\)\s*(?=["“‘\p{Lu}])/u;

/** The outlet in brackets opening the first paragraph without a dash, when the directory knows it. */
export function bracketOpening(paragraph: string | undefined): string | null {
  const name = paragraph ? BRACKET_OPENING.exec(paragraph)?.[1] : undefined;
  return name && directoryOutlet(name) ? agencyName(name) : null;
}

/** "…, Harbor News Agency reports.": an agency named as the teller closing a paragraph. */
const AGENCY_REPORTS =
  /,\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2}?)(?: [Nn]ews [Aa]gency)? reports\.$/u;

/**
 * "OSTRAVA, MAY 2, HARBORPRESS. Ferry fares rose …, Reuters reports.": a first paragraph that
 * closes by saying a known agency reports all of it carries that agency's copy. Its name, or null.
 */
export function agencyReportsOpening(paragraph: string | undefined): string | null {
  const name = paragraph ? AGENCY_REPORTS.exec(paragraph.trim())?.[1] : undefined;
  if (!name) return null;
  const agency = isWireService(name) ? name : isWireService(`${name} News`) ? `${name} News` : null;
  return agency ? agencyName(agency) : null;
}

/** "JANE ROE Associated Press", "Sam Poe AFP": a known agency's name closing a byline. */
export function agencyClosingByline(byline: string | null): string | null {
  if (!byline) return null;
  const words = byline
    .trim()
    .replace(/[.,;]+$/, "")
    .replace(STAFF_WORDS, "")
    .split(/\s+/);
  if (words.length === 1 && isWireService(words[0] ?? "")) return agencyName(words[0] ?? "");
  // "… and Sam PoeReuters": the page set the agency's name against the last reporter's.
  const glued = /^\p{Lu}\p{Ll}+(\p{Lu}[\p{L}]+)$/u.exec(words[words.length - 1] ?? "")?.[1];
  if (glued && words.length >= 2 && isWireService(glued)) return agencyName(glued);
  for (let size = Math.min(3, words.length - 2); size >= 1; size--) {
    const name = words.slice(-size).join(" ");
    if (isWireService(name)) return agencyName(name);
  }
  return null;
}

/**
 * Sign-offs one agency writes under its copy, whichever site carries it: data, general to any
 * story. Each is looked for in a line of the page's furniture or its last paragraphs.
 */
const HOUSE_SIGN_OFFS: ReadonlyArray<{ readonly pattern: RegExp; readonly agency: string }> =
  Object.freeze([
    // "(Reporting by Jane Roe in Portsea; Editing by Sam Poe)", "Writing by …, Editing by …"
    {
      pattern: /^\(?(?:additional )?(?:reporting|writing) by\b.{2,400}\bediting by\b/i,
      agency: "Reuters",
    },
    // "Associated Press writers Jane Roe in Portsea and Sam Poe contributed to this report."
    {
      pattern:
        /^associated press (?:writers?|reporters?|journalists?) \p{Lu}.{2,300}\bcontributed\b/iu,
      agency: "The Associated Press",
    },
  ]);

/** The agency whose own sign-off closes the page's copy, when one does. */
export function houseSignOff(lines: readonly string[]): string | null {
  for (const line of lines) {
    const trimmed = line.trim();
    const known = HOUSE_SIGN_OFFS.find(({ pattern }) => pattern.test(trimmed));
    if (known) return known.agency;
  }
  return null;
}

/** "Syndicated from The Harbor Times", "Read the full story at harbortimes.com": where the copy is from. */
const FROM_ELSEWHERE =
  /^(?:(?:[Tt]his (?:content|story|article|post) (?:was |is )?)?[Ss]yndicated (?:from|by|with permission (?:of|from))|[Rr]ead (?:more(?: of this (?:story|article|report|post))?|the (?:full|whole|complete|original|rest of the) (?:article|story|report|post)) (?:at|on))\s+((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’-]*|of|and)){0,5}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\s*[.!]?$/u;

/** "from Harbor Wire http://… via Feedbot": a feed's credit under a post it copied, the outlet and its link. */
const FEED_FROM =
  /^from\s+((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|and)){0,5})\s+https?:\/\/\S+(?:\s+via\s+\S.{0,30})?$/u;

/** The outlet a line says the copy came from, or holds the rest of it; its name as written. */
export function copyFromElsewhere(lines: readonly string[]): string | null {
  for (const line of lines) {
    const name = FROM_ELSEWHERE.exec(line.trim())?.[1] ?? FEED_FROM.exec(line.trim())?.[1];
    if (!name) continue;
    if (/^[a-z0-9.-]+\.[a-z]{2,}$/.test(name)) return outletFromHost(`www.${name}`);
    return directoryOutlet(name)?.name ?? name.replace(/^the /, "The ");
  }
  return null;
}

function agencyName(name: string): string {
  return directoryOutlet(name)?.name ?? name;
}
