import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const LEDE =
  "Islanders stranded by the storm gave what they could on Monday night to a food fund their ferry captain started three winters ago.";
const MORE =
  "The fund buys flour, oil and tinned fish for families on the island whenever the crossings stop, and it had never raised more than a few hundred pounds before.";

describe("the top of a paper's page, furniture and all", () => {
  const page = [
    "date 2024-03-05",
    "This copy is for your personal non-commercial use only. Readers who want copies of Harbour Star stories to hand out can write to our reprints desk.",
    "Volunteers load boxes of food onto a ferry at the Penmorrow quay on March 4, 2024 in Penmorrow, Cornwall.Volunteers load boxes of food onto a ferry at the Penmorrow quay on March 4, 2024 in Penmorrow, Cornwall.\nSailing",
    "Ferry captain's island food fund swells after the storm",
    "Gifts from about 9,000 islanders and visitors had reached $200,000 by Tuesday.",
    "By Ann RuddSky News\nTue., Mar. 5, 20241 min. read",
    LEDE,
    MORE,
  ].join("\n\n");
  const article = read("harbourstar-island-food-fund-swells.txt", page);

  it("finds the title under a reprint notice and a caption printed twice", () => {
    expect(article.metadata.headline).toBe(
      "Ferry captain's island food fund swells after the storm",
    );
  });

  it("quotes the caption once, and neither the notice nor the glued date line", () => {
    const texts = article.passages.map((passage) => `${passage.kind}: ${passage.text}`);
    expect(texts).toEqual([
      "caption: Volunteers load boxes of food onto a ferry at the Penmorrow quay on March 4, 2024 in Penmorrow, Cornwall.",
      "paragraph: Gifts from about 9,000 islanders and visitors had reached $200,000 by Tuesday.",
      `paragraph: ${LEDE}`,
      `paragraph: ${MORE}`,
    ]);
  });

  it("reads the outlet run into the reporter's name as the copy's origin", () => {
    expect(article.metadata.origin).toBe("Sky News");
    expect(article.metadata.published).toBe("2024-03-05");
  });
});

describe("bars of controls and bylines naming an outlet", () => {
  it("gives no headline where a bar of controls stands over the story", () => {
    const article = read(
      "islandfund.txt",
      `Listen Gift this article Share Comments\n\n${LEDE}\n\n${MORE}\n`,
    );
    expect(article.metadata.headline).toBeNull();
    expect(article.passages.map((passage) => passage.text)).toEqual([LEDE, MORE]);
  });

  it("reads a known outlet as the whole byline as the copy's origin on another site's page", () => {
    const article = read(
      "coastbulletin-harbour-master-resigns.txt",
      `Tell Your Friends Today\n\nBy Al Jazeera\n\n${LEDE}\n\n${MORE}\n`,
    );
    expect(article.metadata.outlet).toBe("Coast Bulletin");
    expect(article.metadata.origin).toBe("Al Jazeera");
  });

  it("takes a reporter's bio naming a known outlet for furniture, and the outlet for the reporter's", () => {
    const article = read(
      "island-food-fund-swells-after-the-storm.txt",
      `Island food fund swells after the storm\n\n${LEDE}\n\n${MORE}\n\nJane Roe is a reporter for Politico.\n`,
    );
    expect(article.passages.map((passage) => passage.text)).toEqual([LEDE, MORE]);
    expect(article.metadata.outlet).toBe("Politico");
  });

  it("takes a picture's alt text, then its caption with the credit run on, for no title", () => {
    const article = read(
      "harbor9-islanders-keep-watch-at-hospital.txt",
      [
        "Watch Our Harbour Special\nIslanders keep watch at the hospital where the ferry captain lies",
        "Islanders hold candles on the quay\nIslanders hold candles on the quay(Harbor 9 News)\nBy Ann Rudd",
        LEDE,
        MORE,
      ].join("\n\n"),
    );
    expect(article.metadata.headline).toBe(
      "Islanders keep watch at the hospital where the ferry captain lies",
    );
    expect(article.passages.map((passage) => `${passage.kind}: ${passage.text}`)).toEqual([
      "caption: Islanders hold candles on the quay",
      `paragraph: ${LEDE}`,
      `paragraph: ${MORE}`,
    ]);
  });
});
