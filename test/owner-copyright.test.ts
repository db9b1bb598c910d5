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
