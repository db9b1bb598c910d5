/** How photo captions and photo credits read on news pages, whatever the outlet. */

const PICTURE =
  "(?:photo|photograph|image|picture|pic|file photo|file picture|video grab|screenshot|screengrab|illustration)";

const CAPTION_PATTERNS: readonly RegExp[] = [
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
  /^(?:caption|pictured|above|top|left|right|main image|file)\s*[:|-]\s*\S/i,
  /^(?:image|media|video|photo) ?caption\s*\S/i,
  /\b(?:getty images|afp via getty|ap photo|epa-efe|shutterstock|reuters\/[\p{Lu}])/iu,
];

/** A unit that describes a picture: kept as a passage, marked as a caption. */
export function isCaption(unit: string): boolean {
  return CAPTION_PATTERNS.some((pattern) => pattern.test(unit));
}

/** A bare photo credit ("Photo: Reuters", "Getty Images"): furniture, not a caption. */
export function isBarePhotoCredit(unit: string): boolean {
  const words = unit.split(/\s+/).length;
  if (words > 8) return false;
  return (
    /^(?:image|media|photo|picture) ?(?:copyright|source|credit)/i.test(unit) ||
    new RegExp(`^${PICTURE}s?\\s*(?:by|credit|courtesy|:|/)`, "i").test(unit) ||
    /^(?:getty images|afp|ap|reuters|epa|shutterstock)(?:\s*(?:\/|via)\s*[\p{L} .]+)?\.?$/iu.test(
      unit,
    )
  );
}
