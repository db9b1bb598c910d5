import type { LogLevel } from "@slack/bolt";
import { readConfig } from "../../src/config/app-config.js";
import { fixedNewsroom } from "../../src/desk/newsroom-view.js";
import { createRedactingLogger } from "../../src/slack/redacting-logger.js";
import {
  type RunningSlackApp,
  type SlackDeskOptions,
  startSlackApp,
} from "../../src/slack/start-slack-app.js";
import {
  type FakeHandler,
  FakeSlackApi,
  type RecordedCall,
  TAKES_BOT_TOKEN,
} from "./fake-slack-api.js";
import { loadSeedDesk, onDuty } from "./listener-fakes.js";
import {
  postToSlackApp,
  type SignOptions,
  type SlashCommandFields,
  slashCommandBody,
} from "./slack-requests.js";

export const TEST_BOT_TOKEN = "xoxb-test-3333-4444-abcdefabcdef";
export const TEST_SIGNING_SECRET = "door0signing0secret0abcdef0123";
export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

/** How a request is signed, beyond the app's own secret: a forgery, a stale time, no signature. */
type Signing = Omit<SignOptions, "secret">;
type CommandFields = Omit<SlashCommandFields, "text" | "responseUrl">;

/**
 * How to start the app under test; everything is optional. Besides these, any option of
 * `startSlackApp` (delivery settings, `seen` shared by replicas, feedbackFile, editors…) is passed
 * on as it is; the newsroom is the seeds desk as `/iraq` unless given.
 */
export interface HttpDeskAppOptions
  extends Partial<Omit<SlackDeskOptions, "slack" | "logLevel" | "logger">> {
  /**
   * Settings read as the app reads its environment, over the defaults (the test token and
   * secret, the fake's SLACK_API_URL, PORT=0, LOG_LEVEL=debug); LOG_LEVEL is also the log's level.
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Where each (scrubbed) log line goes, besides `logLines`. */
  readonly log?: (level: LogLevel, line: string) => void;
  /** More answers of the fake Slack, by Web API method or path (they may replace auth.test's). */
  readonly handlers?: Readonly<Record<string, FakeHandler>>;
  /** A fake Slack already started, shared by several apps (replicas); its owner stops it. */
  readonly fake?: FakeSlackApi;
}

/** The app in HTTP mode on loopback, against a fake Slack. */
export interface HttpDeskApp {
  readonly fake: FakeSlackApi;
  readonly running: RunningSlackApp;
  /** `http://127.0.0.1:PORT`, for /healthz. */
  readonly baseUrl: string;
  readonly eventsUrl: string;
  readonly logLines: string[];
  /** Posts `body` to /slack/events, signed with the app's secret unless `sign` says otherwise. */
  post(body: string, contentType?: string, sign?: Signing): Promise<Response>;
  /**
   * Sends the slash command `text` (the default desk's, unless `fields` names another command,
   * channel or user); the app answers at response_url `hook` (see `fake.responseUrl`).
   */
  command(text: string, hook: string, fields?: CommandFields, sign?: Signing): Promise<Response>;
  /** What the app has sent to response_url `hook`, oldest first. */
  replies(hook: string): RecordedCall[];
  /** Stops the app, then the fake Slack unless it was given. */
  stop(): Promise<void>;
}

/**
 * Starts the app in HTTP mode on a free loopback port, as `npm start` would with `env`, against
 * a fake Slack that answers auth.test, with a log that scrubs the token and secret.
 */
export async function startHttpDeskApp(options: HttpDeskAppOptions = {}): Promise<HttpDeskApp> {
  const { env, log, handlers, fake: given, newsroom, ...startOptions } = options;
  const fake = given ?? (await new FakeSlackApi().start());
  for (const [method, handler] of Object.entries({ ...TAKES_BOT_TOKEN, ...handlers }))
    fake.on(method, handler);
  const config = readConfig(
    {
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      LOG_LEVEL: "debug",
      ...env,
    },
    { dotenvPath: null },
  );
  if (config.slack?.mode !== "http") throw new Error("expected Slack configuration for HTTP");
  const { signingSecret } = config.slack;
  const logLines: string[] = [];
  const running = await startSlackApp({
    ...startOptions,
    slack: config.slack,
    newsroom: newsroom ?? fixedNewsroom([onDuty(await loadSeedDesk())]),
    logLevel: config.logLevel,
    logger: createRedactingLogger({
      level: config.logLevel as LogLevel,
      secrets: [config.slack.botToken, signingSecret],
      write: (level, line) => {
        logLines.push(line);
        log?.(level, line);
      },
    }),
  });
  const baseUrl = `http://127.0.0.1:${running.port}`;
  const eventsUrl = `${baseUrl}/slack/events`;
  const post = (body: string, contentType = FORM, sign: Signing = {}) =>
    postToSlackApp(eventsUrl, body, contentType, { ...sign, secret: signingSecret });
  return {
    fake,
    running,
    baseUrl,
    eventsUrl,
    logLines,
    post,
    command: (text, hook, fields = {}, sign = {}) =>
      post(slashCommandBody({ ...fields, text, responseUrl: fake.responseUrl(hook) }), FORM, sign),
    replies: (hook) => fake.callsTo(`/hooks/${hook}`),
    async stop() {
      await running.stop();
      if (!given) await fake.stop();
    },
  };
}
