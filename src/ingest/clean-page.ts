import type { PassageKind } from "./article.js";
import { captionSpan, isBarePhotoCredit, isCaption, staffPhotoOutlet } from "./caption-rules.js";
import {
  agencyClosingByline,
  agencyList,
  agencyOpening,
  agencyReportsOpening,
  agencyStaffLine,
  bracketOpening,
  copyFromElsewhere,
  houseSignOff,
} from "./copy-credits.js";
import { dateLine, findDate, readDateLine } from "./date-text.js";
import {
  isBreadcrumb,
  isListHeading,
  isMenuBar,
  isMenuWord,
  isNotice,
  isSiteLabel,
  startsPageTail,
} from "./furniture-rules.js";
import {
  type HeadlineUnit,
  HeadlineWeights,
  isNamesList,
  isQuoteBySpeaker,
  scoreHeadlines,
  slugWordsOf,
} from "./headline-chooser.js";
import { isInterfaceLine } from "./interface-lines.js";
import { MASTHEAD_WORDS } from "./masthead-words.js";
import { type MetadataLine, metadataLine } from "./metadata-rules.js";
import {
  emailHost,
  outletFromCorrespondent,
  outletFromDateline,
  outletFromFurniture,
  outletSpeakingAsWe,
} from "./outlet-clues.js";
import type { DirectoryOutlet } from "./outlet-directory.js";
import { directoryOutlet, isWireService, nameKey, outletFromHost } from "./outlet-names.js";
import { readerCase as mastheadCase } from "./page-spelling.js";
import { plainSpaces, splitPageUnits, wordCount } from "./page-units.js";
import { execQuick, quickPattern } from "./pattern-prefilter.js";
import { isSiteName, readTitleLine } from "./title-line.js";

/** A page with its furniture taken off: what it says about itself, and its passages. */
export interface CleanPage {
  /** The outlet the page names: its own name if it gives one, else the outlet whose copy it carries. */
  readonly outlet: string | null;
  /** The page naming itself: copyright and site notices, a title suffix ("Title | Outlet"). */
  readonly ownOutlet: string | null;
  /** The outlet whose copy the page carries: a dateline's agency, a wire's copyright or credit line. */
  readonly copyOutlet: string | null;
  /** The site the title line names ("Headline | Outlet"), when it names one. */
  readonly titleOutlet: string | null;
  /** The outlet a byline names after the reporter ("By Jane Doe, The Harbor Times"), when not an agency. */
  readonly bylineOutlet: string | null;
  /** The paper named on the line under the reporter's name ("Jane Roe" / "The Harbour Ledger"). */
  readonly affiliatedOutlet: string | null;
  /** The site's name on the page's first line, over its menu or title ("Harbor Times"). */
  readonly mastheadName: string | null;
  /** A date standing between the sentences of the page's first unit ("… by the agency. July 23, 2022 The …"). */
  readonly openingDate: string | null;
  /** A date the page's title line carries ("Title | Section | Outlet | 12.03.2020"). */
  readonly titleDate: string | null;
  /** A date in the page's own address pasted over it (".../2024/03/03/ferry-fares"). */
  readonly urlDate: string | null;
  /** Every unit of the page, white space made plain, in reading order (for reading the outlet's own spelling). */
  readonly lines: readonly string[];
  readonly headline: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly credits: readonly string[];
  readonly printHeadline: string | null;
  readonly section: string | null;
  readonly passages: ReadonlyArray<{ kind: PassageKind; text: string }>;
}

type Unit =
  | { role: "furniture"; text: string }
  | { role: "metadata"; text: string; line: MetadataLine }
  | { role: "caption"; text: string }
  | { role: "text"; text: string };

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;
const SENTENCE_END = /[.!?]["”’')\]]*$/;

/** Whether `line` is `above` again with a credit in brackets after it, run on or spaced. */
function creditedRepeat(above: string, line: string): boolean {
  return (
    above.length >= 8 &&
    wordCount(above) <= 30 &&
    line.startsWith(above) &&
    /^\s*\([^()]{2,60}\)$/.test(line.slice(above.length))
  );
}

/** Sorts the units of a page into furniture, metadata, captions and text, in reading order. */
function classifyUnits(units: readonly string[], siteKeys: ReadonlySet<string>): Unit[] {
  const classified: Unit[] = [];
  let inTail = false;
  let inLinkList = false;
  for (const [index, text] of units.entries()) {
    const plain = plainSpaces(text);
    const credited = isCreditedCaption(plain);
    if (inTail || (startsPageTail(plain) && !credited && !isBarePhotoCredit(plain))) {
      inTail = true;
      classified.push({ role: "furniture", text });
      continue;
    }
    if (credited) {
      classified.push({ role: "caption", text });
      continue;
    }
    // "Fans hold candles" then "Fans hold candles(Harbor 9 News)": a picture's alt text, then its
    // caption with the credit run on; the alt text is no title.
    const previous = classified[classified.length - 1];
    if (previous?.role === "text" && creditedRepeat(plainSpaces(previous.text), plain)) {
      classified[classified.length - 1] = { role: "furniture", text: previous.text };
      classified.push({ role: "caption", text });
      continue;
    }
    // The site's own name on a line of its own ("Voices of the Valley"), or with its slogan, is a
    // masthead; another known outlet's name alone on a line credits its copy.
    if (
      isMasthead(plain, siteKeys) ||
      isOutletNameLine(plain) ||
      (index === 0 && isCapitalsMasthead(plain, plainSpaces(units[1] ?? ""))) ||
      // "Harbor Daily (Coast Edition)" over the title: the site's name, not a title of its own.
      (index === 0 &&
        /\)$/.test(plain) &&
        mastheadName(units.slice(0, 2)) !== null &&
        isTitleLike(plainSpaces(units[1] ?? "")))
    ) {
      classified.push({ role: "furniture", text });
      continue;
    }
    // In a list of links, a teaser cut off with an ellipsis ("The new ferry is faster than …") too.
    if (
      inLinkList &&
      (isLinkLike(plain) || isTeaser(plain) || isNotice(plain) || isSiteLabel(plain))
    ) {
      classified.push({ role: "furniture", text });
      continue;
    }
    // "Jane Roe, Associated Press" or "Jane Roe and Sam Poe | The Harbor Times" near the top: the
    // byline, with the outlet the reporters write for.
    const line =
      metadataLine(plain) ??
      (index < 10 && isReporterCredit(plain) ? { kind: "byline" as const, text: plain } : null);
    if (line) {
      classified.push({ role: "metadata", text, line });
      continue;
    }
    inLinkList = isListHeading(plain);
    if (
      inLinkList ||
      isSiteLabel(plain) ||
      isInterfaceLine(plain, siteKeys) ||
      isNotice(plain) ||
      // "Headline – Outlet – News, Sport & Weather" near the top is the title, not a menu or breadcrumb.
      ((isMenuBar(plain) || isBreadcrumb(plain)) &&
        !(index < 6 && isSiteTitleLine(plain, siteKeys))) ||
      isBarePhotoCredit(plain) ||
      URL_ONLY.test(plain)
    ) {
      classified.push({ role: "furniture", text });
      continue;
    }
    if (isCaption(plain)) {
      classified.push({ role: "caption", text });
    } else if (
      (wordCount(plain) <= 3 && !SENTENCE_END.test(plain)) ||
      (wordCount(plain) <= 6 && plain.endsWith(":")) ||
      (classified.some((unit) => unit.role === "text" && wordCount(unit.text) >= 20) &&
        isSubhead(plain))
    ) {
      classified.push({ role: "furniture", text });
    } else {
      classified.push({ role: "text", text });
    }
  }
  return relatedLinksAtEnd(
    altTextOverCaptions(
      repeatedAltText(summaryToldAgain(trailsToTheTitle(captionsBesideCredits(classified, units)))),
    ),
  );
}

/**
 * A breadcrumb trail ending on the story's title cut short ("Home World — In mountain towns,
 * rescuers seek …") over the title in full: the trail is furniture, the title stays.
 */
function trailsToTheTitle(classified: Unit[]): Unit[] {
  const texts = classified.flatMap((unit, i) => (unit.role === "text" ? [i] : [])).slice(0, 6);
  for (const [n, i] of texts.entries()) {
    const unit = classified[i];
    const next = classified[texts[n + 1] ?? -1];
    if (!unit || !next) continue;
    const cut = /^(.+?)\s*(?:…|\.\.\.)$/u.exec(plainSpaces(unit.text))?.[1];
    const title = plainSpaces(next.text);
    if (!cut || !isTitleLike(title)) continue;
    const words = title.split(" ");
    for (let k = words.length; k >= 4; k--) {
      const opening = words.slice(0, k).join(" ");
      if (
        cut.endsWith(opening) &&
        (cut.length === opening.length || /\s$/.test(cut.slice(0, -opening.length)))
      ) {
        classified[i] = { role: "furniture", text: unit.text };
        break;
      }
    }
  }
  return classified;
}

/**
 * A summary cut short by the site ("The ferry, which left at dawn with nine aboard, sank …")
 * whose words open a later paragraph of the page: the summary is furniture, the paragraph stays.
 */
function summaryToldAgain(classified: Unit[]): Unit[] {
  const texts = classified.flatMap((unit, i) => (unit.role === "text" ? [i] : []));
  for (const [n, i] of texts.slice(0, 8).entries()) {
    const unit = classified[i];
    const cut = unit ? /^(.+?)\s*(?:…|\.\.\.)$/u.exec(plainSpaces(unit.text))?.[1] : undefined;
    if (!unit || !cut || wordCount(cut) < 6) continue;
    const later = texts.slice(n + 1, n + 6).map((j) => plainSpaces(classified[j]?.text ?? ""));
    if (later.some((text) => text.length > cut.length && text.startsWith(cut)))
      classified[i] = { role: "furniture", text: unit.text };
  }
  return classified;
}

/**
 * A picture's alt text and its caption saying the same words, one under the other, with no full
 * stop: a caption (the second), once. A paragraph is never printed twice running; a title printed twice over the
 * story is left to the headline's reading.
 */
function repeatedAltText(classified: Unit[]): Unit[] {
  // A title printed twice at the top (a site's header and the article's) stays the title.
  const firstText = classified.findIndex((unit) => unit.role === "text");
  return classified.map((unit, i) => {
    const next = classified[i + 1];
    const previous = classified[i - 1];
    const same = (other: Unit | undefined) =>
      other !== undefined &&
      (other.role === "text" || other.role === "caption") &&
      plainSpaces(other.text) === plainSpaces(unit.text);
    // A picture's alt text over its caption saying the same, full stop or not, is the caption's;
    // so is one the caption tells again with its credit after it ("… on Tuesday. Photograph: …").
    const told =
      next?.role === "caption" &&
      wordCount(unit.text) >= 3 &&
      wordCount(unit.text) <= 40 &&
      plainSpaces(next.text).startsWith(plainSpaces(unit.text)) &&
      isCaption(plainSpaces(next.text));
    if (
      unit.role === "text" &&
      ((same(next) && next?.role === "caption") || told) &&
      i !== firstText
    )
      return { role: "furniture", text: unit.text };
    // A caption reads as a label, with no full stop; a standfirst told again as the lede has one.
    if (
      unit.role !== "text" ||
      wordCount(unit.text) > 60 ||
      SENTENCE_END.test(plainSpaces(unit.text))
    )
      return unit;
    if (same(next) && i !== firstText) return { role: "furniture", text: unit.text };
    if (same(previous) && i - 1 !== firstText) return { role: "caption", text: unit.text };
    return unit;
  });
}

