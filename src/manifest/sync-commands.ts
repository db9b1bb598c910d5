import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { defaultProfile } from "../desk/desk-profile.js";
import type { DeskCommand } from "./check-surface.js";
import type { ManifestProblem } from "./manifest-document.js";
import { ManifestMessages as M } from "./manifest-messages.js";
import { PUBLIC_URL_PLACEHOLDER } from "./manifest-placeholders.js";
import { SyncMessages } from "./sync-messages.js";

/** What `sync` did to the manifest's slash commands. */
export interface CommandSync {
  /** The new manifest text (the same text when nothing changed). */
  readonly text: string;
  /** The desks whose commands were added, in the order added. */
  readonly added: readonly DeskCommand[];
  /** The commands dropped, no desk answering them. */
  readonly removed: readonly string[];
  /** The desks whose declared command took the desk's new description. */
  readonly described: readonly DeskCommand[];
  /** True when the YAML writer could not keep every untouched line as it was (values are kept). */
  readonly relaidOut: boolean;
}

/** The fields of a new command when the manifest has none to copy them from, in their order. */
export const NEW_COMMAND_SHAPE = Object.freeze({
  url: `${PUBLIC_URL_PLACEHOLDER}/slack/events`,
  description: "",
  usage_hint: "[question] | sources | compare [topic] | help",
  should_escape: false,
});

const COMMANDS_PATH = ["features", "slash_commands"] as const;

/**
 * `npm run manifest -- sync`, pure: the manifest text with a command added for every desk whose
 * command it lacks (with the desk's description, and the url, usage_hint and should_escape of
 * the first command already there), every declared desk command whose description differs
 * from the one its desk.yml sets given that one (a desk's default description never replaces
 * an admin's), and every command dropped that
 * neither a desk nor the app itself answers. Edits the parsed YAML document, so comments, key order and quoting stay as
 * they were. A manifest that does not parse, or whose slash_commands is not a list, is problems.
 */
export function syncDeskCommands(
  text: string,
  desks: readonly DeskCommand[],
  appCommands: readonly string[] = [],
): CommandSync | { readonly problems: readonly ManifestProblem[] } {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: true });
  const broken = [...doc.errors, ...doc.warnings];
  if (broken.length > 0) {
    return { problems: broken.map((error) => ({ message: firstLine(error.message) })) };
  }
  if (doc.contents !== null && !isMap(doc.contents))
    return { problems: [{ message: M.notAnObject }] };
  const existing = doc.getIn(COMMANDS_PATH, true);
  if (existing !== undefined && existing !== null && !isSeq(existing)) {
    return { problems: [{ message: SyncMessages.notAList }] };
  }
  const seq = existing ?? undefined;

  const declared = new Set(seq ? commandsOf(seq) : []);
  const answered = new Set([...appCommands, ...desks.map((desk) => desk.command)]);
  const removed: string[] = [];
  if (seq) {
    seq.items = seq.items.filter((item) => {
      const command = commandOf(item);
      if (command === undefined || answered.has(command)) return true;
      removed.push(command);
      return false;
    });
  }
  const added = desks.filter((desk) => !declared.has(desk.command));
  const described = seq ? describeDeclared(doc, seq, desks) : [];
  if (added.length === 0 && removed.length === 0 && described.length === 0) {
    return { text, added, removed, described, relaidOut: false };
  }

  // When every command is dropped, the new ones still take the shape (and the first one the
  // comments) of the manifest's first command.
  const remaining = seq?.items.find(isMap);
  const dropped = remaining ? undefined : templateFrom(text);
  const target = seq ?? (doc.createNode([]) as YAMLSeq);
  for (const [index, desk] of added.entries()) {
    const template = remaining ?? dropped;
    target.items.push(newCommand(doc, desk, template, index === 0 && dropped !== undefined));
  }
  if (target.items.length === 0) doc.deleteIn(COMMANDS_PATH);
  else if (!seq) doc.setIn(COMMANDS_PATH, target);

  const { text: written, kept } = writeKeepingLayout(doc, text);
  return { text: written, added, removed, described, relaidOut: !kept };
}

/**
 * Sets each declared desk command's description to its desk's, where the desk has one and the
 * manifest says otherwise; the value keeps its quoting style. Returns the desks changed.
 */
