import { describe, expect, it } from "vitest";
import { isMediaGroup } from "../src/ingest/media-groups.js";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const PAGE = (footer: string) =>
  "Harbor board votes to rebuild the north pier\n\n" +
  "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms, ending a year of argument over its cost.\n\n" +
  "Seven members backed the plan and two voted against it, the board's chair said.\n\n" +
  `${footer}\n`;

describe("a copyright line naming the company that owns many outlets", () => {
  it.each([
    "Copyright 2024 Scripps Media, Inc. All rights reserved.",
    "Copyright 2024 Nexstar Media Inc. All rights reserved.",
    "Copyright © 2024 Sinclair Broadcast Group, Inc. All rights reserved.",
    "© 2024 Advance Local Media LLC. All rights reserved.",
    "Copyright © 2024 Hearst Magazine Media, Inc. All Rights Reserved.",
    "© 2024 Lee Enterprises",
  ])("names no outlet: %s", (footer) => {
    expect(read("article-5101.txt", PAGE(footer)).metadata.outlet).toBeNull();
  });

  it("leaves a paper's or a station's own copyright naming it", () => {
    expect(
      read("article-5102.txt", PAGE("Copyright © 2024 The Kestrel Courier. All rights reserved."))
        .metadata.outlet,
    ).toBe("The Kestrel Courier");
    expect(
      read("article-5103.txt", PAGE("Copyright 2024 by KXYZ-TV. All rights reserved.")).metadata
        .outlet,
    ).toBe("KXYZ-TV");
  });

  it("tells an owner from an outlet whose name shares a word with one", () => {
    expect(isMediaGroup("Gray Media Group")).toBe(true);
    expect(isMediaGroup("News Corp")).toBe(true);
    expect(isMediaGroup("Kestrel News")).toBe(false);
    expect(isMediaGroup("The Associated Press")).toBe(false);
  });
});

describe("a page's closing lines naming the site in its own words", () => {
  it("the site sending its reader to its own address names the site, and is never quoted", () => {
    const article = read(
      "article-5104.txt",
      PAGE("For the latest local news, visit kestrelcourier.com."),
    );
    expect(article.metadata.outlet).toBe("Kestrel Courier");
    expect(article.passages.map((passage) => passage.text)).not.toContain(
      "For the latest local news, visit kestrelcourier.com.",
    );
  });

  it("a paper's own reporter credited under the story names the paper", () => {
    expect(
      read("article-5105.txt", PAGE("The Kestrel Courier's Jane Roe contributed to this report."))
        .metadata.outlet,
    ).toBe("Kestrel Courier");
    expect(
      read("article-5106.txt", PAGE("Jane Roe is a reporter for The Kestrel Courier.")).metadata
        .outlet,
    ).toBe("The Kestrel Courier");
  });

  it("a republishing note names the paper without the sentence's next word", () => {
    expect(
      read(
        "article-5107.txt",
        PAGE(
          "This story originally appeared in The Kestrel Courier and is republished with permission.",
        ),
      ).metadata.outlet,
    ).toBe("The Kestrel Courier");
  });

  it("a station's call letters in capitals keep them", () => {
    expect(
      read("article-5108.txt", PAGE("Copyright 2024 KXYZ. All rights reserved.")).metadata.outlet,
    ).toBe("KXYZ");
  });
});