/**
 * A picture's title over its caption ("River ferry at dawn" over "The river ferry leaves the
 * quay at dawn …"): short, no full stop, most of its words told again in the caption. Never the
 * page's first two texts (its title and standfirst, which a caption may well echo).
 */
function altTextOverCaptions(classified: Unit[]): Unit[] {
  let texts = 0;
  return classified.map((unit, i) => {
    if (unit.role !== "text") return unit;
    texts++;
    const next = classified[i + 1];
    const plain = plainSpaces(unit.text);
    if (texts <= 2 || next?.role !== "caption" || !isTitleLike(plain) || wordCount(plain) > 14)
      return unit;
    const shared = sharedWords(unit.text, next.text);
    return shared >= 2 && shared >= 0.6 * contentWords(unit.text)
      ? { role: "caption", text: unit.text }
      : unit;
  });
}

/** A title in title case ("More Footage Of The Flood From The Air"): another story's link. */
function isTitleCaseLine(unit: string): boolean {
  const words = unit.split(" ");
  if (words.length < 3 || words.length > 16 || /[.,;:]["”’')]*$/.test(unit)) return false;
  const long = words.filter((word) => /\p{L}{4,}/u.test(word));
  return long.length >= 2 && long.every((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word));
}

/** Two or more title-case lines closing the page: links to other stories, not the article's text. */
function relatedLinksAtEnd(classified: Unit[]): Unit[] {
  let start = classified.length;
  while (start > 0) {
    const unit = classified[start - 1];
    if (unit?.role === "furniture") {
      start--;
      continue;
    }
    if (unit?.role !== "text" || !isTitleCaseLine(plainSpaces(unit.text))) break;
    start--;
  }
  const links = classified.slice(start).filter((unit) => unit.role === "text");
  const body = classified.slice(0, start).filter((unit) => unit.role === "text");
  if (links.length < 2 || body.length === 0) return classified;
  return classified.map((unit, i) =>
    i >= start && unit.role === "text" ? { role: "furniture", text: unit.text } : unit,
  );
}

/** A title line whose suffix names the site, over a headline written in words ("Ferry fares rise | Outlet"). */
function isSiteTitleLine(unit: string, siteKeys: ReadonlySet<string>): boolean {
  const title = readTitleLine(unit, siteKeys);
  if (!title?.site || !isSiteName(title.site, siteKeys)) return false;
  const words = title.headline.split(/\s+/);
  return words.length >= 3 && words.slice(1).some((word) => /^\p{Ll}/u.test(word));
}

/** Words of four letters or more that two units share: an alt text and its caption tell of one picture. */
function sharedWords(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const first = words(a);
  return [...words(b)].filter((word) => first.has(word)).length;
}

function contentWords(text: string): number {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).size;
}

/** "Photo: Ann Rudd/Getty Images", "Image credit: NASA": a credit under its label. */
const LABELLED_CREDIT = /^(?:photo|photograph|image|picture)s?(?: credit)?\s*:\s*\S/i;

/** "01:39 - Source: CNN" under a video's title: a credit like a photo credit. */
const VIDEO_CREDIT = /^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—]\s*source\s*:/i;

/**
 * A photo credit on a line of its own stands under its caption ("Lena Ortt/AP" under "Downtown
 * buildings are lit …"), or between a picture's alt text and its caption: those lines are captions.
 */
function captionsBesideCredits(classified: Unit[], units: readonly string[]): Unit[] {
  const isCredit = (i: number) => {
    const plain = plainSpaces(units[i] ?? "");
    return (
      classified[i]?.role === "furniture" && (isBarePhotoCredit(plain) || VIDEO_CREDIT.test(plain))
    );
  };
  const asCaption = (i: number) => {
    const unit = classified[i];
    if (unit?.role === "text" && wordCount(unit.text) <= 60)
      classified[i] = { role: "caption", text: unit.text };
  };
  const firstText = classified.findIndex((unit) => unit.role === "text");
  const labelled = units.some((unit) => CAPTION_LABEL_LINE.test(plainSpaces(unit)));
  for (let i = 0; i < classified.length; i++) {
    if (!isCredit(i) || isCredit(i - 1)) continue;
    // An agency's name alone under the page's title ("AFP") credits the story, not a picture; a
    // photographer's credit there ("Jane Roe, EPA-EFE") credits a picture, and the title stays the title.
    const title = classified[i - 1];
    if (
      i - 1 === firstText &&
      title &&
      isTitleLike(plainSpaces(title.text)) &&
      (isWireService(plainSpaces(units[i] ?? "").replace(/\.$/, "")) ||
        classified[i + 1]?.role !== "text" ||
        // "Photo: Ann Rudd/Getty Images" under the title: the picture under the title had no
        // caption of its own; the title stays the title and the lede the lede.
        (LABELLED_CREDIT.test(plainSpaces(units[i] ?? "")) && wordCount(title.text) <= 20))
    )
      continue;
    let end = i;
    while (isCredit(end + 1)) end++;
    const before = classified[i - 1];
    // The page's one credit closing it ("Image: The Harbor Times" under the last paragraph) credits
    // the page's picture, not the paragraph over it (a gallery credits each picture in turn).
    const closes =
      classified.slice(end + 1).every((unit) => unit.role === "furniture") &&
      !classified.slice(0, i).some((_, k) => isCredit(k));
    if (closes && before?.role === "text" && SENTENCE_END.test(plainSpaces(before.text))) continue;
    asCaption(i - 1);
    // A picture's title over its caption ("Powell holds a news conference …" over "U.S. … Powell holds …").
    const altTitle = classified[i - 2];
    const altPlain = plainSpaces(altTitle?.text ?? "");
    if (
      altTitle?.role === "text" &&
      before &&
      (isTitleLike(altPlain) || (i - 2 !== firstText && isAltText(altPlain)))
    )
      if (altPlain === plainSpaces(before.text))
        classified[i - 2] = { role: "furniture", text: altTitle.text };
      else if (sharedWords(altTitle.text, before.text) >= 0.6 * contentWords(altTitle.text))
        asCaption(i - 2);
    // Alt text, a photographer's credit and the agency's line, then the caption (two credit lines).
    const after = classified[end + 1];
    // Alt text is one short sentence, or told again in the caption: a lede after a captioned picture
    // (a caption of several sentences, then its credit) is no caption.
    const shared =
      before !== undefined && after !== undefined ? sharedWords(before.text, after.text) : 0;
    const aboutTheSamePicture =
      end > i ||
      (before !== undefined &&
        after !== undefined &&
        shared >= 2 &&
        // A page that labels its captions ("Image caption: …") labels them all: an unlabelled
        // unit after a credit there is the story going on.
        (labelled
          ? isCaption(plainSpaces(after.text))
          : // Alt text over a short caption, or one the caption tells again; a picture's own
            // caption over a long lede shares only its subject ("… headquarters in Santa Clara"
            // over "The bank collapsed on Friday after …").
            (isAltText(plainSpaces(before.text)) &&
              (wordCount(after.text) <= 20 || shared >= 0.6 * contentWords(before.text))) ||
            shared >= 0.7 * contentWords(after.text)));
    if (aboutTheSamePicture && (before?.role === "text" || before?.role === "caption"))
      asCaption(end + 1);
  }
  return classified;
}

/** "Image caption: …", "Media caption, …": a caption its page labels as one. */
const CAPTION_LABEL_LINE = /^(?:image|media|photo|video) ?caption\s*[,:]/i;

