import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const read = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const BODY =
  "Board members said a new pier would cost about 30 million and take three years to build.\n\n" +
  "Ferries will use the cargo quay in the meantime, the harbour master said.\n";

describe("whose copy a page carries", () => {
  it("reads an agency's dateline closed by a colon after a city and its country in brackets", () => {
    const article = read(
      "pierwatch.txt",
      "PORTVILLE (NL), Mar 3 (AP): The harbour board voted on Sunday to close the old ferry pier for good after a survey found its piles had rotted.\n\n" +
        BODY,
    );
    expect(article.metadata.origin).toBe("AP");
    expect(article.passages[0]?.text.startsWith("PORTVILLE (NL), Mar 3 (AP):")).toBe(true);
  });

  it("names the outlet, not its desk, when a byline credits a desk of a known outlet", () => {
    const article = read(
      "kxyz-harbour-board-closes-old-ferry-pier.txt",
      "Harbour board closes old ferry pier\n\nBy Jane Marlow, Politico Tech\n\n" +
        "The harbour board voted on Sunday to close the old ferry pier for good after a survey found its piles had rotted.\n\n" +
        BODY,
    );
    expect(article.metadata.outlet).toBe("KXYZ");
    expect(article.metadata.origin).toBe("Politico");
  });

  it("takes no menu word for a credit of an outlet whose name only shares it", () => {
    const article = read(
      "kestrel-news.txt",
      "Home\n\nLocal\n\nBreaking News\n\nBridge closure to last until spring, county says\n\nBy Tom Halden\n\n" +
        "The county council said on Monday that the old river bridge would stay shut until at least April while engineers replace its cracked supports.\n\n" +
        BODY,
    );
    expect(article.metadata.headline).toBe("Bridge closure to last until spring, county says");
    expect(article.metadata.origin).toBeNull();
  });

  it("still reads a known outlet's name alone on a line as the copy's credit", () => {
    const article = read(
      "harbourbits.txt",
      "Bridge closure to last until spring, county says\n\nAssociated Press\n\n" +
        "The county council said on Monday that the old river bridge would stay shut until at least April while engineers replace its cracked supports.\n\n" +
        BODY,
    );
    expect(article.metadata.origin).toBe("AP");
  });
});

describe("a stamp line of labelled fields", () => {
  it("reads the date among a source and an editor set off by bars", () => {
    const article = read(
      "statebulletin.txt",
      "Minister inspects river bridge repairs\n\nSource: Xinhua | 2024-03-03 18:20:11 | Editor: Li Wen\n\n" +
        "The regional minister of transport on Sunday inspected repairs to the old river bridge, which has been closed since January.\n\n" +
        BODY,
    );
    expect(article.metadata.published).toBe("2024-03-03");
    expect(article.metadata.origin).toBe("Xinhua");
    expect(article.passages.some((passage) => passage.text.includes("Editor:"))).toBe(false);
  });
});

describe("a page that names no site of its own", () => {
  it("carries the copy of the well-known outlet its reporter writes for", () => {
    const article = read(
      "harbour-board-closes-old-ferry-pier.txt",
      "Harbour board closes old ferry pier\n\nBy Jane Marlow, Politico Tech\n\n" +
        "The harbour board voted on Sunday to close the old ferry pier for good after a survey found its piles had rotted.\n\n" +
        BODY,
    );
    expect(article.metadata.outlet).toBe("Politico Tech");
    expect(article.metadata.origin).toBe("Politico");
  });

  it("names no origin for a reporter's paper that no directory knows", () => {
    const article = read(
      "harbour-board-closes-old-ferry-pier.txt",
      "Harbour board closes old ferry pier\n\nBy Jane Marlow, The Portville Gazette\n\n" +
        "The harbour board voted on Sunday to close the old ferry pier for good after a survey found its piles had rotted.\n\n" +
        BODY,
    );
    expect(article.metadata.outlet).toBe("The Portville Gazette");
    expect(article.metadata.origin).toBeNull();
  });

  it("reads a feed's credit line, the outlet and its link, as the copy's origin", () => {
    const article = read(
      "feedblog.txt",
      "Old ferry pier collapses into the harbour\n\n" +
        "The main deck of the old ferry pier at Portville collapsed on Saturday, sending two fishermen into the water, the harbour board said.\n\n" +
        "Read more...\n\nfrom Harbor Wire Daily http://example.com/2abc\nvia Feedbot\n",
    );
    expect(article.metadata.origin).toBe("Harbor Wire Daily");
    expect(article.passages.map((passage) => passage.text)).toEqual([
      "The main deck of the old ferry pier at Portville collapsed on Saturday, sending two fishermen into the water, the harbour board said.",
    ]);
  });
});
