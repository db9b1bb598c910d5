import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const quoted = (article: ReturnType<typeof read>) =>
  article.passages.filter((passage) => passage.kind === "paragraph").map((p) => p.text);

describe("a page naming its outlet in its own words", () => {
  it("a request for comment from the outlet names it when nothing else does", () => {
    const article = read(
      "ferry-line-sold-to-harbour-group.txt",
      "Ferry Line Sold to Harbour Group\n\n" +
        "The island ferry line was sold to a harbour group on Friday, two people close to the sale said.\n\n" +
        "The ferry line did not immediately respond to a request for comment from Gullwing News.\n\n" +
        "The new owners plan to add a second boat before the summer.\n",
    );
    expect(article.metadata.outlet).toBe("Gullwing News");
  });

  it("sources telling an agency name the agency's report, not the page", () => {
    const article = read(
      "ferry-line-sold-to-harbour-group.txt",
      "Ferry Line Sold to Harbour Group\n\n" +
        "The island ferry line was sold to a harbour group on Friday, sources told Reuters.\n\n" +
        "The new owners plan to add a second boat before the summer.\n",
    );
    expect(article.metadata.outlet).not.toBe("Reuters");
  });

  it("a site's promo for its local updates names the site and is never quoted", () => {
    const article = read(
      "tide-gauge-breaks-record.txt",
      "Weather\n" +
        "Tide Gauge Breaks Its 'Oldest' Record\n" +
        "The harbour's tide gauge read higher on Monday than at any time since it was set up.\n\n" +
        "Find out what's happening in Saltmarsh for free with the latest updates from Gullpost.\n\n" +
        "Harbour staff said the reading was checked twice before it was posted.\n",
    );
    expect(article.metadata.outlet).toBe("Gullpost");
    expect(quoted(article).some((text) => text.includes("latest updates"))).toBe(false);
  });

  it("a title in capitals with a possessive or a quoted word is a title, not a menu", () => {
    const article = read(
      "9-photos-show-mayor-roes-last-day.txt",
      "Local News\n" +
        "9 Photos Show Mayor Roe's Last 'Quiet' Day\n" +
        "The mayor spent her last day in office at the harbour, where she began her first term.\n\n" +
        "She thanked the harbour staff and walked the length of the new sea wall.\n",
    );
    expect(article.metadata.headline).toBe("9 Photos Show Mayor Roe's Last 'Quiet' Day");
  });
});
