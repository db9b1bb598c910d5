import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { IngestConfig, LoadNote, SkipReason } from "../src/ingest/ingest-config.js";
import {
  formatLoadWarning,
  loadDesk,
  SeedsFolderError,
  SeedsFolderMessage,
} from "../src/newsroom/load-desk.js";

async function deskWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "story-desk-"));
  for (const name of ["arkansas-democrat-gazette-iraq-attacks.txt", "press-tv-iraq-attacks.txt"]) {
    await copyFile(path.join("seeds/iraq", name), path.join(dir, name));
  }
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe("loading a desk's folder", () => {
  it("loads every article of the seeds folder in name order", async () => {
    const desk = await loadDesk("seeds/iraq");
    expect(desk.articles.map((article) => article.id)).toEqual([
      "arkansas-democrat-gazette-iraq-attacks",
      "press-tv-iraq-attacks",
    ]);
    expect(desk.warnings).toEqual([]);
  });

  it("lets front matter win over what is inferred", async () => {
    const desk = await loadDesk("seeds/iraq");
    expect(desk.articles[0]?.metadata.outlet).toBe("Arkansas Democrat-Gazette");
  });

  it("skips each broken file with a warning naming it and why, and still loads the rest", async () => {
    const dir = await deskWith({
      "empty.txt": "",
      "binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      "latin1.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x65, 0x78, 0x74]),
      "broken-front-matter.md":
        "---\noutlet: [unclosed\n---\nA paragraph of text that says something.\n",
      "unclosed-front-matter.md": "---\noutlet: Somebody\nA paragraph.\n",
      "bad-date.md": "---\npublished: 2020-02-31\n---\nA paragraph of text that says something.\n",
      "only-furniture.txt":
        "Advertisement\n\nShare this article\n\nSign in\n\nAll rights reserved.\n",
      "huge.txt": "word ".repeat(600_000),
      "notes.pdf": "ignored: not an article file ending",
    });
    const desk = await loadDesk(dir);
    expect(desk.articles).toHaveLength(2);
    const reasons = Object.fromEntries(desk.warnings.map((w) => [path.basename(w.file), w.reason]));
    expect(reasons).toEqual({
      "bad-date.md": expect.stringMatching(/front matter is broken: published is not an ISO date/),
      "binary.txt": SkipReason.binary,
      "broken-front-matter.md": expect.stringMatching(/front matter is broken: .* \(line 2\)$/),
      "empty.txt": SkipReason.empty,
      "huge.txt": expect.stringMatching(/too large/),
      "latin1.txt": SkipReason.notUtf8,
      "only-furniture.txt": SkipReason.nothingLeft,
      "unclosed-front-matter.md": expect.stringMatching(/closing --- line is missing/),
    });
  });

  it("follows a link to an article file, and names a link that leads nowhere", async () => {
    const dir = await deskWith({});
    symlinkSync(path.resolve("seeds/iraq/press-tv-iraq-attacks.txt"), path.join(dir, "linked.txt"));
    symlinkSync(path.join(dir, "no-such-file.txt"), path.join(dir, "dangling.txt"));
    const desk = await loadDesk(dir);
    expect(desk.articles.map((article) => article.id)).toContain("linked");
    expect(desk.warnings).toEqual([
      expect.objectContaining({
        file: path.join(dir, "dangling.txt"),
        reason: SkipReason.brokenLink,
      }),
    ]);
  });

  it("reads front matter fields and an ISO date", async () => {
    const dir = await deskWith({
      "column.md":
        "---\noutlet: The Weekly Column\nheadline: A headline of its own\npublished: 2020-04-02\nbyline: A. Writer\nurl: https://example.com/column\n---\nThe first paragraph of the column says one thing.\n\nThe second says another.\n",
    });
    const desk = await loadDesk(dir);
    const column = desk.articles.find((article) => article.id === "column");
    expect(column?.metadata).toMatchObject({
      outlet: "The Weekly Column",
      headline: "A headline of its own",
      published: "2020-04-02",
      byline: "A. Writer",
      url: "https://example.com/column",
    });
    expect(column?.passages.map((passage) => passage.paragraph)).toEqual([1, 2]);
  });

  it("refuses a folder that does not exist with a message for the user", async () => {
    await expect(loadDesk("no/such/folder")).rejects.toThrow(
      new SeedsFolderError(SeedsFolderMessage.missing("no/such/folder")),
    );
  });
});

