import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { englishWordsInUse, useEnglishWords } from "../src/ingest/english-words.js";
import { readDeskFolder } from "../src/newsroom/load-desk.js";
import { filesToRead, parseArticleFiles } from "../src/newsroom/parse-article-files.js";
import { parseInWorkers } from "../src/newsroom/parse-in-workers.js";

/** Pages of several house styles, a page with nothing quotable, and one with a secret in it. */
async function mixedFolder(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "story-desk-threads-"));
  const pages = ["seeds/iraq", "test/fixtures/pages", "test/fixtures/house-styles"];
  for (const folder of pages) {
    const read = await readDeskFolder(folder);
    for (const file of read.files)
      writeFileSync(
        path.join(dir, `${path.basename(folder)}-${path.basename(file.file)}`),
        file.bytes,
      );
  }
  writeFileSync(path.join(dir, "empty-page.txt"), "Share\n\nMenu\n");
  writeFileSync(
    path.join(dir, "with-secret.txt"),
    "A headline for the test\n\nThe council met on Monday and voted on the plan, with key hunter2-secret in the minutes.\n",
  );
  return dir;
}

describe("reading a large folder on several threads", () => {
  it("gives the same articles, warnings and notes as reading it on one thread", async () => {
    const dir = await mixedFolder();
    const read = await readDeskFolder(dir);
    const secrets = ["hunter2-secret"];
    const alone = parseArticleFiles(read.files, undefined, undefined, [], secrets);
    const seen: number[] = [];
    const threaded = await parseInWorkers(filesToRead(read.files), {
      secrets,
      threads: 2,
      minFiles: 0,
      onProgress: (done) => seen.push(done),
    });
    expect(threaded).not.toBeNull();
    expect(threaded?.size).toBe(read.files.length);
    const together = parseArticleFiles(
      read.files,
      undefined,
      undefined,
      [],
      secrets,
      threaded ?? undefined,
    );
    expect(together).toEqual(alone);
    expect(JSON.stringify(together.articles)).toBe(JSON.stringify(alone.articles));
    expect(alone.warnings.length).toBeGreaterThan(0);
    expect(JSON.stringify(alone.articles)).not.toContain("hunter2-secret");
    expect(seen.at(-1)).toBe(read.files.length);
  }, 60_000);

  it("leaves a small folder, one thread, or a dictionary of the caller's own to the caller", async () => {
    const read = await readDeskFolder("seeds/iraq");
    expect(await parseInWorkers(read.files)).toBeNull();
    expect(await parseInWorkers(read.files, { threads: 1, minFiles: 0 })).toBeNull();
    const before = englishWordsInUse();
    useEnglishWords((word) => word === "valley");
    try {
      expect(await parseInWorkers(read.files, { threads: 2, minFiles: 0 })).toBeNull();
    } finally {
      useEnglishWords(before);
    }
  });
});
