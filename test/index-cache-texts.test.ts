import { describe, expect, it } from "vitest";
import { type Article, articleFromParagraphs, passageKey } from "../src/ingest/article.js";
import {
  articleGroups,
  decodeArticleGroup,
  encodeArticleGroup,
} from "../src/newsroom/index-cache-articles.js";

const plain = articleFromParagraphs("plain-times", [
  "The council met on Tuesday to discuss the budget.",
  "Members voted 7-2 in favour of the plan.",
]);
const accented = articleFromParagraphs("accent-herald", [
  "“We are ready,” said Zoë Brontë in Köln — the café was full.",
  "Fans waved flags 🇫🇷 and sang; prices rose 5 € a ticket.",
  "Short one.",
]);
const broken = articleFromParagraphs("broken-wire", [
  "A pasted text with a lone half of a pair: \uD83D and then more words after it.",
]);

/**
 * Every passage's fields, as a list, to compare what went in with what came back: a text reads
 * back as its UTF-8 bytes give it (a lone surrogate, which UTF-8 cannot hold, as U+FFFD).
 */
const fieldsOf = (articles: readonly { passages: readonly { text: string }[] }[]) =>
  articles.flatMap((article) =>
    article.passages.map((passage) => ({
      ...passage,
      text: Buffer.from(passage.text, "utf8").toString("utf8"),
    })),
  );

describe("passage texts in a saved index", () => {
  it("come back as written: plain ASCII, accents, emoji, and a lone surrogate as UTF-8 has it", () => {
    for (const articles of [[plain], [accented], [plain, accented], [broken], [accented, broken]]) {
      const back = articleGroups(articles).flatMap((group) =>
        decodeArticleGroup(encodeArticleGroup(group)),
      );
      expect(fieldsOf(back)).toEqual(fieldsOf(articles));
      expect(back.map((article) => article.id)).toEqual(articles.map((article) => article.id));
    }
  });

  it("keep their keys: body paragraphs and captions, as the article's id and number make them", () => {
    const body = articleFromParagraphs("river-gazette-2024-05-01", [
      "The ferry left at dawn.",
      "Crews worked through the night.",
    ]);
    const pictured: Article = {
      ...body,
      passages: [
        ...body.passages,
        ...[1, 2].map((paragraph) => ({
          id: passageKey(body.id, "caption", paragraph),
          articleId: body.id,
          paragraph,
          kind: "caption" as const,
          text: `A picture of the quay, number ${paragraph}.`,
        })),
      ],
    };
    const back = decodeArticleGroup(encodeArticleGroup([pictured]));
    expect(back[0]?.passages.map((passage) => passage.id)).toEqual([
      ...body.passages.map((passage) => passageKey(body.id, "paragraph", passage.paragraph)),
      passageKey(body.id, "caption", 1),
      passageKey(body.id, "caption", 2),
    ]);
    expect(fieldsOf(back)).toEqual(fieldsOf([pictured]));
  });

  it("come back as written from a group of more than a megabyte, read a run of texts at a time", () => {
    const long = (tag: string, accent: string) =>
      articleFromParagraphs(
        `long-${tag}`,
        Array.from(
          { length: 1300 },
          (_, i) =>
            `Paragraph ${i} of the ${tag} report${accent}: ${"the river rose again. ".repeat(40)}`,
        ),
      );
    for (const articles of [[long("plain", "")], [long("plain", ""), long("accented", " — Zoë")]]) {
      const groups = articleGroups(articles);
      const back = groups.flatMap((group) => decodeArticleGroup(encodeArticleGroup(group)));
      expect(fieldsOf(back)).toEqual(fieldsOf(articles));
    }
  });

  it("that do not fit the lengths the group gives are refused", () => {
    const body = encodeArticleGroup([accented]);
    // Cut the last byte of the texts: the group no longer holds what its head says.
    expect(() => decodeArticleGroup(body.subarray(0, body.byteLength - 1))).toThrow();
  });
});
