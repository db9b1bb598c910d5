import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { FileHashMemo } from "../src/newsroom/file-hash-memo.js";
import { readDeskFolder } from "../src/newsroom/load-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";

function folder(): { dir: string; cache: string } {
  const root = mkdtempSync(path.join(tmpdir(), "story-desk-hashes-"));
  const dir = path.join(root, "desk");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "harbour.txt"), "Cranes were repaired at the harbour on Monday.\n");
  writeFileSync(path.join(dir, "valley.txt"), "The valley ferry ran again after the storm.\n");
  return { dir, cache: path.join(root, "cache") };
}

describe("the memo of article files' hashes", () => {
  it("gives the hashes a full read gives, and sees a file written since", async () => {
    const { dir, cache } = folder();
    const full = await readDeskFolder(dir, { keepBytes: false });
    const first = await FileHashMemo.open(cache, dir);
    const read = await readDeskFolder(dir, { keepBytes: false, hashes: first });
    await first.save(read.files.map((file) => file.file));
    expect(read).toEqual(full);
    expect(readdirSync(cache).some((name) => name.startsWith("hashes-"))).toBe(true);

    const again = await readDeskFolder(dir, {
      keepBytes: false,
      hashes: await FileHashMemo.open(cache, dir),
    });
    expect(again).toEqual(full);

    // Same size, new words: the file's change time moved, so it is read again.
    writeFileSync(
      path.join(dir, "harbour.txt"),
      "Cranes were replaced at the harbour on Monday.\n",
    );
    const afterWrite = await readDeskFolder(dir, {
      keepBytes: false,
      hashes: await FileHashMemo.open(cache, dir),
    });
    expect(afterWrite).toEqual(await readDeskFolder(dir, { keepBytes: false }));
    expect(afterWrite.files[0]?.hash).not.toBe(full.files[0]?.hash);
  });

  it("is ignored when it cannot be read, and a cached start answers as a build does", async () => {
    const { dir, cache } = folder();
    const built = await openDeskFolder(dir, () => {}, { cache });
    for (const name of readdirSync(cache).filter((n) => n.startsWith("hashes-")))
      writeFileSync(path.join(cache, name), "{ not json");
    const reopened = await openDeskFolder(dir, () => {}, { cache });
    const cached = await openDeskFolder(dir, () => {}, { cache });
    for (const desk of [reopened, cached])
      expect(answerQuestion(desk, "when did the ferry run").quotes).toEqual(
        answerQuestion(built, "when did the ferry run").quotes,
      );
    writeFileSync(
      path.join(dir, "valley.txt"),
      "The valley ferry stopped again after the flood.\n",
    );
    const changed = await openDeskFolder(dir, () => {}, { cache });
    expect(answerQuestion(changed, "when did the ferry stop").quotes[0]?.text).toContain("flood");
  });
});
