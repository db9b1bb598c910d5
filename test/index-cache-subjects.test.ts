import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { deskKey, readIndexCache, writeIndexCache } from "../src/newsroom/index-cache.js";
import { ContextPostings } from "../src/search/context-postings.js";
import { PassageIndex } from "../src/search/passage-index.js";
import { SearchConfig } from "../src/search/search-config.js";

const articles = [
  articleFromParagraphs("harbour-daily", [
    "Heaters recalled after fires in three homes.",
    "The heaters were sold at hardware stores nationwide.",
    "Heaters made before May are affected, the maker said.",
  ]),
  articleFromParagraphs("valley-news", [
    "A ferry strike delayed crossings on Monday.",
    "Ferry crews want higher pay, their union said.",
  ]),
  articleFromParagraphs("gone-soon", ["A lighthouse lamp was repaired overnight."]),
];

describe("articles' subjects in a saved index", () => {
  it("are kept by a fresh build's snapshot and filed again the same way when it reopens", async () => {
    const built = PassageIndex.build(articles, SearchConfig);
    const snapshot = await built.snapshot();
    expect(snapshot.subjects?.gone).toEqual(new Uint8Array(3));
    const reopened = PassageIndex.fromSnapshot(articles, snapshot, SearchConfig);
    expect(await reopened.snapshot()).toEqual(snapshot);
    // A word only the article's subject holds still lifts the paragraph that lacks it.
    for (const question of ["where were the heaters sold", "why did ferry crews strike"]) {
      const fromBuild = built.search(question).ranked.slice(0, 3);
      const fromSnapshot = reopened.search(question).ranked.slice(0, 3);
      expect(fromSnapshot).toEqual(fromBuild);
    }
  });

  it("come back from the cache file whole, and a list that does not fit is refused", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), "story-desk-subjects-"));
    const index = await PassageIndex.build(articles, SearchConfig).snapshot();
    const key = deskKey([], { test: "subjects" });
    await writeIndexCache(cache, { key, articles, warnings: [], index });
    const reading = await readIndexCache(cache, key);
    expect(reading.found).toBe(true);
    if (!reading.found) return;
    expect(reading.cached.index.subjects).toEqual(index.subjects);
    const subjects = index.subjects;
    if (!subjects) throw new Error("no subjects");
    const short = { ...subjects, gone: subjects.gone.subarray(1) };
    expect(() => ContextPostings.fromLists(10, short)).toThrow();
    expect(() =>
      PassageIndex.fromSnapshot(articles, { ...index, subjects: short }, SearchConfig),
    ).toThrow();
  });

  it("are left out after an update, and read again when the index reopens", async () => {
    const index = PassageIndex.build(articles, SearchConfig);
    index.update(articles.slice(0, 2));
    const snapshot = await index.snapshot();
    expect(snapshot.subjects).toBeUndefined();
    const reopened = PassageIndex.fromSnapshot(articles.slice(0, 2), snapshot, SearchConfig);
    const fresh = PassageIndex.build(articles.slice(0, 2), SearchConfig);
    expect(reopened.search("where were the heaters sold").ranked).toEqual(
      fresh.search("where were the heaters sold").ranked,
    );
    expect((await reopened.snapshot()).subjects).toEqual((await fresh.snapshot()).subjects);
  });
});
