import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};
const of = (file: string, text: string, kind: "paragraph" | "caption") =>
  read(file, text)
    .passages.filter((passage) => passage.kind === kind)
    .map((passage) => passage.text);

describe("a regional paper: the picture's caption and credit over the lede", () => {
  const page =
    "Valley lender fails after run on deposits\n\n" +
    "The lender's head office on Main Street in Harwick\n\n" +
    " Jane Roe/Getty Images\n\n" +
    "The valley's biggest lender failed on Friday morning after two days in which a run on its deposits set off fears across the region.\n\n" +
    "State regulators closed the bank and named the deposit insurer as receiver.\n";
  it("the lede after the credit is the story's first paragraph, not a second caption", () => {
    expect(of("harwick-ledger-lender-fails.txt", page, "caption")).toEqual([
      "The lender's head office on Main Street in Harwick",
    ]);
    expect(of("harwick-ledger-lender-fails.txt", page, "paragraph")[0]).toMatch(
      /^The valley's biggest lender failed on Friday/,
    );
  });
});

describe("a local station: a picture's line closed by its weather desk's tag", () => {
  const page =
    "MARLOW, Ore. (KWXZ) - Heavy rain flooded the coast road on Wednesday, closing it for most of the day.\n\n" +
    "Crews clear mud from the coast road near Marlow on Wednesday (KWXZ Weather)\n\n" +
    "The county expects to reopen the road by Friday.\n";
  it("is a caption, quoted without its tag", () => {
    expect(of("coast-road-floods.txt", page, "caption")).toEqual([
      "Crews clear mud from the coast road near Marlow on Wednesday",
    ]);
    expect(of("coast-road-floods.txt", page, "paragraph")).toHaveLength(2);
  });
});

describe("a network paper: links set in the story under a label", () => {
  const page =
    "Storm nears the coast\n\n" +
    "The storm was moving north at 9 miles per hour on Wednesday, forecasters said.\n\n" +
    "Radar pictures: See the latest view of the storm's size\n\n" +
    "Beach cams: Watch conditions along the shore\n\n" +
    "Outages: The utility says most customers should have power back by Sunday night.\n";
  it("are furniture; a labelled paragraph of the story stays", () => {
    expect(of("storm-nears.txt", page, "paragraph")).toEqual([
      "The storm was moving north at 9 miles per hour on Wednesday, forecasters said.",
      "Outages: The utility says most customers should have power back by Sunday night.",
    ]);
  });
});

describe("a wire desk's version note, a shared byline, a site's promos and its title cut short", () => {
  const title = "Ferry Fares Rise for the Winter as Fuel Costs Climb";
  const page =
    `${title}\n\n` +
    "(Update 2: Adds operator's statement, changes head and lede)\n\n" +
    "by Ana Ruiz & Tom Hale\n\n" +
    "PORTVILLE, Jan 8 (Harbor Wire).- Ferry fares will rise by a fifth from next month, the operator said on Monday.\n\n" +
    "Try our morning briefing for FREE\n\n" +
    "Journalism for the curious islander across politics, business and the sea.\n\n" +
    "The company blamed fuel costs, which have doubled since the spring.\n\n" +
    "Ferry Fares Rise for the Winter as Fuel Co\n";
  const body = of("88215.txt", page, "paragraph");
  it("quotes the story only, its reporters as the byline", () => {
    expect(body).toEqual([
      "PORTVILLE, Jan 8 (Harbor Wire).- Ferry fares will rise by a fifth from next month, the operator said on Monday.",
      "The company blamed fuel costs, which have doubled since the spring.",
    ]);
    expect(read("88215.txt", page).metadata.byline).toBe("Ana Ruiz & Tom Hale");
    expect(read("88215.txt", page).metadata.headline).toBe(title);
  });
});

describe("a picture's line closed by credits in capitals run together with slashes", () => {
  const page =
    "Ferry fares rise for the winter\n\n" +
    "The ferry terminal at Portville seen from above before the storm KESTREL SAT/AFP/GETTY IMAGES\n\n" +
    "Ferry fares will rise by a fifth from next month, the operator said on Monday.\n\n" +
    "The company blamed fuel costs.\n";
  it("is quoted without its credits", () => {
    expect(of("88216.txt", page, "caption")).toEqual([
      "The ferry terminal at Portville seen from above before the storm",
    ]);
  });
});

describe("another story's link under a label and a standards box", () => {
  const page =
    "Ferry fares rise for the winter\n\n" +
    "Ferry fares will rise by a fifth from next month, the operator said on Monday.\n\n" +
    "TRENDING: Council Votes to Keep the Old Lighthouse Lit Through the Winter\n\n" +
    "The company blamed fuel costs, which have doubled since the spring.\n\n" +
    "We are committed to fairness and accuracy in everything we publish. Read our editorial standards.\n";
  it("quotes neither", () => {
    expect(of("88217.txt", page, "paragraph")).toEqual([
      "Ferry fares will rise by a fifth from next month, the operator said on Monday.",
      "The company blamed fuel costs, which have doubled since the spring.",
    ]);
  });
});

