import { describe, expect, it, onTestFinished } from "vitest";
import { findDate } from "../src/ingest/date-text.js";
import { englishWordsInUse, useEnglishWords } from "../src/ingest/english-words.js";
import {
  dateInFileName,
  isWireService,
  outletFromHost,
  outletFromName,
  splitRunTogether,
} from "../src/ingest/outlet-names.js";
import { readArticle } from "../src/ingest/read-article.js";
import { articleJson } from "../src/render/answer-json.js";

const page = (text: string) => new TextEncoder().encode(text);

describe("outlet names from addresses and file names", () => {
  it("reads a web host: the directory's name, call letters, or the host's words", () => {
    expect(outletFromHost("www.example-daily-news.com")).toBe("Example Daily News");
    expect(outletFromHost("https://www.kqxt.com/news/story")).toBe("KQXT");
    expect(outletFromHost("edition.cnn.com")).toBe("CNN");
    expect(outletFromHost("uk.news.yahoo.com")).toBe("Yahoo News");
    expect(outletFromHost("www.harbortownherald.co.uk")).toBe("Harbor Town Herald");
  });

  it("reads run-together names as words only when known words carry them", () => {
    const before = englishWordsInUse();
    useEnglishWords(() => false);
    onTestFinished(() => useEnglishWords(before));
    expect(splitRunTogether("southdakotadailynews")).toEqual(["south", "dakota", "daily", "news"]);
    expect(splitRunTogether("thewhistler")).toEqual(["the", "whistler"]);
    expect(splitRunTogether("zorbulant")).toEqual(["zorbulant"]);
  });

  it("reads a run-together name as the dictionary's words, fewest first, when it has one", () => {
    const dictionary = new Set(["blurred", "lantern", "wen", "ham"]);
    const before = englishWordsInUse();
    useEnglishWords((word) => dictionary.has(word));
    try {
      expect(splitRunTogether("blurredvalley")).toEqual(["blurred", "valley"]);
      expect(outletFromName("lanternpost")?.outlet).toBe("Lantern Post");
      // Rare short words ("wen", "ham") never cut a name apart.
      expect(splitRunTogether("hamdenjournal")).toEqual(["hamden", "journal"]);
      useEnglishWords(() => false);
      expect(splitRunTogether("blurredvalley")).toEqual(["blurredvalley"]);
    } finally {
      // Whatever dictionary another test file installed (WordNet) is put back.
      useEnglishWords(before);
    }
  });

  it("keeps a run-together name whole rather than cutting one of its words in two, with no dictionary installed", () => {
    const before = englishWordsInUse();
    useEnglishWords(() => false);
    onTestFinished(() => useEnglishWords(before));
    // An unknown word beside a short known one: "glimmer" is not "glim" + "mer", nor "blur" + "red".
    expect(splitRunTogether("glimmerdaily")).toEqual(["glimmer", "daily"]);
    expect(splitRunTogether("blurredvalley")).toEqual(["blurredvalley"]);
    expect(splitRunTogether("harborbaykelvo")).toEqual(["harborbaykelvo"]);
    // An unknown word closing a name of known words is most likely the end of a longer word.
    expect(splitRunTogether("newsquorvate")).toEqual(["newsquorvate"]);
    // After "the" or a place it is a name of its own.
    expect(splitRunTogether("thequorvate")).toEqual(["the", "quorvate"]);
    expect(splitRunTogether("dhakaquorvate")).toEqual(["dhaka", "quorvate"]);
    expect(outletFromName("lagosquorvate24")?.outlet).toBe("Lagos Quorvate 24");
    expect(outletFromName("newsroundup")?.outlet).toBe("News Roundup");
    // A short unknown word with no vowel after its first letter is read as letters.
    expect(outletFromName("ubnn")?.outlet).toBe("UBNN");
    expect(outletFromName("highlandsherald")?.outlet).toBe("Highlands Herald");
    // A number glued to a word no reader knows stays on it: "7zu" is one word of the name.
    expect(outletFromName("7zuyarn")?.outlet).toBe("7zuyarn");
    // A station's band between known words.
    expect(outletFromName("harborfmonline")?.outlet).toBe("Harbor FM Online");
  });

  it("reads broadcasters' call letters with their medium, a network's channel, a city's letters", () => {
    expect(outletFromName("kqrvtv")?.outlet).toBe("KQRV-TV");
    expect(outletFromName("abc-9")?.outlet).toBe("ABC 9");
    expect(outletFromName("lanewsdesk")?.outlet).toBe("LA News Desk");
    // Between readings of known words as cheap, the one with more of a masthead's letters.
    expect(outletFromName("9newsnow")?.outlet).toBe("9 News Now");
    expect(outletFromName("thedailyusledger")?.outlet).toBe("The Daily US Ledger");
  });

  it("reads a country's tag closing a run-together name apart, only after known words", () => {
    expect(outletFromName("harbortribunepak")?.outlet).toBe("Harbor Tribune Pakistan");
    expect(outletFromName("coastbulletinng")?.outlet).toBe("Coast Bulletin NG");
    // "…ng" after letters that are no word is the end of the name itself.
    expect(outletFromName("quorvateng")?.outlet).toBe("Quorvateng");
  });

  it("reads a file name's outlet and date, leaving the story's words out", () => {
    expect(outletFromName("harbor-town-herald-ferry-fares")?.outlet).toBe("Harbor Town Herald");
    expect(outletFromName("voices-of-the-valley-2023-04-24")?.outlet).toBe("Voices of the Valley");
    expect(outletFromName("wsj-markets-story")?.outlet).toBe("The Wall Street Journal");
    expect(dateInFileName("voices-of-the-valley-2023-04-24")).toBe("2023-04-24");
    expect(dateInFileName("report-20240229")).toBe("2024-02-29");
    expect(dateInFileName("report-2023-02-30")).toBeNull();
  });

  it("leaves a post's id and a story's word after a site's run-together name out of it", () => {
    const before = englishWordsInUse();
    onTestFinished(() => useEnglishWords(before));
    useEnglishWords((word) => ["harbor", "ferry", "fares", "mayor", "quarry"].includes(word));
    // "p7731", "q4x9": an id the site gives its posts, letters and digits mixed.
    expect(outletFromName("gullwatch-p7731")?.outlet).toBe("Gull Watch");
    expect(outletFromName("kestrelpost-q4x9-2024-02-01")?.outlet).toBe("Kestrel Post");
    // A run-together name closing on a masthead word, then an everyday word: the story's.
    expect(outletFromName("harborwatch-mayor-1200")?.outlet).toBe("Harbor Watch");
    expect(outletFromName("harborwatch-quarry")?.outlet).toBe("Harbor Watch");
    // Two words cut apart already, or a masthead word second, stay one name.
    expect(outletFromName("harbor-ferry")?.outlet).toBe("Harbor Ferry");
    expect(outletFromName("harborwatch-news")?.outlet).toBe("Harbor Watch News");
    // A one-word site, its country's edition, then the story's words: the site alone.
    expect(outletFromName("kestrelia-uk-ferry-fares-rise")?.outlet).toBe("Kestrelia");
    expect(outletFromName("page-uk-ferry-fares")).toBeNull();
  });

  it("knows the wire services whose copy other outlets carry", () => {
    expect(isWireService("Reuters")).toBe(true);
    expect(isWireService("AFP")).toBe(true);
    expect(isWireService("The Lakeland Ledger")).toBe(false);
  });
});

