import type { PassageKind } from "./article.js";
import { isBarePhotoCredit, isCaption } from "./caption-rules.js";
import {
  isBreadcrumb,
  isListHeading,
  isMenuBar,
  isNotice,
  isSiteLabel,
  startsPageTail,
} from "./furniture-rules.js";
import { type MetadataLine, metadataLine } from "./metadata-rules.js";
import {
  outletFromCorrespondent,
  outletFromDateline,
  outletFromFurniture,
} from "./outlet-clues.js";
import { plainSpaces, splitPageUnits, wordCount } from "./page-units.js";

/** A page with its furniture taken off: what it says about itself, and its passages. */
export interface CleanPage {
  readonly outlet: string | null;
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

/** Sorts the units of a page into furniture, metadata, captions and text, in reading order. */
function classifyUnits(units: readonly string[]): Unit[] {
  const classified: Unit[] = [];
  let inTail = false;
  let inLinkList = false;
  for (const text of units) {
    const plain = plainSpaces(text);
    if (inTail || startsPageTail(plain)) {
      inTail = true;
      classified.push({ role: "furniture", text });
      continue;
    }
    if (inLinkList && (isLinkLike(plain) || isNotice(plain) || isSiteLabel(plain))) {
      classified.push({ role: "furniture", text });
      continue;
    }
    const line = metadataLine(plain);
    if (line) {
      classified.push({ role: "metadata", text, line });
      continue;
    }
    inLinkList = isListHeading(plain);
    if (
      inLinkList ||
      isSiteLabel(plain) ||
      isNotice(plain) ||
      isMenuBar(plain) ||
      isBreadcrumb(plain) ||
      isBarePhotoCredit(plain) ||
      URL_ONLY.test(plain)
    ) {
      classified.push({ role: "furniture", text });
      continue;
    }
    if (isCaption(plain)) {
      classified.push({ role: "caption", text });
    } else if (wordCount(plain) <= 3 && !SENTENCE_END.test(plain)) {
      classified.push({ role: "furniture", text });
    } else {
      classified.push({ role: "text", text });
    }
  }
  return classified;
}

/** The title of another story in a list of links: short, no full stop. */
function isLinkLike(unit: string): boolean {
  return URL_ONLY.test(unit) || (wordCount(unit) <= 20 && !/\.["”’')\]]*$/.test(unit));
}

/** A headline reads as a title: not a sentence with a full stop, and not long. */
function isTitleLike(unit: string): boolean {
  const words = wordCount(unit);
  return words >= 3 && words <= 30 && !/[.:;,]["”’)]*$/.test(unit);
}

const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}\.?(?:[\p{Ll}'’-]+)?){1,3}$/u;

/** A reporter's name alone on a line between the headline and the first paragraph. */
function nameUnderHeadline(units: readonly Unit[], headline: Unit | null): string | null {
  if (!headline) return null;
  for (const unit of units.slice(units.indexOf(headline) + 1)) {
    const plain = plainSpaces(unit.text);
    if (unit.role === "furniture" && PERSON_NAME.test(plain)) return plain;
    if (unit.role === "text" && !isTitleLike(plain)) return null;
  }
  return null;
}

/** Takes raw page text (without front matter) apart into metadata and passages. */
export function cleanPage(body: string): CleanPage {
  const units = classifyUnits(splitPageUnits(body));
  const texts = units.filter((unit) => unit.role === "text");
  const firstText = texts[0];
  const headlineUnit =
    firstText && isTitleLike(plainSpaces(firstText.text)) && texts.length > 1 ? firstText : null;

  const lines = units.flatMap((unit) => (unit.role === "metadata" ? [unit.line] : []));
  const namedByline = lines.some((line) => line.kind === "byline")
    ? null
    : nameUnderHeadline(units, headlineUnit);
  const printHeadline = lines.find((line) => line.kind === "printHeadline")?.text ?? null;
  const section = lines.find((line) => line.kind === "section");
  const datedLine = lines.find((line) => line.kind === "date");
  const passages = units.flatMap((unit): Array<{ kind: PassageKind; text: string }> => {
    if (unit === headlineUnit) return [];
    if (unit.role === "text") return [{ kind: "paragraph", text: unit.text.trim() }];
    if (unit.role === "caption") return [{ kind: "caption", text: unit.text.trim() }];
    return [];
  });
  const furnitureText = units
    .filter((unit) => unit.role !== "text")
    .map((unit) => plainSpaces(unit.text));
  const firstParagraph = passages.find((passage) => passage.kind === "paragraph")?.text;

  return {
    outlet:
      outletFromFurniture(furnitureText) ??
      outletFromDateline(firstParagraph && plainSpaces(firstParagraph)) ??
      outletFromCorrespondent(passages.map((passage) => plainSpaces(passage.text))),
    headline: headlineUnit ? plainSpaces(headlineUnit.text) : printHeadline,
    published: section?.published ?? datedLine?.published ?? null,
    byline: lines.find((line) => line.kind === "byline")?.text ?? namedByline,
    credits: lines.flatMap((line) => (line.kind === "credit" ? [line.text] : [])),
    printHeadline,
    section: section?.text ?? null,
    passages,
  };
}
