import { clip } from "./manifest-messages.js";

/**
 * What an update will change in an app's configuration, field by field. Lists of plain values
 * (scopes, events, URLs) are compared as sets, so adding one scope reads as one addition rather
 * than a shifted list; lists of objects are matched by their identifying field (a command's name,
 * a shortcut's callback id) where they have one, else by position.
 */
export interface ManifestChange {
  readonly kind: "added" | "removed" | "changed";
  /** `oauth_config.scopes.bot`, `features.slash_commands[/ask].description` */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

const IDENTITY_FIELDS = ["command", "callback_id", "name"];

export function diffManifests(before: unknown, after: unknown): ManifestChange[] {
  const changes: ManifestChange[] = [];
  compare(before, after, "", changes);
  return changes;
}

/** One line per change: `+ path: value`, `- path: value`, `~ path: before → after`. */
export function renderChanges(changes: readonly ManifestChange[]): string[] {
  return changes.map((change) => {
    const path = change.path === "" ? "(the whole manifest)" : change.path;
    if (change.kind === "added") return `  + ${path}: ${show(change.after)}`;
    if (change.kind === "removed") return `  - ${path}: ${show(change.before)}`;
    return `  ~ ${path}: ${show(change.before)} → ${show(change.after)}`;
  });
}

function compare(before: unknown, after: unknown, path: string, out: ManifestChange[]): void {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      const childPath = path === "" ? key : `${path}.${key}`;
      if (!(key in after)) leaves(before[key], childPath, "removed", out);
      else if (!(key in before)) leaves(after[key], childPath, "added", out);
      else compare(before[key], after[key], childPath, out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    compareLists(before, after, path, out);
    return;
  }
  if (!sameValue(before, after)) out.push({ kind: "changed", path, before, after });
}

function compareLists(
  before: unknown[],
  after: unknown[],
  path: string,
  out: ManifestChange[],
): void {
  if ([...before, ...after].every((item) => !isRecord(item) && !Array.isArray(item))) {
    for (const item of before) {
      if (!after.some((other) => sameValue(other, item)))
        out.push({ kind: "removed", path, before: item });
    }
    for (const item of after) {
      if (!before.some((other) => sameValue(other, item)))
        out.push({ kind: "added", path, after: item });
    }
    return;
  }
  const identity = IDENTITY_FIELDS.find((field) =>
    [...before, ...after].every((item) => isRecord(item) && typeof item[field] === "string"),
  );
  if (identity === undefined) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index++) {
      const itemPath = `${path}[${index}]`;
      if (index >= after.length) leaves(before[index], itemPath, "removed", out);
      else if (index >= before.length) leaves(after[index], itemPath, "added", out);
      else compare(before[index], after[index], itemPath, out);
    }
    return;
  }
  const key = (item: unknown) => String((item as Record<string, unknown>)[identity]);
  const beforeByKey = new Map(before.map((item) => [key(item), item]));
  const afterByKey = new Map(after.map((item) => [key(item), item]));
  for (const [name, item] of beforeByKey) {
    if (!afterByKey.has(name))
      out.push({ kind: "removed", path: `${path}[${name}]`, before: item });
  }
  for (const [name, item] of afterByKey) {
    const old = beforeByKey.get(name);
    if (old === undefined) out.push({ kind: "added", path: `${path}[${name}]`, after: item });
    else compare(old, item, `${path}[${name}]`, out);
  }
}

/** A whole object added or removed reads best as its fields, one per line. */
function leaves(
  value: unknown,
  path: string,
  kind: "added" | "removed",
  out: ManifestChange[],
): void {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, item] of Object.entries(value)) leaves(item, `${path}.${key}`, kind, out);
    return;
  }
  out.push(kind === "added" ? { kind, path, after: value } : { kind, path, before: value });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]),
    );
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function show(value: unknown): string {
  return clip(value === undefined ? "(nothing)" : JSON.stringify(value), 100);
}
