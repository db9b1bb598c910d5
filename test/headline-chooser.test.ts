import { describe, expect, it } from "vitest";
import {
  type HeadlineUnit,
  HeadlineWeights,
  scoreHeadlines,
  slugWordsOf,
} from "../src/ingest/headline-chooser.js";
import { isAccessLabel, isInterfaceLine } from "../src/ingest/interface-lines.js";
import { readArticle } from "../src/ingest/read-article.js";

/** Invented pages: what the reader takes as the headline and the first paragraph. */
function read(file: string, units: readonly string[]) {
  const result = readArticle(file, new TextEncoder().encode(units.join("\n\n")));
  if (!result.ok) throw new Error(result.reason);
  const first = result.article.passages.find((passage) => passage.kind === "paragraph");
  return { headline: result.article.metadata.headline, first: first?.text ?? null };
}

const LEDE =
  "The ferry company raised its fares by a tenth on Monday, the third rise this year, and said the winter timetable would lose two sailings a day from November.";

describe("the site's controls as a class of furniture", () => {
  it("tells a button or link of the site from a title", () => {
    const site = new Set(["harbornews"]);
    expect(isInterfaceLine("Skip to main content")).toBe(true);
    expect(isInterfaceLine("Skip to main contentSkip to navigation")).toBe(true);
    expect(isInterfaceLine("Watch Harbor News", site)).toBe(true);
    expect(isInterfaceLine("Download the app")).toBe(true);
    expect(isInterfaceLine("Listen live")).toBe(true);
    expect(isInterfaceLine("Watch: Ferry crews rescue a stranded kayaker")).toBe(false);
    expect(isInterfaceLine("Get ready for a stormy weekend on the coast")).toBe(false);
    expect(isInterfaceLine("Read the mayor's full statement.")).toBe(false);
  });

  it("tells a label of who may read the story", () => {
    expect(isAccessLabel("Subscribers only")).toBe(true);
    expect(isAccessLabel("Premium content")).toBe(true);
    expect(isAccessLabel("For members")).toBe(true);
    expect(isAccessLabel("Exclusive")).toBe(false);
    expect(isAccessLabel("Members of the council walk out")).toBe(false);
  });
});

