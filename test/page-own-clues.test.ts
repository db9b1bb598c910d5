import { beforeAll, describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";
import { useWordNet } from "../src/newsroom/wordnet-thesaurus.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

beforeAll(() => useWordNet());

const STORY =
  "The county closed the coast road on Tuesday after the sea wall gave way near the old pier.\n\n" +
  "Engineers said repairs would take at least three weeks, and buses will run a detour inland.\n\n" +
  "Shop owners on the front said the closure came at the worst time of the year for them.\n";

describe("file names that read as a headline's words name no outlet", () => {
  it("a paper's name before the story's words is read whole though the page uses its last words", () => {
    const article = read(
      "marlow-gazette-sea-wall-gives-way-on-coast-road.txt",
      "Sea wall gives way on the coast road\n\n" +
        "The evening shift found the crack first, the council told the Gazette.\n\n" +
        STORY,
    );
    expect(article.metadata.outlet).toBe("Marlow Gazette");
  });

  it("a slug with a little word after its first word is the headline's, not a site called by that word", () => {
    const article = read("list-of-roads-closed-by-the-storm.txt", STORY);
    expect(article.metadata.outlet).toBeNull();
    expect(article.metadata.inferred?.outlet).toBeNull();
  });

  it("a name that a little word carries on into a headline names no outlet unless the page writes it so", () => {
    const article = read(
      "grey-monday-as-the-coast-road-shuts.txt",
      `A grey Monday for the town.\n\n${STORY}`,
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("a story's slug opening on a person's name is no station's call letters", () => {
    const article = read(
      "wade-signs-deal-with-harbour-club.txt",
      "Wade signs new deal\n\nWade, the club's captain, signed a new deal on Friday, the club said.\n\n" +
        "He had been linked with a move abroad all summer.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("a file's generic name and an item's number name no outlet", () => {
    for (const file of ["news.txt", "details.txt", "item-55210.txt"])
      expect(read(file, STORY).metadata.outlet).toBeNull();
  });

  it("letters and a country run together read as a broadcaster's national edition", () => {
    expect(read("qxcanada-40211.txt", STORY).metadata.outlet).toBe("QX Canada");
  });
});

describe("the page naming itself", () => {
  it("a masthead line with its edition in brackets names the outlet, edition and all", () => {
    const article = read(
      "48213.txt",
      `Harbor Daily (Coast Edition)\n\nSea wall gives way on the coast road\n\n${STORY}`,
    );
    expect(article.metadata.outlet).toBe("Harbor Daily (Coast Edition)");
    expect(article.metadata.headline).toBe("Sea wall gives way on the coast road");
  });

  it("a dateline whose brackets hold the site's names and the day names the site, not a copy's origin", () => {
    const article = read(
      "article-77.txt",
      "PORTVILLE (Harbor Post / Harbor Post Online - 3rd March, 2024) The county closed the coast road on Tuesday after the sea wall gave way.\n\n" +
        "Engineers said repairs would take at least three weeks.\n",
    );
    expect(article.metadata.outlet).toBe("Harbor Post");
    expect(article.metadata.origin).toBeNull();
  });

  it("captions crediting the paper's own photographer in square brackets: a caption, and the paper", () => {
    const article = read(
      "article-9.txt",
      "Sea wall gives way on the coast road\n\n" +
        "Residents look at the broken sea wall near the old pier on Tuesday. [Jane Roe,Tribune]\n\n" +
        STORY,
    );
    const caption = article.passages.find((passage) => passage.kind === "caption");
    expect(caption?.text).toBe(
      "Residents look at the broken sea wall near the old pier on Tuesday.",
    );
    expect(article.passages.filter((passage) => passage.kind === "paragraph")).toHaveLength(3);
    expect(article.metadata.outlet).toBe("Tribune");
  });

  it("a credit naming a picture agency names no paper", () => {
    const article = read(
      "article-10.txt",
      "Sea wall gives way on the coast road\n\n" +
        "Residents look at the broken sea wall near the old pier on Tuesday. [Jane Roe,Getty Images]\n\n" +
        STORY,
    );
    expect(article.metadata.outlet).toBeNull();
  });
});

describe("an agency's copy", () => {
  it("its dateline moved under the last sentence signs the copy off, and is no part of the quote", () => {
    const article = read(
      "page (4).txt",
      `${STORY}\n“We will reopen it as soon as it is safe,” the council's engineer said. PORTVILLE (Reuters)\n`,
    );
    expect(article.metadata.origin).toBe("Reuters");
    const last = article.passages[article.passages.length - 1];
    expect(last?.text).toBe(
      "“We will reopen it as soon as it is safe,” the council's engineer said.",
    );
  });
});

describe("a page that shows no headline keeps its first sentence", () => {
  it("a first line closed by a full stop, retold nowhere, is the lede", () => {
    const article = read(
      "page (8).txt",
      "The harbour ferry made its last crossing on Sunday after 60 years of service.\n\n" +
        "Crowds lined the quay to wave it off, and the crew sounded the horn three times.\n\n" +
        "A new bridge upriver has taken most of its passengers since the spring.\n",
    );
    expect(article.metadata.headline).toBeNull();
    expect(article.passages[0]?.text).toBe(
      "The harbour ferry made its last crossing on Sunday after 60 years of service.",
    );
  });

  it("a first line of a list's length with no full stop is the lede too", () => {
    const first =
      "THE passengers came from many places, nine from Portville, eight from Marlow, six from Eastfield, five from the islands, four from the coast towns and two from abroad";
    const article = read("page (9).txt", `${first}\n\n${STORY}`);
    expect(article.metadata.headline).toBeNull();
    expect(article.passages[0]?.text).toBe(first);
  });

  it("a closing sentence opening on a day is no date line", () => {
    const article = read(
      "page (10).txt",
      `Ferry makes its last crossing\n\n${STORY}\nOn March 3, 2011 the ferry carried its millionth passenger`,
    );
    expect(article.metadata.published).toBeNull();
  });
});