/** A picture's alt text: one short sentence, at most. */
function isAltText(unit: string): boolean {
  return wordCount(unit) <= 25 && !/[.!?]["”’')]*\s+\p{Lu}/u.test(unit);
}

function isOutletNameLine(unit: string): boolean {
  // "From the Associated Press" credits the copy as its name alone does.
  const name = unit.replace(/^[-–—•·*]\s*/, "").replace(/^from\s+(?=(?:the\s+)?\p{Lu})/iu, "");
  return (
    name.length >= 4 &&
    name.split(" ").length <= 6 &&
    !/[.!?:]$/.test(name) &&
    directoryOutlet(name) !== null
  );
}

function isMasthead(unit: string, siteKeys: ReadonlySet<string>): boolean {
  if (siteKeys.size === 0 || wordCount(unit) > 12 || /[.!?]["”’')]*$/.test(unit)) return false;
  const key = nameKey(unit);
  const bare = nameKey(unit.replace(/^the\s+/i, ""));
  return [...siteKeys].some(
    (site) =>
      key === site ||
      bare === site ||
      ((key.startsWith(site) || bare.startsWith(site)) && /\p{Ll}\p{Lu}/u.test(unit)),
  );
}

/**
 * "THE HARBOR TIMES" opening the page over a line in lower case: the site's name in capitals, two
 * to five words, one a masthead word and one not a menu word ("WORLD NEWS" is a section).
 */
function isCapitalsMasthead(unit: string, next: string): boolean {
  const words = unit.split(" ");
  if (words.length < 2 || words.length > 5 || /[^\p{Lu}\p{N}\s&'’.-]/u.test(unit)) return false;
  if (!/\p{Ll}/u.test(next) || /[.!?:,|]/.test(unit)) return false;
  const keys = words.map((word) => nameKey(word));
  return (
    keys.some((key) => MASTHEAD_WORDS.has(key)) &&
    keys.some((key) => key !== "the" && !MASTHEAD_WORDS.has(key) && !isMenuWord(key))
  );
}

/** A caption whose photo credit carries a copyright notice: still a caption, not the page's tail. */
function isCreditedCaption(unit: string): boolean {
  return (
    !/^(?:©|\(c\)\s|copyright\b)/i.test(unit) &&
    /\bcopyright\b|\ball rights reserved\b/i.test(unit) &&
    wordCount(unit) >= 6 &&
    !isBarePhotoCredit(unit) &&
    isCaption(unit)
  );
}

/** A teaser of another story, cut off by the site with an ellipsis. */
function isTeaser(unit: string): boolean {
  return wordCount(unit) <= 45 && /(?:…|\.\.\.)$/.test(unit);
}

/** The title of another story in a list of links: short, no full stop. */
function isLinkLike(unit: string): boolean {
  return URL_ONLY.test(unit) || (wordCount(unit) <= 20 && !/\.["”’')\]]*$/.test(unit));
}

function isQuotedKicker(unit: Unit | undefined): boolean {
  if (!unit) return false;
  const plain = plainSpaces(unit.text);
  return wordCount(plain) <= 14 && /^["“‘']/.test(plain) && /["”’']$/.test(plain);
}

/** "“Council Drops Its Plan”" → "Council Drops Its Plan": a title set in quotation marks, as a reader cites it. */
function withoutEnclosingQuotes(title: string): string {
  const inner = /^["“](.+)["”]$/u.exec(title)?.[1];
  return inner && !/["“”]/u.test(inner) ? inner : title;
}

/** Three capitalised words, no label or menu: a short headline rather than a section name. */
function isShortTitle(unit: string): boolean {
  const words = unit.split(" ");
  return (
    words.length === 3 &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word)) &&
    // "Home News Sport" is a menu; "Via Coastal Wire:" a credit; "Tags: Ports" a label.
    !words.every((word) => isMenuWord(word)) &&
    !/[:|]/.test(unit) &&
    !VIA_LINE.test(unit) &&
    !isSiteLabel(unit) &&
    !isListHeading(unit) &&
    !isMenuBar(unit) &&
    !isBarePhotoCredit(unit)
  );
}

/** A headline reads as a title: not a sentence with a full stop, and not long. */
/**
 * "What Happened When The Jury Came Back?", "Why The Vote Matters": a section's heading inside the
 * story, every longer word capitalised, with no sentence's full stop, quote or comma. No answer.
 */
function isSubhead(unit: string): boolean {
  const words = unit.split(/\s+/);
  if (words.length < 4 || words.length > 12 || /[.!:;,"“”]|[’']\s|\s[‘']/.test(unit)) return false;
  return words.every((word) => word.replace(/[^\p{L}]/gu, "").length < 4 || /^\p{Lu}/u.test(word));
}

function isTitleLike(unit: string): boolean {
  const words = wordCount(unit);
  return words >= 3 && words <= 30 && !/[.:;,!?]["”’')]+$|[.:;,]$/.test(unit);
}

/** "Via Inside Edition", "Courtesy of The Valley Post": a line crediting the copy to another outlet. */
const VIA_LINE =
  /^(?:via|courtesy(?: of)?)\s+((?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*?(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*?|of|and)){0,5})\s*:?$/iu;

/** "Video by AFP", "Photos by Reuters": an agency credited with what the page shows. */
const MADE_BY =
  /^(?:[Vv]ideos?|[Ff]ootage|[Tt]ext|[Rr]eport|[Ss]tory) by:?\s+((?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})\.?$/u;

/** "Via Coastal Wire: Ferry services were cut …": a blog's credit opening the copy it quotes. */
const VIA_OPENING =
  /^(?:via|courtesy(?: of)?)\s+((?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*?(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*?|of|and)){0,5})\s*:\s+(?=\S)/iu;

/** Words that name a paper or station and no person ("News", "Gazette"), unlike "Post" or "Star". */
const PAPER_WORDS: ReadonlySet<string> = new Set(
  "news times herald tribune gazette journal courier daily chronicle ledger observer radio tv online network media magazine weekly bulletin".split(
    " ",
  ),
);

const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}\.?(?:[\p{Ll}'’-]+)?){1,3}$/u;

/** "Jane Doe, Reuters", "Jane Doe | The Harbor Times": a reporter's name and a known outlet. */
function isNameWithOutlet(unit: string): boolean {
  const match = /^(.+?)\s*(?:,|\|)\s*([^,|]+)$/.exec(unit);
  return (
    match?.[1] !== undefined &&
    PERSON_NAME.test(match[1]) &&
    directoryOutlet(match[2]?.trim() ?? "") !== null
  );
}

/**
 * "Jane Roe, Associated Press", "Jane Roe and Sam Poe | The Harbor Times": reporters' names, then
 * a known outlet or a masthead's name after a comma or bar. No sentence reads so.
 */
function isReporterCredit(unit: string): boolean {
  const match = /^(?:by\s+)?(.+?)\s*(?:,|\|)\s*([^,|]+)$/i.exec(unit);
  const [names, outlet] = [match?.[1], match?.[2]?.trim()];
  if (!names || !outlet || wordCount(unit) > 14) return false;
  const people = names.split(/\s*(?:,|\band\b|&)\s*/).filter((name) => name !== "");
  if (people.length === 0 || !people.every((name) => PERSON_NAME.test(name))) return false;
  return directoryOutlet(outlet) !== null || isSiteName(outlet, new Set());
}

/** A reporter's name alone on a line between the headline and the first paragraph. */
function nameUnderHeadline(units: readonly Unit[], headline: Unit | null): string | null {
  if (!headline) return null;
  for (const unit of units.slice(units.indexOf(headline) + 1)) {
    const plain = plainSpaces(unit.text);
    if (unit.role === "furniture" && isNameWithOutlet(plain)) return plain;
    if (
      unit.role === "furniture" &&
      PERSON_NAME.test(plain) &&
      // "The Harbor News" under the title is the masthead, not a reporter.
      !/^the\s/i.test(plain) &&
      !plain.split(" ").some((word) => PAPER_WORDS.has(nameKey(word))) &&
      !VIA_LINE.test(plain) &&
      !isSiteLabel(plain) &&
      !isBarePhotoCredit(plain) &&
      !isMenuBar(plain)
    )
      return plain;
    if (unit.role === "text" && !isTitleLike(plain)) return null;
  }
  return null;
}

/**
 * "Jane Roe" then "The Harbour Ledger" on the next line, under the headline: the paper the
 * reporter writes for, as networks of papers print it over a sister paper's story. The line must
 * read as an outlet's name (a known outlet, or capitalised words with a masthead word).
 */
function affiliationUnderByline(units: readonly Unit[], headline: Unit | null): string | null {
  const start = headline ? units.indexOf(headline) + 1 : 0;
  for (let i = start; i < Math.min(units.length - 1, start + 4); i++) {
    const unit = units[i];
    const names = unit && (isBylineUnit(unit) || isNamesList(plainSpaces(unit.text)));
    if (!names) {
      if (unit?.role === "text") return null;
      continue;
    }
    const next = units[i + 1];
    if (!next || next.role === "text" || next.role === "caption") return null;
    const plain = plainSpaces(next.text).replace(/^[-–—•·*]\s*/, "");
    // "By Al Jazeera" under a line read as names is the byline itself, no affiliation.
    if (wordCount(plain) > 6 || /[.!?:,|]$/.test(plain) || /^by\s/i.test(plain)) return null;
    const known = directoryOutlet(plain);
    if (known) return known.name;
    return isSiteName(plain, new Set()) ? readerCase(plain) : null;
  }
  return null;
}

/** "date 2021-08-29 …", "Date: 2021-08" opening a page: a stamp, not part of the first unit. */
const LEADING_STAMP = /^date:?\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*/i;

/** A promo kicker opening a title ("WATCH: …", "JUST IN: …") rather than a link to another story. */
const TITLE_KICKER =
  /^(?:WATCH|LIVE|BREAKING|JUST IN|UPDATE|UPDATED|EXCLUSIVE|VIDEO|PHOTOS|LISTEN)\s*:\s*\S/;

/** Splits the page into units, taking a leading date stamp off the first. */
function unitsOf(body: string): { units: string[]; stamp: string | null } {
  const units = splitPageUnits(body);
  const first = units[0];
  const match = first === undefined ? null : LEADING_STAMP.exec(first);
  if (!first || !match)
    return {
      units: splitGluedLabels(
        splitGluedCaptions(
          splitAiredTitles(splitTitleDates(splitGluedTitle(splitCaptionShortcodes(units)))),
        ),
      ),
      stamp: null,
    };
  const rest = first.slice(match[0].length);
  const stamp = /^\d{4}-\d{2}-\d{2}$/.test(match[1] ?? "") ? (match[1] ?? null) : null;
  const unstamped = rest.trim() === "" ? units.slice(1) : [rest, ...units.slice(1)];
  return {
    units: splitGluedLabels(
      splitGluedCaptions(
        splitAiredTitles(splitTitleDates(splitGluedTitle(splitCaptionShortcodes(unstamped)))),
      ),
    ),
    stamp,
  };
}

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
/** A date as a page prints it under or after a title, with its weekday and time if any. */
const PRINTED_DATE = `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[apAP]\\.?[mM]\\.?)?(?:\\s*\\p{Lu}{2,4})?)?`;

/** "Harbour festival returns15 January 2022", "Title | Updated: March 3, 2024": a title ending on its date. */
const TITLE_THEN_DATE = new RegExp(
  `^(.{12,200}?)\\s*(?:[|–—-]\\s*)?((?:(?:Published|Updated|Posted|Last updated)\\s*:?\\s*(?:on\\s+)?(?:\\d{1,2}[:.]\\d{2}\\s*[apAP]\\.?[mM]\\.?\\s*(?:\\p{Lu}{2,4}\\s+)?)?)?${PRINTED_DATE})$`,
  "iu",
);

/** "January 15, 2022Harbour festival returns": a date run into the title after it. */
const DATE_THEN_TITLE = new RegExp(`^(${PRINTED_DATE})\\s*(?=\\p{Lu})(.{12,200})$`, "u");

function dateThenTitle(unit: string): string[] | null {
  const match = DATE_THEN_TITLE.exec(unit);
  const title = match?.[2]?.trim();
  if (!match?.[1] || !title || !dateLine(match[1])) return null;
  // A title, not a dateline's paragraph: short, no sentence in it, no full stop closing it.
  const words = wordCount(title);
  if (words < 3 || words > 25 || /[.!?]["”’')]*(?:\s|$)/u.test(title) || /^[-–—:(]/.test(title))
    return null;
  return [match[1], title];
}

/**
 * Takes a date off the end of a title near the top of the page ("Ferry fares rise January 15,
 * 2022"), as its own unit: the title stays a title and the date is read as the page's date.
 * A byline with its date ("By Jane Doe March 14, 2024") is left whole.
 */
function splitTitleDates(units: string[]): string[] {
  return units.flatMap((unit, index) => {
    if (index > 5) return [unit];
    const plain = plainSpaces(unit);
    const dateFirst = dateThenTitle(plain);
    if (dateFirst) return dateFirst;
    const match = TITLE_THEN_DATE.exec(plain);
    const title = match?.[1]?.trim();
    if (!match?.[2] || !title || !dateLine(match[2])) return [unit];
    if (wordCount(title) < 3 || /[.!?,;:]["”’')]*$/.test(title) || /[.!?]\s+\p{Lu}/u.test(title))
      return [unit];
    if (/^by\s/i.test(title) || metadataLine(plain) || isNotice(plain)) return [unit];
    // "… to lead the country from" or "… on": a sentence going on into its date, not a title.
    if (/\b(?:on|from|since|until|till|to|by|of|in|at|before|after|between|and)$/i.test(title))
      return [unit];
    const readTime = READ_TIME_TAIL.exec(title);
    if (readTime && readTime.index > 0)
      return [title.slice(0, readTime.index).trimEnd(), readTime[0].trim(), match[2]];
    return [title, match[2]];
  });
}

/**
 * "Ferry Fares Rise on Line B-71 min read": a reading time run onto the title's end, before its
 * date. Glued to a name's number ("B-7"), only its last digit is the minutes ("1 min read").
 */
const READ_TIME_TAIL =
  /(?:(?<=\p{L})\d{1,2}|(?<=[^\s\p{L}])\d|(?<!\S)\d{1,2})\s*min(?:ute)?s?\s+read$/iu;

/** "Title April 15, 2019The story begins …": a title, its date and the first paragraph run together. */
const GLUED_TITLE =
  /^(.{15,200}?)\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})(?=\p{Lu})/u;

/** "Ferry Strike Enters Second Week; Museum Reopens. Aired 9-10a ET": a transcript's segment title and its hour. */
const AIRED_TAIL =
  /^(.{10,400}?)\.?\s+(Aired\s+\d{1,2}(?::\d{2})?(?:\s*-\s*\d{1,2}(?::\d{2})?)?\s*[ap]\.?m?\.?\s*(?:ET|EST|EDT|CT|PT|GMT|BST)?)$/iu;

/** "… on Sunday, Feb. 11, 2024, in …": the full date an agency's picture caption gives. */
const CAPTION_DATE =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b/;

/**
 * A lede with a picture's caption run on after it ("… the latest dynasty. Coach Lee holds the
 * trophy … on Sunday, Feb. 11, 2024, in Portville. (AP Photo/Jane Roe)"): two units, the lede and
 * the caption, cut where the caption's sentence starts.
 */
function splitGluedCaptions(units: string[]): string[] {
  return units.flatMap((unit) => {
    if (!isCaption(plainSpaces(unit))) return [unit];
    const dated = CAPTION_DATE.exec(unit);
    if (!dated) return [unit];
    const starts = [...unit.slice(0, dated.index).matchAll(/[.!?]["”’)]?\s+(?=\p{Lu})/gu)];
    const cut = starts[starts.length - 1];
    if (!cut || cut.index === undefined) return [unit];
    const at = cut.index + cut[0].length;
    const lede = unit.slice(0, at).trimEnd();
    // A caption of several sentences ("This illustration shows … . The probe is due …") stays whole.
    const describesPicture =
      isCaption(lede) || /\b(?:photo|image|picture|illustration)\b/i.test(lede);
    return wordCount(lede) >= 12 && !describesPicture ? [lede, unit.slice(at)] : [unit];
  });
}

/** "Published On: 13 October 2023Categories: News": a date with the next label glued to its year. */
const GLUED_LABEL =
  /(?<=\b(?:19|20)\d{2})(?=(?:Categories|Category|Tags|Topics|Posted in|Filed under|Author|Written by|By)\b\s*:?)/;

/** Takes the labels glued to a date line's year off it, as units of their own (near the top). */
function splitGluedLabels(units: string[]): string[] {
  return units.flatMap((unit, index) => {
    if (index > 8) return [unit];
    const plain = plainSpaces(unit);
    const at = GLUED_LABEL.exec(plain)?.index;
    if (at === undefined || !dateLine(plain.slice(0, at))) return [unit];
    return [plain.slice(0, at), plain.slice(at)];
  });
}

/** A publishing tool's caption left in the text: "[caption id=… ] Crews at work. Reuters[/caption]". */
const CAPTION_SHORTCODE = /\[caption\b[^\]]{0,200}\][^[]{1,600}?\[\/caption\]/giu;

/** Takes each caption shortcode out of the paragraph it sits in, as a unit of its own. */
function splitCaptionShortcodes(units: string[]): string[] {
  return units.flatMap((unit) => {
    if (!unit.includes("[/caption]")) return [unit];
    const pieces: string[] = [];
    let from = 0;
    for (const match of unit.matchAll(CAPTION_SHORTCODE)) {
      const at = match.index ?? 0;
      if (unit.slice(from, at).trim() !== "") pieces.push(unit.slice(from, at).trim());
      pieces.push(match[0]);
      from = at + match[0].length;
    }
    if (unit.slice(from).trim() !== "") pieces.push(unit.slice(from).trim());
    return pieces;
  });
}

/** Takes a transcript's air time off its segment title, as its own unit. */
function splitAiredTitles(units: string[]): string[] {
  return units.flatMap((unit, index) => {
    const match = index < 8 ? AIRED_TAIL.exec(plainSpaces(unit)) : null;
    return match?.[1] && match[2] ? [match[1], match[2]] : [unit];
  });
}

/** Takes a title and date run into the first paragraph apart, as three units of the page. */
function splitGluedTitle(units: string[]): string[] {
  const first = units[0];
  const glued = first === undefined ? null : GLUED_TITLE.exec(first);
  if (!first || !glued?.[1] || !glued[2] || /[.!?]/.test(glued[1].slice(-1))) return units;
  const title = glued[1];
  if (wordCount(title) < 3 || /[.!?]\s/.test(title)) return units;
  // A section word run into the title ("News NASA to …") is the section's label, not the title's.
  const section =
    /^(?:News|World|Business|Sports?|Politics|Opinion|Local|National|Nation|Tech|Science|Health|Entertainment)\s+(?=\p{Lu})/u.exec(
      title,
    );
  const titleText = section ? title.slice(section[0].length) : title;
  return [titleText, glued[2], first.slice(glued[0].length), ...units.slice(1)];
}

/** The unit that is the page's headline: the first title-like text, or a kicker title opening the page. */
function findHeadline(units: readonly Unit[], siteKeys: ReadonlySet<string>): Unit | null {
  const texts = units.filter((unit) => unit.role === "text");
  const opening = units.find((unit) => unit.role !== "furniture" || TITLE_KICKER.test(unit.text));
  if (opening && opening.role === "furniture" && isTitleLike(plainSpaces(opening.text)))
    return opening;
  // A short title opening the page ("UK PM Resigns"), each word capitalised, over the story.
  const [top, next] = units;
  if (
    top?.role === "furniture" &&
    next?.role === "text" &&
    isShortTitle(plainSpaces(top.text)) &&
    !isInterfaceLine(plainSpaces(top.text), siteKeys) &&
    !isCapitalsMasthead(plainSpaces(top.text), plainSpaces(next.text))
  )
    return top;
  // A short quotation over the title ("'We can't go home.'") is a kicker: the title comes after it;
  // a title in quotation marks over the story itself is the title.
  const quotedTitle =
    isQuotedKicker(texts[0]) &&
    !(texts[1] && isTitleLike(plainSpaces(texts[1].text))) &&
    isTitleLike(plainSpaces(texts[0]?.text ?? "").replace(/^["“‘']|["”’']$/gu, ""));
  const firstText = isQuotedKicker(texts[0]) && !quotedTitle ? texts[1] : texts[0];
  // A title over nothing is no title: it stands over a paragraph or, in a gallery, captions.
  const after = firstText ? units.slice(units.indexOf(firstText) + 1) : [];
  if (!firstText || !after.some((unit) => unit.role === "text" || unit.role === "caption"))
    return null;
  const plain = plainSpaces(firstText.text);
  if (/^[-–—•·*]\s/.test(plain)) return null;
  // A title printed twice over the story (the site's header and the article's) is the title,
  // whatever its closing mark.
  const second = texts[texts.indexOf(firstText) + 1];
  if (second && plainSpaces(second.text) === plain && wordCount(plain) <= 40) return firstText;
  const title = readTitleLine(plain, siteKeys);
  // Two title-like lines opening the page, the second right over the byline and no longer than
  // the first: the second is the title, the first a picture's alt text or a link to another story
  // set over it. (A standfirst under its title, over the byline, is the longer of the two.)
  const below = units[units.indexOf(firstText) + 1];
  if (
    firstText === units.find((unit) => unit.role !== "furniture") &&
    below?.role === "text" &&
    isTitleLike(plainSpaces(below.text)) &&
    wordCount(below.text) <= Math.min(25, wordCount(firstText.text) + 3) &&
    isBylineUnit(units[units.indexOf(firstText) + 2]) &&
    !isBylineUnit(below)
  )
    return below;
  if (isTitleLike(title ? title.headline : plain)) return firstText;
  if (isTitleCaseSentence(plain)) return firstText;
  const lede = after.find((unit) => unit.role === "text");
  return lede && isRestatedSentence(plain, plainSpaces(lede.text)) ? firstText : null;
}

/** A byline line: "By Jane Doe", "Edited by Jane Doe", or a reporter's name alone on its line. */
function isBylineUnit(unit: Unit | undefined): boolean {
  if (!unit) return false;
  const plain = plainSpaces(unit.text);
  if (unit.role === "metadata")
    return unit.line.kind === "byline" || /^(?:written|edited|compiled) by\s/i.test(plain);
  return (
    unit.role === "furniture" &&
    PERSON_NAME.test(plain) &&
    !plain.split(" ").some((word) => PAPER_WORDS.has(nameKey(word))) &&
    // "Harbor Enquirer" under the names is an outlet, not a reporter.
    directoryOutlet(plain) === null
  );
}

/**
 * A title in title case closed by a full stop ("Mayor Resigns After the Budget Vote."): each long
 * word capitalised, one sentence, not long. A lede is not written so.
 */
function isTitleCaseSentence(unit: string): boolean {
  const words = unit.split(" ");
  if (words.length < 4 || words.length > 20 || !/\p{L}\.$/u.test(unit)) return false;
  if (/[.!?]["”’')]*\s/u.test(unit) || /[,;:]/.test(unit)) return false;
  const long = words.filter((word) => /\p{L}{4,}/u.test(word));
  return long.length >= 3 && long.every((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word));
}

/**
 * A title written as one sentence with its full stop ("The mayor resigns after the vote."), told
 * again by the paragraph under it: most of its words come back in the lede. A sentence with a
 * lede's marks (commas, a weekday, "according to") is the lede itself.
 */
function isRestatedSentence(unit: string, lede: string): boolean {
  const words = wordCount(unit);
  if (
    words < 5 ||
    words > 16 ||
    !/[.!?]["”’')]*$/.test(unit) ||
    /[.!?]["”’')]*\s+\p{Lu}/u.test(unit)
  )
    return false;
  // A lede's marks: clauses set off by commas, the day it happened, a source it cites.
  if (
    /,|\b(?:on|last|this) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|^according\b/i.test(
      unit,
    )
  )
    return false;
  const shared = sharedWords(unit, lede);
  return shared >= 3 && shared >= 0.5 * contentWords(unit);
}

/** What is known of a page before reading it: the names its site goes by (from its file name or address). */
export interface PageHints {
  readonly siteNames?: readonly string[];
  /** The page's address and file name, whose words may tell its story. */
  readonly slugs?: readonly (string | null)[];
}

/** How much better the chooser's best must score to overrule the headline the page's rules read. */
const OVERRULE_MARGIN = 1.5;

/**
 * A title-shaped line printed twice running that the page's rules took for a picture's alt text
 * and caption: the chooser weighs the first of the two as a title too.
 */
function isPrintedTwice(units: readonly Unit[], i: number): boolean {
  const unit = units[i];
  const next = units[i + 1];
  if (!unit || !next || unit.role === "text" || unit.role === "metadata") return false;
  const plain = plainSpaces(unit.text);
  return i < 12 && plain === plainSpaces(next.text) && isTitleLike(plain) && !isCaption(plain);
}

/** The unit's kind for the headline chooser. */
function chooserKind(unit: Unit): HeadlineUnit["kind"] {
  if (unit.role === "metadata")
    return unit.line.kind === "byline" || unit.line.kind === "date" ? unit.line.kind : "other";
  if (unit.role === "furniture" && isBylineUnit(unit)) return "byline";
  return unit.role;
}

/**
 * The headline: the one the page's rules read, unless the scored chooser finds a line that tells
 * a title much better (or the rules found none and a line scores as a title).
 */
function chooseHeadline(units: Unit[], rules: Unit | null, slug: ReadonlySet<string>): Unit | null {
  if (rules && rules.role !== "text") return rules;
  // "'We are ready,' said Jane Roe" on the first line: the lede's quote, no title.
  const ruled = rules && isQuoteBySpeaker(plainSpaces(rules.text)) ? null : rules;
  // A first line of a lede's length ("THE dead include, …, and four from …") is the lede.
  if (ruled && isLedeLength(ruled) && ruled === units.find((unit) => unit.role === "text"))
    return null;
  const scored = scoreHeadlines(
    units.map((unit, i) => ({
      text: plainSpaces(unit.text),
      // When the rules read no title, a line printed twice they took for alt text may be it.
      kind: !ruled && isPrintedTwice(units, i) ? "text" : chooserKind(unit),
    })),
    slug,
  );
  const best = scored[0];
  if (!best || best.score < HeadlineWeights.floor) return ruled;
  const bestUnit = units[best.index] ?? null;
  // A sentence under a paragraph of the story's prose is the story going on, not its title: a
  // page with no title keeps its first paragraph.
  const sentence = (unit: Unit) => /[.!?]["”’)]?$/u.test(plainSpaces(unit.text));
  if (
    !ruled &&
    bestUnit &&
    sentence(bestUnit) &&
    units
      .slice(0, best.index)
      .some((unit) => unit.role === "text" && sentence(unit) && wordCount(unit.text) >= 15)
  )
    return null;
  // The page's first paragraph, when the rules read no title there: a sentence closed by a full
  // stop, or a run too long for a title, is the lede of a page that shows no headline.
  const firstText = units.find((unit) => unit.role === "text");
  if (
    !ruled &&
    bestUnit === firstText &&
    bestUnit &&
    ((/[\p{L}\p{N}][.]["”’)]?$/u.test(plainSpaces(bestUnit.text)) &&
      wordCount(bestUnit.text) >= 6) ||
      isLedeLength(bestUnit))
  )
    return null;
  if (!ruled) return bestUnit;
  const ruledScore = scored.find((entry) => units[entry.index] === ruled)?.score;
  if (ruledScore === undefined || best.score >= ruledScore + OVERRULE_MARGIN) return bestUnit;
  return ruled;
}

/**
 * Twenty-five words or more, most of them in lower case or run as a list of four commas: longer
 * than a title is written (a long title in title case, "Crews Race To Reach …", is a tabloid's).
 */
function isLedeLength(unit: Unit): boolean {
  const words = plainSpaces(unit.text).split(" ");
  const long = words.filter((word) => /\p{L}{4,}/u.test(word));
  const capitalised = long.filter((word) => /^["“‘'(]?\p{Lu}/u.test(word)).length;
  const commas = (unit.text.match(/,/g) ?? []).length;
  return words.length >= 25 && (capitalised < long.length / 2 || commas >= 4);
}

/** A line's words, folded, for telling two wordings of one title apart. */
function foldedWords(text: string): string[] {
  return plainSpaces(text)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * "Searchers Race to Reach Village" over a section label, then "Searchers race to reach village
 * cut off by the landslide": the browser's short title in capitals, and under it the article's own
 * longer title opening with the same words. The longer is the headline.
 */
function fullerTitleBelow(units: readonly Unit[], chosen: Unit | null): Unit | null {
  if (!chosen) return chosen;
  const at = units.indexOf(chosen);
  const short = foldedWords(chosen.text);
  if (short.length < 4 || !isCapitalisedTitle(plainSpaces(chosen.text))) return chosen;
  for (const unit of units.slice(at + 1, at + 4)) {
    if (unit.role !== "text") continue;
    const plain = plainSpaces(unit.text);
    const long = foldedWords(plain);
    const shared = short.findIndex((word, i) => long[i] !== word);
    const leading = shared < 0 ? short.length : shared;
    if (
      leading >= 4 &&
      leading >= short.length * 0.6 &&
      long.length > short.length &&
      long.length <= 30 &&
      !/[.!?]["”’]?$/.test(plain) &&
      !isCapitalisedTitle(plain)
    )
      return unit;
    // Only a section's label or a stamp may stand between the two.
    if (wordCount(plain) > 3) break;
  }
  return chosen;
}

/** "Searchers Race to Reach Village": nearly every word of four letters or more capitalised. */
function isCapitalisedTitle(text: string): boolean {
  const long = text.split(/\s+/).filter((word) => /\p{L}{4,}/u.test(word));
  const capitalised = long.filter((word) => /^["“‘'(]?\p{Lu}/u.test(word)).length;
  return long.length >= 3 && capitalised >= long.length * 0.8;
}

/** Takes raw page text (without front matter) apart into metadata and passages. */
export function cleanPage(body: string, hints: PageHints = {}): CleanPage {
  const { units: rawUnits, stamp } = unitsOf(body);
  const siteKeys = new Set((hints.siteNames ?? []).map(nameKey).filter((key) => key.length >= 3));
  const units = classifyUnits(rawUnits, siteKeys);
  const ruled = findHeadline(units, siteKeys);
  const headlineUnit = fullerTitleBelow(
    units,
    chooseHeadline(units, ruled, slugWordsOf(...(hints.slugs ?? []))),
  );
  // Short lines over a headline the chooser found further down: alt text, slogans, promos.
  const headlineIndex = headlineUnit ? units.indexOf(headlineUnit) : -1;
  const aboveChosen = new Set(
    headlineUnit && headlineUnit !== ruled
      ? units
          .slice(0, headlineIndex)
          .filter((unit) => unit.role === "text" && wordCount(unit.text) <= 25)
      : [],
  );
  // Reporters' names alone under the headline and its picture ("Jane Roe Sam Poe"): the byline.
  const under =
    headlineIndex >= 0
      ? units
          .slice(headlineIndex + 1, headlineIndex + 5)
          .find((unit) => unit.role !== "caption" && unit.role !== "furniture")
      : undefined;
  const namesUnder =
    under?.role === "text" && isNamesList(plainSpaces(under.text)) ? under : undefined;
  const titleLine = headlineUnit ? readTitleLine(plainSpaces(headlineUnit.text), siteKeys) : null;
  const headlineText = headlineUnit
    ? withoutEnclosingQuotes(titleLine?.headline ?? plainSpaces(headlineUnit.text))
    : null;

  const lines = units.flatMap((unit) => (unit.role === "metadata" ? [unit.line] : []));
  const namedByline = lines.some((line) => line.kind === "byline")
    ? null
    : namesUnder
      ? plainSpaces(namesUnder.text)
      : nameUnderHeadline(units, headlineUnit);
  const printHeadline = lines.find((line) => line.kind === "printHeadline")?.text ?? null;
  const section = lines.find((line) => line.kind === "section");
  const datedLine = lines.find((line) => line.kind === "date");
  // A live page's title opening on its day ("October 7, 2023: …") over an "Updated …" line of a
  // later day: the title's day is the story's.
  const datedUnit = units.find((unit) => unit.role === "metadata" && unit.line === datedLine);
  const titleDay = headlineText ? TITLE_OPENING_DATE.exec(headlineText)?.[1] : undefined;
  const titleDayIso =
    titleDay && datedUnit && /^(?:last )?updated\b/i.test(plainSpaces(datedUnit.text))
      ? (findDate(titleDay)?.iso ?? null)
      : null;
  const sameAsHeadline = (text: string) =>
    headlineText !== null && plainSpaces(text).toLowerCase() === headlineText.toLowerCase();
  // The line set over a title that stands right over its byline (alt text, another story's link).
  const headlineAt = headlineUnit ? units.indexOf(headlineUnit) : -1;
  const overTitle =
    headlineAt > 0 &&
    units.slice(0, headlineAt - 1).every((unit) => unit.role === "furniture") &&
    units[headlineAt - 1]?.role === "text" &&
    isBylineUnit(units[headlineAt + 1])
      ? units[headlineAt - 1]
      : undefined;
  // The page's title cut short again further down ("Ferry Fares Rise for the Win…"): a share
  // card's or a footer's copy of it, never the story's words.
  const titles = [headlineText ?? "", ...rawUnits.slice(0, 3).map(plainSpaces)]
    .filter((title) => title.length >= 30)
    .map((title) => title.toLowerCase());
  const cutTitle = (unit: Unit) => {
    const whole = plainSpaces(unit.text).toLowerCase();
    const plain = whole.replace(/\s*(?:\.{3}|…)$/u, "");
    return (
      plain.length >= 20 &&
      !/[.!?]["”’)]?$/u.test(plain) &&
      titles.some(
        (title) => title !== whole && title.length > plain.length && title.startsWith(plain),
      )
    );
  };
  const firstTextUnit = units.find((unit) => unit.role === "text");
  const passages = units.flatMap((unit): Array<{ kind: PassageKind; text: string }> => {
    if (unit === headlineUnit || unit === overTitle || unit === namesUnder || aboveChosen.has(unit))
      return [];
    if (unit.role === "text" && unit !== firstTextUnit && cutTitle(unit)) return [];
    if (unit.role === "text" && !sameAsHeadline(unit.text))
      return [{ kind: "paragraph", text: bodySpan(unit.text.trim()) }];
    if (unit.role === "caption" && !sameAsHeadline(unit.text))
      return [{ kind: "caption", text: captionSpan(unit.text.trim()) }];
    return [];
  });
  // Captions credit photographers, not the page: they name no outlet.
  const furnitureText = units
    .filter((unit) => unit.role === "furniture" || unit.role === "metadata")
    .map((unit) => plainSpaces(unit.text));
  const firstParagraph = passages.find((passage) => passage.kind === "paragraph")?.text;
  const address = pageAddress(rawUnits);
  const affiliation = affiliationUnderByline(units, headlineUnit);
  const read = pageOutlets(
    furnitureText,
    firstParagraph && plainSpaces(firstParagraph),
    passages.map((passage) => plainSpaces(passage.text)),
    titleLine?.site ?? null,
    lines.find((line) => line.kind === "byline")?.text ?? namedByline,
    units.flatMap((unit) => (unit.role === "text" ? [plainSpaces(unit.text)] : [])),
    address ? outletFromHost(address.host) : null,
    // The paper its own captions credit its photographers to: the page's, when nothing else says.
    staffPhotoOf(units),
  );
  const { ownOutlet, titleOutlet } = read;
  // An agency's name under the reporter's ("Jane Roe" / "Associated Press") credits its copy.
  const affiliatedWire = affiliation !== null && isWireService(affiliation) ? affiliation : null;
  const { bylineOutlet } = read;
  // A gallery (captions and no story) whose every picture one agency credits carries its captions.
  const copyOutlet =
    read.copyOutlet ??
    affiliatedWire ??
    (firstParagraph === undefined
      ? galleryAgency(
          units.flatMap((unit) => (unit.role === "caption" ? [plainSpaces(unit.text)] : [])),
        )
      : null);

  return {
    outlet: ownOutlet ?? copyOutlet,
    ownOutlet,
    copyOutlet,
    titleOutlet,
    bylineOutlet,
    affiliatedOutlet: affiliatedWire ? null : affiliation,
    // A title in capitals over its standfirst ("Markets Rally On Fed News") is no masthead.
    mastheadName:
      headlineUnit && plainSpaces(headlineUnit.text) === plainSpaces(rawUnits[0] ?? "")
        ? null
        : mastheadName(rawUnits),
    titleDate: titleLine?.date ?? null,
    urlDate: address?.date ?? null,
    openingDate:
      openingDate(rawUnits[0]) ??
      (firstParagraph ? datelineDate(plainSpaces(firstParagraph)) : null),
    lines: rawUnits.map(plainSpaces),
    headline: headlineText ?? printHeadline,
    published:
      section?.published ??
      titleDayIso ??
      datedLine?.published ??
      lines.flatMap((line) =>
        line.kind === "byline" && line.published ? [line.published] : [],
      )[0] ??
      stamp ??
      null,
    byline: lines.find((line) => line.kind === "byline")?.text ?? namedByline,
    credits: lines.flatMap((line) => (line.kind === "credit" ? [line.text] : [])),
    printHeadline,
    section: section?.text ?? null,
    passages,
  };
}

function staffPhotoOf(units: readonly Unit[]): string | null {
  const name = staffPhotoOutlet(
    units.flatMap((unit) => (unit.role === "caption" ? [plainSpaces(unit.text)] : [])),
  );
  return name && !isWireService(name) ? name : null;
}

/** "October 7, 2023: Israel says …": a live page's title opening on its day. */
const TITLE_OPENING_DATE =
  /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})\s*[:|–—-]\s+\S/u;

/** "… emergency. July 23, 2022 The global …", "… asteroid Trending September 27, 2022 Washington …" */
const OPENING_DATE =
  /(?:[.!?…]|\b(?:Trending|Updated|Published|Posted|Breaking))\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\s+(?=\p{Lu})/u;

/** "15th January 2022 – (Marlow Bay) The council …", "PORTSEA, 3 March 2024 — …": a dated dateline. */
const DATED_DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}\\p{M} .'’-]{1,40},\\s*)?(${PRINTED_DATE})\\s*[-–—:]{1,2}\\s*(?:\\([^()]{1,40}\\)\\s*[-–—:]?\\s*)?(?=[\\p{Lu}"“‘'])`,
  "u",
);

function datelineDate(paragraph: string): string | null {
  const match = DATED_DATELINE.exec(paragraph);
  return match?.[1] ? (findDate(match[1])?.iso ?? null) : null;
}

function openingDate(unit: string | undefined): string | null {
  const match = unit === undefined ? null : OPENING_DATE.exec(unit.slice(0, 400));
  return match?.[1] ? (findDate(match[1])?.iso ?? null) : null;
}

/** A paragraph's quotable span: without a trailing "[…]Full Article" link an aggregator adds. */
function bodySpan(whole: string): string {
  // "[ad_1] " left by a publishing plug-in, or a "Developing story:" label, opens the unit: not the outlet's words.
  const lead =
    /^\[(?:ad_\d+|adsense|advert)\]\s*|^(?:developing(?: story)?|breaking(?: news)?|just in|update)\s*:\s+(?=\p{Lu})/iu.exec(
      whole,
    );
  const opened = lead ? whole.slice(lead[0].length) : whole;
  // "Via Coastal Wire: …" credits the copy that follows: the credit is not its words.
  const via = VIA_OPENING.exec(opened);
  const text =
    via && wordCount(opened.slice(via[0].length)) >= 4 ? opened.slice(via[0].length) : opened;
  const link = execQuick(FULL_ARTICLE_LINK, text);
  const linked = link ? text.slice(0, link.index).trimEnd() : text;
  // "… the vote.Also Read - Council Delays Budget …": a link to another story glued on the end,
  // and a "Stay tuned to … for updates" line before it.
  const also = execQuick(ALSO_READ_TAIL, linked);
  const unlinked = also ? linked.slice(0, also.index).trimEnd() : linked;
  const tuned = execQuick(STAY_TUNED_TAIL, unlinked);
  const untuned = tuned ? unlinked.slice(0, tuned.index).trimEnd() : unlinked;
  const tags = TRAILING_HASHTAGS.exec(untuned);
  const tagless = tags ? untuned.slice(0, tags.index).trimEnd() : untuned;
  // "… the award.source: dailyfeed": where an aggregator took the copy, glued to the last sentence.
  const source = execQuick(SOURCE_TAIL, tagless);
  const untagged = source ? tagless.slice(0, source.index).trimEnd() : tagless;
  // A share button copied onto the end of the last sentence ("… other projects. share.").
  const share = execQuick(TRAILING_SHARE, untagged);
  const unshared = share ? untagged.slice(0, share.index).trimEnd() : untagged;
  // An agency signing off its copy after the last sentence ("… officials said. — Reuters").
  const signed = wireSignOff(unshared);
  const unsigned = signed ? unshared.slice(0, signed.index).trimEnd() : unshared;
  // A video's credit run on after its last words ("… the situation Credit: Red Cross via Storyful").
  const credit = CLIP_CREDIT.exec(unsigned);
  return credit && wordCount(unsigned.slice(0, credit.index)) >= 4
    ? unsigned.slice(0, credit.index).trimEnd()
    : unsigned;
}

/** "… Credit: Harbour Red Cross via Storyful": the source of a clip and the agency that carried it. */
const CLIP_CREDIT =
  /\s+Credit:\s*([\p{L}\p{N}][\p{L}\p{N}.&'’ -]{1,80}?)(?:\s+via\s+([\p{L}][\p{L}.&'’ -]{1,40}?))?\s*$/u;

/** The agency a clip's credit names, when it is a known agency. */
function clipCreditAgency(paragraph: string): string | null {
  const match = CLIP_CREDIT.exec(paragraph);
  const name = match?.[2] ?? match?.[1];
  return name && isWireService(name) ? name : null;
}

/**
 * "… said. — Reuters", "… said. (AFP)", "… said. PORTVILLE (Reuters)": an agency's name after a
 * paragraph's last full stop, its dateline's city in capitals moved there or not.
 */
const SIGN_OFF =
  /(?<=[.!?"”’])\s*(?:[-–—]\s*([\p{L}][\p{L}.&'’ -]{1,30}?)|(?:\p{Lu}{3,}(?:[ /-]\p{Lu}{2,}){0,2}\s+)?\(([\p{L}][\p{L}.&'’ -]{1,30}?)(?:\s*[/,]\s*[\p{L}][\p{L}.&'’ -]{0,30}){0,3}\))\s*\.?$/u;

/** The agency signing off a paragraph, and where its sign-off starts; null when none does. */
function wireSignOff(paragraph: string): { name: string; index: number } | null {
  const match = SIGN_OFF.exec(paragraph);
  const name = match?.[1] ?? match?.[2];
  if (!match || !name || !isWireService(name) || wordCount(paragraph.slice(0, match.index)) < 4)
    return null;
  return { name, index: match.index };
}

/** "New Delhi [India], June 24 (ANI):", "PORTVILLE (NL), March 3 (PTI):": an agency's dateline closed by a colon. */
const COLON_DATELINE =
  /^\p{Lu}[\p{L}\p{M} .'’-]{1,40}(?:\s*\[[\p{L} .'’-]{2,30}\]|\s*\([\p{L} .'’-]{2,30}\)(?=,))?,?\s*(?:[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?\s*)?\(([\p{L}][\p{L}.&' -]{1,30})\)\s*:/u;

function colonDateline(paragraph: string | undefined): string | null {
  const name = paragraph ? COLON_DATELINE.exec(paragraph)?.[1] : undefined;
  return name && isWireService(name) ? name : null;
}

/** "(With inputs from PTI)", "This story was written by The Associated Press.": whose copy it is. */
const WRITTEN_BY =
  /^\(?(?:with (?:inputs|input|agency inputs) from|(?:this (?:story|article|report) (?:was )?)?(?:written|reported|produced|provided) by)\s+(?:the\s+)?([\p{L}][\p{L}.&'’ -]{1,40}?)(?:\s*(?:,|and|&)\s*[\p{L}.&'’ -]{1,40})*\.?\)?\.?$/iu;

function writtenBy(lines: readonly string[]): string | null {
  for (const line of lines) {
    const name = WRITTEN_BY.exec(line)?.[1];
    if (name && isWireService(name)) return name;
  }
  return null;
}

/** A name in capitals ("AL JAZEERA") as a reader writes it; letter names ("CNN", "BBC") stay. */
function readerCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}{5,}|\p{Lu}{2,}(?=\s|$)/gu, (word) =>
    word.length <= 4 ? word : word.charAt(0) + word.slice(1).toLowerCase(),
  );
}

/** "New York CNN –" on a line of its own: a city and a known outlet's name before a dash, a dateline without brackets. */
const CITY_OUTLET_DATELINE =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3},?\s+(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})\s*[-–—]{1,2}$/u;

/** The outlet a bracketless dateline names, when the name after the city is a known outlet's. */
function cityOutletDateline(texts: readonly (string | undefined)[]): string | null {
  for (const text of texts) {
    const name = text ? CITY_OUTLET_DATELINE.exec(text)?.[1] : undefined;
    if (name && directoryOutlet(name)) return name;
  }
  return null;
}

/** "Outlet – " opening the first paragraph ("ABC NEWS– Hurricane …"): whose copy it is. */
const OPENING_OUTLET =
  /^((?:[\p{Lu}\p{N}][\p{Lu}\p{N}&.'’]*)(?: [\p{Lu}\p{N}][\p{Lu}\p{N}&.'’]*){0,3})(?:\s*[–—]\s*|-\s+)\p{Lu}/u;
/**
 * "PORTVILLE (Harbor Post / Harbor Post Online - 3rd March, 2024) …": a dateline whose brackets
 * hold the site's names and the day, as a site dates its own copy: the first name is the site's.
 */
const DATED_OWN_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}\s*\((\p{Lu}[\p{L}\p{N}.&'’ ]{1,30}?)\s*(?:\/[^()]{1,60}?)?\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+,?\s+\d{4}\)/u;

function datedOwnDateline(paragraph: string | undefined): string | null {
  const name = paragraph ? DATED_OWN_DATELINE.exec(paragraph)?.[1] : undefined;
  return name && !isWireService(name) ? name : null;
}

/** "OSTBURG, March 3. /NORDPRESS/." — an agency between slashes after the dateline. */
const SLASH_DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40},\s*[\p{L}.]+\s+\d{1,2}\.?\s*\/\s*([\p{L}\p{N}&.' -]{2,30}?)\s*\/\s*\.?/u;
/** "Portville, Norland | Newswire | A poet from the coast …": an agency between bars after the dateline. */
const PIPE_DATELINE = /^\p{Lu}[\p{L}\p{M} .,'’-]{1,40}?\s*\|\s*([\p{L}.&' -]{2,30}?)\s*\|\s+\S/u;

function pipeDateline(paragraph: string | undefined): string | null {
  const name = paragraph ? PIPE_DATELINE.exec(paragraph)?.[1] : undefined;
  return name && isWireService(name) ? name : null;
}

/** "This article originally appeared in The Prairie Courier." */
const ORIGINALLY_APPEARED =
  /\b(?:(?:[Oo]riginally|[Ff]irst) (?:appeared|published|ran|posted|featured)|appeared first|[Rr]ead the original (?:article|story|post)|[Rr]epublished|[Rr]eprinted|[Pp]roduced)(?: with (?:the )?permission)? (?:in|on|by|from|of|at)\s+((?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|and)){0,5}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/u;

/** "©2024 The Harbor Times. Visit harbortimes.com. Distributed by …": a syndicated paper's copyright. */
const SYNDICATED_COPYRIGHT =
  /^(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}\s*)?((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’-]*|of|and)){0,5})\..{0,80}\b[Dd]istributed by\b/u;

/** "The Harbor Times." or "harbortimes.com" named as the copy's first publisher: an outlet's name. */
function publisherName(name: string | undefined): string | null {
  // "… appeared in The Harbor Times and is republished …": the little word after the name is the sentence's.
  const trimmed = name
    ?.trim()
    .replace(/[.,;:]+$/, "")
    .replace(/(?: (?:and|of))+$/, "");
  if (!trimmed) return null;
  if (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(trimmed))
    return outletFromHost(`www.${trimmed.toLowerCase()}`);
  return trimmed.replace(/^the /, "The ");
}

/** "ABC NEWS", "AFP": a known outlet, or a name with a masthead word; not a dateline's city ("PARIS"). */
function namesAnOutlet(name: string): boolean {
  return (
    directoryOutlet(name) !== null ||
    name.split(/\s+/).some((word) => MASTHEAD_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, "")))
  );
}

/** "by Jane Doe Agence France Presse OSLO, Norway (AFP) — …": an agency's dateline inside the opening. */
function agencyInOpening(paragraph: string | undefined): string | null {
  const match = paragraph
    ? /\(([\p{L}][\p{L}.&-]{1,20})\)\s*[-–—]/u.exec(paragraph.slice(0, 240))
    : null;
  return match?.[1] && isWireService(match[1]) ? match[1] : null;
}

/** "Information for this article was contributed by A, B and C of The Washington Post." */
const CONTRIBUTED_OF =
  /\b[Cc]ontributed by\b.{2,200}\bof ((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4})\.?$/u;

/** "The Kestrel Wire contributed to this report.": an agency that gave the story some of its copy. */
const AGENCY_CONTRIBUTED =
  /^((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4}) (?:also )?contributed (?:to )?(?:this|the) (?:report|article|story)\.?$/u;

function contributedBy(furniture: readonly string[]): string | null {
  for (const line of furniture) {
    const name = CONTRIBUTED_OF.exec(line)?.[1];
    if (name) return name.replace(/^the /, "The ");
    const agency = AGENCY_CONTRIBUTED.exec(line.trim())?.[1];
    if (agency && isWireService(agency)) return agency;
  }
  return null;
}

/** A line that is only a known outlet's name ("South China Morning Post" under a title): a syndication credit. */
function creditedOutlet(furniture: readonly string[]): string | null {
  for (const line of furniture) {
    const name = line
      .replace(/^[-–—•·*]\s*/, "")
      .replace(/^from\s+(?=(?:the\s+)?\p{Lu})/iu, "")
      .trim();
    // "(Associated Press)" under a caption credits the picture, not the story.
    if (/^\(.*\)\.?$/.test(name)) continue;
    // "WAM" or "PTI" alone under the story signs off an agency's copy.
    if ((name.length < 4 && !isWireService(name)) || name.split(" ").length > 6) continue;
    const known = directoryOutlet(name);
    if (known && namedAsListed(name, known)) return known.name;
  }
  return null;
}

/**
 * Whether a line names the outlet as the directory lists its name or an alias, not only as its
 * address reads or without its article: "Breaking News" or "Local" on a menu is no credit of
 * "BreakingNews.ie" or "The Local"; "Associated Press" is one of "The Associated Press".
 */
function namedAsListed(line: string, known: DirectoryOutlet): boolean {
  const bare = (name: string) => nameKey(name.replace(/^the\s+/i, ""));
  return [known.name, ...known.aliases].some(
    (name) => nameKey(name) === nameKey(line) || (/\s/.test(line) && bare(name) === bare(line)),
  );
}

/** "…, reports AFP." or "…, AFP reported." closing the first paragraph: an agency's copy. */
const REPORTS_WIRE =
  /,?\s+(?:reports?)\s+((?:the )?\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2})\.$|,\s+((?:the )?\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2}) (?:reported|reports)\.$/u;

/**
 * "…, NORDPRESS reports citing Harbor Wire.": an agency writing of itself in the third person, as
 * some agencies' house style has it, and the outlet whose report it retells.
 */
const REPORTS_CITING =
  /,\s+((?:the )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3}) (?:reports|reported|informs|learned) (?:citing|quoting|with reference to|referring to) (?:the )?(\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\.?$/u;

function reportsCiting(firstParagraph: string | undefined): { own: string; copy: string } | null {
  const sentence = firstParagraph?.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? "";
  const match = REPORTS_CITING.exec(sentence);
  const [own, copy] = [match?.[1], match?.[2]?.replace(/\.$/, "")];
  if (!own || !copy) return null;
  // The teller must read as an outlet: known, in capitals, or a masthead's words.
  const outletLike = (name: string) =>
    directoryOutlet(name) !== null || /^\p{Lu}{2,8}$/u.test(name) || isSiteName(name, new Set());
  return outletLike(own) && outletLike(copy) ? { own, copy } : null;
}

/** "“… five other countries” reports The Harbor Times.": a page quoting another outlet's copy. */
const QUOTED_REPORT =
  /^["“].{60,}["”]\s*,?\s+(?:reports?|writes|wrote|reported)\s+((?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})\.$/u;

/** Words that open a paragraph in capitals without naming anyone: "UPDATE —", "BREAKING —". */
const KICKERS =
  /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|WATCH|LIVE|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|PHOTOS|VIDEO|CORRECTION|EDITOR'S NOTE|NOTE|FIRST ON|DEVELOPING|JUST IN|ALERT|FLASH|URGENT)$/;

/** "01:39 - Source: CNN", "Source| BBC", "Reuters | Updated: …" */
const SOURCE_LINE = /^(?:\d{1,2}:\d{2}\s*[-–—]\s*)?source\s*[:|]\s*([\p{L}\p{N}&.' -]{2,40})$/iu;

/** The agency credited in a caption's closing parenthesis: "(ASI/NASA via AP)", "(AP Photo/Jane Roe)". */
function creditedAgency(caption: string): string | null {
  const credit = /\(([^()]{1,120})\)\s*\.?$/.exec(caption)?.[1] ?? "";
  const names = credit
    .replace(/\b(?:photo|file)\b/gi, " ")
    .split(/\s*(?:\/|\bvia\b|,)\s*/)
    .map((name) => name.trim());
  const agency = names.find((name) => name !== "" && isWireService(name));
  return agency ? (directoryOutlet(agency)?.name ?? agency) : null;
}

/** The one agency every caption of a gallery credits, when there are two captions or more. */
function galleryAgency(captions: readonly string[]): string | null {
  if (captions.length < 2) return null;
  const agencies = new Set(captions.map(creditedAgency));
  const [only] = agencies;
  return agencies.size === 1 && only ? only : null;
}

/** "… CNBC reports … reports the AP … per Reuters": how many known outlets a paragraph cites. */
function citedOutlets(paragraph: string): number {
  const cited = new Set<string>();
  const pattern =
    /\b(?:per|reports?|according to|told|said)\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3})|(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}) (?:reports|reported|said)\b/gu;
  for (const match of paragraph.matchAll(pattern)) {
    const known = directoryOutlet(match[1] ?? match[2] ?? "");
    if (known) cited.add(known.name);
  }
  return cited.size;
}

// The tails a paragraph may end with are looked for only where their literal text stands.
const ALSO_READ_TAIL = quickPattern(
  /(?<=[.!?…"”’)])\s*(?:also read|read also|read more|related|see also)\s*[-–:|]\s*\S.{3,200}$/i,
);
const STAY_TUNED_TAIL = quickPattern(
  /(?<=[.!?…"”’)])\s+Stay tuned (?:to|for)\b(?:[^.!?]|\.(?=\w)){0,140}[.!?]?$/,
);
const FULL_ARTICLE_LINK = quickPattern(
  /(?<=[.!?…\]”"’)])\s*(?:full (?:article|story)|read more|continue reading)\s*(?:»|›|>)?$|\s*\[(?:more|read more|full story|continue reading)\b[^\]]{0,30}\]$/i,
);
const SOURCE_TAIL = quickPattern(/(?<=[.!?…"”’])\s*source\s*:\s*[\p{L}\p{N} .&'’-]{2,40}$/iu);

/** "… projects. share.", "… a year. Share this": a share button's word after the last full stop. */
const TRAILING_SHARE = quickPattern(
  /(?<=[.!?…"”’)])\s+(?:share|share this|shares|tweet)\s*[.!]?$/i,
);

/** Hashtags closing the last paragraph ("… a year. #CNN #News"): an aggregator tags whose clip it is. */
const TRAILING_HASHTAGS = /(?<=[.!?…"”’)])(?:\s+#[\p{L}\p{N}_]+)+\s*$/u;

function hashtagOutlet(texts: readonly string[]): string | null {
  const tags = TRAILING_HASHTAGS.exec(texts[texts.length - 1] ?? "")?.[0] ?? "";
  for (const tag of tags.match(/#[\p{L}\p{N}_]+/gu) ?? []) {
    const known = directoryOutlet(tag.slice(1));
    if (known && tag.length > 2) return known.name;
  }
  return null;
}

/** The page's own name for itself, and the outlet whose copy it carries. */
function pageOutlets(
  furniture: readonly string[],
  firstParagraph: string | undefined,
  passages: readonly string[],
  titleSite: string | null,
  byline: string | null,
  bodyTexts: readonly string[],
  fromAddress: string | null,
  staffPhoto: string | null = null,
): {
  ownOutlet: string | null;
  copyOutlet: string | null;
  titleOutlet: string | null;
  bylineOutlet: string | null;
} {
  const fromFurniture = outletFromFurniture(furniture);
  const fromTitle = titleSite ? (outletFromHost(titleSite) ?? titleSite) : null;
  const dateline =
    outletFromDateline(firstParagraph, isWireService) ??
    colonDateline(firstParagraph) ??
    cityOutletDateline(furniture.slice(0, 3)) ??
    (firstParagraph ? (SLASH_DATELINE.exec(firstParagraph)?.[1] ?? null) : null) ??
    pipeDateline(firstParagraph) ??
    // A wire story a reader posts under a line of their own: the agency's dateline opens a later paragraph.
    (passages
      .slice(1, 3)
      .map((text) => outletFromDateline(text, isWireService))
      .find((name) => name !== null && isWireService(name)) ||
      null);
  const appeared = furniture
    .map((line) =>
      publisherName(ORIGINALLY_APPEARED.exec(line)?.[1] ?? SYNDICATED_COPYRIGHT.exec(line)?.[1]),
    )
    .find((name) => name);
  // "AFP — Rescuers …" may open the story under a standfirst: the first few paragraphs.
  const openingName =
    passages
      .slice(0, 5)
      .map((text) => OPENING_OUTLET.exec(text)?.[1])
      .find((name) => name && !KICKERS.test(name) && namesAnOutlet(name)) ?? null;
  const opening = openingName && !KICKERS.test(openingName) ? openingName : null;
  const reported =
    firstParagraph && citedOutlets(firstParagraph) <= 1
      ? (REPORTS_WIRE.exec(firstParagraph)
          ?.slice(1)
          .find((name) => name) ?? undefined)
      : undefined;
  const quotedFrom = firstParagraph ? QUOTED_REPORT.exec(firstParagraph)?.[1] : undefined;
  const quoted = quotedFrom && directoryOutlet(quotedFrom) ? quotedFrom : null;
  const via =
    furniture.map((line) => VIA_LINE.exec(line)?.[1]).find((name) => name) ??
    (firstParagraph ? (VIA_OPENING.exec(firstParagraph)?.[1] ?? null) : null) ??
    furniture
      .map((line) => MADE_BY.exec(line)?.[1])
      .find((name) => name !== undefined && isWireService(name)) ??
    null;
  const sourceLine = furniture
    .map((line) => {
      // "Source: Newswire | 2024-03-03 | Editor: Jane Roe": the source is one field of a stamp line.
      const field = line.split(/\s+[|•·]\s+/).find((part) => SOURCE_LINE.test(part)) ?? line;
      const source = SOURCE_LINE.exec(field)?.[1]
        ?.replace(/\s+and (?:other |news )?agencies$/i, "")
        .trim();
      // "Source: Livescore" names where a table came from; only an outlet's name credits the copy.
      if (source) return namesAnOutlet(source) ? readerCase(source) : null;
      const dated = readDateLine(line);
      return dated && dated.rest !== "" && isWireService(dated.rest) ? dated.rest : null;
    })
    .find((name) => name);
  const tail = byline ? bylineTail(byline) : null;
  const citing = reportsCiting(firstParagraph);
  let own =
    fromTitle ??
    fromAddress ??
    fromFurniture ??
    datedOwnDateline(firstParagraph) ??
    outletFromCorrespondent(passages) ??
    citing?.own ??
    outletSpeakingAsWe(bodyTexts.slice(-3)) ??
    staffPhoto ??
    null;
  let copy =
    dateline ??
    (citing ? citing.copy : null) ??
    (opening && opening.length > 1 ? opening : null) ??
    sourceLine ??
    via ??
    appeared ??
    copyFromElsewhere(furniture) ??
    (reported && isWireService(reported) ? reported : null) ??
    writtenBy([...furniture, ...bodyTexts.slice(-2)]) ??
    bodyTexts
      .slice(-2)
      .map((text) => wireSignOff(text)?.name ?? clipCreditAgency(text))
      .find((name) => name) ??
    quoted ??
    (byline && isWireService(byline) ? byline : null) ??
    (tail && isWireService(tail) ? tail : null) ??
    agencyClosingByline(byline) ??
    agencyStaffLine(furniture) ??
    bracketOpening(firstParagraph) ??
    agencyOpening(passages) ??
    agencyList([...furniture, ...bodyTexts.slice(-1)]) ??
    houseSignOff([...furniture, ...bodyTexts.slice(-2)]) ??
    agencyInOpening(firstParagraph) ??
    agencyReportsOpening(firstParagraph) ??
    creditedOutlet(furniture) ??
    contributedBy(furniture) ??
    hashtagOutlet(bodyTexts);
  if (own && isWireService(own) && !fromTitle) {
    copy = own;
    own = null;
  }
  // A staff address on the byline or the furniture ("jdoe@harbortimes.com") names the site's domain.
  const mailHost = emailHost(byline ? [byline, ...furniture] : furniture);
  const fromMail = mailHost ? outletFromHost(mailHost) : null;
  // "By Al Jazeera": a known outlet's name for the whole byline; "Jane Roe is a reporter for …" under the story.
  const bylineKnown = byline && !tail ? directoryOutlet(byline) : null;
  const bylineOwner =
    bylineKnown && !bylineKnown.wire
      ? bylineKnown.name
      : reporterBioOutlet([...furniture, ...bodyTexts.slice(-3)]);
  const bylineOutlet =
    tail && !isWireService(tail)
      ? tail
      : fromMail && !isWireService(fromMail)
        ? fromMail
        : bylineOwner;
  return { ownOutlet: own, copyOutlet: copy, titleOutlet: fromTitle, bylineOutlet };
}

/**
 * "Harbor Times" alone on the page's first line, over a menu or the title: the site's masthead. Its
 * words are capitalised, one a masthead word and one not a menu word ("Local News" is a section).
 */
function mastheadName(units: readonly string[]): string | null {
  const line = plainSpaces(units[0] ?? "");
  // "Harbor Daily (Coast Edition)": an edition's place in brackets after the masthead is part of it.
  const edition = /^(.+?)\s*\((\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})\)$/u.exec(line);
  const first = edition?.[1] ?? line;
  const words = first.split(" ");
  if (words.length < 2 || words.length > 5 || /[.!?:,|]/.test(first)) return null;
  if (!isSiteName(first, new Set()) || words.every((word) => isMenuWord(word))) return null;
  if (!words.some((word) => !isMenuWord(word) && !MASTHEAD_WORDS.has(nameKey(word)))) return null;
  const next = plainSpaces(units[1] ?? "");
  return next !== "" && (isMenuBar(next) || isBreadcrumb(next) || wordCount(next) <= 20)
    ? edition
      ? `${mastheadCase(first)} (${edition[2]})`
      : mastheadCase(first)
    : null;
}

/** "https://www.harbortimes.com/news/2024/03/03/ferry-fares" pasted over the page: its own address. */
function pageAddress(units: readonly string[]): { host: string; date: string | null } | null {
  // Over the page, or under it as the last thing pasted: then only an article's own address (a
  // path of words or an id), not a bare link to a site.
  const last = units.length > 2 ? units.slice(-1) : [];
  for (const unit of [...units.slice(0, 2), ...last]) {
    const match = /^(?:https?:\/\/|www\.)([^/\s?#:]+)(\/\S*)?$/i.exec(plainSpaces(unit));
    if (!match?.[1]) continue;
    if (unit === last[0] && !/\/[^/?#]*(?:[a-z]+-[a-z]+|\d{4,})/i.test(match[2] ?? "")) continue;
    const host = match[1].replace(/^www\./i, "");
    const dated = /\/((?:19|20)\d{2})\/([01]\d)\/([0-3]\d)\//.exec(match[2] ?? "");
    const date = dated ? (findDate(`${dated[1]}-${dated[2]}-${dated[3]}`)?.iso ?? null) : null;
    return { host: `www.${host}`, date };
  }
  return null;
}

/** "Harbor Times Staff", "By the KXYZ News Desk": a byline naming the site's own desk. */
const DESK_OF =
  /^(?:by\s+)?(?:the\s+)?(.+?)\s+(?:staff(?: reports?| writers?| reporters?)?|news ?desk|newsroom|news team|digital (?:desk|team)|web (?:desk|team))$/i;

function deskOutlet(byline: string): string | null {
  const name = DESK_OF.exec(byline.trim())?.[1]?.trim();
  if (!name) return null;
  const known = directoryOutlet(name);
  if (known) return known.name;
  // Call letters or initials ("KXYZ", "WXYZ-TV"), or a name with a masthead word.
  return /^\p{Lu}{2,6}(?:[- ]?(?:TV|FM|AM)|\s?\d{1,2})?$/u.test(name) || isSiteName(name, new Set())
    ? name
    : null;
}

/** "Jane Roe is a reporter for The Harbor Times.": a reporter's bio under the story, naming the outlet. */
const REPORTER_BIO =
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2} is (?:a|an|the)\b[^.]{0,60}\b(?:reporter|correspondent|writer|editor|journalist|producer|columnist|contributor)\b (?:for|at|with) ((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4})\.$/u;

/** The known outlet a reporter's bio closing the page names, if any. */
function reporterBioOutlet(texts: readonly string[]): string | null {
  for (const text of texts) {
    const name = REPORTER_BIO.exec(text.trim())?.[1];
    const known = name ? directoryOutlet(name) : null;
    if (known && !known.wire) return known.name;
    // "… is a reporter for The Kestrel Courier.": a paper's name, its masthead word telling it from a firm's.
    if (name && !known && isSiteName(name.replace(/^the /i, ""), new Set())) return name;
  }
  return null;
}

/**
 * "By Jane RoeHarbor Times", "Sam PoeSky News": a known outlet's name run into the reporter's
 * last name, where the page lost the line between them. Null unless the directory knows the name.
 */
function gluedOutlet(byline: string): string | null {
  const plain = byline.trim().replace(/[.,;]+$/, "");
  for (const glued of plain.matchAll(/(?<=\s\p{Lu}[\p{L}'’-]*\p{Ll})\p{Lu}/gu)) {
    const name = plain.slice(glued.index);
    if (name.split(/\s+/).length > 4) continue;
    const known = directoryOutlet(name);
    if (known) return known.name;
  }
  return null;
}

/** "By Jane Doe, The Harbor Times", "Jane Doe | Reuters": the outlet named after the reporter. */
function bylineTail(byline: string): string | null {
  // "By Euronews with AP": the agency whose copy the desk worked from.
  const parts = byline.split(/\s*(?:,|\|)\s*|\s+[-–—/]\s+|\s+with\s+(?=\p{Lu})/u);
  if (parts.length < 2) return deskOutlet(byline) ?? gluedOutlet(byline);
  const last = (parts[parts.length - 1] ?? "").trim();
  const known = directoryOutlet(last);
  if (known) return known.name;
  return isSiteName(last, new Set()) ? last : null;
}
