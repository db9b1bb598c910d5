import { format } from "node:util";
import { type Logger, LogLevel } from "@slack/bolt";

/** What replaces a secret in a log line. */
export const REDACTED = "[redacted]";

/** Slack token shapes: bot, user, app-level, configuration and refresh tokens. */
const TOKEN_SHAPES = /\b(?:xox[a-z]|xapp|xoxe\.xox[a-z])-[A-Za-z0-9-]+/g;

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

export interface RedactingLoggerOptions {
  readonly level: LogLevel;
  /** Exact values that must never be printed (tokens, the signing secret). */
  readonly secrets: readonly string[];
  /** Where a finished line goes; default stdout for debug/info, stderr for warn/error. */
  readonly write?: (level: LogLevel, line: string) => void;
}

/**
 * A logger for Bolt and the app that scrubs every line before it is written: anything shaped
 * like a Slack token, and the exact configured secrets, become "[redacted]".
 */
export function createRedactingLogger(options: RedactingLoggerOptions): Logger {
  let level = options.level;
  let name = "story-desk";
  const secrets = options.secrets.filter((secret) => secret.length >= 4);
  const write = options.write ?? writeToConsole;
  const scrub = (text: string): string => {
    let clean = text.replace(TOKEN_SHAPES, REDACTED);
    for (const secret of secrets) clean = clean.split(secret).join(REDACTED);
    return clean;
  };
  const log =
    (at: LogLevel) =>
    (...msg: unknown[]): void => {
      if (SEVERITY[at] < SEVERITY[level]) return;
      write(at, scrub(`[${at.toUpperCase()}] ${name} ${format(...msg)}`));
    };
  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}

function writeToConsole(level: LogLevel, line: string): void {
  const stream =
    level === LogLevel.WARN || level === LogLevel.ERROR ? process.stderr : process.stdout;
  stream.write(`${line}\n`);
}

/** An error in a few words for the log: name, Slack's error code when there is one, message. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const slackError = (error as { data?: { error?: unknown } }).data?.error;
  const parts = [error.name];
  if (typeof code === "string") parts.push(`[${code}]`);
  if (typeof slackError === "string") parts.push(`(${slackError})`);
  parts.push(`${error.message}`);
  return `${parts.join(" ")}${error.stack ? `\n${error.stack.split("\n").slice(1, 6).join("\n")}` : ""}`;
}
