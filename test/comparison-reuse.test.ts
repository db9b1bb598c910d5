import { describe, expect, it } from "vitest";
import { findQuoteChanges } from "../src/compare/quote-changes.js";
import { scareQuotes } from "../src/compare/scare-quotes.js";
import { foldPhrase, foldWord, stemOf, wordsOf } from "../src/compare/word-forms.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { foldForMatching, matchTokens } from "../src/text/match-terms.js";

const longText =
  "The council’s spokeswoman said twelve of the 1,200 workers were sent home early on Tuesday, and the U.S. office stayed shut.";

describe("what the comparison keeps between questions", () => {
  it("folds a long text the same way every time it is asked", () => {
    const wordByWord = wordsOf(longText)
      .map((word) => word.norm)
      .join(" ");
    expect(foldPhrase(longText)).toBe(wordByWord);
    expect(foldPhrase(longText)).toBe(wordByWord);
    expect(foldPhrase(longText)).toContain("12 of the 1200 workers");
  });

  it("folds plain words as before: number words to digits, dots and case away", () => {
    expect(foldWord("Twelve")).toBe("12");
    expect(foldWord("office")).toBe("office");
    expect(foldWord("U.S.")).toBe("us");
    expect(foldWord("1,200")).toBe("1200");
    expect(stemOf("workers")).toBe(stemOf("workers"));
    expect(stemOf("workers")).toBe("worker");
  });

  it("finds the same changed quotes when the same articles are compared again", () => {
    const original = articleFromParagraphs("first", [
      'The mayor said: "We will rebuild every house that the water took from us."',
    ]);
    const changed = articleFromParagraphs("second", [
      'The mayor promised "we will rebuild every home the water took from us."',
    ]);
    const once = findQuoteChanges([original, changed]);
    const again = findQuoteChanges([original, changed]);
    expect(once.length).toBeGreaterThan(0);
    expect(again).toEqual(once);
  });

  it("reads scare quotes the same way when the other outlets are read again", () => {
    const plain = articleFromParagraphs("plain", [
      "Officials opened the relief centres on Monday.",
    ]);
    const quoting = 'Officials opened the "relief centres" early on Monday.';
    const once = scareQuotes(quoting, [plain]);
    expect(once).toEqual(["“relief centres” (in quotation marks)"]);
    expect(scareQuotes(quoting, [plain])).toEqual(once);
  });
});

describe("match tokens of plain ASCII text", () => {
  it("folds backticks like any other apostrophe, and leaves the rest", () => {
    expect(foldForMatching("it`s done")).toBe("it's done");
    expect(foldForMatching("plain text")).toBe("plain text");
    expect(foldForMatching("it’s — done")).toBe("it's - done");
  });

  it("reads initialisms, possessives and compounds the same in ASCII and beyond", () => {
    const ascii = matchTokens("The U.S. envoy's visit to the United States.", "article");
    const curly = matchTokens("The U.S. envoy’s visit to the United States.", "article");
    expect(curly).toEqual(ascii);
    expect(ascii.map((token) => token.word)).toEqual([
      "the",
      "us",
      "envoy",
      "visit",
      "to",
      "the",
      "united-states",
    ]);
  });
});
