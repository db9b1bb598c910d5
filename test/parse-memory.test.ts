import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SkipReason } from "../src/ingest/ingest-config.js";
import type { ArticleFile } from "../src/newsroom/load-desk.js";
import { keptLastGood, parseArticleFiles } from "../src/newsroom/parse-article-files.js";
import { newParseMemory } from "../src/newsroom/parse-memory.js";

/** An article file as read from disk: its bytes and the hash of them. */
function fileOf(name: string, text: string | Uint8Array): ArticleFile {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const hash = createHash("sha256").update(bytes).digest("hex");
  return { file: `/desk/${name}`, hash, bytes };
}

const harbour = (version: number) =>
  fileOf(
    "harbour.txt",
    `Harbour pilots walked out over pay, version ${version} of the story says.\n`,
  );
const pier = fileOf("pier.txt", "Engineers repaired the lighthouse lamp on the northern pier.\n");
const firstParagraph = (articles: { passages: readonly { text: string }[] }[], i: number) =>
  articles[i]?.passages[0]?.text;

describe("what a desk remembers between loads", () => {
  it("holds one reading per file in the folder, however often the files are edited", () => {
    const memory = newParseMemory();
    for (let version = 1; version <= 50; version++) {
      const parsed = parseArticleFiles([harbour(version), pier], memory);
      expect(firstParagraph(parsed.articles, 0)).toMatch(`version ${version} `);
    }
    expect(memory.size).toBe(2);
  });

  it("forgets a file once it is removed from the folder", () => {
    const memory = newParseMemory();
    parseArticleFiles([harbour(1), pier], memory);
    const parsed = parseArticleFiles([pier], memory);
    expect(parsed.articles.map((article) => article.id)).toEqual(["pier"]);
    expect(memory.size).toBe(1);
  });

  it("keeps a broken file's last good version, and says so, while the file stays", () => {
    const memory = newParseMemory();
    parseArticleFiles([harbour(1), pier], memory);
    const broken = fileOf("harbour.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    const parsed = parseArticleFiles([broken, pier], memory);
    expect(parsed.articles.map((article) => article.id)).toEqual(["harbour", "pier"]);
    expect(firstParagraph(parsed.articles, 0)).toMatch("version 1 ");
    expect(parsed.warnings).toEqual([
      { file: broken.file, reason: keptLastGood(SkipReason.notUtf8), version: broken.hash },
    ]);
    expect(parsed.keptFromMemory).toBe(true);
    expect(memory.size).toBe(2);
  });

  it("keeps the last good version of a file that vanished while being read, until it is no longer listed", () => {
    const memory = newParseMemory();
    parseArticleFiles([harbour(1), pier], memory);
    const racing = parseArticleFiles([pier], memory, undefined, [harbour(1).file]);
    expect(racing.articles.map((article) => article.id)).toEqual(["harbour", "pier"]);
    expect(racing.warnings).toEqual([]);
    const gone = parseArticleFiles([pier], memory);
    expect(gone.articles.map((article) => article.id)).toEqual(["pier"]);
    expect(memory.size).toBe(1);
  });

  it("says of a desk read from the files alone that nothing stood in from memory", () => {
    const memory = newParseMemory();
    expect(parseArticleFiles([harbour(1), pier], memory).keptFromMemory).toBe(false);
    expect(parseArticleFiles([harbour(1), pier], memory).keptFromMemory).toBe(false);
  });
});
