import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The folders show the flow (issue 11, "one-way code"): articles → ingest → index → answer and
 * compare (plain data) → render → transport. These checks read the import statements of every
 * source file, so a module that reaches the wrong way fails here, naming both ends.
 */

const SRC = "src";

/** Every .ts file under src/, as a path relative to the repository ("src/…"). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith(".ts") ? [file] : [];
  });
}

/** What a module imports: static imports, re-exports, `import type` and dynamic `import("…")`. */
function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/gms,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) if (match[1]) specifiers.push(match[1]);
  return specifiers;
}

interface Edge {
  readonly from: string;
  /** A repository path ("src/…", "test/…") for a relative import, else the package name. */
  readonly to: string;
}

function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    importsOf(readFileSync(file, "utf8")).map((specifier) => ({
      from: file.split(path.sep).join("/"),
      to: specifier.startsWith(".")
        ? path
            .normalize(path.join(path.dirname(file), specifier))
            .split(path.sep)
            .join("/")
        : specifier,
    })),
  );
}

const ALL = edges();
const CORE = ["ingest", "text", "search", "desk", "compare", "answer", "render"];
const ABOVE_CORE = ["newsroom", "slack", "console", "cli", "tools", "manifest"];
/** Packages that do I/O or speak Slack: the core has none of them. */
const IO_PACKAGES = [
  /^@slack\//,
  /^(node:)?fs(\/promises)?$/,
  /^(node:)?child_process$/,
  /^(node:)?net$/,
  /^(node:)?https?$/,
  /^(node:)?http2$/,
  /^(node:)?dgram$/,
];
/** Modules of the core that may still do I/O for now, and why (none since the index cache moved to src/newsroom). */
const CORE_IO_ALLOWED = new Set<string>([]);

const folderOf = (file: string) => file.split("/")[1] ?? "";
const inFolder = (file: string, folders: readonly string[]) =>
  file.startsWith("src/") && folders.includes(folderOf(file));
const show = (list: readonly Edge[]) => list.map((edge) => `${edge.from} → ${edge.to}`);

describe("one-way code", () => {
  it("reads the imports of every source file", () => {
    // A parser that found nothing would pass every rule below.
    expect(sourceFiles(SRC).length).toBeGreaterThan(100);
    expect(ALL).toContainEqual({
      from: "src/answer/answer-question.ts",
      to: "src/compare/compare-sources.js",
    });
    expect(
      importsOf(
        'import type { A } from "./a.js";\nexport { b } from "../b.js";\nconst c = await import("./c.js");',
      ),
    ).toEqual(["./a.js", "../b.js", "./c.js"]);
  });

  it("keeps the core free of Slack and of I/O", () => {
    const wrong = ALL.filter(
      (edge) =>
        inFolder(edge.from, CORE) &&
        !CORE_IO_ALLOWED.has(edge.from) &&
        IO_PACKAGES.some((pattern) => pattern.test(edge.to)),
    );
    expect(show(wrong)).toEqual([]);
  });

  it("keeps the core below the newsroom, the transports, the manifest tool and the tools", () => {
    const wrong = ALL.filter(
      (edge) =>
        inFolder(edge.from, CORE) &&
        !CORE_IO_ALLOWED.has(edge.from) &&
        inFolder(edge.to, ABOVE_CORE),
    );
    expect(show(wrong)).toEqual([]);
  });

  it("has the desk model below answer and compare, and compare below render", () => {
    const wrong = ALL.filter(
      (edge) =>
        (folderOf(edge.from) === "desk" && inFolder(edge.to, ["answer", "compare", "render"])) ||
        (folderOf(edge.from) === "compare" && inFolder(edge.to, ["answer", "render"])),
    );
    expect(show(wrong)).toEqual([]);
  });

  it("lets no bot module import the tools", () => {
    const wrong = ALL.filter(
      (edge) => !edge.from.startsWith("src/tools/") && edge.to.startsWith("src/tools/"),
    );
    expect(show(wrong)).toEqual([]);
  });

  it("lets no source file import the tests or their fixtures", () => {
    const wrong = ALL.filter((edge) => edge.to.startsWith("test/") || edge.to.startsWith("../"));
    expect(show(wrong)).toEqual([]);
  });
});
