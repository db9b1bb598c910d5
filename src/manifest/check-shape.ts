import type { ManifestPath } from "./manifest-document.js";
import { pathText } from "./manifest-document.js";
import type { FieldShape } from "./manifest-limits.js";
import { ManifestMessages as M } from "./manifest-messages.js";
import { PUBLIC_URL_PLACEHOLDER } from "./manifest-placeholders.js";

/** A problem found at a path; the caller turns the path into a line number. */
export interface PathProblem {
  readonly path: ManifestPath;
  readonly message: string;
}

/** Holds a value against a field shape (Slack's limits table), one problem per broken rule. */
export function checkShape(
  value: unknown,
  shape: FieldShape,
  path: ManifestPath = [],
): PathProblem[] {
  const problems: PathProblem[] = [];
  visit(value, shape, path, problems);
  return problems;
}

function visit(value: unknown, shape: FieldShape, path: ManifestPath, out: PathProblem[]): void {
  const field = pathText(path);
  switch (shape.kind) {
    case "any":
      return;
    case "boolean":
      if (typeof value !== "boolean")
        out.push({ path, message: M.wrongType(field, "true or false") });
      return;
    case "integer":
      if (!Number.isInteger(value))
        out.push({ path, message: M.wrongType(field, "a whole number") });
      return;
    case "string":
      visitString(value, shape, path, out);
      return;
    case "array":
      visitArray(value, shape, path, out);
      return;
    case "object":
      visitObject(value, shape, path, out);
      return;
  }
}

function visitString(
  value: unknown,
  shape: Extract<FieldShape, { kind: "string" }>,
  path: ManifestPath,
  out: PathProblem[],
): void {
  const field = pathText(path);
  if (typeof value !== "string") {
    out.push({ path, message: M.wrongType(field, "text") });
    return;
  }
  const length = [...value].length;
  if (shape.min !== undefined && length < shape.min) {
    out.push({ path, message: M.tooShort(field, length, shape.min) });
  }
  if (shape.max !== undefined && length > shape.max) {
    out.push({ path, message: M.tooLong(field, length, shape.max) });
  }
  if (shape.pattern && !shape.pattern.test.test(value)) {
    out.push({ path, message: M.badPattern(field, value, shape.pattern.hint) });
  }
  if (shape.url && !value.startsWith("https://") && !value.startsWith(PUBLIC_URL_PLACEHOLDER)) {
    out.push({ path, message: M.notHttps(field) });
  }
}

function visitArray(
  value: unknown,
  shape: Extract<FieldShape, { kind: "array" }>,
  path: ManifestPath,
  out: PathProblem[],
): void {
  const field = pathText(path);
  if (!Array.isArray(value)) {
    out.push({ path, message: M.wrongType(field, "a list") });
    return;
  }
  if (shape.min !== undefined && value.length < shape.min) {
    out.push({ path, message: M.tooFewItems(field, value.length, shape.min) });
  }
  if (shape.max !== undefined && value.length > shape.max) {
    out.push({ path, message: M.tooManyItems(field, value.length, shape.max) });
  }
  const seen = new Set<string>();
  value.forEach((item, index) => {
    visit(item, shape.items, [...path, index], out);
    if (!shape.unique) return;
    const key = JSON.stringify(item);
    if (seen.has(key))
      out.push({ path: [...path, index], message: M.duplicate(field, String(item)) });
    seen.add(key);
  });
}

function visitObject(
  value: unknown,
  shape: Extract<FieldShape, { kind: "object" }>,
  path: ManifestPath,
  out: PathProblem[],
): void {
  const field = pathText(path);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    out.push({ path, message: M.wrongType(field, "a mapping of fields") });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const name of shape.required ?? []) {
    if (record[name] === undefined)
      out.push({ path, message: M.missing(pathText([...path, name])) });
  }
  for (const [name, item] of Object.entries(record)) {
    const itemShape = Object.hasOwn(shape.fields, name) ? shape.fields[name] : undefined;
    if (!itemShape)
      out.push({ path: [...path, name], message: M.unknownField(pathText([...path, name])) });
    else visit(item, itemShape, [...path, name], out);
  }
}
