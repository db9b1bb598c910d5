import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const paragraphs = (file: string, text: string) =>
  read(file, text)
    .passages.filter((passage) => passage.kind === "paragraph")
    .map((passage) => passage.text);

describe("a file name read against the page's own words", () => {
  it("a name made of the story's words is no outlet: the station's dateline names it", () => {
    const article = read(
      "storm-floods-harbor-road.txt",
      "MARLOW, Ore. (KWXZ) - A winter storm flooded the harbor road on Tuesday, closing the ferry terminal for most of the day.\n\n" +
        "Crews pumped water from the underpass until late evening, the county said.\n",
    );
    expect(article.metadata.outlet).toBe("KWXZ");
    expect(article.metadata.origin).toBeNull();
  });

  it("a word the page never uses before the story's words is the site's name, not the start of it", () => {
    const article = read(
      "gullwatch-gulls-delay-breakwater-repairs.txt",
      "Gulls delay breakwater repairs\n\n" +
        "Gulls nesting on the breakwater delayed the start of repairs by a week, the works manager said.\n\n" +
        "Contractors will now begin in late April, after the chicks have fledged.\n",
    );
    expect(article.metadata.outlet).toBe("Gull Watch");
    expect(article.metadata.inferred?.outlet).toBe("file-name");
  });

  it("a site's two-word name before the story's words is read whole", () => {
    const article = read(
      "kestrel-courier-2024-05-02-quarry-blast-shakes-homes.txt",
      "Quarry blast shakes homes\n\n" +
        "A blast at the quarry shook homes across the valley on Thursday, residents said.\n\n" +
        "The quarry's owner said the charge had been larger than planned.\n",
    );
    expect(article.metadata.outlet).toBe("Kestrel Courier");
    expect(article.metadata.published).toBe("2024-05-02");
  });

  it("the site's name over a paper's name under the reporter: that paper's copy", () => {
    const article = read(
      "gullwatch-gulls-delay-breakwater-repairs.txt",
      "Gulls delay breakwater repairs\n\nJane Roe\nFort Myers News-Press\n\n" +
        "Gulls nesting on the breakwater delayed the start of repairs by a week, the works manager said.\n\n" +
        "Contractors will now begin in late April, after the chicks have fledged.\n",
    );
    expect(article.metadata.outlet).toBe("Gull Watch");
    expect(article.metadata.origin).toBe("Fort Myers News-Press");
  });

  it("a post's id for a file name names no outlet", () => {
    const article = read(
      "84QZR.txt",
      "Ferry fares rise after the storm\n\n" +
        "Fares on the island ferry will rise by a tenth from June, the operator said on Friday, after storm repairs.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("an agency's copy on a page that names no site: the agency, and its copy the origin", () => {
    const article = read(
      "84QZR.txt",
      "Rescuers search flattened blocks\n" +
        "HARWICH, Kestrelland (AP) — Rescue teams worked through the night, pulling survivors from flattened blocks.\n" +
        "A second tremor shook the town before dawn.\n",
    );
    expect(article.metadata.outlet).toBe("The Associated Press");
    expect(article.metadata.origin).toBe("AP");
  });

  it("a directory outlet told apart by a bracket is named as readers see it", () => {
    const article = read(
      "dailystar-co-uk-2024-01-07.txt",
      "Harbor works begin\n\nWork on the new harbor wall began on Monday, the port authority said.\n",
    );
    expect(article.metadata.outlet).toBe("Daily Star");
  });

  it("a live blog's entry saved as such names no outlet", () => {
    const article = read(
      "liveblog-entry-harbor-works.txt",
      "Harbor works begin\n\nWork on the new harbor wall began on Monday, the port authority said.\n",
    );
    expect(article.metadata.outlet).toBeNull();
  });

  it("the directory names a site its address runs together", () => {
    const article = read(
      "perthnow-harbor-works-begin.txt",
      "Harbor works begin\n\nWork on the new harbor wall began on Monday, the port authority said.\n",
    );
    expect(article.metadata.outlet).toBe("PerthNow");
  });
});

describe("copy credits a page sets against other words", () => {
  it("an agency's dateline closed by a full stop before the dash credits its copy", () => {
    const article = read(
      "gullwatch-ferry-fares-rise.txt",
      "Ferry fares rise after the storm\n\n" +
        "Portville, Jan 8 (EFE).- Fares on the island ferry will rise by a tenth from June, the operator said on Friday.\n\n" +
        "The operator blamed the cost of storm repairs.\n",
    );
    expect(article.metadata.origin).toBe("EFE");
  });

  it("agencies signing off the last paragraph in one parenthesis, with a slash: the first is the copy's", () => {
    const article = read(
      "gullwatch-ferry-fares-rise.txt",
      "Ferry fares rise after the storm\n\n" +
        "Fares on the island ferry will rise by a tenth from June, the operator said on Friday.\n\n" +
        "The operator blamed the cost of storm repairs.  (dpa/NAN)\n",
    );
    expect(article.metadata.origin).toBe("dpa");
    const last = article.passages[article.passages.length - 1];
    expect(last?.text).toBe("The operator blamed the cost of storm repairs.");
  });

  it("an agency's name run against the last reporter's is the copy's origin", () => {
    const article = read(
      "gullwatch-ferry-fares-rise.txt",
      "Ferry fares rise after the storm\n\nJane Roe, Sam Poe and Ann LeeReuters\n\n" +
        "Fares on the island ferry will rise by a tenth from June, the operator said on Friday.\n\n" +
        "The operator blamed the cost of storm repairs.\n",
    );
    expect(article.metadata.origin).toBe("Reuters");
  });

  it("a feed's pointer to the rest of the post is furniture and names the copy's origin", () => {
    const text =
      "Harbor board approves dredging plan\n" +
      "Harbor Bulletin: The harbor board approved the dredging plan on Tuesday, with work due to start in the autumn.\n" +
      "Read more of this story at Gullwatch Daily.\n";
    expect(paragraphs("q7x.txt", text)).toEqual([
      "Harbor Bulletin: The harbor board approved the dredging plan on Tuesday, with work due to start in the autumn.",
    ]);
    expect(read("q7x.txt", text).metadata.origin).toBe("Gullwatch Daily");
  });
});

describe("a site naming itself opening the story", () => {
  it("its name in capitals and a hyphen set against the first word names the outlet", () => {
    const article = read(
      "ferry-veteran-steps-down-at-90.txt",
      "Ferry veteran steps down at 90\n\nSHAFAQNA- The harbor's ferry veteran steps down on Thursday at 90, the port said.\n\n" +
        "She had steered the island ferry for more than sixty years.\n",
    );
    expect(article.metadata.outlet).toBe("Shafaqna");
    expect(article.metadata.origin).toBeNull();
  });

  it("an agency telling in the third person whose report it retells: the agency, and the origin", () => {
    const article = read(
      "88213.txt",
      "The harbor's longest-serving ferry captain stepped down on Thursday at the age of 90, the port authority said, ZQA reports citing Harbor Wire.\n\n" +
        "She had steered the island ferry for more than sixty years.\n",
    );
    expect(article.metadata.outlet).toBe("ZQA");
    expect(article.metadata.origin).toBe("Harbor Wire");
  });

  it("a story's own sentence about one paper citing another names neither as the page's", () => {
    const article = read(
      "ferry-veteran-steps-down.txt",
      "The captain's retirement drew wide notice, and one regional daily ran it on its front page, Jane Roe reports citing Sam Poe.\n\n" +
        "She had steered the island ferry for more than sixty years.\n",
    );
    expect(article.metadata.outlet).not.toBe("Jane Roe");
  });
});

describe("a notice's words inside the story's prose", () => {
  it("a paragraph of the story mentioning full access is no paywall notice", () => {
    const lede =
      "The bank was closed on Friday by the state's regulator, which named the deposit insurer as receiver. " +
      "Savers whose accounts were covered get full access to that money again when branches open on Monday.";
    const text = `Regulators close the valley bank\n${lede}\nThe bank had seventeen branches in two states.\n`;
    expect(paragraphs("valley-bank.txt", text)[0]).toBe(lede);
  });

  it("a long paragraph mentioning it in its middle stays too", () => {
    const long =
      "The bank was closed on Friday by the state's regulator, which named the deposit insurer as receiver, according to a notice from the insurer. " +
      "Savers whose accounts were covered get full access to that money again when branches open on Monday, it added. " +
      "Uninsured depositors will get a certificate for the rest of their funds, and dividends may follow as the assets are sold. " +
      "The bank had seventeen branches in two states, and its main office will reopen on Monday.";
    const text = `Regulators close the valley bank\n\n${long}\n\nShares in other lenders fell.\n`;
    expect(paragraphs("valley-bank.txt", text)[0]).toBe(long);
  });

  it("a paywall's offer of full access is still furniture", () => {
    const text =
      "Regulators close the valley bank\n\nThe bank was closed on Friday by the state's regulator, officials said.\n\n" +
      "Get full access to our site for just $1 a week.\n\nThe bank had seventeen branches in two states.\n";
    expect(paragraphs("valley-bank.txt", text)).not.toContain(
      "Get full access to our site for just $1 a week.",
    );
  });
});
