import { describe, expect, it } from "vitest";
import { wordNetThesaurus } from "../src/newsroom/wordnet-thesaurus.js";

const wordNet = wordNetThesaurus();
const related = (word: string, part: "noun" | "verb" | "adj") =>
  (wordNet?.related(word, part) ?? []).map((entry) => entry.word);

describe("WordNet's base forms of a question word", () => {
  it("is installed", () => {
    expect(wordNet).not.toBeNull();
  });

  it("reads a past form that is a word of its own as its verb first", () => {
    // "found" is mostly the past of "find": its senses come first ("happen", "discover").
    const words = related("found", "verb");
    expect(words.slice(0, 4)).toContain("happen");
    expect(words).toContain("discover");
  });

  it("undoes a doubled last consonant", () => {
    expect(related("spotted", "verb")).toContain("espy");
    expect(related("stopped", "verb").length).toBeGreaterThan(0);
  });

  it("keeps two-word entries, which match as one phrasal verb", () => {
    expect(related("resign", "verb")).toContain("step down");
  });
});
