import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, articleFromParagraphs } from "../src/ingest/article.js";
import { PassageIndex } from "../src/search/passage-index.js";
import { SearchConfig, type SearchSettings } from "../src/search/search-config.js";

/** A few words, often repeated, so that many passages tie and typos have near neighbours. */
const WORDS = [
  "harbour",
  "cranes",
  "repaired",
  "storm",
  "tuesday",
  "officials",
  "said",
  "ferry",
  "ferries",
  "delayed",
  "three",
  "workers",
  "injured",
  "mayor",
  "Lindqvist",
  "Lindkvist",
  "council",
  "the",
  "after",
  "on",
];

const QUESTIONS = [
  "who repaired the cranes",
  "how many workers were injured",
  "what did the mayor say about the ferries",
  "when was the harbour storm",
  "Lindqvst council",
  "ferry delayed after the storm",
  "what did officials say",
];

const article = (name: string, paragraphs: readonly string[]): Article =>
  articleFromParagraphs(name, paragraphs, { outlet: `Outlet ${name}` });

const paragraphArbitrary = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 })
  .map((words) => `${words.join(" ")}.`);
const articleArbitrary = fc.record({
  name: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"),
  paragraphs: fc.array(paragraphArbitrary, { minLength: 1, maxLength: 4 }),
});

/** The desk's articles by name, in desk order, as a folder gives them. */
const inDeskOrder = (articles: Iterable<Article>) =>
  [...articles].sort((a, b) => a.id.localeCompare(b.id, "en"));

/** What a search ranks, every field a reader sees. */
function rankingOf(index: PassageIndex, question: string) {
  return index.search(question).ranked.map((hit) => ({
    id: hit.passage.id,
    text: hit.passage.text,
    score: hit.score,
    coverage: hit.coverage,
    matched: hit.matched,
  }));
}

function expectSameAsFresh(
  index: PassageIndex,
  articles: readonly Article[],
  settings: SearchSettings = SearchConfig,
) {
  const fresh = PassageIndex.build(articles, settings);
  expect(index.passageCount).toBe(fresh.passageCount);
  for (const question of QUESTIONS) {
    expect(rankingOf(index, question)).toEqual(rankingOf(fresh, question));
    expect(index.candidateTerms(question).sort()).toEqual(fresh.candidateTerms(question).sort());
  }
  return fresh;
}

describe("an index updated in place", () => {
  it("answers as one built afresh after articles are added, changed and removed", async () => {
    const first = [
      article("a", ["Officials said the harbour cranes were repaired on Tuesday."]),
      article("c", ["Three workers were injured after the storm.", "The ferry was delayed."]),
      article("e", ["Mayor Lindqvist told the council the ferries run again."]),
    ];
    const index = PassageIndex.build(first, SearchConfig);
    const changedC = article("c", ["Four workers were injured after the storm on Tuesday."]);
    const next = [
      first[0] as Article,
      article("b", ["The harbour storm delayed three ferries."]),
      changedC,
    ];
    expect(index.update(next)).toEqual({ added: 2, removed: 3 });
    const fresh = expectSameAsFresh(index, next);
    // Saved after the update, the index is what a fresh build saves (but for the articles'
    // subjects, which a fresh build keeps and an updated index leaves to be read on opening).
    const { subjects, ...freshParts } = await fresh.snapshot();
    expect(subjects).toBeDefined();
    expect(await index.snapshot()).toEqual(freshParts);
    // And reopened from that, it still answers the same.
    const reopened = PassageIndex.fromSnapshot(next, await index.snapshot(), SearchConfig);
    expectSameAsFresh(reopened, next);
  });

  it("touches nothing when no article changed", () => {
    const articles = [article("a", ["Cranes were repaired."]), article("b", ["Ferries ran."])];
    const index = PassageIndex.build(articles, SearchConfig);
    expect(index.update([...articles])).toEqual({ added: 0, removed: 0 });
    expectSameAsFresh(index, articles);
  });

  it("answers as a fresh build after any series of changes, ties and typos among them", () => {
    // Candidates chosen the archive's way too (common words do not select), as on a large desk.
    const archive: SearchSettings = { ...SearchConfig, commonTermsFrom: 0 };
    fc.assert(
      fc.property(
        fc.array(articleArbitrary, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(articleArbitrary, { maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), { maxLength: 6 }),
        (start, rounds, removals) => {
          const desk = new Map<string, Article>();
          for (const { name, paragraphs } of start) desk.set(name, article(name, paragraphs));
          for (const settings of [SearchConfig, archive]) {
            const current = new Map(desk);
            const index = PassageIndex.build(inDeskOrder(current.values()), settings);
            rounds.forEach((round, i) => {
              for (const { name, paragraphs } of round)
                current.set(name, article(name, paragraphs));
              const gone = removals[i];
              if (gone !== undefined && current.size > 1) current.delete(gone);
              const next = inDeskOrder(current.values());
              index.update(next);
              expectSameAsFresh(index, next, settings);
            });
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
