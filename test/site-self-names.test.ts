import { beforeAll, describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";
import { useWordNet } from "../src/newsroom/wordnet-thesaurus.js";

/**
 * Pages that never print their outlet in a title or a copyright line, but name it the way real
 * sites name themselves to a reader: an app banner, a "Follow …" line, a desk byline, a staff
 * address, a call for tips, a credit to the site's reporters, a masthead over the menu, the page's
 * own address pasted under it, a thank-you to the reader. All written by the team (invented
 * outlets, invented story); the file name is an id, so only the page can tell.
 */
const STORY = `Crews worked through the night to clear the flooded underpass on Route 9, officials said on Tuesday.

The water rose quickly after two days of rain, and three drivers had to be helped from their cars.

"We have never seen it this high," said Mara Quill, who runs a bakery near the underpass.

The county expects the road to reopen by Friday, once engineers have checked the pumps.`;

const TITLE = "Underpass floods after two days of rain";

function read(page: string, file = "4471823.txt") {
  const result = readArticle(file, new TextEncoder().encode(page));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

interface Case {
  readonly name: string;
  readonly page: string;
  readonly outlet: string | null;
  /** Words of the page's furniture that no passage may hold. */
  readonly furniture: readonly string[];
  /** Body paragraphs a reader counts (the story's four unless told). */
  readonly paragraphs?: number;
}

const CASES: readonly Case[] = [
  {
    name: "an app banner over the title",
    page: `Open in the Brackenridge Sun app\n\n${TITLE}\n\n${STORY}`,
    outlet: "Brackenridge Sun",
    furniture: ["Open in the"],
  },
  {
    name: "a Follow line with the site's article",
    page: `${TITLE}\n\n${STORY}\n\nFollow the Ashgrove Tribune on Facebook and Instagram for the latest local news`,
    outlet: "Ashgrove Tribune",
    furniture: ["Follow the"],
  },
  {
    name: "a desk byline naming the site's staff",
    page: `${TITLE}\n\nPinecrest Herald Staff\n\n${STORY}`,
    outlet: "Pinecrest Herald",
    furniture: ["Herald Staff"],
  },
  {
    name: "a station's desk byline in call letters",
    page: `${TITLE}\n\nBy KVLM News Desk\n\n${STORY}`,
    outlet: "KVLM",
    furniture: ["News Desk"],
  },
  {
    name: "a reporter's address under the byline",
    page: `${TITLE}\n\nBy Lena Ortiz\nlortiz@harrowgazette.com\n\n${STORY}`,
    outlet: "Harrow Gazette",
    furniture: ["@harrowgazette.com"],
  },
  {
    name: "a call for tips with the newsroom's address",
    page: `${TITLE}\n\n${STORY}\n\nGot a news tip? Send it to newsroom@quarrybeacon.com`,
    outlet: "Quarry Beacon",
    furniture: ["news tip", "newsroom@"],
  },
  {
    name: "a reporter's address closing the story",
    page: `${TITLE}\n\n${STORY}\n\nReach Lena Ortiz at lena.ortiz@fenmoorledger.com or on X.`,
    outlet: "Fenmoor Ledger",
    furniture: ["Reach Lena Ortiz"],
  },
  {
    name: "a credit to the site's own reporters",
    page: `${TITLE}\n\n${STORY}\n\nHolloway Record reporters Sam Poe and Ida Marsh contributed to this report.`,
    outlet: "Holloway Record",
    furniture: ["contributed to this report"],
  },
  {
    name: "a masthead over the menu",
    page: `Cinderford Echo\nNews Sport Business Opinion Life\n\n${TITLE}\n\n${STORY}`,
    outlet: "Cinderford Echo",
    furniture: ["Cinderford Echo"],
  },
  {
    name: "a masthead in capitals over the title",
    page: `THE CINDERFORD ECHO\n\n${TITLE}\n\n${STORY}`,
    outlet: "The Cinderford Echo",
    furniture: ["CINDERFORD"],
  },
  {
    name: "a title line closed by a section and the site's name",
    page: `${TITLE} - Local News - Fenwick Daily Star\n\n${STORY}`,
    outlet: "Fenwick Daily Star",
    furniture: ["Local News"],
  },
  {
    name: "a title line closed by a guillemet and the site's name",
    page: `${TITLE} « Ashgrove Tribune\n\n${STORY}`,
    outlet: "Ashgrove Tribune",
    furniture: ["«"],
  },
  {
    name: "the page's address pasted under it",
    page: `${TITLE}\n\n${STORY}\n\nhttps://www.lowmarshtimes.com/local/underpass-floods-after-rain-20931`,
    outlet: "Lowmarsh Times",
    furniture: ["https://"],
  },
  {
    name: "an editor's closing note speaking for the paper as we",
    page: `${TITLE}\n\n${STORY}\n\nAt the Tarnbrook Mercury, we rely on readers for tips like the one that led to this story.`,
    outlet: "Tarnbrook Mercury",
    furniture: [],
    paragraphs: 5,
  },
  {
    name: "a thank-you to the reader and a sign-up promo",
    page: `${TITLE}\n\n${STORY}\n\nThanks for reading the Orland Mercury.\nSign up to receive the morning's top stories straight to your inbox.`,
    outlet: "Orland Mercury",
    furniture: ["Thanks for reading", "your inbox"],
  },
];

beforeAll(() => useWordNet());

describe("a site naming itself to its reader", () => {
  for (const c of CASES) {
    it(`reads the outlet from ${c.name}`, () => {
      const article = read(c.page);
      expect(article.metadata.outlet).toBe(c.outlet);
      expect(article.metadata.inferred?.outlet).toBe("page");
      expect(article.metadata.headline).toBe(TITLE);
      const body = article.passages.filter((p) => p.kind === "paragraph");
      expect(body[0]?.text).toMatch(/^Crews worked through the night/);
      expect(body).toHaveLength(c.paragraphs ?? 4);
      for (const passage of article.passages)
        for (const words of c.furniture) expect(passage.text).not.toContain(words);
    });
  }

  it("takes no outlet from a reporter one may follow", () => {
    const article = read(`${TITLE}\n\nBy Lena Ortiz\n\n${STORY}\n\nFollow Lena Ortiz on X`);
    expect(article.metadata.outlet).toBeNull();
    expect(article.passages.map((p) => p.text).join("\n")).not.toContain("Follow Lena");
  });

  it("takes no outlet from a person speaking for a company as we", () => {
    const article = read(
      `${TITLE}\n\n${STORY}\n\n"At Quill Bakery, we lost a week of trade," the owner said.`,
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("takes no outlet from a mail service's or a public body's address", () => {
    for (const address of ["lortiz.news@gmail.com", "press@floods.county.gov"]) {
      const article = read(`${TITLE}\n\nBy Lena Ortiz\n${address}\n\n${STORY}`);
      expect(article.metadata.outlet).toBeNull();
    }
  });

  it("keeps a story's own sentence about an app as text", () => {
    const line = "Drivers can check which roads are closed in the county's traffic app.";
    const article = read(`${TITLE}\n\n${STORY}\n\n${line}`);
    expect(article.passages.map((p) => p.text)).toContain(line);
  });

  it("lets the file name's outlet stand over a reporter's address at another paper", () => {
    const article = read(
      `${TITLE}\n\nBy Lena Ortiz\nlortiz@harrowgazette.com\n\n${STORY}`,
      "tidewater-tribune-2024-03-05.txt",
    );
    expect(article.metadata.outlet).toBe("Tidewater Tribune");
    expect(article.metadata.origin).toBe("Harrow Gazette");
  });
});

describe("the outlet's name as its page writes it", () => {
  it("takes the article the page writes in capitals before the name mid-sentence", () => {
    const page = `${TITLE}\n\n${STORY}\n\nThe county engineer told The Kestrel Star the pumps had failed twice.\n\nRead more from The Kestrel Star`;
    const article = read(page, "kestrelstar-2024-03-05.txt");
    expect(article.metadata.outlet).toBe("The Kestrel Star");
    expect(article.metadata.inferred?.outlet).toBe("file-name");
    expect(article.passages.map((p) => p.text)).not.toContain("Read more from The Kestrel Star");
  });

  it("adds no article the page does not write", () => {
    const article = read(`${TITLE}\n\n${STORY}`, "kestrelstar-2024-03-05.txt");
    expect(article.metadata.outlet).toBe("Kestrel Star");
  });
});
