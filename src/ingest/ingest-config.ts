/** Defaults for reading article files; one frozen object, as Fuse.js keeps its own. */
export const IngestConfig = Object.freeze({
  /** File endings read as articles. */
  extensions: Object.freeze([".txt", ".md"]),
  /** A pasted page is a few tens of kilobytes; anything past this is not an article. */
  maxFileBytes: 2 * 1024 * 1024,
  /** Front matter holds a handful of fields; past this many characters it is taken for broken. */
  maxFrontMatterChars: 64 * 1024,
  /** Share of control characters above which a file is taken for binary. */
  maxControlShare: 0.01,
});

/** Reasons a file is skipped, as printed in the warning that names it. */
export const SkipReason = Object.freeze({
  empty: "the file is empty",
  binary: "the file is binary, not text",
  notUtf8: "the file is not UTF-8 text",
  tooLarge: (bytes: number, max: number) =>
    bytes > max + 1
      ? `the file is too large (${Math.round(bytes / 1024)} KiB; the limit is ${Math.round(max / 1024)} KiB)`
      : `the file is too large (more than the limit of ${Math.round(max / 1024)} KiB)`,
  notRegular: (kind: string) => `it is not a regular file but a ${kind}, so it is never opened`,
  brokenFrontMatter: (detail: string) => `its front matter is broken: ${detail}`,
  nothingLeft: "nothing is left once page furniture is removed",
  unreadable: (detail: string) => `it cannot be read (${detail})`,
  brokenLink: "it links to a file that does not exist",
});

/** Notes about a file that still loads: something odd in it was left out, or read as best it could be. */
export const LoadNote = Object.freeze({
  keyNotAName: (line: number) =>
    `its front matter uses a list or map as a field name (line ${line}); such entries are ignored`,
  yamlWarning: (line: number, detail: string) =>
    `its front matter has a YAML oddity (line ${line}: ${detail}); the rest is read`,
});
