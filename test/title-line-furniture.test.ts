import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const story =
  "The ferry operator raised fares on the island line on Monday for the first time in a decade.\n\n" +
  "Commuters will pay about a tenth more, the operator said in a statement.\n";

describe("furniture around a page's title is not the headline", () => {
  it("a reading time run onto the title before its date is taken off the headline", () => {
    const article = read(
      "page-1.txt",
      `Ferry fares rise on the island line for the first time in a decade4 min read 12 May 2024, 09:15 AM IST\n\n${story}`,
    );
    expect(article.metadata.headline).toBe(
      "Ferry fares rise on the island line for the first time in a decade",
    );
  });

  it("a reading time glued to a name's number leaves the number's other digits to the title", () => {
    const article = read(
      "page-1.txt",
      `Ferry fares rise on the island route served by Skiff B-71 min read 12 May 2024, 09:15 AM IST\n\n${story}`,
    );
    expect(article.metadata.headline).toBe(
      "Ferry fares rise on the island route served by Skiff B-7",
    );
  });

  it("a video player's pointer to its channel is no headline", () => {
    const article = read("page-1.txt", `Watch more News on HarborPlay\n\n${story}`);
    expect(article.metadata.headline).toBeNull();
    expect(article.passages.map((passage) => passage.text).join(" ")).not.toContain(
      "Watch more News",
    );
  });
});

describe("a station's banner over an old story is furniture", () => {
  it("the archived-article notice is neither headline nor passage", () => {
    const article = read(
      "page-1.txt",
      "This is an archived article and the information in it may be outdated. Please look at the time stamp on the story to see when it was last updated.\n\n" +
        story,
    );
    expect(article.passages.map((passage) => passage.text).join(" ")).not.toContain("archived");
    expect(article.metadata.headline).toBeNull();
  });
});
