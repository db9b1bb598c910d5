import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

describe("a site's name before the story's slug in a file name", () => {
  it("a site's word before a headline slug with little words in it names the site", () => {
    const article = read(
      "plover-what-we-know-about-the-lost-trawler.txt",
      "What We Know About The Lost Trawler\n\n" +
        "A trawler with six crew aboard has not answered the coastguard since Tuesday night, officials said.\n\n" +
        "Search boats from three harbours were out at first light on Wednesday.\n",
    );
    expect(article.metadata.outlet).toBe("Plover");
  });

  it("a run-together name before the headline's slug is read as one name, not with the headline's first words", () => {
    const article = read(
      "thegullreport-watch-the-moment-the-pier-gave-way.txt",
      "WATCH: The Moment the Pier Gave Way\n\n" +
        "The old pier at Saltmarsh gave way on Sunday afternoon, minutes after the last anglers left it.\n",
    );
    expect(article.metadata.outlet).toBe("The Gull Report");
  });

  it("a run-together name the page never uses before a slug that rewords the story stands alone", () => {
    const article = read(
      "harbourwirenews-grim-toll-of-ferry-fire-rises-to-nine.txt",
      "date 2024-05-02\n\n" +
        "The number of people killed in the ferry fire rose to nine on Thursday, the port authority said.\n\n" +
        "The fire broke out in the ferry's engine room shortly after it left the harbour.\n",
    );
    expect(article.metadata.outlet?.replace(/\s/g, "").toLowerCase()).toBe("harbourwirenews");
  });

  it("masthead words among the story's words do not run into the site's name", () => {
    const article = read(
      "kitewire-ana-ruiz-golf-world-title-won-on-final-hole-ana-ruiz-title.txt",
      "Ana Ruiz won the world title on the final hole on Sunday, sinking a long putt as the rain came in.\n\n" +
        "Ruiz had trailed by two shots with four holes left.\n",
    );
    expect(article.metadata.outlet).not.toMatch(/Ana|Ruiz|World/);
  });
});

describe("file names that carry a site's host or an address's page kind", () => {
  it("a host followed by the page's id names the host's outlet", () => {
    const article = read(
      "news.harbourbeacon.com-4471802.txt",
      "Ferry fares rise again\n\nFares on the island ferry will rise by a tenth in June, the operator said.\n",
    );
    expect(article.metadata.outlet).toBe("Harbour Beacon");
  });

  it("an address's page kind and a number name no outlet", () => {
    const article = read(
      "articleshow-96630585.txt",
      "Fares on the island ferry will rise by a tenth in June, the operator said on Monday.\n\nThe council objected.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });
});

describe("an outlet the page's own words name as told or staffed", () => {
  it("a source telling a station by name names the station when nothing else does", () => {
    const article = read(
      "pier-closed-after-storm.txt",
      "The pier will stay shut until engineers have checked its piles, the harbour master said on Monday.\n\n" +
        "“We will not take chances with it,” Dana Quill told KWXZ News.\n",
    );
    expect(article.metadata.outlet).toBe("KWXZ News");
  });

  it("a station introducing its own anchor by name", () => {
    const article = read(
      "article-2024-05-02-pier-closed.txt",
      "The pier will stay shut until engineers have checked its piles.\n\n" +
        "News7HBR anchor and reporter Sam Brack spoke with a fisherman who rode the storm out on his boat.\n",
    );
    expect(article.metadata.outlet).toBe("News7HBR");
  });

  it("a page naming several outlets names none of them as its own", () => {
    const article = read(
      "pier-closed-after-the-storm.txt",
      "The pier will stay shut, the harbour master told Kestrel News on Monday.\n\n" +
        "An engineer told the Harbor Times that the piles were sound.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("a file name's outlet stands over an outlet a source told", () => {
    const article = read(
      "harbourbeacon-pier-closed-after-storm.txt",
      "The pier will stay shut until engineers have checked its piles, officials said.\n\n" +
        "Two fishermen were rescued, the coastguard told Kestrel News.\n",
    );
    expect(article.metadata.outlet).toBe("Harbour Beacon");
  });
});
