import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

describe("a file name whose words are the story's names no outlet", () => {
  it("a headline's opening word and the words after it, as the headline writes them, are no site", () => {
    const article = read(
      "watch-ferry-crews-clear-the-harbor-road.txt",
      "WATCH: Ferry crews clear the harbor road\n\n" +
        "Ferry crews worked through the night to clear the harbor road after the storm, the port said.\n\n" +
        "The terminal reopened at dawn.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("a headline's label opening the file name is no site, though the page shows no headline", () => {
    const article = read(
      "watch-ferry-crews-clear-the-harbor-road.txt",
      "Ferry crews worked through the night to clear the harbor road after the storm, the port said.\n\n" +
        "The terminal reopened at dawn and the harbor road is clear again.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("a possessive opening the file name is the headline's word, though the page shows no headline", () => {
    const article = read(
      "worlds-longest-ferry-route-opens.txt",
      "The longest ferry route in the world opens on Monday, linking the two islands in nine hours.\n\n" +
        "The ferry route was planned for a decade, the operator said.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("a word a headline's verb follows is the headline's subject; the outlet the page names stands", () => {
    const article = read(
      "skipper-arrested-after-ferry-crash-in-harbor.txt",
      "The ferry’s captain was arrested on Sunday after the crash in the harbor, police said.\n\n" +
        "“We are still speaking to witnesses,” the harbor police chief told WKPX News.\n",
    );
    expect(article.metadata.outlet).toBe("WKPX News");
  });

  it("a lede's words opening the file name are no site, though the page has no headline", () => {
    const article = read(
      "let-the-good-times-sail-regatta-returns.txt",
      '"Let the good times sail," the harbormaster wrote on Friday as the regatta returned to the bay.\n\n' +
        "Forty boats entered this year, the club said.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("a site's word before a headline's phrase is read alone", () => {
    const article = read(
      "quayline-how-to-watch-the-lantern-parade-tonight.txt",
      "Here’s how to watch the lantern parade tonight\n\n" +
        "The lantern parade leaves the quay at dusk and follows the river to the old bridge.\n\n" +
        "Roads near the quay close from 5 p.m., the council said.\n",
    );
    expect(article.metadata.outlet).toBe("Quay Line");
    expect(article.metadata.inferred?.outlet).toBe("file-name");
  });

  it("a headline's possessive is the headline's word, not a site's name", () => {
    const article = read(
      "mayors-ferry-plan-wins-council-vote.txt",
      "Mayor’s ferry plan wins council vote\n\n" +
        "The council backed the mayor’s plan for a second ferry by seven votes to two on Tuesday.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("a site's name before a headline opening on a contraction keeps to the site's name", () => {
    const article = read(
      "quayline-its-over-ferry-strike-ends.txt",
      "It’s over: ferry strike ends\n\n" +
        "Ferry crews voted to end their strike on Monday after the operator raised its pay offer.\n",
    );
    expect(article.metadata.outlet).toBe("Quay Line");
  });

  it("a web host written with hyphens before the story's slug names the site by its address", () => {
    const article = read(
      "weather-co-uk-storm-closes-harbor-road.txt",
      "Storm closes harbor road\n\n" +
        "A storm closed the harbor road on Tuesday, the county said.\n",
    );
    expect(article.metadata.outlet).toBe("Weather.co.uk");
    expect(article.metadata.inferred?.outlet).toBe("file-name");
  });

  it("a site's name the story never writes stays the outlet", () => {
    const article = read(
      "harbor-times-ferry-crews-clear-the-road.txt",
      "Ferry crews clear the road\n\n" +
        "Ferry crews cleared the harbor road after the storm, the port said.\n",
    );
    expect(article.metadata.outlet).toBe("Harbor Times");
  });

  it("an everyday word the lede writes in lower case, opening the file name, is no site", () => {
    const article = read(
      "science-lessons-from-the-breakwater.txt",
      "The breakwater held through the storm, and the science behind it is simple, engineers said.\n\n" +
        "Stones of two sizes lock together under the waves.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });
});
