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

  it("a station's live player names the station, its letters spelt out, and is never quoted", () => {
    const article = read(
      "pier-reopens-after-storm.txt",
      "Pier reopens after the storm\n\n" +
        "The town pier reopened on Saturday, three weeks after the storm tore away its last section.\n\n" +
        "Live On-Air\nAsk Your Smart Speaker to Play W Q R T Radio\nWQRT News 101.5FM and 880AM\nListen Now\nNow Playing\n\n" +
        "Anglers were back at the far end within an hour, the harbour master said.\n",
    );
    expect(article.metadata.outlet).toBe("WQRT Radio");
    const texts = quoted(article).join("\n");
    expect(texts).not.toContain("Smart Speaker");
    expect(texts).not.toContain("101.5FM");
    expect(texts).not.toContain("Now Playing");
  });

  it("a hyphenated reporter's name and the time stamp after a bar are the byline and the date", () => {
    const article = read(
      "gullpost-pier-reopens.txt",
      "Pier Reopens After the Storm\n\nMary-Jo Pell | 3/14/2024, 9:05 a.m.\n\n" +
        "The town pier reopened on Thursday, three weeks after the storm tore away its last section.\n",
    );
    expect(article.metadata.byline).toBe("Mary-Jo Pell");
    expect(article.metadata.published).toBe("2024-03-14");
    expect(article.passages.some((passage) => passage.text.includes("9:05"))).toBe(false);
  });

  it("unnamed sources telling an outlet name the report the page retells, not the page", () => {
    const article = read(
      "article-5521.txt",
      "The island ferry line was sold on Friday, according to several reports.\n\n" +
        "Sources familiar with the matter told the Kestrel Ledger that the price was not disclosed.\n\n" +
        "The new owners plan to add a second boat before the summer.\n",
    );
    expect(article.metadata.outlet).not.toBe("Kestrel Ledger");
  });

  it("papers obtained by an outlet name it, and the next sentence's first word is no part of it", () => {
    const article = read(
      "article-7730.txt",
      "A ferry captain was charged on Monday, according to court papers obtained by Gullwing News. Court records show he was held overnight.\n\n" +
        "The operator said it was cooperating with the harbour police.\n",
    );
    expect(article.metadata.outlet).toBe("Gullwing News");
  });

  it("one unnamed source telling an outlet names the report the page retells, so no outlet", () => {
    const article = read(
      "article-5522.txt",
      "The island ferry line fired its two top managers on Thursday.\n\n" +
        "At least one of them was walked out of the office, a source told the Kestrel Ledger.\n\n" +
        "The new owners plan to add a second boat before the summer.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("the site's name on its menu's buttons names it; a section's button does not", () => {
    const story =
      "Harbor board votes to rebuild the north pier\n\n" +
      "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms.\n\n" +
      "Seven members backed the plan and two voted against it.\n";
    expect(
      read("article-6101.txt", `Kestrel Courier Home\n\nKestrel Courier Sections\n\n${story}`)
        .metadata.outlet,
    ).toBe("Kestrel Courier");
    expect(read("article-6102.txt", `Local News Home\n\n${story}`).metadata.outlet).toBeNull();
  });

  it("a broadcast introducing its own reporter names the broadcaster when nothing else does", () => {
    const article = read(
      "article-6103.txt",
      "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms. Harbor Radio's Ana Ruiz reports.\n\n" +
        "ANA RUIZ: The vote came after a year of argument over the pier's cost.\n",
    );
    expect(article.metadata.outlet).toBe("Harbor Radio");
  });

  it("a run-together site's name before a slug that rewords the headline names the site", () => {
    const article = read(
      "gullpostng-harbour-board-sells-the-ferry-line-and-dismisses-its-top-managers.txt",
      "The harbour board has sold the island ferry line and let go of its senior staff, two officials said.\n\n" +
        "The harbour board met on Friday; the ferry line had lost money for three years, and managers were told on Saturday.\n",
    );
    expect(article.metadata.outlet?.replace(/\s/g, "").toLowerCase()).toBe("gullpostng");
  });
});
