import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const LEDE =
  "A food fund set up by a ferry captain received thousands of dollars in online gifts on Monday night, as islanders cut off by the storm waited for supplies.";
const MORE =
  "The captain, 54, set up the fund in 2021 to buy food for island families over the winter, writing that he wanted to help the people who had helped him.";

describe("the top of a paper's page, furniture and all", () => {
  const page = [
    "date 2024-03-05",
    "This copy is for your personal non-commercial use only. To order presentation-ready copies of Harbour Star content for distribution to colleagues, clients or customers, please go to: www.harbourstarreprints.com",
    "Volunteers load boxes of food onto a ferry at the Penmorrow quay on March 4, 2024 in Penmorrow, Cornwall.Volunteers load boxes of food onto a ferry at the Penmorrow quay on March 4, 2024 in Penmorrow, Cornwall.\nSailing",
    "Island food fund set up by ferry captain gets huge boost after storm",
    "By Tuesday morning, the fund had received gifts from more than 9,000 people, totaling more than $200,000.",
    "By Ann RuddUSA Today\nTue., Mar. 5, 20241 min. read",
    LEDE,
    MORE,
  ].join("\n\n");
  const article = read("harbourstar-island-food-fund-boost.txt", page);

  it("finds the title under a reprint notice and a caption printed twice", () => {
    expect(article.metadata.headline).toBe(
      "Island food fund set up by ferry captain gets huge boost after storm",
    );
  });

  it("quotes the caption once, and neither the notice nor the glued date line", () => {
    const texts = article.passages.map((passage) => `${passage.kind}: ${passage.text}`);
    expect(texts).toEqual([
      "caption: Volunteers load boxes of food onto a ferry at the Penmorrow quay on March 4, 2024 in Penmorrow, Cornwall.",
      "paragraph: By Tuesday morning, the fund had received gifts from more than 9,000 people, totaling more than $200,000.",
      `paragraph: ${LEDE}`,
      `paragraph: ${MORE}`,
    ]);
  });

  it("reads the outlet run into the reporter's name as the copy's origin", () => {
    expect(article.metadata.origin).toBe("USA Today");
    expect(article.metadata.published).toBe("2024-03-05");
  });
});

describe("bars of controls and bylines naming an outlet", () => {
  it("gives no headline where a bar of controls stands over the story", () => {
    const article = read(
      "islandfund.txt",
      `Listen Comment on this story Comment Gift Article Share\n\n${LEDE}\n\n${MORE}\n`,
    );
    expect(article.metadata.headline).toBeNull();
    expect(article.passages.map((passage) => passage.text)).toEqual([LEDE, MORE]);
  });

  it("reads a known outlet as the whole byline as the copy's origin on another site's page", () => {
    const article = read(
      "coastbulletin-harbour-master-resigns.txt",
      `Spread This News\n\nBy BBC News\n\n${LEDE}\n\n${MORE}\n`,
    );
    expect(article.metadata.outlet).toBe("Coast Bulletin");
    expect(article.metadata.origin).toBe("BBC News");
  });

  it("takes a reporter's bio naming a known outlet for furniture, and the outlet for the reporter's", () => {
    const article = read(
      "island-food-fund-gets-huge-boost-after-storm.txt",
      `Island food fund gets huge boost after storm\n\n${LEDE}\n\n${MORE}\n\nJane Roe is a reporter for NBC News.\n`,
    );
    expect(article.passages.map((passage) => passage.text)).toEqual([LEDE, MORE]);
    expect(article.metadata.outlet).toBe("NBC News");
  });

  it("takes a picture's alt text, then its caption with the credit run on, for no title", () => {
    const article = read(
      "harbor9-islanders-hold-vigil-for-ferry-captain.txt",
      [
        "2 Strong 4 Harbour\nIslanders hold vigil for ferry captain outside hospital",
        "Islanders hold candles on the quay\nIslanders hold candles on the quay(Harbor 9 News)\nBy Ann Rudd",
        LEDE,
        MORE,
      ].join("\n\n"),
    );
    expect(article.metadata.headline).toBe(
      "Islanders hold vigil for ferry captain outside hospital",
    );
    expect(article.passages.map((passage) => `${passage.kind}: ${passage.text}`)).toEqual([
      "caption: Islanders hold candles on the quay",
      `paragraph: ${LEDE}`,
      `paragraph: ${MORE}`,
    ]);
  });
});
