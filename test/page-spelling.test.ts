import { describe, expect, it, onTestFinished } from "vitest";
import { englishWordsInUse, useEnglishWords } from "../src/ingest/english-words.js";
import { spellingOnPage } from "../src/ingest/page-spelling.js";
import { readArticle } from "../src/ingest/read-article.js";
import { wordReading } from "../src/ingest/word-split.js";

/** Pages invented for these tests: a file name, then the page's units. */
function outletOf(file: string, units: readonly string[]): string | null {
  const read = readArticle(file, new TextEncoder().encode(units.join("\n\n")));
  return read.ok ? read.article.metadata.outlet : null;
}

const LEDE = "The ferry company raised its fares by a tenth on Monday, the third rise this year.";

describe("an outlet's name as its own page spells it", () => {
  it("finds the run of capitalised words whose letters are the name's, with its ampersand", () => {
    const units = ["Ferry fares rise again", LEDE, "Copyright Harbor & Hill Times, 2024."];
    expect(spellingOnPage("harborhilltimes", units)).toBe("Harbor & Hill Times");
    // The name read with "and" between its words is the same name.
    expect(spellingOnPage("harborandhilltimes", units)).toBe("Harbor & Hill Times");
  });

  it("keeps the page's capitals inside a word and drops a possessive", () => {
    const units = [LEDE, "Reporting for the QuayWatch team, and QuayWatch's own crew."];
    expect(spellingOnPage("quaywatch", units)).toBe("QuayWatch");
  });

  it("prefers small letters to capitals, then the spelling written most", () => {
    const units = ["HARBOR HILL TIMES", "Follow Harbor Hill Times on social media", LEDE];
    expect(spellingOnPage("harborhilltimes", units)).toBe("Harbor Hill Times");
    // A name only in capitals is written as a reader writes it (short words may be letters).
    expect(spellingOnPage("harborvalleytimes", ["HARBOR VALLEY TIMES", LEDE])).toBe(
      "Harbor Valley Times",
    );
    const twice = [
      "Harbor Hilltimes news",
      `${LEDE} Harbor HillTimes said, Harbor HillTimes added.`,
    ];
    expect(spellingOnPage("harborhilltimes", twice)).toBe("Harbor HillTimes");
  });

  it("finds a name read with its article as the page writes it without one", () => {
    expect(spellingOnPage("theharborhilltimes", [`${LEDE} Harbor Hill Times said.`])).toBe(
      "The Harbor Hill Times",
    );
  });

  it("says nothing when the page never writes the name, or only across a comma", () => {
    expect(spellingOnPage("harborhilltimes", [LEDE])).toBeNull();
    expect(spellingOnPage("harborhilltimes", ["Harbor, Hill Times and others"])).toBeNull();
  });

  it("names the outlet of a page by its file name as the page spells it", () => {
    expect(
      outletOf("harborhilltimes.txt", ["Ferry fares rise again", LEDE, "© Harbor & Hill Times"]),
    ).toBe("Harbor & Hill Times");
    // A file name's last word telling the page's kind, beside a brand written in one word.
    expect(
      outletOf("quaywatch-live.txt", [
        "Ferry fares rise again",
        LEDE,
        "More from the QuayWatch team.",
      ]),
    ).toBe("QuayWatch");
  });
});

describe("a run-together name read as dictionary words", () => {
  const dictionary = new Set(["harbor", "quay", "ferry", "lantern", "radio", "town", "whats"]);

  it("reads little words, an apostrophe's word and a number opening a file name", () => {
    const before = englishWordsInUse();
    useEnglishWords((word) => dictionary.has(word));
    onTestFinished(() => useEnglishWords(before));
    expect(wordReading("whatsoninharbor")?.map((piece) => piece.text)).toEqual([
      "whats",
      "on",
      "in",
      "harbor",
    ]);
    expect(outletOf("whatsoninharbor.txt", ["Ferry fares rise again", LEDE])).toBe(
      "What's on in Harbor",
    );
    expect(outletOf("12-lanterns.txt", ["Ferry fares rise again", LEDE])).toBe("12 Lanterns");
    // Numbering a file is no part of the outlet's name.
    expect(outletOf("3-harbor-times.txt", ["Ferry fares rise again", LEDE])).toBe("Harbor Times");
  });

  it("reads letters opening a name as an abbreviation only before a masthead word", () => {
    const before = englishWordsInUse();
    useEnglishWords((word) => dictionary.has(word));
    onTestFinished(() => useEnglishWords(before));
    expect(outletOf("qxlradionews.txt", ["Ferry fares rise again", LEDE])).toBe("QXL Radio News");
    // "elt" + "ferry town" would cut an unknown word in two: no abbreviation there.
    expect(wordReading("eltferrytown")).toBeNull();
  });

  it("prefers common words to rare ones between readings of as many words", () => {
    const before = englishWordsInUse();
    const words = new Set(["crow", "crows", "nest", "rownest"]);
    const common: Record<string, number> = { crow: 4, nest: 5, crows: 0, rownest: 0 };
    useEnglishWords(
      (word) => words.has(word),
      (word) => common[word] ?? 0,
    );
    onTestFinished(() => useEnglishWords(before));
    expect(wordReading("crownest")?.map((piece) => piece.text)).toEqual(["crow", "nest"]);
  });
});

describe("names with an ampersand wherever the page writes them", () => {
  it("reads a title suffix, a follow line and a masthead in capitals", () => {
    const title = "Ferry fares rise again on the coast route";
    expect(outletOf("page.txt", [`${title} - Harbor & Hill News`, LEDE])).toBe(
      "Harbor & Hill News",
    );
    expect(outletOf("page.txt", [title, LEDE, "Follow River & Valley Radio on Facebook"])).toBe(
      "River & Valley Radio",
    );
    expect(outletOf("harborhillnews.txt", ["HARBOR & HILL NEWS", title, LEDE])).toBe(
      "Harbor & Hill News",
    );
    // A tagline of section words is no site's name.
    const read = readArticle(
      "page.txt",
      new TextEncoder().encode([`${title} - Sport & Weather`, LEDE].join("\n\n")),
    );
    expect(read.ok && read.article.metadata.outlet).toBeNull();
  });
});

describe("file names made of words that are also names of JavaScript's object properties", () => {
  it("reads them as plain words and never fails to read the page", () => {
    for (const file of [
      "constructor.txt",
      "constructornews.txt",
      "tostring-valueof-daily.txt",
      "hasownproperty-2024-03-01.txt",
      "__proto__.txt",
    ]) {
      const outlet = outletOf(file, ["Ferry fares rise again", LEDE]);
      expect(typeof outlet === "string" || outlet === null, file).toBe(true);
    }
    expect(outletOf("constructornews.txt", ["Ferry fares rise again", LEDE])).toMatch(/news/i);
  });
});
