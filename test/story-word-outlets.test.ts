import { describe, expect, it, onTestFinished } from "vitest";
import { englishWordsInUse, useEnglishWords } from "../src/ingest/english-words.js";
import { readArticle } from "../src/ingest/read-article.js";
import { type NameSense, nameSensesInUse, useNameSenses } from "../src/text/name-senses.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

/** A small dictionary: "harbinia" a country, "sudden" no noun, "gazette" and "vale" nouns. */
function useSmallDictionary(): void {
  const before = englishWordsInUse();
  const words = new Set(["harbinia", "sudden", "gazette", "vale", "ferry", "fares", "rise"]);
  useEnglishWords((word) => words.has(word));
  const place: NameSense = { class: "place", proper: true };
  const noun: NameSense = { class: "other", proper: false };
  const senses: Record<string, readonly NameSense[]> = {
    harbinia: [place],
    gazette: [noun],
    vale: [noun],
    ferry: [noun],
  };
  const sensesBefore = nameSensesInUse();
  useNameSenses({ senses: (phrase) => senses[phrase] ?? [] });
  onTestFinished(() => {
    useEnglishWords(before);
    useNameSenses(sensesBefore);
  });
}

const page =
  "Harbinia raised ferry fares on Monday for the first time in a decade, the port authority said.\n\n" +
  "The rise will cost commuters about a tenth more, officials said, and the tower crews agreed.\n";

describe("a file name opening on the story's own word names no outlet", () => {
  it("the story's country opening the file name is no site", () => {
    useSmallDictionary();
    expect(
      read("harbinia-ferry-rise-heres-what-the-new-timetable-tells-riders.txt", page).metadata
        .outlet,
    ).toBeNull();
  });

  it("a word that is no noun, opening the file name, is no site", () => {
    useSmallDictionary();
    expect(
      read("sudden-ferry-fares-rise-will-cost-commuters.txt", page).metadata.outlet,
    ).toBeNull();
  });

  it("a country's name followed by a masthead word is still a site's name", () => {
    useSmallDictionary();
    expect(read("harbinia-gazette-ferry-fares-rise.txt", page).metadata.outlet).toBe(
      "Harbinia Gazette",
    );
  });

  it("a site's name of a word the page never uses stands", () => {
    useSmallDictionary();
    expect(read("corvantis-ferry-fares-rise-for-commuters.txt", page).metadata.outlet).toBe(
      "Corvantis",
    );
  });
});

describe("a directory's name matches the file name's whole name, not a part of it", () => {
  const fares = "Ferry fares rose on Monday for the first time in a decade, the port said.\n";

  it("a name joined by 'and' is read past the shorter name it opens on", () => {
    expect(read("mirror-and-herald-2024-05-02-ferry-fares-rise.txt", fares).metadata.outlet).toBe(
      "Mirror and Herald",
    );
  });

  it("the shorter name alone before the story's slug is still the directory's outlet", () => {
    expect(read("mirror-2024-05-02-ferry-fares-rise.txt", fares).metadata.outlet).toBe(
      "Daily Mirror",
    );
  });
});
