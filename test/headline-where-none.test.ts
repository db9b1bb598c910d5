import { describe, expect, it } from "vitest";
import { isQuoteBySpeaker } from "../src/ingest/headline-chooser.js";
import { readArticle } from "../src/ingest/read-article.js";

const read = (text: string, file = "bridgewatch.txt") => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const LEDE =
  "The county council said on Monday that the old river bridge would stay shut until at least April while engineers replace its cracked supports.";
const MORE =
  "Officials said the repair bill had grown to 4.2 million pounds, nearly twice the first estimate given in the autumn.";

describe("a page that shows no headline gets none", () => {
  it("does not promote a pasted body's short first sentence", () => {
    const article = read(`Officials said the repair bill had grown.\n${LEDE}\n${MORE}\n`);
    expect(article.metadata.headline).toBeNull();
    expect(article.passages[0]?.text).toBe("Officials said the repair bill had grown.");
  });

  it("does not promote a quote closed by its speaker", () => {
    const article = read(
      `"We know this is hard for people," said councillor Mary Vance\n\n${LEDE}\n\n${MORE}\n`,
    );
    expect(article.metadata.headline).toBeNull();
    expect(article.passages).toHaveLength(3);
  });

  it("tells a quote closed by its speaker from a title that quotes", () => {
    expect(isQuoteBySpeaker('"We know this is hard," said councillor Mary Vance')).toBe(true);
    expect(isQuoteBySpeaker("“The bridge is not safe,” Mary Vance said")).toBe(true);
    expect(isQuoteBySpeaker("Councillor says bridge is not safe to cross")).toBe(false);
    expect(isQuoteBySpeaker("'Not safe': council shuts river bridge until spring")).toBe(false);
  });
});

describe("a title behind a picture's labelled description", () => {
  it("reads the title under an 'Image:' line, and the line as a caption", () => {
    const article = read(
      `Image: An engineer inspects a cracked support under the river bridge\n\nBridge to stay shut until spring\n\n${LEDE}\n\n${MORE}\n`,
    );
    expect(article.metadata.headline).toBe("Bridge to stay shut until spring");
    expect(article.passages[0]).toMatchObject({
      kind: "caption",
      text: "An engineer inspects a cracked support under the river bridge",
    });
  });
});
