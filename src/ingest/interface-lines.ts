/**
 * The site's controls copied with a page, as a class rather than one phrase per site: a short
 * line telling the reader to do something on the site ("Skip to main content", "Watch Harbor
 * News", "Listen live", "Download the app"), a label of who may read the story ("Subscribers
 * only", "Premium content"), and labels copied with no space between them ("Skip to main
 * contentSkip to navigation"). Pure.
 */
import { isSiteLabel } from "./furniture-rules.js";
import { directoryOutlet, nameKey } from "./outlet-names.js";

/** How long an interface line may be, in words. */
export const InterfaceLineConfig = Object.freeze({ maxWords: 6 });

/** Verbs a site's buttons and links open with. */
const INTERFACE_VERBS: ReadonlySet<string> = new Set(
  `skip watch listen subscribe sign log follow share read click tap download install get join view
show hide open close load play visit explore register donate support contribute continue back go
print email save bookmark discover browse jump return try`.split(/\s+/),
);

/** Words those buttons name: the site's parts, its media, its offers. */
const INTERFACE_WORDS: ReadonlySet<string> = new Set(
  `to the a an our this us in on for of with and or now here live more all full latest main content
navigation menu footer header search results video videos audio podcast podcasts episode episodes
app apps newsletter newsletters alerts notifications page site website home top story stories
article articles coverage updates update link links gallery photos photo comments comment account
free today online stream streaming channel tv radio ad ads free trial offer deal edition e-edition
epaper replay player it them you your me my next previous later list news section sections
trending breaking local top related recent popular`.split(/\s+/),
);

/** Words of a label telling who may read a story. */
const ACCESS_WORDS: ReadonlySet<string> = new Set(
  `subscriber subscribers subscriber-only subscribers-only member members members-only premium
exclusive only for content article story plus paid insider locked unlocked gift free access
supporter supporters vip`.split(/\s+/),
);

/** Words that make a line an access label, not a title made of such words. */
const ACCESS_CORE: ReadonlySet<string> = new Set(
  "subscriber subscribers subscriber-only subscribers-only member members members-only premium paid insider locked supporter supporters vip".split(
    " ",
  ),
);

function wordsOf(unit: string): string[] {
  return unit
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
}

/**
 * True when the rest of a button's words, after its verb, name the site itself (one of
 * `siteKeys`, or a known outlet) or the site's parts ("to main content", "the app").
 */
function namesTheSiteOrItsParts(rest: readonly string[], siteKeys: ReadonlySet<string>): boolean {
  if (rest.every((word) => INTERFACE_WORDS.has(word))) return true;
  // "Watch Harbor News", "Follow The Harbor Times on …": the site's own name, perhaps with parts.
  for (let end = rest.length; end >= 1; end--) {
    const name = rest.slice(0, end).join(" ");
    const key = nameKey(name.replace(/^the\s+/, ""));
    const named =
      siteKeys.has(key) || siteKeys.has(nameKey(name)) || directoryOutlet(name) !== null;
    if (named && rest.slice(end).every((word) => INTERFACE_WORDS.has(word))) return true;
  }
  return false;
}

/** "Watch Harbor News", "Skip to main content", "Download the app": a button or link of the site. */
export function isInterfaceCommand(
  unit: string,
  siteKeys: ReadonlySet<string> = new Set(),
): boolean {
  if (/[.?]["”’')]*$/.test(unit.trim())) return false;
  const words = wordsOf(unit);
  if (words.length === 0 || words.length > InterfaceLineConfig.maxWords) return false;
  const [verb = "", ...rest] = words;
  if (!INTERFACE_VERBS.has(verb)) return false;
  return rest.length === 0 || namesTheSiteOrItsParts(rest, siteKeys);
}

/** "Subscribers only", "Premium content", "For members": a label of who may read the story. */
export function isAccessLabel(unit: string): boolean {
  const words = wordsOf(unit);
  return (
    words.length >= 1 &&
    words.length <= 4 &&
    words.every((word) => ACCESS_WORDS.has(word)) &&
    words.some((word) => ACCESS_CORE.has(word))
  );
}

/** "Skip to main contentSkip to navigation": labels copied with no space between them, each a label. */
export function isGluedLabels(unit: string, siteKeys: ReadonlySet<string> = new Set()): boolean {
  const parts = unit.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length < 2) return false;
  return parts.every(
    (part) => isSiteLabel(part) || isInterfaceCommand(part, siteKeys) || isAccessLabel(part),
  );
}

/**
 * "4KMRZ9 043 5037 jpg? a=Bx2", "flooded street 193455883": a picture's file name or stock
 * number copied as its alt text: a short line with an image file's ending or a long number closing it.
 */
export function isImageFileName(unit: string): boolean {
  const words = unit.trim().split(/\s+/);
  if (words.length > 12 || /[.!?]["”’')]*$/.test(unit.trim())) return false;
  return (
    /(?:^|[\s._-])(?:jpe?g|png|webp|gif|avif)(?:$|[\s?&=])/i.test(unit) ||
    (words.length >= 2 && /^\d{7,}$/.test(words[words.length - 1] ?? ""))
  );
}

/** Any of the site's controls or access labels, alone on its line, or a picture's file name. */
export function isInterfaceLine(unit: string, siteKeys: ReadonlySet<string> = new Set()): boolean {
  return (
    isInterfaceCommand(unit, siteKeys) ||
    isAccessLabel(unit) ||
    isGluedLabels(unit, siteKeys) ||
    isImageFileName(unit)
  );
}
