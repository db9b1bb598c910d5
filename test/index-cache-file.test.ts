import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Article, articleFromParagraphs } from "../src/ingest/article.js";
import {
  articleGroups,
  decodeArticleGroup,
  encodeArticleGroup,
} from "../src/newsroom/index-cache-articles.js";
import { FrameFailure, FrameReader, FrameWriter } from "../src/newsroom/index-cache-file.js";

const work = mkdtempSync(path.join(tmpdir(), "story-desk-cache-file-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes frames with bodies of at most `frameBytes`, through `write`. */
async function writeFile(
  name: string,
  frameBytes: number,
  write: (w: FrameWriter) => Promise<void>,
) {
  const file = path.join(work, name);
  const handle = await open(file, "w");
  const writer = new FrameWriter(handle, frameBytes);
  await writer.start();
  await write(writer);
  await handle.close();
  return file;
}

async function readFile<T>(file: string, read: (r: FrameReader) => Promise<T>): Promise<T> {
  const handle = await open(file, "r");
  try {
    const reader = new FrameReader(handle);
    await reader.start();
    return await read(reader);
  } finally {
    await handle.close();
  }
}

describe("a cache file's frames", () => {
  it("carry an array larger than a frame, a frame at a time, straight into its target", async () => {
    const numbers = Int32Array.from({ length: 1000 }, (_, i) => i * 7919 - 3_000_000);
    const file = await writeFile("array", 64, async (writer) => {
      await writer.frame(1, Buffer.from("head"));
      await writer.array(2, numbers);
      await writer.array(3, new Uint32Array(0));
      await writer.frame(4, Buffer.alloc(0));
    });
    const back = await readFile(file, async (reader) => {
      expect((await reader.frame(1)).toString()).toBe("head");
      const target = new Int32Array(numbers.length);
      await reader.arrayInto(2, target);
      await reader.arrayInto(3, new Uint32Array(0));
      expect((await reader.frame(4)).byteLength).toBe(0);
      return target;
    });
    expect(back).toEqual(numbers);
  });

  it("tell a changed byte, a file cut short, another kind of frame and a file that is none", async () => {
    const file = await writeFile("damaged", 64, async (writer) => {
      await writer.array(
        2,
        Uint32Array.from({ length: 100 }, (_, i) => i),
      );
    });
    const whole = readFileSync(file);
    const troubleOf = async (bytes: Buffer, kind = 2) => {
      writeFileSync(file, bytes);
      try {
        await readFile(file, (reader) => reader.arrayInto(kind, new Uint32Array(100)));
        return "read";
      } catch (error) {
        return error instanceof FrameFailure ? error.trouble : String(error);
      }
    };
    const flipped = Buffer.from(whole);
    flipped[whole.length - 3] = (flipped[whole.length - 3] ?? 0) ^ 1;
    expect(await troubleOf(whole)).toBe("read");
    expect(await troubleOf(flipped)).toBe("corrupted");
    expect(await troubleOf(whole.subarray(0, whole.length - 5))).toBe("truncated");
    expect(await troubleOf(whole.subarray(0, 5))).toBe("truncated");
    expect(await troubleOf(whole, 3)).toBe("unparsable");
    expect(await troubleOf(Buffer.from("not a cache file at all, not at all"))).toBe(
      "notACachePart",
    );
  });
});

describe("articles in a cache file", () => {
  const plain = articleFromParagraphs("harbour-wire", ["Cranes were repaired.", "Ça coûte 5 €."], {
    outlet: "Harbour Wire",
    headline: "Cranes",
  });
  const withCaption: Article = {
    ...plain,
    id: "dock-daily",
    passages: [
      ...articleFromParagraphs("dock-daily", ["Ships waited 🚢 for two days."]).passages,
      {
        id: "dock-daily#caption-1",
        articleId: "dock-daily",
        paragraph: 1,
        kind: "caption",
        text: "A crane at dawn.",
      },
    ],
  };

  it("come back as they went in, captions and any characters among them", () => {
    const articles = [plain, withCaption];
    expect(decodeArticleGroup(encodeArticleGroup(articles))).toEqual(articles);
  });

  it("come back whole when a passage is not of the usual shape", () => {
    const odd: Article = {
      ...plain,
      id: "odd",
      passages: [
        { id: "odd-passage", articleId: "odd", paragraph: 3, kind: "paragraph", text: "x" },
      ],
    };
    expect(decodeArticleGroup(encodeArticleGroup([plain, odd]))).toEqual([plain, odd]);
  });

  it("are cut into groups that keep every article once, in order", () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      articleFromParagraphs(`a${i}`, [`${"word ".repeat(60_000)}${i}`]),
    );
    const groups = articleGroups(many);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat()).toEqual(many);
  });
});
