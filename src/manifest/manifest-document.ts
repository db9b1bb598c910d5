import { isNode, isPair, isScalar, LineCounter, parseDocument, visit } from "yaml";
import { ManifestMessages } from "./manifest-messages.js";

/** A place in manifest.yml: 1-based line and column. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** One thing wrong with the manifest, printed as one line. */
export interface ManifestProblem {
  readonly message: string;
  readonly position?: SourcePosition;
}

/** A path into the manifest: keys and array indexes, e.g. ["features", "slash_commands", 0, "command"]. */
export type ManifestPath = readonly (string | number)[];

/** A parsed manifest: its plain value, and where each field sits in the YAML text. */
export interface ManifestDocument {
  readonly value: unknown;
  /** The YAML errors (syntax, duplicate keys…), each with its line; the value is unusable when any. */
  readonly syntaxProblems: readonly ManifestProblem[];
  /** Where the field at `path` (or its nearest existing parent) starts. */
  positionOf(path: ManifestPath): SourcePosition | undefined;
  /** Every string in the manifest with its path. */
  strings(): { path: ManifestPath; text: string }[];
}

/** Parses manifest YAML, keeping positions so that every problem can name its line. */
export function parseManifestYaml(text: string): ManifestDocument {
  const lineCounter = new LineCounter();
  // The YAML library prints nothing itself: everything it would say is a problem with its line.
  const doc = parseDocument(text, {
    lineCounter,
    logLevel: "silent",
    prettyErrors: false,
    uniqueKeys: true,
  });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntaxProblems = [...doc.errors, ...doc.warnings].map((error) => ({
    message: `YAML: ${firstLine(error.message)}`,
    position: at(error.pos[0]),
  }));
  // A manifest's keys are plain names; a list or map as a key would only be turned into text.
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || pair.key === null || isScalar(pair.key)) return;
      const offset = isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
      syntaxProblems.push({ message: ManifestMessages.keyNotAName, position: at(offset) });
    },
  });
  const value: unknown = syntaxProblems.length === 0 ? doc.toJS({ maxAliasCount: 50 }) : undefined;

  return {
    value,
    syntaxProblems,
    positionOf(path) {
      for (let length = path.length; length >= 0; length--) {
        const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
        if (isNode(node) && node.range) return at(node.range[0]);
      }
      return undefined;
    },
    strings() {
      const found: { path: ManifestPath; text: string }[] = [];
      collectStrings(value, [], found);
      return found;
    },
  };
}

/** `features.slash_commands[0].command` */
export function pathText(path: ManifestPath): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? part : `.${part}`;
  }
  return text === "" ? "the manifest" : text;
}

/** `/features/slash_commands/0/command`: the JSON pointer Slack uses, to a path. */
export function pathFromPointer(pointer: string): ManifestPath {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `manifest.yml:12:5: message`, or `manifest.yml: message` when the problem has no place. */
export function formatProblem(file: string, problem: ManifestProblem): string {
  const where = problem.position
    ? `${file}:${problem.position.line}:${problem.position.column}`
    : file;
  return `${where}: ${problem.message}`;
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}

function collectStrings(
  value: unknown,
  path: (string | number)[],
  found: { path: ManifestPath; text: string }[],
): void {
  if (typeof value === "string") found.push({ path: [...path], text: value });
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) collectStrings(item, [...path, index], found);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) collectStrings(item, [...path, key], found);
  }
}
