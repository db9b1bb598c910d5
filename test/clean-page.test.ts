import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanPage } from "../src/ingest/clean-page.js";
import { splitFrontMatter } from "../src/ingest/front-matter.js";

function pageBody(file: string): string {
  const split = splitFrontMatter(readFileSync(file, "utf8"));
  if (!split.ok) throw new Error(split.reason);
  return split.body;
}

const texts = (file: string) => cleanPage(pageBody(file)).passages.map((passage) => passage.text);

describe("cleaning a reprint's page", () => {
  const page = cleanPage(pageBody("seeds/iraq/arkansas-democrat-gazette-iraq-attacks.txt"));

  it("drops the navigation bar, sponsor label and comment-system notices", () => {
    const all = page.passages.map((passage) => passage.text).join("\n");
    expect(all).not.toMatch(
      /Today's Paper|Sponsor Content|commenting system|Internet Explorer|Microsoft Edge/,
    );
  });

  it("turns the credit, print headline and section lines into metadata", () => {
    expect(page.credits).toEqual([
      expect.stringMatching(/^Information for this article was contributed by/),
    ]);
    expect(page.printHeadline).toBe("In Iraq, rise in attacks vexing U.S.");
    expect(page.headline).toBe("In Iraq, rise in attacks vexing U.S.");
    expect(page.section).toBe("A Section on 03/29/2020");
    expect(page.published).toBe("2020-03-29");
    expect(
      page.passages.some((passage) =>
        /Print Headline|A Section on|contributed by/.test(passage.text),
      ),
    ).toBe(false);
  });

  it("names the outlet from the page's own furniture", () => {
    expect(page.outlet).toBe("Democrat-Gazette");
  });

  it("numbers the article's paragraphs from 1 in reading order, verbatim", () => {
    expect(page.passages).toHaveLength(18);
    expect(page.passages[0]?.text).toMatch(/^Iran-backed militias are becoming more audacious/);
    expect(page.passages[17]?.text).toMatch(/^The U.S. Embassy in Baghdad/);
  });
});

describe("cleaning a rewrite's page", () => {
  const page = cleanPage(pageBody("seeds/iraq/press-tv-iraq-attacks.txt"));

  it("takes the line under the breadcrumb as the headline and drops the breadcrumb", () => {
    expect(page.headline).toBe(
      "US wrestling with how to respond to rising, bolder attacks on Americans in Iraq",
    );
    expect(page.passages.some((passage) => passage.text.includes("News"))).toBe(false);
  });

  it("keeps both photo captions, marked as captions", () => {
    expect(page.passages.filter((passage) => passage.kind === "caption")).toHaveLength(2);
    expect(page.passages[0]?.kind).toBe("caption");
  });

  it("drops the alternate-addresses notice and everything after it", () => {
    const all = page.passages.map((passage) => passage.text).join("\n");
    expect(all).not.toMatch(/alternate addresses|Roku/);
    expect(page.passages.at(-1)?.text).toMatch(/withdraw some military trainers/);
  });

  it("has no date, since the page gives none", () => {
    expect(page.published).toBeNull();
  });

  it("names the outlet from its website notice", () => {
    expect(page.outlet).toBe("Press TV");
  });
});

