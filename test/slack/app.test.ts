import { App, LogLevel } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
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

describe("building the Bolt app", () => {
  it("for Socket Mode connects to nothing until started, and then checks the token at SLACK_API_URL", async () => {
    fake = await new FakeSlackApi().start();
    fake.on("auth.test", () => ({ body: { ok: false, error: "invalid_auth" } }));
    const app = createSlackApp({
      config: {
        mode: "socket",
        botToken: "xoxb-1",
        appToken: "xapp-1",
        apiUrl: fake.apiUrl,
        healthPort: null,
      },
      deps: makeDeps(openDesk([])),
      logger: logger(),
      events: new RecentKeys(),
    });
    expect(app).toBeInstanceOf(App);
    expect(fake.calls).toEqual([]);
    await expect(app.init()).rejects.toThrow("invalid_auth");
    expect(fake.callsTo("auth.test")).toHaveLength(1);
  });

  it("for Socket Mode opens its connection through SLACK_API_URL with the methods the surface lists", async () => {
    fake = await new FakeSlackApi().start();
    fake.on("auth.test", () => ({ body: { ok: true, user_id: "UBOT", bot_id: "BBOT" } }));
    fake.on("apps.connections.open", () => ({ body: { ok: false, error: "invalid_auth" } }));
    const app = createSlackApp({
      config: {
        mode: "socket",
        botToken: "xoxb-1",
        appToken: "xapp-1",
        apiUrl: fake.apiUrl,
        healthPort: null,
      },
      deps: makeDeps(openDesk([])),
      logger: logger(),
      events: new RecentKeys(),
    });
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
    const app = createSlackApp({
      config: {
        mode: "http",
        botToken: "xoxb-1",
        signingSecret: "s",
        apiUrl: fake.apiUrl,
        port: 0,
      },
      deps: makeDeps(openDesk([])),
      logger: logger(),
      events: new RecentKeys(),
    });
    expect(fake.calls).toEqual([]);
    await app.init();
    expect(fake.callsTo("auth.test")).toHaveLength(1);
  });
});
