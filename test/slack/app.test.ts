import { App, LogLevel } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import type { SlackConfig } from "../../src/config/app-config.js";
import { openDesk } from "../../src/desk/story-desk.js";
import { createSlackApp } from "../../src/slack/app.js";
import { RecentKeys } from "../../src/slack/recent-keys.js";
import { createRedactingLogger } from "../../src/slack/redacting-logger.js";
import { SlackSurface } from "../../src/slack/slack-surface.js";
import { FakeSlackApi } from "../support/fake-slack-api.js";
import { makeDeps } from "../support/listener-fakes.js";

let fake: FakeSlackApi | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

const logger = () => createRedactingLogger({ level: LogLevel.ERROR, secrets: [], write: () => {} });

/** The Bolt app over an empty desk, talking to the fake Slack. */
const buildApp = (config: SlackConfig) =>
  createSlackApp({
    config,
    deps: makeDeps(openDesk([])),
    logger: logger(),
    events: new RecentKeys(),
  });

/** Socket Mode settings with made-up tokens, against the fake Slack at `apiUrl`. */
const socketMode = (apiUrl: string): SlackConfig => ({
  mode: "socket",
  botToken: "xoxb-1",
  appToken: "xapp-1",
  apiUrl,
  healthPort: null,
});

describe("building the Bolt app", () => {
  it("for Socket Mode connects to nothing until started, and then checks the token at SLACK_API_URL", async () => {
    fake = await new FakeSlackApi().start();
    fake.on("auth.test", () => ({ body: { ok: false, error: "invalid_auth" } }));
    const app = buildApp(socketMode(fake.apiUrl));
    expect(app).toBeInstanceOf(App);
    expect(fake.calls).toEqual([]);
    await expect(app.init()).rejects.toThrow("invalid_auth");
    expect(fake.callsTo("auth.test")).toHaveLength(1);
  });

  it("for Socket Mode opens its connection through SLACK_API_URL with the methods the surface lists", async () => {
    fake = await new FakeSlackApi().start();
    fake.on("auth.test", () => ({ body: { ok: true, user_id: "UBOT", bot_id: "BBOT" } }));
    fake.on("apps.connections.open", () => ({ body: { ok: false, error: "invalid_auth" } }));
    const app = buildApp(socketMode(fake.apiUrl));
    await app.init();
    await expect(app.start()).rejects.toThrow("invalid_auth");
    const methods = new Set(fake.calls.map((call) => call.method));
    expect(methods).toEqual(new Set(["auth.test", ...SlackSurface.socketModeMethods]));
    expect(fake.callsTo("apps.connections.open")[0]?.headers["authorization"]).toBe(
      "Bearer xapp-1",
    );
  });

  it("for HTTP sends auth.test to SLACK_API_URL at init, not at construction", async () => {
    fake = await new FakeSlackApi().start();
    fake.on("auth.test", () => ({ body: { ok: true, user_id: "UBOT", bot_id: "BBOT" } }));
    const app = buildApp({
      mode: "http",
      botToken: "xoxb-1",
      signingSecret: "s",
      apiUrl: fake.apiUrl,
      port: 0,
    });
    expect(fake.calls).toEqual([]);
    await app.init();
    expect(fake.callsTo("auth.test")).toHaveLength(1);
  });
});
