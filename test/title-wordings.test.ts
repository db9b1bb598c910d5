import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

/** Pages written by the team: a browser's short title in capitals over the article's own title. */
function read(page: string) {
  const result = readArticle("88214.txt", new TextEncoder().encode(page));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

const LEDE =
  "Rescue teams reached the mountain village on Thursday, two days after a landslide cut its only road, and began handing out water and blankets.";

describe("two wordings of one title over the story", () => {
  it("takes the article's longer title under the short one in capitals, and quotes neither", () => {
    const short = "Rescuers Reach Mountain Village After Landslide";
    const long = "Rescuers reach mountain village after landslide cut its only road for two days";
    const article = read(
      `${short}\nRegional\n\n${long}\n\n${LEDE}\n\nThe road is expected to reopen next week, the county said.\n`,
    );
    expect(article.metadata.headline).toBe(long);
    const texts = article.passages.map((p) => p.text);
    expect(texts[0]).toBe(LEDE);
    expect(texts).not.toContain(short);
    expect(texts).not.toContain("Regional");
  });

  it("keeps the title in capitals when the line under it is another story's words", () => {
    const title = "Rescuers Reach Mountain Village After Landslide";
    const article = read(
      `${title}\n\nFerry service resumes on the northern route after storm repairs\n\n${LEDE}\n`,
    );
    expect(article.metadata.headline).toBe(title);
  });
});

describe("a page with no title", () => {
  it("keeps its first paragraph when the file name's words are those of a later sentence", () => {
    const first =
      "The harbour's oldest ferry, one of the longest-serving boats on the coast, made its last crossing on Sunday after 96 years.";
    const second = "The ferry docked at the north pier, the port authority announced on Sunday.";
    const result = readArticle(
      "ferry-docked-at-north-pier.txt",
      new TextEncoder().encode(
        `${first}\n\n${second}\n\n"She sailed beautifully to the very end," it said in a statement.\n`,
      ),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.metadata.headline).toBeNull();
    expect(result.article.passages.map((p) => p.text).slice(0, 2)).toEqual([first, second]);
  });
});