describe("prompts a site sets in the story for its reader", () => {
  const prompts = [
    "Advertisement - Scroll to continue",
    "Scroll down for video",
    "Report a correction or typo",
    "Like us on Facebook",
    "Have you been caught in the floods? Email us at stories@harborbeat.com",
  ];
  for (const prompt of prompts)
    it(`"${prompt}" is furniture`, () => {
      const page =
        "Ferry fares rise for the winter\n\n" +
        "Ferry fares will rise by a fifth from next month, the operator said on Monday.\n\n" +
        `${prompt}\n\n` +
        "The company blamed fuel costs, which have doubled since the spring.\n";
      expect(of("88218.txt", page, "paragraph")).toEqual([
        "Ferry fares will rise by a fifth from next month, the operator said on Monday.",
        "The company blamed fuel costs, which have doubled since the spring.",
      ]);
    });
});

describe("a newsletter's own promo over its post", () => {
  const page =
    "The Tideline comes out every Friday. No charge. Tell a friend, and subscribe here.\n\n" +
    "The harbor board met on Tuesday night and voted to rebuild the north pier before the winter storms.\n\n" +
    "The Tideline is a reader-supported publication. To receive new posts and support my work, consider becoming a subscriber.\n\n" +
    "Work on the pier starts in October, the board's chair said.\n";
  it("is never quoted, and names the newsletter as the outlet", () => {
    const article = read("article-4410.txt", page);
    expect(of("article-4410.txt", page, "paragraph")).toEqual([
      "The harbor board met on Tuesday night and voted to rebuild the north pier before the winter storms.",
      "Work on the pier starts in October, the board's chair said.",
    ]);
    expect(article.metadata.outlet).toBe("The Tideline");
  });
});

describe("a finance site's market clock over the page", () => {
  const page =
    "US markets open in 2 hours 5 minutes\n\n" +
    "Harbor Freight Lines agrees to sell its ferry arm to a rival\n\n" +
    "Harbor Freight Lines said on Monday it had agreed to sell its ferry business to a rival operator for $40 million.\n\n" +
    "The sale is expected to close in the spring.\n";
  it("is neither the headline nor a paragraph", () => {
    const article = read("article-4411.txt", page);
    expect(article.metadata.headline).toBe(
      "Harbor Freight Lines agrees to sell its ferry arm to a rival",
    );
    expect(of("article-4411.txt", page, "paragraph")).toEqual([
      "Harbor Freight Lines said on Monday it had agreed to sell its ferry business to a rival operator for $40 million.",
      "The sale is expected to close in the spring.",
    ]);
  });
});

describe("a section's heading inside the story", () => {
  const page =
    "Harbor board votes to rebuild the north pier\n\n" +
    "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms, ending a year of argument over its cost.\n\n" +
    "What Happened When The Board Took The Vote?\n\n" +
    "Seven members backed the plan and two voted against it.\n\n" +
    "Why The Pier Matters To Fishing Crews\n\n" +
    "Most of the town's boats tie up at the north pier, the harbormaster said.\n";
  it("is neither quoted nor the headline, whether it asks or tells", () => {
    const article = read("article-4412.txt", page);
    expect(article.metadata.headline).toBe("Harbor board votes to rebuild the north pier");
    expect(of("article-4412.txt", page, "paragraph")).toEqual([
      "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms, ending a year of argument over its cost.",
      "Seven members backed the plan and two voted against it.",
      "Most of the town's boats tie up at the north pier, the harbormaster said.",
    ]);
  });
});

describe("a magazine: the picture's labelled credit right under the title", () => {
  const page =
    "Harbor Board Votes to Rebuild North Pier\n\n" +
    "Photo: Ann Rudd/Getty Images\n\n" +
    "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms, ending a year of argument over its cost.\n\n" +
    "Seven members backed the plan.\n";
  it("leaves the title the headline and the lede a paragraph, with no caption", () => {
    const article = read("article-4413.txt", page);
    expect(article.metadata.headline).toBe("Harbor Board Votes to Rebuild North Pier");
    expect(of("article-4413.txt", page, "caption")).toEqual([]);
    expect(of("article-4413.txt", page, "paragraph")).toEqual([
      "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms, ending a year of argument over its cost.",
      "Seven members backed the plan.",
    ]);
  });
});

describe("a national paper: a browser's push prompt, a video's link and a reader poll", () => {
  const page =
    "Stay up to date with notifications from The Kestrel Courier\n\n" +
    "Notifications can be managed in browser preferences.\n\n" +
    "Harbor board votes to rebuild the north pier\n\n" +
    "Watch in full: the harbor board's vote on the north pier\n\n" +
    "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms, ending a year of argument over its cost.\n\n" +
    "Do you want the pier rebuilt?\n\n" +
    "Seven members backed the plan and two voted against it.\n";
  it("names the paper from its prompt and quotes none of them", () => {
    const article = read("article-4414.txt", page);
    expect(article.metadata.outlet).toBe("The Kestrel Courier");
    expect(article.metadata.headline).toBe("Harbor board votes to rebuild the north pier");
    expect(of("article-4414.txt", page, "paragraph")).toEqual([
      "The harbor board voted on Tuesday night to rebuild the north pier before the winter storms, ending a year of argument over its cost.",
      "Seven members backed the plan and two voted against it.",
    ]);
  });
});
