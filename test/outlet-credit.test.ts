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

const STORY =
  "Storm floods the coast road\n\nBy Mira Tal\n\nA storm flooded the coast road on Tuesday and closed it for six hours, police said.\n\n" +
  "Residents of the lower town said the water reached their doors before the tide turned.\n\n";

describe("the agency or paper whose copy a page carries", () => {
  it("reads an agency's own sign-off under its copy", () => {
    const reuters = read(
      "coast-gazette.txt",
      `${STORY}(Reporting by Mira Tal in Saltmarsh; Additional reporting by Oren Vale; Editing by Dana Holm)\n`,
    );
    expect(reuters.metadata.origin).toBe("Reuters");
    const ap = read(
      "coast-gazette.txt",
      `${STORY}Associated Press writers Oren Vale in Saltmarsh and Dana Holm contributed to this report.\n`,
    );
    expect(ap.metadata.origin).toBe("AP");
  });

  it("does not take a plain credit of extra reporting for an agency's sign-off", () => {
    const own = read("coast-gazette.txt", `${STORY}Additional reporting by Oren Vale.\n`);
    expect(own.metadata.origin).toBeNull();
  });

  it("credits an agency that contributed to the report as the copy's origin, as 'with AFP' does", () => {
    const helped = read(
      "coast-gazette.txt",
      `${STORY}The Associated Press contributed to this report.\n`,
    );
    expect(helped.metadata.origin).toBe("AP");
    // A paper's staff that contributed is the page's own help, not carried copy.
    const staff = read("coast-gazette.txt", `${STORY}Gazette staff contributed to this report.\n`);
    expect(staff.metadata.origin).toBeNull();
  });

  it("reads an agency opening the story in the reader's case, and a line of agencies", () => {
    const opened = read(
      "coast-gazette.txt",
      "Storm floods the coast road\n\nReuters – A storm flooded the coast road on Tuesday and closed it for six hours, police said.\n\nResidents said the water reached their doors.\n",
    );
    expect(opened.metadata.origin).toBe("Reuters");
    const listed = read("coast-gazette.txt", `${STORY}AP/AFP\n`);
    expect(listed.metadata.origin).toBe("AP");
    // A city opening the story with a dash is no agency.
    const city = read(
      "coast-gazette.txt",
      "Storm floods the coast road\n\nSaltmarsh – A storm flooded the coast road on Tuesday, police said.\n\nResidents said the water reached their doors.\n",
    );
    expect(city.metadata.origin).toBeNull();
  });

  it("reads an agency's name closing the byline without a mark between", () => {
    const article = read(
      "coast-gazette.txt",
      STORY.replace("By Mira Tal", "By MIRA TAL Associated Press"),
    );
    expect(article.metadata.origin).toBe("AP");
  });

  it("reads a sister paper named on the line under the reporters' names", () => {
    const article = read(
      "coast-gazette.txt",
      "Storm floods the coast road\n\nMira Tal Oren Vale\nThe Saltmarsh Enquirer\n\nA storm flooded the coast road on Tuesday, police said.\n\nResidents said the water reached their doors.\n",
    );
    expect(article.metadata.outlet).toBe("Coast Gazette");
    expect(article.metadata.origin).toBe("The Saltmarsh Enquirer");
    expect(article.passages.map((passage) => passage.text).join(" ")).not.toMatch(/Enquirer/);
  });

  it("names no origin when the line under the byline is the site's own name", () => {
    const article = read(
      "coast-gazette.txt",
      "Storm floods the coast road\n\nMira Tal\nCoast Gazette\n\nA storm flooded the coast road on Tuesday, police said.\n\nResidents said the water reached their doors.\n",
    );
    expect(article.metadata.origin).toBeNull();
  });
});

describe("the directory writes outlets as they write themselves", () => {
  it("keeps a brand's one-word spelling and a station's channel as the outlet prints them", () => {
    const names = [
      "zerohedge",
      "pennlive",
      "coindesk",
      "sciencedaily",
      "fox10phoenix",
      "wusa9",
    ].map((file) => read(`${file}.txt`, BODY).metadata.outlet);
    expect(names).toEqual([
      "ZeroHedge",
      "PennLive",
      "CoinDesk",
      "ScienceDaily",
      "FOX 10 Phoenix",
      "WUSA9",
    ]);
  });

  it("names an outlet by its own name, not its web address", () => {
    expect(read("finanznachrichten.txt", BODY).metadata.outlet).toBe("FinanzNachrichten");
  });
});

describe("credits of carried copy near the top of the page", () => {
  const title = "Storm floods the coast road\n\n";
  const lede =
    "A storm flooded the coast road on Tuesday and closed it for six hours, police said.";
  const rest =
    "\n\nResidents of the lower town said the water reached their doors before the tide turned.\n\nThe council said repairs would start next week.\n";
  const page = (top: string) => read("coast-gazette.txt", `${title}${top}${rest}`);

  it("takes a reporter's name with an agency's for the byline, never for paragraph 1", () => {
    const article = page(`Mira Tal, Associated Press\n\n${lede}`);
    expect(article.metadata.byline).toBe("Mira Tal, Associated Press");
    expect(article.metadata.origin).toBe("AP");
    expect(article.passages[0]?.text).toBe(lede);
  });

  it("reads an outlet in brackets opening the story with no dash after it", () => {
    expect(page(`(CNN)${lede}`).metadata.origin).toBe("CNN");
    expect(page(`SALTMARSH, England (CNN)${lede}`).metadata.origin).toBe("CNN");
    // A bracket that names no known outlet is the story's own words.
    expect(page(`(Updated)${lede}`).metadata.origin).toBeNull();
  });

  it("reads an agency's staff credited on a line of its own", () => {
    expect(page(`By Reuters Staff\n\n${lede}`).metadata.origin).toBe("Reuters");
    expect(page(`Story by AFP • 2h\n\n${lede}`).metadata.origin).toBe("AFP");
    expect(page(`AP Wire\n\n${lede}`).metadata.origin).toBe("AP");
  });

  it("keeps 'From the …' crediting an agency out of the quoted text", () => {
    const article = page(`From the Associated Press\n\n${lede}`);
    expect(article.metadata.origin).toBe("AP");
    expect(article.passages[0]?.text).toBe(lede);
  });

  it("leaves a sentence that merely mentions an agency as body text, with no origin", () => {
    const article = page(
      `${lede}\n\nThe Associated Press reported that the road had flooded twice before.`,
    );
    expect(article.metadata.origin).toBeNull();
    expect(article.passages.map((passage) => passage.text)).toContain(
      "The Associated Press reported that the road had flooded twice before.",
    );
  });
});

describe("a line saying where the copy came from, or where the rest of it is", () => {
  it("names the outlet and keeps the line out of the quoted text", () => {
    for (const line of [
      "Syndicated from The Pebble Bay Courier.",
      "This content was syndicated from The Pebble Bay Courier.",
      "Read more at The Pebble Bay Courier",
      "Read the full story at The Pebble Bay Courier.",
    ]) {
      const article = read("shorebits.txt", `Gulls delay breakwater repairs\n\n${BODY}\n${line}\n`);
      expect(article.metadata.origin).toBe("The Pebble Bay Courier");
      expect(article.passages.map((passage) => passage.text).join(" ")).not.toMatch(/Courier/);
    }
  });

  it("reads a web address named as the copy's home", () => {
    const article = read(
      "shorebits.txt",
      `Gulls delay breakwater repairs\n\n${BODY}\nRead the full story at harbourledger.com\n`,
    );
    expect(article.metadata.origin).toBe("Harbour Ledger");
  });
});
