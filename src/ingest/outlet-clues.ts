/** Where a page names the outlet that published it: copyright lines, site notices, datelines. */

import { MASTHEAD_WORDS } from "./masthead-words.js";
import { isMediaGroup } from "./media-groups.js";
import { outletFromHost } from "./outlet-names.js";

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
  new RegExp(`\\b(?:[Ss]ubscribe to|[Ss]upport|[Ss]ign up for) ${NAME}\\b`, "u"),
  new RegExp(`\\b${NAME} (?:subscribers?|commenting system)\\b`, "u"),
  // a browser's push prompt: "Stay up to date with notifications from The Harbor Times"
  new RegExp(
    `^(?:[Ss]tay|[Kk]eep) up to date with (?:push |browser )?(?:notifications|alerts) from ${NAME}[.!]?$`,
    "u",
  ),
  // a newsletter's own promo: "The Tideline posts twice a week.", "The Tideline is a reader-supported publication."
  new RegExp(
    `^${NAME} (?:posts|publishes|is published|comes out|goes out) (?:every|each|once|twice|three times|daily|weekly|monthly|on)\\b`,
    "u",
  ),
  new RegExp(`^${NAME} is a reader-supported publication\\b`, "u"),
  // a site's own promo: "Keep up with Harborville for free with the latest updates from Harbor Beat."
  new RegExp(
    `\\b(?:the )?latest (?:updates|news|headlines|stories|alerts) from (?:the )?${NAME}[.!]?$`,
    "u",
  ),
];
/**
 * Lines in which a site names itself to its reader, not as a person would be named: "Follow the
 * Harbor Times on Facebook", "Thanks for reading the Harbor Times", "Advertise with the Harbor
 * Times", "Harbor Times staff contributed to this report".
 */
const SELF_NOTICES: readonly RegExp[] = [
  new RegExp(
    `^(?:[Ss]ubscribe to|[Ss]ign up for|[Ss]upport) the ${NAME} (?:on|for|to|today|now)\\b`,
    "u",
  ),
  new RegExp(`\\b[Ff]ollow (?:the )?${NAME}\\b`, "u"),
  new RegExp(
    `^[Tt]hank(?:s| you) for (?:reading|visiting|choosing|supporting) (?:the )?${NAME}`,
    "u",
  ),
  new RegExp(`^[Aa]dvertise (?:with|on|in) (?:the )?${NAME}`, "u"),

  // "The Harbor Times's Jane Roe contributed to this report."
  new RegExp(
    `^(?:[Tt]he )?${NAME}['’]s? \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}'’-]+){1,2} (?:also )?contributed to this (?:report|story|article)\\b`,
    "u",
  ),
  new RegExp(
    `^(?:[Tt]he )?${NAME} (?:staff(?:ers| members)?|reporters?|writers?|correspondents?|journalists?)(?: [\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+){0,2}(?:,? and [\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+){0,2})?)? (?:also )?contributed\\b`,
    "u",
  ),
];

/** "At the Harbor Times, we …", "Here at Harbor Radio we …", "We at the Harbor Times …" */
const WE_AT: readonly RegExp[] = [
  new RegExp(`(?:^|[.!?]\\s+)(?:[Hh]ere at|[Aa]t) (?:the )?${NAME},? we\\b`, "u"),
  new RegExp(`(?:^|[.!?]\\s+)[Ww]e at (?:the )?${NAME}\\b`, "u"),
];

/** The site speaking of itself as "we" ("At the Harbor Times, we …"), in the units given. */
export function outletSpeakingAsWe(units: readonly string[]): string | null {
  for (const pattern of WE_AT)
    for (const unit of units) {
      const name = clean(pattern.exec(unit)?.[1]);
      if (name && (!PERSON_LIKE.test(name) || isSiteLike(name))) return name;
    }
  return null;
}

/** "Jane Doe", "Sam R. Poe": a person's name, which no site notice names as the site. */
const PERSON_LIKE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;
/** "LONDON (Reuters) -", "WASHINGTON, March 28 (AFP) —", "(CNN) —" */
const DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{Lu}\\p{M} .,'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]{1,14}(?: \\p{Lu}[\\p{L}.]{1,14})?)?(?:,?\\s*[\\p{L}.]+\\s+\\d{1,2})?\\s*)?\\(${NAME}\\)\\.?\\s*[-–—]{1,2}`,
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
    // "Copyright 2024 Harbor Media Group, Inc.": a company owning many outlets names none of them.
    if (name && !isMediaGroup(name)) return withoutOwnerWords(name);
  }
  for (const pattern of SITE_NOTICES) {
    for (const unit of units) {
      const name = clean(pattern.exec(unit)?.[1]);
      if (name) return name;
    }
  }
  const promoted = siteOfAddressPromo(units);
  if (promoted) return promoted;
  const navigation = siteInNavigation(units);
  if (navigation) return navigation;
  const station = stationOfPlayer(units);
  if (station) return station;
  const speaking = outletSpeakingAsWe(units);
  if (speaking) return speaking;
  for (const pattern of SELF_NOTICES) {
    for (const unit of units) {
      const name = clean(pattern.exec(unit)?.[1]);
      if (name && (!PERSON_LIKE.test(name) || isSiteLike(name))) return name;
    }
  }
  return null;
}

