import { config as loadDotenv } from "dotenv";
import { ConfigError, ConfigMessages } from "./config-messages.js";

export { ConfigError, ConfigMessages };

/** How much the app logs; never below `info` in production. */
export type LogLevelName = "debug" | "info" | "warn" | "error";

/** What every way of reaching Slack shares: the bot token and where the Web API is. */
interface SlackCommon {
  /** The bot token (xoxb-…). Never logged. */
  readonly botToken: string;
  /** Base URL of the Web API (ends with `/`), or null for slack.com. */
  readonly apiUrl: string | null;
}

/** Socket Mode: the app dials out to Slack; no public URL needed. */
export interface SocketModeConfig extends SlackCommon {
  readonly mode: "socket";
  /** The app-level token (xapp-…). Never logged. */
  readonly appToken: string;
  /** When PORT is set, a small server answers GET /healthz on it. */
  readonly healthPort: number | null;
}

/** HTTP: Slack posts to `/slack/events` on PORT; requests are checked with the signing secret. */
export interface HttpModeConfig extends SlackCommon {
  readonly mode: "http";
  /** Never logged. */
  readonly signingSecret: string;
  readonly port: number;
}

export type SlackConfig = SocketModeConfig | HttpModeConfig;

export interface AppConfig {
  /** The seeds folder: one desk, or a newsroom of desk folders (each desk's command is its own). */
  readonly seedsDir: string;
  /** How to reach Slack; null when no Slack credentials are set (the local console runs). */
  readonly slack: SlackConfig | null;
  readonly logLevel: LogLevelName;
}

/** Defaults in one frozen object. */
export const ConfigDefaults = Object.freeze({
  seedsDir: "seeds",
  port: 3000,
  logLevel: "info" as LogLevelName,
});

/** The variables that mean "connect to Slack" when any of them is set. */
const SLACK_CREDENTIALS = ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"] as const;
const LOG_LEVELS: readonly LogLevelName[] = ["debug", "info", "warn", "error"];

export interface ReadConfigOptions {
  /** The `.env` file to read first; null to read none (tests). Default: `.env` in the working directory. */
  readonly dotenvPath?: string | null;
}

/**
 * Reads configuration once: `.env` first (never overriding what the environment already has),
 * then the environment. Throws a ConfigError, one line naming the variable, when a value is
 * missing or malformed; the value itself is never echoed.
 */
export function readConfig(env: NodeJS.ProcessEnv, options: ReadConfigOptions = {}): AppConfig {
  if (options.dotenvPath !== null) {
    loadDotenv({
      quiet: true,
      processEnv: env as Record<string, string>,
      ...(options.dotenvPath ? { path: options.dotenvPath } : {}),
    });
  }
  const get = (name: string): string | null => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const logLevel = (get("LOG_LEVEL")?.toLowerCase() ?? ConfigDefaults.logLevel) as LogLevelName;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(ConfigMessages.logLevel);
  return {
    seedsDir: get("SEEDS_DIR") ?? ConfigDefaults.seedsDir,
    slack: SLACK_CREDENTIALS.some((name) => get(name) !== null) ? readSlackConfig(get) : null,
    logLevel,
  };
}

function readSlackConfig(get: (name: string) => string | null): SlackConfig {
  const botToken = get("SLACK_BOT_TOKEN");
  if (botToken === null) throw new ConfigError(ConfigMessages.botTokenMissing);
  if (!/^xoxb-\S+$/.test(botToken)) throw new ConfigError(ConfigMessages.botTokenMalformed);
  const apiUrl = readApiUrl(get("SLACK_API_URL"));
  const portText = get("PORT");
  const port = portText === null ? null : readPort(portText);

  const appToken = get("SLACK_APP_TOKEN");
  if (appToken !== null) {
    if (!/^xapp-\S+$/.test(appToken)) throw new ConfigError(ConfigMessages.appTokenMalformed);
    return { mode: "socket", botToken, appToken, apiUrl, healthPort: port };
  }
  const signingSecret = get("SLACK_SIGNING_SECRET");
  if (signingSecret === null) throw new ConfigError(ConfigMessages.signingSecretMissing);
  if (/\s/.test(signingSecret)) throw new ConfigError(ConfigMessages.signingSecretMalformed);
  return { mode: "http", botToken, signingSecret, apiUrl, port: port ?? ConfigDefaults.port };
}

function readPort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new ConfigError(ConfigMessages.portMalformed);
  return port;
}

function readApiUrl(text: string | null): string | null {
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(ConfigMessages.apiUrlMalformed);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(ConfigMessages.apiUrlMalformed);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