describe("the scored headline chooser", () => {
  const units = (...list: Array<[HeadlineUnit["kind"], string]>): HeadlineUnit[] =>
    list.map(([kind, text]) => ({ kind, text }));

  it("prefers the line over the byline to a promo line opening the page", () => {
    const scored = scoreHeadlines(
      units(
        ["text", "ferry news and harbour news and more news on harbour ferry news"],
        ["text", "Ferry Fares Rise for the Third Time This Year"],
        ["byline", "By Jane Doe"],
        ["text", LEDE],
      ),
    );
    expect(scored[0]?.index).toBe(1);
  });

  it("prefers a title printed twice, and never takes a list of names or a credit", () => {
    const page = units(
      ["text", "Your coast, your news, every day."],
      ["text", "Ferry fares rise again on the coast route"],
      ["text", "Ferry fares rise again on the coast route"],
      ["text", LEDE],
    );
    const twice = scoreHeadlines(page);
    expect(page[twice[0]?.index ?? 0]?.text).toBe("Ferry fares rise again on the coast route");
    const names = scoreHeadlines(
      units(["text", "Lorna Ash Kit Vale"], ["byline", "Harbor Enquirer"], ["text", LEDE]),
    );
    expect(names[0]?.score ?? 0).toBeLessThan(HeadlineWeights.floor);
    const credit = scoreHeadlines(
      units(["text", "Handout photo courtesy of the port authority"], ["text", LEDE]),
    );
    expect(credit[0]?.score ?? 0).toBeLessThan(HeadlineWeights.floor);
  });

  it("weighs the words a title shares with the page's address", () => {
    const slug = slugWordsOf("https://news.example/2024/03/ferry-fares-rise-again");
    const scored = scoreHeadlines(
      units(
        ["text", "Harbour council to vote on new parking rules"],
        ["text", "Ferry fares rise again on the coast route"],
        ["text", LEDE],
      ),
      slug,
    );
    expect(scored[0]?.index).toBe(1);
  });

  it("reads the title under a skip link; the alt text above it is no paragraph", () => {
    const page = read("harbornews-2024-03-02.txt", [
      "Skip to main contentSkip to navigation",
      "Crews load the ferry at dawn.",
      "Crews load the ferry at dawn. Photograph: Jane Roe/Harbor News",
      "Ferry fares rise again on the coast route",
      "The company blamed fuel costs for the third rise this year",
      LEDE,
    ]);
    expect(page.headline).toBe("Ferry fares rise again on the coast route");
    expect(page.first).toBe("The company blamed fuel costs for the third rise this year");
  });

  it("takes no promo line or site button for the headline", () => {
    const page = read("harbornews-2024-03-02.txt", [
      "Watch Harbor News",
      "Ferry fares rise again on the coast route",
      LEDE,
    ]);
    expect(page.headline).toBe("Ferry fares rise again on the coast route");
    expect(page.first).toBe(LEDE);
  });

  it("reads a title printed twice under the site's slogan, and not as a caption", () => {
    const result = readArticle(
      "harbornews.txt",
      new TextEncoder().encode(
        [
          "Harbor News",
          "All the coast, all week.",
          "Monday, March 4, 2024",
          "Ferry fares: a third rise - and what comes next",
          "Ferry fares: a third rise - and what comes next",
          LEDE,
        ].join("\n\n"),
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.metadata.headline).toBe(
      "Ferry fares: a third rise - and what comes next",
    );
    expect(result.article.passages.map((passage) => passage.text)).toEqual([LEDE]);
  });

  it("takes no title over nothing, whatever words it shares with the file name", () => {
    const result = readArticle(
      "harbor-ferry-delays.txt",
      new TextEncoder().encode("Harbor ferry delays grew on the harbor-ferry-delays day.\n"),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.metadata.headline).toBeNull();
    expect(result.article.passages.map((passage) => passage.text)).toEqual([
      "Harbor ferry delays grew on the harbor-ferry-delays day.",
    ]);
  });

  it("finds no headline on a page that opens with its story", () => {
    const page = read("harbornews.txt", [
      LEDE,
      "Passengers said the rise would push them back onto the coast road, which is often closed by storms in winter.",
      "Ferry Fares Will Rise Again Next Spring",
      "The company said it had no choice.",
    ]);
    expect(page.headline).toBeNull();
  });
});

describe("lines that are no paragraphs", () => {
  it("reads reporters' names under the headline as the byline", () => {
    const result = readArticle(
      "harbornews.txt",
      new TextEncoder().encode(
        ["Ferry fares rise again on the coast route", "Lorna Ashcombe Kit Valemont", LEDE].join(
          "\n\n",
        ),
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.metadata.byline).toBe("Lorna Ashcombe Kit Valemont");
    expect(result.article.passages.map((passage) => passage.text)).toEqual([LEDE]);
  });

  it("leaves out a picture's file name and a promo link among the paragraphs", () => {
    const page = read("harbornews.txt", [
      "Ferry fares rise again on the coast route",
      LEDE,
      "ferry quay at dawn 20240302117",
      "QX7 0421 884 jpg? w=640",
      ">> Read more trending news",
      "Passengers said they would drive instead.",
    ]);
    expect(page.first).toBe(LEDE);
    const result = readArticle(
      "harbornews.txt",
      new TextEncoder().encode(
        [
          "Ferry fares rise again on the coast route",
          LEDE,
          "ferry quay at dawn 20240302117",
          "QX7 0421 884 jpg? w=640",
          ">> Read more trending news",
          "Passengers said they would drive instead.",
        ].join("\n\n"),
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.passages.map((passage) => passage.text)).toEqual([
      LEDE,
      "Passengers said they would drive instead.",
    ]);
  });
});

describe("a title tells the story its paragraphs tell", () => {
  const story =
    "The regional water board said on Thursday that reservoir levels had fallen to their lowest point in forty years, and asked households to cut their use of water by a fifth until the autumn rains arrive.";
  const more =
    "Officials said the drought had been made worse by a dry spring and an unusually hot June across the whole region, with rainfall at half its usual level.";

  it("prefers the line sharing the story's words over another story's link above it", () => {
    const units: HeadlineUnit[] = [
      { kind: "text", text: "Bakery owner celebrates fifty years of bread on the high street" },
      {
        kind: "text",
        text: "Reservoir levels fall to lowest point in forty years, water board says",
      },
      { kind: "text", text: story },
      { kind: "text", text: more },
    ];
    expect(scoreHeadlines(units)[0]?.index).toBe(1);
  });

  it("gives a short line no more than its few words earn", () => {
    const units: HeadlineUnit[] = [
      {
        kind: "text",
        text: "Reservoir levels fall to lowest point in forty years as drought bites",
      },
      { kind: "text", text: "Water levels fall" },
      { kind: "date", text: "June 3, 2024" },
      { kind: "text", text: story },
      { kind: "text", text: more },
    ];
    expect(scoreHeadlines(units)[0]?.index).toBe(0);
  });
});