describe("dates as pages print them", () => {
  it("reads day-first dotted and dashed dates, month names and ISO", () => {
    expect(findDate("Published 14.03.2024")?.iso).toBe("2024-03-14");
    expect(findDate("Updated: 30-08-2023 10:24 IST")?.iso).toBe("2023-08-30");
    expect(findDate("effective 10-Mar-2019")?.iso).toBe("2019-03-10");
    expect(findDate("Posted Mar. 9, 2024")?.iso).toBe("2024-03-09");
    expect(findDate("2 hours ago")).toBeNull();
  });
});

describe("sources JSON", () => {
  it("says where outlet, headline and date came from, and whose copy an article is", () => {
    const front = readArticle(
      "desk/any-name.md",
      page(
        "---\noutlet: The Weekly Column\npublished: 2024-02-01\n---\nA paragraph that says something.\n",
      ),
    );
    if (!front.ok) throw new Error(front.reason);
    expect(articleJson(front.article)).toMatchObject({
      outlet: "The Weekly Column",
      origin: null,
      inferred: { outlet: "front-matter", headline: null, published: "front-matter" },
    });
    const carried = readArticle(
      "desk/kqxt-2024-05-02.txt",
      page(
        "Floodwaters close county roads as the river crests\n\nSPRINGDALE, Ark. (AP) — The river rose above its banks overnight.\n\nCrews stacked sandbags.\n",
      ),
    );
    if (!carried.ok) throw new Error(carried.reason);
    expect(articleJson(carried.article)).toMatchObject({
      outlet: "KQXT",
      origin: "AP",
      headline: "Floodwaters close county roads as the river crests",
      published: "2024-05-02",
      inferred: { outlet: "file-name", headline: "page", published: "file-name" },
    });
  });
});

describe("a file named for what it is, not who published it", () => {
  it("names no outlet from a generic file name", () => {
    expect(outletFromName("page-from-slack")).toBeNull();
    expect(outletFromName("article-2")).toBeNull();
    expect(outletFromName("untitled")).toBeNull();
  });

  it("still reads an outlet whose name begins with a common word", () => {
    expect(outletFromName("new-york-times-storm")?.outlet).toBe("The New York Times");
  });
});
