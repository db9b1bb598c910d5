import { describe, expect, it } from "vitest";
import { isHeadlineSlug } from "../src/ingest/headline-slug.js";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const BODY =
  "Gulls nesting on the breakwater delayed the start of repairs by a week, the works manager said on Monday.\n\n" +
  "Contractors will now begin in late April, after the chicks have fledged.\n";

describe("a file named by the story's slug names no outlet", () => {
  it("tells a headline's slug from a site's name", () => {
    expect(isHeadlineSlug("gulls-delay-breakwater-repairs", "Gulls delay breakwater repairs")).toBe(
      true,
    );
    expect(
      isHeadlineSlug(
        "gulls-delay-repairs-2024-04-02",
        "Nesting gulls delay repairs to the breakwater",
      ),
    ).toBe(true);
    expect(isHeadlineSlug("coast-gazette", "Gulls delay breakwater repairs")).toBe(false);
    // Two words with a masthead word read as a paper's name, even inside the headline.
    expect(
      isHeadlineSlug("island-herald", "Island Herald wins regional award for gull coverage"),
    ).toBe(false);
    expect(isHeadlineSlug("gulls", "Gulls delay repairs")).toBe(false);
    expect(isHeadlineSlug("gulls-delay-repairs", null)).toBe(false);
  });

  it("takes the title's site over a slug file name, and names no origin", () => {
    const article = read(
      "gulls-delay-breakwater-repairs-2024-04-02.txt",
      `Gulls delay breakwater repairs | The Pebble Bay Courier\n\n${BODY}`,
    );
    expect(article.metadata.outlet).toBe("The Pebble Bay Courier");
    expect(article.metadata.inferred?.outlet).toBe("page");
    expect(article.metadata.origin).toBeNull();
    expect(article.metadata.published).toBe("2024-04-02");
  });

  it("keeps a title naming a well-known outlet as the origin of an aggregator's copy", () => {
    const article = read("zentrumfeeds.txt", `Gulls delay breakwater repairs | DW\n\n${BODY}`);
    expect(article.metadata.origin).toBe("Deutsche Welle");
    expect(article.metadata.outlet).not.toBe("Deutsche Welle");
  });

  it("lets the page's own title name the site when the file name is only a guess", () => {
    const article = read(
      "shorebits.txt",
      `Gulls delay breakwater repairs | Pebble Bay Courier\n\n${BODY}`,
    );
    expect(article.metadata.outlet).toBe("Pebble Bay Courier");
    expect(article.metadata.origin).toBeNull();
  });
});