describe("front matter the YAML library has something to say about", () => {
  it("loads the file, says so in one warning naming it, and the library prints nothing itself", async () => {
    const printed = vi.spyOn(process, "emitWarning");
    const dir = await deskWith({
      "list-as-name.md":
        "---\noutlet: The Weekly Column\n? [a, b]\n: x\n{a: 1}: y\n---\nThe first paragraph of the column says one thing.\n",
      "odd-tag.md":
        "---\nheadline: !custom A headline of its own\n---\nThe first paragraph of the column says one thing.\n",
    });
    const desk = await loadDesk(dir);
    expect(printed).not.toHaveBeenCalled();
    printed.mockRestore();
    const byId = Object.fromEntries(desk.articles.map((article) => [article.id, article]));
    expect(byId["list-as-name"]?.metadata.outlet).toBe("The Weekly Column");
    expect(byId["odd-tag"]?.metadata.headline).toBe("A headline of its own");
    expect(desk.warnings).toEqual([
      expect.objectContaining({
        file: path.join(dir, "list-as-name.md"),
        reason: LoadNote.keyNotAName(3),
        loaded: true,
      }),
      expect.objectContaining({
        file: path.join(dir, "odd-tag.md"),
        reason: LoadNote.yamlWarning(2, "Unresolved tag: !custom"),
        loaded: true,
      }),
    ]);
    const lines = desk.warnings.map(formatLoadWarning);
    expect(lines[0]).toBe(
      `warning: ${path.join(dir, "list-as-name.md")}: ${LoadNote.keyNotAName(3)}`,
    );
    expect(lines.filter((line) => line.includes("skipped"))).toEqual([]);
  });
});

describe("loading files written to hurt", () => {
  it("refuses a YAML alias bomb in front matter as broken front matter, and loads the rest", async () => {
    const bomb =
      "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nBody text of the page.\n";
    const desk = await loadDesk(await deskWith({ "bomb.md": bomb }));
    expect(desk.articles).toHaveLength(2);
    expect(desk.warnings.map((w) => [path.basename(w.file), w.reason])).toEqual([
      ["bomb.md", expect.stringMatching(/front matter is broken/)],
    ]);
  });

  it("refuses front matter that repeats a field, or runs past its size limit, as broken", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `field${i}: value`).join("\n");
    const desk = await loadDesk(
      await deskWith({
        "twice.md": "---\noutlet: One\nheadline: A\noutlet: Two\n---\nBody text of the page.\n",
        "long.md": `---\n${many}\n---\nBody text of the page.\n`,
      }),
    );
    expect(desk.articles).toHaveLength(2);
    expect(desk.warnings.map((w) => [path.basename(w.file), w.reason])).toEqual([
      [
        "long.md",
        SkipReason.brokenFrontMatter(
          `it is longer than ${IngestConfig.maxFrontMatterChars} characters`,
        ),
      ],
      ["twice.md", SkipReason.brokenFrontMatter("outlet is given twice (line 4)")],
    ]);
  });

  it("reads a paragraph of long hyphenated chains (no pattern backtracks without end)", async () => {
    const chain = Array.from({ length: 200 }, (_, i) => i + 10).join("-");
    const desk = await loadDesk(
      await deskWith({
        "chains.txt": `A headline of some length\n\nNumbers ${chain} and more, said the official.\n\nA-${"A-".repeat(200)}b's website can also be accessed.\n`,
      }),
    );
    expect(desk.articles.some((article) => article.id === "chains")).toBe(true);
  });
});