/**
 * "For the latest local news, visit harbortimes.com.", "Get the latest news at HarborTimes.com": the
 * site sending its reader to its own address for more news.
 */
const ADDRESS_PROMO =
  /^(?:for (?:the latest|more)\b[^.]{0,50}?,?\s*(?:visit|go to|head to|log on to)|(?:get|find|read) (?:the latest|more)(?: [\p{L}-]+){0,3} (?:news|stories|headlines|updates|coverage) (?:at|on))\s+(?:www\.)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|news|co\.uk|com\.au|co\.nz|co\.za|ca|ie|in|ng))\b[^.]{0,40}\.?$/iu;

function siteOfAddressPromo(units: readonly string[]): string | null {
  for (const unit of units) {
    const host = ADDRESS_PROMO.exec(unit.trim())?.[1];
    const outlet = host ? outletFromHost(`www.${host.toLowerCase()}`) : null;
    if (outlet) return outlet;
  }
  return null;
}

/** "Harbor Times Home", "WXYZ Sections": the site's name on its menu's buttons. */
const NAVIGATION = new RegExp(`^${NAME} (?:Home|Homepage|Sections|Menu)$`, "u");

/** Words that name a section, not a site ("Local News Home", "Sports Sections"). */
const SECTION_WORDS: ReadonlySet<string> = new Set(
  "news local sports sport business opinion weather politics world national entertainment lifestyle life health money tech technology travel video videos photos obituaries latest top main".split(
    " ",
  ),
);

function siteInNavigation(units: readonly string[]): string | null {
  for (const unit of units) {
    const name = clean(NAVIGATION.exec(unit.trim())?.[1]);
    if (!name || !isSiteLike(name)) continue;
    if (name.split(/\s+/).every((word) => SECTION_WORDS.has(word.toLowerCase()))) continue;
    return name;
  }
  return null;
}

/** "Ask Your Smart Speaker to Play W X Y Z Radio": the station's player names it, letters spelt out. */
const SMART_SPEAKER =
  /^[Aa]sk [Yy]our [Ss]mart [Ss]peaker to [Pp]lay ((?:[\p{Lu}\p{N}] )+[\p{Lu}\p{N}](?: [\p{Lu}][\p{L}]+)?|\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,4})\s*[.!]?$/u;

function stationOfPlayer(units: readonly string[]): string | null {
  for (const unit of units) {
    const name = SMART_SPEAKER.exec(unit.trim())?.[1];
    // Letters spelt out for the speaker to say them: "W X Y Z Radio" is "WXYZ Radio".
    if (name) return name.replace(/(?<=^|\s)([\p{Lu}\p{N}]) (?=[\p{Lu}\p{N}](?:\s|$))/gu, "$1");
  }
  return null;
}

/** A name with a masthead word in it ("Harbor Times") or written in capitals ("WXYZ"). */
function isSiteLike(name: string): boolean {
  return name
    .split(/\s+/)
    .some((word) => MASTHEAD_WORDS.has(word.toLowerCase()) || /^\p{Lu}{2,6}\d*$/u.test(word));
}

const EMAIL = /\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i;
/** Mail services and public bodies: an address there names no outlet. */
const NOT_OUTLET_MAIL =
  /(?:^|\.)(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|proton|protonmail|pm|gmx|mail|zoho|yandex|qq|163|rediffmail)\.[a-z.]+$|\.(?:gov|mil|edu|int)(?:\.[a-z]{2})?$|\.gc\.ca$|\.ac\.[a-z]{2}$/i;

/**
 * The host of a staff address on the page's byline or furniture ("jdoe@harbortimes.com", "Send
 * tips to news@harbortimes.com"): the site's own domain. Mail services and public bodies aside.
 */
export function emailHost(units: readonly string[]): string | null {
  for (const unit of units) {
    if (unit.split(/\s+/).length > 30) continue;
    const host = EMAIL.exec(unit)?.[1];
    if (host && !NOT_OUTLET_MAIL.test(host)) return host.toLowerCase();
  }
  return null;
}

/** "Portville, Jan. 1 (Harbour Press)--": a city written in title case before an agency's name. */
const TITLE_CASE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?: \\p{Lu}[\\p{Ll}\\p{M}'’-]+){0,2},\\s*[\\p{L}.]+\\s+\\d{1,2}\\s*\\(${NAME}\\)\\.?\\s*[-–—]{1,2}`,
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
