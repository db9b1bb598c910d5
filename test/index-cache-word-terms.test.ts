import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { deskKey, readIndexCache, writeIndexCache } from "../src/newsroom/index-cache.js";
import { PassageIndex } from "../src/search/passage-index.js";
import { SearchConfig } from "../src/search/search-config.js";
import { knownWordTerms, learnWordTerms, termFor } from "../src/text/match-terms.js";

const articles = [
  articleFromParagraphs("lakeside-post", [
    "Councillors approved the new tramway on Thursday, the mayor's office said.",
    "Residents protested outside the chamber before the vote.",
  ]),
  articleFromParagraphs("county-wire", ["The tramway will cost 40 million, officials estimated."]),
];

describe("words' terms in a saved index", () => {
  it("are the terms the matching gives, and come back from the cache file whole", async () => {
    const index = await PassageIndex.build(articles, SearchConfig).snapshot();
    const kept = index.wordTerms;
    if (!kept) throw new Error("no words' terms");
    expect(kept.words.length).toBe(kept.terms.length);
    for (const word of ["councillors", "approved", "protested"]) {
      const at = kept.words.indexOf(word);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(kept.terms[at]).toBe(termFor(word));
    }
    const cache = mkdtempSync(path.join(tmpdir(), "story-desk-word-terms-"));
    const key = deskKey([], { test: "word-terms" });
    await writeIndexCache(cache, { key, articles, warnings: [], index });
    const reading = await readIndexCache(cache, key);
    expect(reading.found).toBe(true);
    if (!reading.found) return;
    expect(reading.cached.index.wordTerms).toEqual(kept);
    // A reopened index ranks as the built one does.
    const question = "who approved the tramway";
    const built = PassageIndex.build(articles, SearchConfig).search(question).ranked;
    const reopened = PassageIndex.fromSnapshot(articles, reading.cached.index, SearchConfig);
    expect(reopened.search(question).ranked).toEqual(built);
  });

  it("that do not pair up are not taken in", () => {
    const before = knownWordTerms().words.length;
    learnWordTerms({ words: ["zzunpaired"], terms: [] });
    expect(knownWordTerms().words).not.toContain("zzunpaired");
    expect(knownWordTerms().words.length).toBe(before);
  });
});
