import { isMap, isScalar, parseDocument } from "yaml";
import { type DeskProfile, defaultProfile } from "./desk-profile.js";

/** The keys a `desk.yml` may hold; anything else is warned about and ignored. */
export const DESK_YML_KEYS = Object.freeze([
  "name",
  "command",
  "description",
  "examples",
  "channels",
  "default",
  "equivalents",
  "editors",
] as const);

/** Limits on what a `desk.yml` says, in one frozen object. */
export const DeskYmlLimits = Object.freeze({
  nameChars: 150,
  /** Slack's limit on a slash command's name, its slash included. */
  commandChars: 32,
  descriptionChars: 2000,
  examples: 20,
  exampleChars: 300,
  equivalentGroups: 500,
  equivalentWords: 50,
});

/** Slash commands Slack keeps for itself: a desk cannot take them. */
const SLACK_BUILT_IN_COMMANDS = new Set(
  [
    "active",
    "apps",
    "archive",
    "away",
    "call",
    "collapse",
    "dm",
    "dnd",
    "expand",
    "feed",
    "feedback",
    "giphy",
    "invite",
    "join",
    "kick",
    "leave",
    "me",
    "msg",
    "mute",
    "open",
    "prefs",
    "remind",
    "remove",
    "rename",
    "search",
    "shortcuts",
    "shrug",
    "star",
    "status",
    "topic",
    "who",
  ].map((word) => `/${word}`),
);

/** What a `desk.yml` warning says; each is part of one line that names the file. */
export const DeskYmlMessage = Object.freeze({
  broken: (file: string, detail: string) =>
    `warning: ${file}: not a readable desk.yml (${detail}); the desk loads with its defaults`,
  notAMap: (file: string) =>
    `warning: ${file}: a desk.yml holds keys such as "name:" and "command:"; the desk loads with its defaults`,
  problems: (file: string, problems: readonly string[]) =>
    `warning: ${file}: ${problems.join("; ")}; the rest of the desk loads`,
  unknownKey: (key: string) => `unknown key "${key}" (known: ${DESK_YML_KEYS.join(", ")})`,
  badCommand: (value: string) =>
    `command "${value}" is not a slash command (a slash, then up to 31 lower-case letters, digits, - or _, not one of Slack's own)`,
  notText: (key: string) => `${key} must be a line of text`,
  notList: (key: string) => `${key} must be a list of text`,
  notFlag: (key: string) => `${key} must be true or false`,
  badChannel: (value: string) => `channel "${value}" is not a Slack channel id (like C0123ABCD)`,
  badEditor: (value: string) => `editor "${value}" is not a Slack user id (like U0123ABCD)`,
  notGroups: () => `equivalents must be a list of lists, each of two or more words or names`,
  tooLong: (key: string, max: number) => `${key} is longer than ${max} characters`,
});

/** Whether a slash command is one Slack would register: `/word`, lower case, not Slack's own. */
export function isValidDeskCommand(command: string): boolean {
  return (
    command.length <= DeskYmlLimits.commandChars &&
    /^\/[\p{Ll}\p{Lo}\p{N}_-][\p{Ll}\p{Lo}\p{N}_.-]*$/u.test(command) &&
    !SLACK_BUILT_IN_COMMANDS.has(command)
  );
}

/**
 * A desk id made from its folder's name: lower case, runs of anything but letters, digits, - and _
 * made one "-", at most 31 characters, so that "/" + id is a slash command Slack accepts.
 */
export function deskIdFor(folderName: string): string {
  const id = folderName
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}_-]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, DeskYmlLimits.commandChars - 1)
    .replace(/-+$/, "");
  return id === "" ? "desk" : id;
}

/**
 * The profile of a desk whose desk.yml says nothing: `defaultProfile`, with "/" + id made a command
 * Slack accepts when the id is one of Slack's own (a folder named "search" asks with "/search-desk").
 */
export function deskDefaults(id: string): DeskProfile {
  const base = defaultProfile(id);
  return isValidDeskCommand(base.command)
    ? base
    : Object.freeze({
        ...base,
        command: `${base.command.slice(0, DeskYmlLimits.commandChars - 5)}-desk`,
      });
}

/** A desk's profile read from its `desk.yml` text, and the warning (at most one) about the file. */
export interface DeskYmlReading {
  readonly profile: DeskProfile;
  readonly warnings: readonly string[];
}

/**
 * Reads the text of a desk's `desk.yml` (pure: the file is read by src/newsroom). A broken file
 * gives the defaults; an unknown key or a value that will not do is ignored. Either way, one
 * warning names the file and says what was wrong.
 */