function describeDeclared(
  doc: Document,
  seq: YAMLSeq,
  desks: readonly DeskCommand[],
): DeskCommand[] {
  const byCommand = new Map(desks.map((desk) => [desk.command, desk]));
  const changed: DeskCommand[] = [];
  for (const item of seq.items) {
    const desk = byCommand.get(commandOf(item) ?? "");
    if (!desk || !isMap(item) || !hasOwnDescription(desk)) continue;
    const current = item.get("description", true);
    const written = isScalar(current) ? String(current.value ?? "") : "";
    if (written === desk.description) continue;
    if (isScalar(current)) current.value = desk.description;
    else item.set("description", doc.createNode(desk.description));
    changed.push(desk);
  }
  return changed;
}

/** Whether the desk's desk.yml gives its command a description of its own. */
function hasOwnDescription(desk: DeskCommand): boolean {
  const description = desk.description.trim();
  return description !== "" && description !== defaultProfile(desk.desk).description;
}

/** The slash commands a list declares, as written. */
function commandsOf(seq: YAMLSeq): string[] {
  return seq.items.map(commandOf).filter((command): command is string => command !== undefined);
}

function commandOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const command = item.get("command");
  return typeof command === "string" ? command : undefined;
}

/** The first command of the original manifest, read afresh. */
function templateFrom(text: string): YAMLMap | undefined {
  const seq = parseDocument(text).getIn(COMMANDS_PATH, true);
  return isSeq(seq) ? seq.items.find(isMap) : undefined;
}

/**
 * A desk's command in the shape of `template` (its keys in their order, its values and their
 * quoting; its comments only when `keepComments`), with the desk's command and description; the
 * built-in shape without a template.
 */
function newCommand(
  doc: Document,
  desk: DeskCommand,
  template: YAMLMap | undefined,
  keepComments: boolean,
): YAMLMap {
  const fields: [unknown, unknown][] = template
    ? template.items.map((pair) => [pair.key, pair.value])
    : Object.entries({ command: "", ...NEW_COMMAND_SHAPE }).map(([key, value]) => [
        key,
        typeof value === "string" ? doubleQuoted(doc, value) : value,
      ]);
  const name = (key: unknown) => (isScalar(key) ? String(key.value) : String(key));
  if (!fields.some(([key]) => name(key) === "description"))
    fields.splice(1, 0, ["description", ""]);
  const copy = (node: unknown) => {
    if (!isNode(node)) return node;
    const clone = node.clone();
    return keepComments ? clone : withoutComments(clone);
  };
  const map = doc.createNode({}) as YAMLMap;
  map.add(doc.createPair("command", desk.command));
  for (const [key, value] of fields) {
    const field = name(key);
    if (field === "command") continue;
    if (field === "description") map.add(doc.createPair(copy(key), desk.description));
    else map.add(doc.createPair(copy(key), copy(value)));
  }
  return map;
}

function doubleQuoted(doc: Document, value: string): Scalar {
  const scalar = doc.createNode(value) as Scalar;
  scalar.type = "QUOTE_DOUBLE";
  return scalar;
}

function withoutComments<
  T extends { commentBefore?: string | null; comment?: string | null; spaceBefore?: boolean },
>(node: T): T {
  node.commentBefore = null;
  node.comment = null;
  node.spaceBefore = false;
  return node;
}

/**
 * The document as text, every untouched line as it was: the YAML writer re-folds long text at its
 * line width, so the width used is one at which the unedited manifest comes out unchanged (the
 * file's own wrapping); `kept` is false when no width does (the values are the same either way).
 */
function writeKeepingLayout(doc: Document, original: string): { text: string; kept: boolean } {
  const unedited = parseDocument(original);
  const longest = Math.max(80, ...original.split("\n").map((line) => line.length));
  for (let width = longest; width >= 40; width--) {
    if (unedited.toString({ lineWidth: width }) === original) {
      return { text: doc.toString({ lineWidth: width }), kept: true };
    }
  }
  return { text: doc.toString({ lineWidth: longest }), kept: false };
}

function firstLine(message: string): string {
  return `YAML: ${(message.split("\n")[0] ?? message).trim()}`;
}
