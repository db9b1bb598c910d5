import { type DeskCommand, parseDeskCommand } from "../commands/desk-command.js";

/**
 * A line typed into the local console: a desk's slash command and what follows it, a mention
 * (routed as Slack routes one), a bare question for the default desk, `desks`, or quitting.
 */
export type ConsoleLine =
  | { kind: "command"; command: string; request: DeskCommand }
  | { kind: "mention"; text: string }
  | { kind: "bare"; request: DeskCommand }
  | { kind: "desks" }
  | { kind: "empty" }
  | { kind: "quit" };

const MENTION = /^(?:<@[A-Z0-9]+>|@[\w.-]+)[:,]?\s*/;
const SLASH = /^(\/[\p{L}\p{N}_.-]+)(?:\s+|$)/u;

/** Reads one line typed into the local console: `/command …`, `@storydesk …`, `desks`, or a bare question. */
export function parseConsoleLine(line: string): ConsoleLine {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return { kind: "empty" };
  if (/^(?:quit|exit|\.exit|\\q)$/i.test(trimmed)) return { kind: "quit" };
  if (/^desks$/i.test(trimmed)) return { kind: "desks" };
  const slash = SLASH.exec(trimmed);
  if (slash?.[1])
    return {
      kind: "command",
      command: slash[1],
      request: parseDeskCommand(trimmed.slice(slash[0].length)),
    };
  const mention = MENTION.exec(trimmed);
  if (mention) return { kind: "mention", text: trimmed.slice(mention[0].length) };
  return { kind: "bare", request: parseDeskCommand(trimmed) };
}