export function parseDeskYml(id: string, text: string, file: string): DeskYmlReading {
  const defaults = deskDefaults(id);
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const detail = `${line ? `line ${line}: ` : ""}${error.message.split("\n")[0] ?? "error"}`;
    return { profile: defaults, warnings: [DeskYmlMessage.broken(file, detail)] };
  }
  if (document.contents === null) return { profile: defaults, warnings: [] };
  if (!isMap(document.contents))
    return { profile: defaults, warnings: [DeskYmlMessage.notAMap(file)] };

  const problems: string[] = [];
  const values = new Map<string, unknown>();
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if ((DESK_YML_KEYS as readonly string[]).includes(key))
      values.set(key, (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null);
    else problems.push(DeskYmlMessage.unknownKey(key));
  }
  const read = new DeskYmlFields(values, problems);
  const command = read.command(defaults.command);
  const profile: DeskProfile = Object.freeze({
    id,
    name: read.text("name", DeskYmlLimits.nameChars) ?? defaults.name,
    command,
    description: read.text("description", DeskYmlLimits.descriptionChars) ?? defaults.description,
    examples: read.list("examples", DeskYmlLimits.exampleChars).slice(0, DeskYmlLimits.examples),
    channels: read.ids("channels", /^[CG][A-Z0-9]{2,}$/, DeskYmlMessage.badChannel),
    isDefault: read.flag("default") ?? false,
    equivalents: read.groups(),
    editors: read.ids("editors", /^[UW][A-Z0-9]{2,}$/, DeskYmlMessage.badEditor),
  });
  return {
    profile,
    warnings: problems.length > 0 ? [DeskYmlMessage.problems(file, problems)] : [],
  };
}

/** Reads each known key of a desk.yml, noting what will not do. */
class DeskYmlFields {
  constructor(
    private readonly values: ReadonlyMap<string, unknown>,
    private readonly problems: string[],
  ) {}

  private given(key: string): unknown {
    const value = this.values.get(key);
    return value === undefined || value === null ? undefined : value;
  }

  text(key: string, max: number): string | undefined {
    const value = this.given(key);
    if (value === undefined) return undefined;
    const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
    if (text === "") this.problems.push(DeskYmlMessage.notText(key));
    else if (text.length > max) this.problems.push(DeskYmlMessage.tooLong(key, max));
    else return text;
    return undefined;
  }

  command(fallback: string): string {
    const value = this.given("command");
    if (value === undefined) return fallback;
    const text = typeof value === "string" ? value.trim() : String(value);
    const command = text.startsWith("/") ? text : `/${text}`;
    if (isValidDeskCommand(command)) return command;
    this.problems.push(DeskYmlMessage.badCommand(text));
    return fallback;
  }

  /** A list of text; a single line stands for a list of one. */
  list(key: string, max: number): readonly string[] {
    const value = this.given(key);
    if (value === undefined) return Object.freeze([]);
    const items = Array.isArray(value) ? value : [value];
    const texts = items.map((item) =>
      typeof item === "string" || typeof item === "number" ? String(item).trim() : "",
    );
    if (texts.some((text) => text === "")) this.problems.push(DeskYmlMessage.notList(key));
    if (texts.some((text) => text.length > max))
      this.problems.push(DeskYmlMessage.tooLong(key, max));
    return Object.freeze(texts.filter((text) => text !== "" && text.length <= max));
  }

  ids(key: string, shape: RegExp, bad: (value: string) => string): readonly string[] {
    const kept: string[] = [];
    for (const id of this.list(key, 40)) {
      if (shape.test(id)) kept.push(id);
      else this.problems.push(bad(id));
    }
    return Object.freeze([...new Set(kept)]);
  }

  flag(key: string): boolean | undefined {
    const value = this.given(key);
    if (value === undefined || typeof value === "boolean") return value;
    this.problems.push(DeskYmlMessage.notFlag(key));
    return undefined;
  }

  groups(): readonly (readonly string[])[] {
    const value = this.given("equivalents");
    if (value === undefined) return Object.freeze([]);
    const groups: (readonly string[])[] = [];
    let bad = !Array.isArray(value);
    for (const group of Array.isArray(value) ? value : []) {
      const words = Array.isArray(group)
        ? group
            .filter((word) => typeof word === "string" || typeof word === "number")
            .map((word) => String(word).trim())
            .filter((word) => word !== "")
        : [];
      if (!Array.isArray(group) || words.length !== group.length || words.length < 2) bad = true;
      const distinct = [...new Set(words)].slice(0, DeskYmlLimits.equivalentWords);
      if (distinct.length >= 2) groups.push(Object.freeze(distinct));
    }
    if (bad) this.problems.push(DeskYmlMessage.notGroups());
    return Object.freeze(groups.slice(0, DeskYmlLimits.equivalentGroups));
  }
}
