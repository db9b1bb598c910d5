import { LogLevel } from "@slack/bolt";
import { readConfig } from "../../src/config/app-config.js";
import { fixedNewsroom } from "../../src/desk/newsroom-view.js";
import { createRedactingLogger } from "../../src/slack/redacting-logger.js";
import type { DeliverySettings } from "../../src/slack/slack-fetch.js";
import { type RunningSlackApp, startSlackApp } from "../../src/slack/start-slack-app.js";
import { FakeSlackApi } from "./fake-slack-api.js";
import { loadSeedDesk, onDuty } from "./listener-fakes.js";
import { postToSlackApp } from "./slack-requests.js";

export const TEST_BOT_TOKEN = "xoxb-test-3333-4444-abcdefabcdef";
export const TEST_SIGNING_SECRET = "door0signing0secret0abcdef0123";
export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

/** The app in HTTP mode on loopback, against a fake Slack, over the seeds desk. */
export interface HttpDeskApp {
  readonly fake: FakeSlackApi;
  readonly running: RunningSlackApp;
  readonly eventsUrl: string;
  readonly logLines: string[];
  /** Posts `body`, signed with the app's secret. */
  post(body: string, contentType: string): Promise<Response>;
  stop(): Promise<void>;
}

export async function startHttpDeskApp(
  delivery: Partial<DeliverySettings> = {},
): Promise<HttpDeskApp> {
  const fake = await new FakeSlackApi().start();
  fake.on("auth.test", () => ({
    body: { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T0001", user: "storydesk" },
  }));
  const config = readConfig(
    {
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      LOG_LEVEL: "debug",
    },
    { dotenvPath: null },
  );
  if (config.slack === null) throw new Error("expected Slack configuration");
  const logLines: string[] = [];
  const running = await startSlackApp({
    slack: config.slack,
    newsroom: fixedNewsroom([onDuty(await loadSeedDesk())]),
    logLevel: config.logLevel,
    delivery,
    logger: createRedactingLogger({
      level: LogLevel.DEBUG,
      secrets: [TEST_BOT_TOKEN, TEST_SIGNING_SECRET],
      write: (_level, line) => logLines.push(line),
    }),
  });
  const eventsUrl = `http://127.0.0.1:${running.port}/slack/events`;
  return {
    fake,
    running,
    eventsUrl,
    logLines,
    post: (body, contentType) =>
      postToSlackApp(eventsUrl, body, contentType, { secret: TEST_SIGNING_SECRET }),
    async stop() {
      await running.stop();
      await fake.stop();
    },
  };
}
