/**
 * Mistyped words of the newsroom equivalents ("goveror" for "governor", "Englnad"): the desk's
 * vocabulary holds such words only under their group's key ("~governor"), which the typo
 * corrector does not read, so they are corrected against the equivalents' own spellings.
 */
import { equivalentKey, equivalentWords } from "../text/newsroom-equivalents.js";
import { TypoCorrector } from "./typo-corrector.js";

let corrector: { threshold: number; corrector: TypoCorrector } | null = null;

/**
 * The equivalents' group keys a mistyped question word may stand for, with how close the word
 * is to the key's spelling (1 is the same word); best first.
 */
export function equivalentCorrections(
  word: string,
  threshold: number,
): Array<{ key: string; quality: number }> {
  if (corrector?.threshold !== threshold) {
    const words = equivalentWords().filter((spelling) => /^[a-z]{4,}$/.test(spelling));
    corrector = { threshold, corrector: new TypoCorrector(words, threshold) };
  }
  const found: Array<{ key: string; quality: number }> = [];
  for (const correction of corrector.corrector.correct(word)) {
    const key = equivalentKey(correction.term);
    if (key && !found.some((entry) => entry.key === key))
      found.push({ key, quality: correction.quality });
  }
  return found;
}
