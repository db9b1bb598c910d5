import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { defaultProfile } from "../src/desk/desk-profile.js";
import { openDesk } from "../src/desk/story-desk.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { PassageIndex } from "../src/search/passage-index.js";
import { SearchConfig } from "../src/search/search-config.js";
import { DeskLexicon } from "../src/text/desk-lexicon.js";
import { matchTokens, termFor } from "../src/text/match-terms.js";

const articles = [
  articleFromParagraphs("valley-news", [
    "The Brightwater Tenants Union called the rent rise unlawful and promised a strike.",
    "Council members met on Tuesday to discuss the new budget for roads.",
  ]),
  articleFromParagraphs("city-wire", [
    "Leaders of the BTU said the landlords had broken the agreement they signed in May.",
    "The weather stayed dry across the region all week.",
  ]),
];
const union = [["Brightwater Tenants Union", "BTU", "tenants' union"]];
const withUnion = (equivalents: string[][]) =>
  openDesk(articles, SearchConfig, { ...defaultProfile("housing"), equivalents });

const answeredBy = (desk: ReturnType<typeof withUnion>, question: string) =>
  answerQuestion(desk, question)
    .sources.filter((source) => source.covered)
    .map((source) => `${source.source}#${source.quote?.paragraph}`);

describe("a desk's own equivalents (desk.yml)", () => {
  it("match a name of several words and its short form both ways, as one word", () => {
    const desk = withUnion(union);
    expect(answeredBy(desk, "what did the BTU say about the landlords")).toContain("city-wire#1");
    expect(
      answeredBy(desk, "what did Brightwater Tenants Union say about the landlords"),
    ).toContain("city-wire#1");
    expect(answeredBy(desk, "what did the BTU call the rent rise")).toContain("valley-news#1");
  });

  it("are not matched on a desk that does not list them", () => {
    expect(answeredBy(withUnion(union), "what did the BTU promise")).toEqual(["valley-news#1"]);
    // Without the group, "BTU" is not the union that promised: that passage is not found.
    expect(answeredBy(withUnion([]), "what did the BTU promise")).not.toContain("valley-news#1");
  });

  it("read each spelling as the built-in matching does: plural and case forms alike", () => {
    const lexicon = new DeskLexicon([["harbour pilot", "pilot of the port"]]);
    const terms = (text: string) => lexicon.apply(matchTokens(text, "article")).map((t) => t.term);
    expect(terms("Harbor pilots")).toEqual(terms("the pilot of the port").slice(1));
    expect(terms("Harbor pilots")).toHaveLength(1);
  });

  it("join groups that share a spelling, so a word has one meaning on a desk", () => {
    const lexicon = new DeskLexicon([
      ["ferry", "boat"],
      ["boat", "vessel"],
    ]);
    const term = (word: string) => lexicon.apply(matchTokens(word, "article"))[0]?.term;
    expect(term("vessel")).toBe(term("ferry"));
  });

  it("are part of what a saved index was read with: other equivalents rebuild it", async () => {
    const built = PassageIndex.build(articles, SearchConfig, undefined, { equivalents: union });
    const snapshot = await built.snapshot();
    const same = PassageIndex.fromSnapshot(articles, snapshot, SearchConfig, {
      equivalents: union,
    });
    const none = PassageIndex.fromSnapshot(articles, snapshot, SearchConfig, { equivalents: [] });
    const best = (index: PassageIndex) =>
      index.search("BTU landlords agreement").ranked[0]?.passage.id ?? null;
    expect(best(same)).toBe("city-wire#1");
    expect(best(none)).toBe("city-wire#1");
    const unionQuestion = (index: PassageIndex) =>
      index.search("Brightwater Tenants Union landlords").ranked[0]?.passage.id ?? null;
    expect(unionQuestion(same)).toBe("city-wire#1");
    expect(unionQuestion(none)).not.toBe("city-wire#1");
  });
});

describe("the built-in lexicons know no story", () => {
  const FORBIDDEN =
    /taji|kataib|kataeb|hezbollah|baghdad|karbala|soleimani|muhandis|fontenrose|press ?tv|democrat-gazette|\/iraq/i;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? files(file) : [file];
    });

  it("no file of the matching and search code names the seed story, its outlets or its folder", () => {
    const named = [...files("src/text"), ...files("src/search")].filter((file) =>
      FORBIDDEN.test(readFileSync(file, "utf8")),
    );
    expect(named).toEqual([]);
  });

  it("one story's words are not equivalents of one another without the desk saying so", () => {
    for (const [a, b] of [
      ["militia", "militant"],
      ["rocket", "missile"],
      ["camp", "base"],
      ["troops", "personnel"],
      ["airstrike", "raid"],
    ])
      expect(termFor(a as string)).not.toBe(termFor(b as string));
  });

  it("British and American spellings, titles and their abbreviations read alike", () => {
    for (const [a, b] of [
      ["defence", "defense"],
      ["organised", "organized"],
      ["mobilisation", "mobilization"],
      ["neighbours", "neighbors"],
      ["centre", "center"],
      ["travelled", "traveled"],
      ["sen", "senator"],
      ["gov", "governor"],
      ["inquiry", "investigation"],
    ])
      expect(termFor(a as string)).toBe(termFor(b as string));
    expect(termFor("surprised")).not.toBe(termFor("surprized".replace("z", "zz")));
  });
});
