import { afterAll, describe, expect, it } from "vitest";
import { TAKES_BOT_TOKEN } from "../support/fake-slack-api.js";
import { AppRuns, listeningPort, type RunningApp } from "../support/running-app.js";
import {
  blockActionBody,
  eventCallbackBody,
  nowSeconds,
  postToSlackApp,
  slashCommandBody,
  waitFor,
} from "../support/slack-requests.js";

/**
 * A whole run of the app at debug level, through good requests, forged ones and Slack failures,
 * with every line it prints captured: no token and no signing secret may appear, whole or in part.
 */

const BOT_TOKEN = "xoxb-test-9182736450-5647382910-fakeBotTokenPart";
const APP_TOKEN = "xapp-1-A0TEST-1234567890-fakeAppTokenPart0123456789";
const SIGNING_SECRET = "fake0signing0secret0e5d4c3b2a1f0";

/** Fragments of the secrets that must not show up even if a secret were cut or re-encoded. */
const FRAGMENTS = ["9182736450", "fakeBotTokenPart", "fakeAppTokenPart", "e5d4c3b2a1f0"];

const runs = new AppRuns();
afterAll(() => runs.stopAll());

/** The app's own command at debug level, with `env`. */
const runApp = (env: Record<string, string>): RunningApp =>
  runs.main({ LOG_LEVEL: "debug", ...env }, { input: null });

function expectNoSecrets(output: string): void {
  for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, ...FRAGMENTS])
    expect(output, `the log shows ${secret.slice(0, 6)}…`).not.toContain(secret);
  expect(output).not.toMatch(/\bxox[a-z]-(?!…)[A-Za-z0-9]/);
  expect(output).not.toMatch(/\bxapp-[A-Za-z0-9]/);
}

describe("a full run's log", () => {
  it("never shows a token or the signing secret, through answers, forgeries and Slack failures", async () => {
    let posts = 0;
    const fake = await runs.fakeSlack({
      ...TAKES_BOT_TOKEN,
      "chat.postMessage": () => {
        posts += 1;
        if (posts === 1) return { body: { ok: false, error: "invalid_auth" } };
        if (posts === 2)
          return { status: 429, headers: { "retry-after": "0" }, body: { ok: false } };
        return { body: { ok: true, ts: "1700000000.000100" } };
      },
      "views.publish": () => ({ status: 500, body: { ok: false } }),
      "/hooks/broken": () => ({ status: 500, body: {} }),
    });

    const app = runApp({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
    });
    const port = await listeningPort(app);
    const url = `http://127.0.0.1:${port}/slack/events`;
    const form = "application/x-www-form-urlencoded";
    const json = "application/json";
    const signed = { secret: SIGNING_SECRET };

    const command = (text: string, hook: string) =>
      postToSlackApp(
        url,
        slashCommandBody({ text, responseUrl: fake.responseUrl(hook) }),
        form,
        signed,
      );
    const mention = (id: string, text: string) =>
      postToSlackApp(
        url,
        eventCallbackBody(id, {
          type: "app_mention",
          user: "U0REPORTER",
          text: `<@UBOT> ${text}`,
          channel: "C0LOGS",
          ts: `${nowSeconds()}.${id.slice(-1)}00100`,
        }),
        json,
        signed,
      );

    await command("who fired the rockets", "ok");
    await command(`what is ${BOT_TOKEN} and ${SIGNING_SECRET}`, "echo");
    await command("who fired the rockets", "broken");
    await mention("EvLogs1", "how many rockets were fired");
    await mention("EvLogs2", "who was blamed");
    await mention("EvLogs3", "compare the attacks");
    await postToSlackApp(
      url,
      eventCallbackBody("EvLogs4", { type: "app_home_opened", user: "U0REPORTER", tab: "home" }),
      json,
      signed,
    );
    await postToSlackApp(
      url,
      blockActionBody({
        actionId: "share_answer",
        value: "not a button value",
        responseUrl: fake.responseUrl("btn"),
      }),
      form,
      signed,
    );
    await postToSlackApp(
      url,
      slashCommandBody({ text: "x", responseUrl: fake.responseUrl("forged") }),
      form,
      {
        secret: SIGNING_SECRET,
        forgeWith: "another0secret",
      },
    );
    await postToSlackApp(
      url,
      slashCommandBody({ text: "x", responseUrl: fake.responseUrl("stale") }),
      form,
      {
        secret: SIGNING_SECRET,
        timestamp: nowSeconds() - 3_600,
      },
    );
    await postToSlackApp(url, "{not json", json, signed);
    await postToSlackApp(url, "x".repeat(300_000), form, signed).catch(() => undefined);

    await waitFor(
      () =>
        fake.callsTo("/hooks/ok").length === 1 &&
        fake.callsTo("/hooks/echo").length === 1 &&
        fake.callsTo("chat.postEphemeral").length >= 1 &&
        posts >= 4,
      20_000,
    );
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    const output = app.output();
    expect(output).toContain("[DEBUG]");
    expect(output).toContain("[ERROR]");
    expectNoSecrets(output);
  }, 60_000);

  it("never shows them when Slack refuses the tokens at start, in HTTP or Socket Mode", async () => {
    const fake = await runs.fakeSlack({
      "auth.test": () => ({ body: { ok: false, error: "invalid_auth" } }),
    });
    const socketFake = await runs.fakeSlack({
      "auth.test": () => ({ body: { ok: true, user_id: "UBOT" } }),
      "apps.connections.open": () => ({ body: { ok: false, error: "invalid_auth" } }),
    });
    // Both runs at once: each only starts, is refused and exits.
    const http = runApp({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
    });
    const socket = runApp({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: socketFake.apiUrl,
    });
    expect(await http.exited).toBe(1);
    expectNoSecrets(http.output());

    expect(await socket.exited).toBe(1);
    expect(socketFake.callsTo("apps.connections.open").length).toBeGreaterThan(0);
    expect(socket.output()).toContain("SLACK_APP_TOKEN (invalid_auth)");
    expectNoSecrets(socket.output());
  }, 60_000);
});
