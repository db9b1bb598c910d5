/**
 * A file saved under its story's slug ("ferry-fares-rise-2024-01-02.txt") names the story, not
 * the outlet: its words are the headline's. Such a name is no clue to who published the page.
 */
import { MASTHEAD_WORDS } from "./masthead-words.js";

/** The file name's words, without a date or a number, folded to lower case. */
function slugWords(fileName: string): string[] {
  return fileName
    .toLowerCase()
    .replace(/(?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d/g, " ")
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 2);
}

/** The headline's words, folded, accents and marks dropped. */
function headlineWords(headline: string): string[] {
  return headline
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/** A slug word stands for a headline word it equals, or that it opens ("evac" for "evacuation"). */
function standsFor(slugWord: string, words: readonly string[]): boolean {
  return words.some(
    (word) => word === slugWord || (slugWord.length >= 4 && word.startsWith(slugWord)),
  );
}

/**
 * Whether the file name is the headline's slug: two words or more, every one a word of the
 * headline, and (with only two) neither a masthead word ("harbor-times" names a paper).
 */
export function isHeadlineSlug(fileName: string, headline: string | null | undefined): boolean {
  if (!headline) return false;
  const slug = slugWords(fileName);
  if (slug.length < 2) return false;
  const words = headlineWords(headline);
  if (words.length < slug.length) return false;
  if (slug.length === 2 && slug.some((word) => MASTHEAD_WORDS.has(word))) return false;
  return slug.every((word) => standsFor(word, words));
}
