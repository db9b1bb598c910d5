/** How photo captions and photo credits read on news pages, whatever the outlet. */

import { anyMatches, quickPatterns } from "./pattern-prefilter.js";

const PICTURE =
  "(?:photo|photograph|image|picture|pic|file photo|file picture|video grab|screenshot|screengrab|illustration)";

/** Agencies and picture desks that credit photographs. */
const NAME_WORD_SOURCE = "[\\p{Lu}][\\p{L}.'’-]*";

const PICTURE_AGENCY =
  "(?:AP|AFP|Reuters|EPA|EPA-EFE|Getty Images|Getty|Bloomberg|Shutterstock|Xinhua|Pool|Alamy|Anadolu|PA|NurPhoto|Sipa|Zuma|ZUMA Press|SOPA Images|Handout|Courtesy|The Associated Press|Associated Press)";

/** "(Harbor News: Jane Roe)", "(Supplied: Harbor Police)" closing a caption. */
const CREDIT_AFTER_COLON =
  /(?<=[.!?]["”’)]?|\p{Ll})\s*\((?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: [\p{Lu}&][\p{L}\p{N}.&'’-]*){0,3}:\s*\p{Lu}[\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}\)\s*\.?$/u;

/** "… Jane Roe/Harbor Daily/TNS", "… – Jane Roe/Harbor Daily": names run together with slashes after the sentence. */
const SLASHED_CREDITS = new RegExp(
  `(?:(?<=[.!?]["”’)]?)\\s+|\\s[–—-]\\s+)${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){0,3}(?:\\s*/\\s*${NAME_WORD_SOURCE}(?: (?:${NAME_WORD_SOURCE}|via|of|the)){0,4}){1,3}$`,
  "u",
);

/**
 * "Crews clear the road.Crews clear the road.": a picture's alt text and its caption, the same
 * sentence run together (a section's label may follow on the next line).
 */
const PRINTED_TWICE = /^(\P{Cc}{30,400}?[.!?]["”’)]?)\s*\1(?:\n[^\n]{1,40})?$/u;

const CAPTION_PATTERNS: readonly RegExp[] = [
  PRINTED_TWICE,
  // "… (AFP photo)", "(Photo by AFP)", "(AP Photo/Hadi Mizban)", "(Reuters file photo)"
  new RegExp(`\\((?:[^()]{0,60}\\s)?${PICTURE}s?\\b[^()]{0,80}\\)\\s*\\.?$`, "i"),
  // "… Photo: Reuters", "Photograph by …", "Image credit: …"
  new RegExp(`\\b${PICTURE}s?\\s*(?:by|credit|courtesy(?: of)?)\\b[^.]{0,80}\\.?$`, "i"),
  new RegExp(`\\b${PICTURE}s?\\s*:\\s*[^.]{2,60}\\.?$`, "i"),
  // "A picture taken on March 13 shows …", "This handout photo released by …"
  new RegExp(
    `^(?:a|an|this|the)?\\s*(?:handout|undated|aerial|file)?\\s*${PICTURE}\\s+(?:taken|released|shows|provided|made available|obtained|posted|dated)\\b`,
    "i",
  ),
  // "A courtroom sketch shows the defendant …", "This drawing by the court artist depicts …"
  /^(?:a|an|this|the)\s+(?:court(?:room)?\s+)?(?:sketch|drawing|illustration|artist's (?:sketch|impression|rendering)|video still|still image)\s+(?:shows|showing|depicts|depicting|of)\b/i,
  /^(?:caption|pictured|above|top|left|right|main image|file)\s*[:|-]\s*\S/i,
  // "Image: An engineer inspects the cracked support": a picture's description under its label
  /^(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Aa]lt(?: text)?|IMAGE|PHOTO)\s*:\s*(?=(?:\S+\s+){5}\S)\p{Lu}\p{Ll}*\s.*\p{Ll}.*$/u,
  // a publishing tool's caption shortcode: "[caption id=…] … [/caption]"
  /^\[caption\b[^\]]*\].*\[\/caption\]$/isu,
  // "In this handout image supplied by …", "In this photo taken on …"
  new RegExp(
    `^in this (?:(?:handout|undated|aerial|file|grab|combination|video|satellite)\\s+)*(?:${PICTURE}|still|frame|combo)s?\\b`,
    "i",
  ),
  // a gallery's counter opening its caption: "Expand Autoplay Image 1 of 17 Rescuers …"
  /^(?:(?:expand|autoplay|enlarge|fullscreen|close|open)\s+)*(?:image|photo|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}\s+\S/i,
  // "… after the floods. Jane Roe for The Harbor Times": a photographer working for the paper
  new RegExp(
    `[.!?]["”’)]?\\s+${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){1,3} for (?:[Tt]he )?${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){0,3}$`,
    "u",
  ),
  /^(?:image|media|video|photo) ?caption\s*\S/i,
  /\b(?:getty images|afp via getty|ap photo|epa-efe|shutterstock|reuters\/[\p{Lu}])/iu,
  // "… (Dana Quill/Pool via AP)", "… (Rob Tarrant, Copyright 2024 The Associated Press …)"
  new RegExp(`\\([^()]{2,60}(?:/|\\bvia )${PICTURE_AGENCY}\\)\\s*\\.?$`, "u"),
  /\([^()]{0,60}\bcopyright \d{4}\b[^()]{0,80}\)\s*\.?$/i,
  // "… in the hill country. (Newswire/Photographer Name)": the agency, then its photographer
  new RegExp(`\\(${PICTURE_AGENCY}\\s*/\\s*[^()/]{2,60}\\)\\s*\\.?$`, "u"),
  // "… killed over 200 people. PHOTO | JANE ROE | AFP": a credit set off by bars
  /[.!?]["”’)]?\s+(?:PHOTO|Photo|IMAGE|Image|FILE PHOTO|File photo)\s*\|\s*[^|]{2,60}(?:\|\s*[^|]{2,40})?$/u,
  // "… in Sydney, February 2024. harbourfan22 / X": a picture taken from a social account
  /[.!?]["”’)]?\s+@?[\w.]{3,30}\s*\/\s*(?:X|Instagram|Twitter|Facebook|TikTok|YouTube|Threads)$/u,
  // "… on Monday. Credit: Jane Roe/The Times", "… on Monday. © Jane Roe"
  /[.!?]["”’)]?\s*(?:credit|credits)\s*:\s*[^.]{2,60}$/i,
  /[.!?]["”’)]?\s*©\s*\S[^.©]{0,60}$/u,
  // "… on Monday. Jane Roe/The Harbor Times", "… on Monday [Jane Roe/Al Jazeera]", "(The Times / Jane Roe)"
  new RegExp(
    `[.!?]["”’)]?\\s+${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){0,3}\\s*/\\s*${NAME_WORD_SOURCE}(?: (?:${NAME_WORD_SOURCE}|via|of|the)){0,4}$`,
    "u",
  ),
  // "Crowds outside the bank's head office in Harbourton. Bloomberg": one sentence, then its agency
  new RegExp(`^[^.!?]{10,160}[.!?]["”’)]?\\s+${PICTURE_AGENCY}$`, "u"),
  /\s\[[^[\]]{2,60}\/[^[\]]{2,60}\]$/,
  /\(\p{Lu}[^()/]{1,40}\s\/\s\p{Lu}[^()/]{1,40}\)$/u,
  // "… at the gate. [Jane Roe, Harbor Times]": a photographer and the paper, in square brackets
  /[.!?]["”’)]?\s*\[\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s*,\s*\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3}\]$/u,
  // "… on Saturday morning.Jane Roe / Reuters": a photographer and agency glued to the last full stop
  new RegExp(
    `[.!?]["”’)]?${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){1,3}\\s*/\\s*${PICTURE_AGENCY}$`,
    "u",
  ),
  // "Crews clear the coast road on Wednesday (KWXZ Weather)": a picture's line, no full stop in it,
  // closed by the station's or agency's tag.
  new RegExp(
    `^[^.!?()]{20,240}\\s\\((?:[KW][A-Z]{2,3}(?:-TV)?|${PICTURE_AGENCY})(?: (?:Weather|News|Photo|Video|Staff|File))?\\)$`,
    "u",
  ),
  // "… on Tuesday. | Harbor Wire": a sentence, then its credit set off by a bar
  /[.!?]["”’)]?\s+\|\s+(?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: [\p{Lu}&][\p{L}\p{N}.&'’-]*){0,4}$/u,
  // "… on Tuesday (Jane Roe/The Harbor Times)", "… (Courtesy Harbor Police)": a photographer's or giver's credit
  new RegExp(
    `\\s\\(${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){1,3}\\s*/\\s*${NAME_WORD_SOURCE}(?: (?:${NAME_WORD_SOURCE}|via|of|the)){0,6}\\)\\s*\\.?$`,
    "u",
  ),
  /\((?:photo |image )?(?:courtesy(?: of)?|supplied(?: by)?|handout)\b[^()]{0,60}\)\s*\.?$/i,
  // "… on Tuesday. (Harbor News: Jane Roe)": the outlet or giver, a colon, and the photographer
  CREDIT_AFTER_COLON,
  // "… on Tuesday. Jane Roe/Harbor Daily/TNS", "… on Tuesday – Jane Roe/Harbor Daily", "… Source: Supplied"
  SLASHED_CREDITS,
  /[.!?]["”’)]?\s+[Ss]ource\s*:\s*\p{Lu}[^.]{1,60}$/u,
  // "A handout picture from the ministry on May 7 shows rescuers … (AFP)": a picture the agency credits.
  new RegExp(`\\b${PICTURE}s?\\b.{0,300}\\(${PICTURE_AGENCY}\\)\\s*\\.?$`, "iu"),
];

/** The caption patterns, each with the literal text a unit must hold for it to match. */
const QUICK_CAPTION_PATTERNS = quickPatterns(CAPTION_PATTERNS);

/** A unit that describes a picture: kept as a passage, marked as a caption. */
export function isCaption(unit: string): boolean {
  return anyMatches(QUICK_CAPTION_PATTERNS, unit);
}

const NAME_WORD = "[\\p{Lu}][\\p{L}.'’-]*";
/** "Lena Ortt/AP", "MARCO D. VELLE/AFP via Getty Images", "Sam Brack/The Harbor Ledger via AP" */
const NAME_SLASH_CREDIT = new RegExp(
  `^${NAME_WORD}(?: ${NAME_WORD}){0,4}(?:\\s*/\\s*${NAME_WORD}(?: (?:${NAME_WORD}|via|of|for|and|the))*){1,3}\\.?$`,
  "u",
);

/** "Jane Roe, EPA-EFE": a photographer and a picture agency (one that sells pictures, not stories). */
const PICTURE_DESK_CREDIT = new RegExp(
  `^${NAME_WORD}(?: ${NAME_WORD}){0,3},\\s*(?:EPA-EFE|EPA|Getty Images|Getty|Shutterstock|Alamy|NurPhoto|Sipa|ZUMA Press|Zuma|SOPA Images|Pool)$`,
  "u",
);

/** A bare photo credit ("Photo: Reuters", "Getty Images", "Lena Ortt/AP"): furniture, not a caption. */
export function isBarePhotoCredit(unit: string): boolean {
  const words = unit.split(/\s+/).length;
  if (words > 10) return false;
  // "Getty ImagesGetty Images": a credit printed twice, run together.
  const half = unit.slice(0, unit.length / 2);
  if (unit.length % 2 === 0 && unit.length >= 8 && half === unit.slice(unit.length / 2))
    return isBarePhotoCredit(half);
  // "(Jane Roe / Associated Press)", "(Reuters)": a credit line set in parentheses.
  const inner = /^\((.+)\)\.?$/.exec(unit)?.[1]?.trim();
  if (inner && !/[()]/.test(inner))
    return (
      new RegExp(`^${PICTURE_AGENCY}$`, "u").test(inner) ||
      new RegExp(`^[^/]{2,60}\\s*/\\s*${PICTURE_AGENCY}$`, "u").test(inner) ||
      isBarePhotoCredit(inner)
    );
  return (
    /^\(?(?:image|media|photo|picture) ?(?:copyright|source|credit)/i.test(unit) ||
    // "Copyright: Getty Images" under a picture: a name and no year, unlike a page's copyright line.
    /^copyright\s*:\s*\p{L}[\p{L}\p{N} .&/'’-]{1,40}$/iu.test(unit) ||
    new RegExp(
      `^\\(?(?:(?:cover|main|top|featured|header|lead|file) )?${PICTURE}s?\\s*(?:by|credit|courtesy|:|/)`,
      "i",
    ).test(unit) ||
    /^(?:getty images|afp|ap|reuters|epa|shutterstock|alamy(?: stock photo)?)(?:\s*(?:\/|via)\s*[\p{L} .]+)?\.?$/iu.test(
      unit,
    ) ||
    /^getty images(?: [\p{Lu}][\p{L}]+){0,3}$/iu.test(unit) ||
    // "Photo Collective via Picture Agency", "Harbor Pool via AP": a picture desk through an agency.
    /^[\p{L}][\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,4} via (?:getty images?|ap|afp|reuters|epa|shutterstock|zuma|alamy)\.?$/iu.test(
      unit,
    ) ||
    NAME_SLASH_CREDIT.test(unit) ||
    PICTURE_DESK_CREDIT.test(unit) ||
    // "Credit: Jane Roe/The Times", "Courtesy of the Harbor Police", "Supplied", "Handout photo"
    /^credits?\s*:\s*\S.{0,60}$/i.test(unit) ||
    /^(?:(?:photo |image )?courtesy(?: of)?\s+\S.{0,60}|supplied(?: (?:photo|image|picture|by\s+\S.{0,40}))?|handout(?: (?:photo|image|picture))?)\.?$/i.test(
      unit,
    ) ||
    // "JANE R. ROE | Times": a photographer's name in capitals and the paper, set off by a bar
    /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){1,3}\s*\|\s*(?:[Tt]he )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}$/u.test(
      unit,
    )
  );
}

const TRAILING_CREDITS: readonly RegExp[] = [
  // "(AP Photo/Rob Tarrant)", "(Image credit: NASA)", "(Dana Quill/Pool via AP)", "(Courtesy Harbor Police)";
  // a bracket typed twice at its opening, "((Photo by Ann Rudd)", is the credit's too
  new RegExp(
    `\\s*\\(\\(?(?:[^()]*\\b(?:${PICTURE}s?|credit|copyright|via|pool|courtesy|supplied|handout|all rights reserved)\\b[^()]*|[^()]{2,60}/${PICTURE_AGENCY}[^()]{0,30})\\)\\s*\\.?$`,
    "iu",
  ),
  // "… Photo: AP", "… Photo by: Jane Doe/AP", "… Image: NASA", "… | Photo: Jane Roe"
  new RegExp(
    `\\s*(?:[|–—]\\s*)?\\b${PICTURE}s?(?: credit)?\\s*(?:by)?\\s*:?\\s*(?:by\\s+)?[^.()]{2,60}\\.?$`,
    "iu",
  ),
  // "… Credit: Jane Roe/The Times", "… © Jane Roe", "… Jane Roe/The Harbor Times", "… [Jane Roe/Al Jazeera]"
  /(?<=[.!?]["”’)]?)\s*(?:credits?\s*:|©)\s*[^.]{1,60}$/iu,
  new RegExp(
    `(?<=[.!?]["”’)]?)\\s+${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){0,3}\\s*/\\s*${NAME_WORD_SOURCE}(?: (?:${NAME_WORD_SOURCE}|via|of|the)){0,4}$`,
    "u",
  ),
  new RegExp(
    `(?<=[.!?]["”’)]?)${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){1,3}\\s*/\\s*${PICTURE_AGENCY}$`,
    "u",
  ),
  /\s*\[[^[\]]{2,60}\/[^[\]]{2,60}\]$/,
  /\s*\(\p{Lu}[^()/]{1,40}\s\/\s\p{Lu}[^()/]{1,40}\)$/u,
  /(?<=[.!?]["”’)]?)\s*\[\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s*,\s*\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3}\]$/u,
  // "… on Tuesday. | Harbor Wire"
  /(?<=[.!?]["”’)]?)\s+\|\s+(?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: [\p{Lu}&][\p{L}\p{N}.&'’-]*){0,4}$/u,
  // "… on Tuesday (Jane Roe/The Harbor Times)"
  new RegExp(
    `\\s\\(${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){1,3}\\s*/\\s*${NAME_WORD_SOURCE}(?: (?:${NAME_WORD_SOURCE}|via|of|the)){0,6}\\)\\s*\\.?$`,
    "u",
  ),
  CREDIT_AFTER_COLON,
  SLASHED_CREDITS,
  // "… on the quay(Harbor 9 News)": a credit in brackets run on to the caption's last word
  /(?<=[\p{Ll}\p{N}])\(\p{Lu}[^()]{1,59}\)$/u,
  // "… on Tuesday. Getty": the agency alone after the sentence
  new RegExp(`(?<=[.!?]["”’)]?)\\s+${PICTURE_AGENCY}$`, "u"),
  // "… Source: Anadolu / Anadolu Agency via Getty Images"
  /\s*\bsource:\s*[^.]{2,120}$/i,
  new RegExp(`\\s*\\(${PICTURE_AGENCY}\\s*/\\s*[^()/]{2,60}\\)\\s*\\.?$`, "u"),
  /(?<=[.!?]["”’)]?)\s+@?[\w.]{3,30}\s*\/\s*(?:X|Instagram|Twitter|Facebook|TikTok|YouTube|Threads)$/u,
  // "… after the floods. Jane Roe for The Harbor Times"
  new RegExp(
    `(?<=[.!?]["”’)]?)\\s+${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){1,3} for (?:[Tt]he )?${NAME_WORD_SOURCE}(?: ${NAME_WORD_SOURCE}){0,3}$`,
    "u",
  ),
  // "… PHOTO | JANE ROE | AFP"
  /(?<=[.!?]["”’)]?)\s+(?:PHOTO|Photo|IMAGE|Image|FILE PHOTO|File photo)\s*\|\s*[^|]{2,60}(?:\|\s*[^|]{2,40})?$/u,
  // a station's tag closing a picture's line: "… on Wednesday (KWXZ Weather)"
  /(?<=[^.!?()]{20})\s\([KW][A-Z]{2,3}(?:-TV)?(?: (?:Weather|News|Photo|Video|Staff|File))?\)$/u,
  // credits in capitals run together with slashes: "… and after KESTREL SAT/AFP/GETTY IMAGES"
  /\s+\p{Lu}[\p{Lu}\p{N}.&'’-]*(?: [\p{Lu}\p{N}&][\p{Lu}\p{N}.&'’-]*){0,3}(?:\s*\/\s*\p{Lu}[\p{Lu}\p{N}.&'’-]*(?: [\p{Lu}\p{N}&][\p{Lu}\p{N}.&'’-]*){0,3}){1,3}$/u,
  // the agency alone in parentheses: "… on the roof. (AFP)"
  new RegExp(`\\s*\\(${PICTURE_AGENCY}\\)\\s*\\.?$`, "u"),
  // a credit after the caption's parenthesis: "(AP Photo/X) Associated Press"
  new RegExp(`(?<=\\))\\s*${PICTURE_AGENCY}\\.?$`, "u"),
];

/** "• ", "Image caption, ", "Caption: " opening a caption: a label, not the caption's words. */
const CAPTION_LABEL =
  /^(?:[•·*–-]\s+|\[caption\b[^\]]*\]\s*|TOPSHOT\s*[-–—:]\s*|(?:image|photo|picture|alt(?: text)?)\s*:\s+(?=(?:\S+\s+){5}\S)|(?:image|media|photo|video) ?caption\s*[,:]?\s+|caption\s*[:|-]\s*|(?:(?:expand|autoplay|enlarge|fullscreen|close|open)\s+)*(?:image|photo|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}\s+)/i;

const LEADING_CREDIT = new RegExp(
  `^${NAME_WORD}(?: ${NAME_WORD}){0,3}\\s*/\\s*${PICTURE_AGENCY}(?: via ${PICTURE_AGENCY})?\\s+(?=\\p{Lu})`,
  "u",
);

/**
 * The quotable span of a caption: the caption without the photo credits before or after it.
 * Always a stretch of the caption exactly as printed (a verbatim substring), never rewritten.
 */
export function captionSpan(caption: string): string {
  let start = CAPTION_LABEL.exec(caption)?.[0].length ?? 0;
  // Alt text and caption run together: the caption once.
  let end = PRINTED_TWICE.exec(caption)?.[1]?.length ?? caption.length;
  // The shortcode's closing tag, then the credit before it ("… in Tokyo. Reuters[/caption]").
  const closing = /\s*\[\/caption\]$/i.exec(caption);
  if (closing) {
    end = closing.index;
    const credit = /(?<=[.!?]["”’)]?)\s+\p{Lu}[\p{L}.&'’-]*(?: [\p{Lu}&][\p{L}.&'’-]*){0,3}$/u.exec(
      caption.slice(start, end),
    );
    if (credit && wordsIn(caption.slice(start, start + credit.index)) >= 3)
      end = start + credit.index;
  }
  const lead = LEADING_CREDIT.exec(caption.slice(start));
  if (lead && wordsIn(caption.slice(start + lead[0].length)) >= 4) start += lead[0].length;
  for (let changed = true; changed; ) {
    changed = false;
    const text = caption.slice(start, end);
    for (const pattern of TRAILING_CREDITS) {
      const match = pattern.exec(text);
      if (!match || match.index === 0) continue;
      if (wordsIn(text.slice(0, match.index)) < 3) continue;
      end = start + match.index;
      changed = true;
      break;
    }
  }
  return caption.slice(start, end).trim();
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** "[Jane Roe, Harbor Times]", "[Jane Roe/Harbor Times]" closing a caption: the photographer's paper. */
const BRACKET_CREDIT =
  /(?<=[.!?]["”’)]?)\s*\[(?:file:\s*)?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s*[,/]\s*(\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3})\]$/iu;

/** Picture desks and agencies a photo may come from: a credit naming one names no paper's staff. */
const PICTURE_SOURCE = new RegExp(
  `^(?:${PICTURE_AGENCY}|File|Supplied|Reader|Social Media)$`,
  "iu",
);

/**
 * The paper whose own photographers took a page's pictures ("[Jane Roe, Harbor Times]"), when its
 * captions credit one paper and no picture agency: the page's own staff. Null otherwise.
 */
export function staffPhotoOutlet(captions: readonly string[]): string | null {
  const names = new Set<string>();
  for (const caption of captions) {
    const name = BRACKET_CREDIT.exec(caption)?.[1];
    if (name && !PICTURE_SOURCE.test(name)) names.add(name);
  }
  return names.size === 1 ? ([...names][0] ?? null) : null;
}