describe("cleaning pages from outlets the project has not met", () => {
  it("reads a wire story: byline, dateline outlet, credit line; drops related links and standards box", () => {
    const page = cleanPage(pageBody("test/fixtures/pages/wire-reprint.txt"));
    expect(page.outlet).toBe("Reuters");
    expect(page.byline).toBe("Ahmed Rasheed and Lisa Barrington");
    expect(page.credits[0]).toMatch(/^Reporting by/);
    expect(page.headline).toBe("Rockets strike base housing coalition troops north of Baghdad");
    const all = texts("test/fixtures/pages/wire-reprint.txt").join("\n");
    expect(all).not.toMatch(
      /Advertisement|Related Coverage|Explainer|pulls back|Our Standards|Oil prices|More From|Min Read/,
    );
    expect(texts("test/fixtures/pages/wire-reprint.txt")).toHaveLength(5);
  });

  it("reads an agency story on a local site: copyright outlet, byline, date; drops share bar and comments", () => {
    const page = cleanPage(pageBody("test/fixtures/pages/ap-local-site.txt"));
    expect(page.outlet).toBe("The Associated Press");
    expect(page.published).toBe("2020-03-13");
    expect(page.byline).toMatch(/^QASSIM ABDUL-ZAHRA/);
    const all = texts("test/fixtures/pages/ap-local-site.txt").join("\n");
    expect(all).not.toMatch(/Share on|Copyright|Be the first|Most Read|school board|Subscribe/);
    expect(page.passages.filter((passage) => passage.kind === "caption")).toHaveLength(1);
  });

  it("reads a broadsheet page: section menus, appeals and topic lists go, the standfirst stays", () => {
    const page = cleanPage(pageBody("test/fixtures/pages/broadsheet-analysis.md"));
    expect(page.headline).toBe("Militia attacks put Washington in a bind over how to respond");
    expect(page.byline).toBe("Emma Graham-Harrison");
    expect(page.published).toBe("2020-03-29");
    const all = texts("test/fixtures/pages/broadsheet-analysis.md").join("\n");
    expect(all).not.toMatch(
      /Skip to|Support us|Contribute|Europe US news|Topics|Middle East and north Africa|Share on|Reuse/,
    );
    expect(all).toMatch(/^Analysts say the administration/);
  });

  it("reads a broadcaster's page: one-word menus and share panels go, the image caption stays", () => {
    const page = cleanPage(pageBody("test/fixtures/pages/public-broadcaster.txt"));
    expect(page.published).toBe("2020-03-12");
    const all = texts("test/fixtures/pages/public-broadcaster.txt");
    expect(all.join("\n")).not.toMatch(
      /iPlayer|close panel|Copy link|About sharing|Related Topics|What we know|copyrightGetty/,
    );
    expect(page.passages[0]?.kind).toBe("caption");
    expect(all).toHaveLength(5);
  });

  it("reads a regional broadcaster's page: piped breadcrumb, reading list and source line go", () => {
    const page = cleanPage(pageBody("test/fixtures/pages/regional-broadcaster.txt"));
    expect(page.outlet).toBe("Al Jazeera");
    expect(page.headline).toBe("US strikes Iraqi armed group after Taji base attack");
    expect(page.published).toBe("2020-03-13");
    expect(page.credits).toEqual(["SOURCE: AL JAZEERA AND NEWS AGENCIES"]);
    const all = texts("test/fixtures/pages/regional-broadcaster.txt").join("\n");
    expect(all).not.toMatch(
      /News\|Iraq|Listen to|share2|Keep reading|list \d of|PM-designate|end of list|SOURCE:/,
    );
    expect(texts("test/fixtures/pages/regional-broadcaster.txt")).toHaveLength(6);
  });

  it("reads a cable network's page: signup box, related links and search prompt go; the credit is metadata", () => {
    const page = cleanPage(pageBody("test/fixtures/pages/cable-network.txt"));
    expect(page.outlet).toBe("Cable News Network");
    expect(page.published).toBe("2020-03-12");
    expect(page.byline).toBe("Ryan Browne and Barbara Starr, CNN");
    expect(page.credits).toContain("CNN's Jennifer Hansler contributed to this report.");
    const all = texts("test/fixtures/pages/cable-network.txt").join("\n");
    expect(all).not.toMatch(
      /Skip to|Live TV|continues below|RELATED|Sign up|Enter your email|privacy policy|Related Article|fire on US bases|Search CNN|©/,
    );
    expect(texts("test/fixtures/pages/cable-network.txt")).toHaveLength(3);
  });

  it("joins prose that was hard-wrapped at a fixed width", () => {
    const wrapped = [
      "Officials said on Tuesday that the talks, which had stalled for",
      "months over the question of sanctions relief, would resume next",
      "week in Geneva with both delegations present at the table.",
      "",
      "A second paragraph stands on its own line and ends here.",
    ].join("\n");
    const page = cleanPage(wrapped);
    expect(page.passages.map((passage) => passage.text)).toEqual([
      "Officials said on Tuesday that the talks, which had stalled for months over the question of sanctions relief, would resume next week in Geneva with both delegations present at the table.",
      "A second paragraph stands on its own line and ends here.",
    ]);
  });

  it("joins a page copied one word to a line into its running text", () => {
    const prose =
      "The ferry company said on Friday that the new timetable would add two sailings a day from May, after a winter in which islanders complained of missed connections.";
    const page = cleanPage(`date 2024-03-11 ${prose.split(" ").join("\n")}\n`);
    expect(page.published).toBe("2024-03-11");
    expect(page.passages.map((passage) => passage.text)).toEqual([prose]);
  });
});
