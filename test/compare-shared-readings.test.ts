import { describe, expect, it } from "vitest";
import { foldPhrase, foldWord, textWords, wordsOf } from "../src/compare/word-forms.js";

/**
 * The comparison reads a passage's words once and shares the reading: what it is given back
 * must be what a fresh reading gives, whatever the text.
 */

/** A small seeded generator, so a failure is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  "a",
  "Z",
  "é",
  "É",
  "ß",
  "ok",
  "U",
  "S",
  "7",
  "42",
  "1,200",
  "3.5",
  ".",
  ",",
  "'",
  "’",
  "‘",
  "-",
  "‐",
  "‑",
  "–",
  " ",
  " ",
  "  ",
  "\n",
  "(",
  ")",
  "“",
  "”",
  "seven",
  "Twenty",
  "U.S.",
  "e.g.",
  "N.Y.",
  "don't",
  "O’Neil",
  "co-op",
  "#",
  "😀",
  "x2",
  "Mr.",
  "No.",
  "constructor",
  "__proto__",
];

function randomText(next: () => number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)] ?? "";
  return text;
}

const plain = (words: readonly { text: string; norm: string }[]) =>
  words.map((word) => [word.text, word.norm]);

describe("shared word readings", () => {
  it("gives back what a fresh reading gives, read once or many times", () => {
    const next = seeded(7);
    for (let round = 0; round < 300; round++) {
      const text = randomText(next, 1 + Math.floor(next() * 60));
      const fresh = wordsOf(text);
      expect(textWords(text)).toEqual(fresh);
      expect(textWords(text)).toEqual(fresh);
      for (const word of fresh) expect(foldWord(word.text)).toBe(word.norm);
      expect(foldPhrase(text)).toBe(fresh.map((word) => word.norm).join(" "));
    }
  });

  it("reads texts joined by line breaks as the texts one by one", () => {
    const next = seeded(11);
    for (let round = 0; round < 300; round++) {
      const pieces = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        randomText(next, Math.floor(next() * 30)).replace(/\n/g, " "),
      );
      const joined = wordsOf(pieces.join("\n"));
      expect(plain(pieces.flatMap((piece) => textWords(piece)))).toEqual(plain(joined));
    }
  });
});
