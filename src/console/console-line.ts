import { type DeskCommand, parseDeskCommand } from "../commands/desk-command.js";

export type ConsoleLine = DeskCommand | { kind: "empty" } | { kind: "quit" };

const MENTION = /^(?:<@[A-Z0-9]+>|@[\w.-]+)[:,]?\s*/;
const SLASH = /^\/[\w-]+(?:\s+|$)/;

/** Reads one line typed into the local console: `/iraq …`, `@storydesk …`, or a bare question. */
export function parseConsoleLine(line: string): ConsoleLine {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return { kind: "empty" };
  if (/^(?:quit|exit|\.exit|\\q)$/i.test(trimmed)) return { kind: "quit" };
  return parseDeskCommand(trimmed.replace(SLASH, "").replace(MENTION, ""));
}
