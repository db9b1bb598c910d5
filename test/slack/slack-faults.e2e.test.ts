import { LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import type { FakeReply, RecordedCall } from "../support/fake-slack-api.js";
import {
  type HttpDeskApp,
  JSON_TYPE,
  startHttpDeskApp,
  TEST_BOT_TOKEN,
} from "../support/http-desk-app.js";
import { eventCallbackBody, nowSeconds, waitFor } from "../support/slack-requests.js";

/** Short timeouts and pauses so that faults play out quickly; Retry-After is still honoured. */
const DELIVERY = { timeoutMs: 400, attempts: 3, maxRetryWaitMs: 5_000, backoffMs: 20 };

let app: HttpDeskApp;
const log: { level: string; line: string }[] = [];

/** Per-conversation scripts for chat.postMessage: each call takes the next reply, then ok. */
const postScripts = new Map<string, FakeReply[]>();

beforeAll(async () => {
  app = await startHttpDeskApp({
    delivery: DELIVERY,
    env: { LOG_LEVEL: "info" },
    log: (level, line) => log.push({ level, line }),
    handlers: {
      "chat.postMessage": (call) => {
        const script = postScripts.get(String(call.params["channel"]));
        return script?.shift() ?? { body: { ok: true, ts: "1700000000.000001" } };
      },
    },
  });
});

afterAll(async () => {
  await app?.stop();
});

const rateLimited = (seconds: number): FakeReply => ({
  status: 429,
  headers: { "retry-after": String(seconds) },
  body: { ok: false, error: "ratelimited" },
});
const unavailable: FakeReply = { status: 503, body: { ok: false } };

function mention(channel: string, text: string): Promise<Response> {
  const ts = `${nowSeconds()}.${Math.floor(Math.random() * 1e6)}`;
  const body = eventCallbackBody(`Ev${channel}${ts}`, {
    type: "app_mention",
    user: "U0REPORTER",
    text: `<@UBOT> ${text}`,
    channel,
    ts,
  });
  return app.post(body, JSON_TYPE);
}

const command = (channel: string, hook: string, text: string) =>
  app.command(text, hook, { channelId: channel });

const postsIn = (channel: string) =>
  app.fake.callsTo("chat.postMessage").filter((call) => call.params["channel"] === channel);
const answers = (calls: RecordedCall[]) => calls.filter((call) => call.params["blocks"]);
const problemsAbout = (channel: string) =>
  log.filter((entry) => entry.level !== LogLevel.INFO && entry.line.includes(channel));

/** Waits until the app has logged about `channel`, then a moment more for anything extra. */
async function settled(channel: string): Promise<void> {
  await waitFor(() => problemsAbout(channel).length > 0);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe("Slack faults, against a fake Slack on loopback", () => {
  it("honours a 429's Retry-After, then posts the answer once", async () => {
    postScripts.set("C0RATE", [rateLimited(1)]);
    expect((await mention("C0RATE", "who attacked Taji")).status).toBe(200);
    await waitFor(() => postsIn("C0RATE").length === 2);
    const [limited, sent] = postsIn("C0RATE");
    expect((sent?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(answers(postsIn("C0RATE"))).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsIn("C0RATE")).toHaveLength(2);
    expect(problemsAbout("C0RATE")).toEqual([]);
  });

  it("waits and retries a 429 that gives no Retry-After, then posts the answer once", async () => {
    postScripts.set("C0BARE", [{ status: 429, body: { ok: false, error: "ratelimited" } }]);
    await mention("C0BARE", "who attacked Taji");
    await waitFor(() => postsIn("C0BARE").length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answers(postsIn("C0BARE"))).toHaveLength(2);
    expect(postsIn("C0BARE")).toHaveLength(2);
    expect(problemsAbout("C0BARE")).toEqual([]);
  });

  it("tells the asker Slack is busy when the answer is still refused after waiting, and logs it once", async () => {
    postScripts.set("C0BUSY", [rateLimited(0), rateLimited(0), rateLimited(0)]);
    await mention("C0BUSY", "who attacked Taji");
    await settled("C0BUSY");
    const accepted = postsIn("C0BUSY").at(-1);
    expect(accepted?.params["text"]).toBe(DeskTexts.slackBusy);
    expect(answers(postsIn("C0BUSY").slice(3))).toEqual([]);
    expect(problemsAbout("C0BUSY")).toHaveLength(1);
    expect(problemsAbout("C0BUSY")[0]?.line).toMatch(/rate limited.*the asker was told/);
  });

  it("tells the asker privately when chat.postMessage stays rate limited, even for the apology", async () => {
    postScripts.set(
      "C0JAM",
      Array.from({ length: 6 }, () => rateLimited(0)),
    );
    await mention("C0JAM", "who attacked Taji");
    await settled("C0JAM");
    const told = app.fake
      .callsTo("chat.postEphemeral")
      .filter((call) => call.params["channel"] === "C0JAM");
    expect(told).toHaveLength(1);
    expect(told[0]?.params).toMatchObject({ user: "U0REPORTER", text: DeskTexts.slackBusy });
    expect(postsIn("C0JAM")).toHaveLength(6);
    expect(problemsAbout("C0JAM")).toHaveLength(1);
  });

  it("retries Slack's 5xx errors and posts the answer once", async () => {
    postScripts.set("C0FIVE", [unavailable, unavailable]);
    await mention("C0FIVE", "how many rockets were fired");
    await waitFor(() => postsIn("C0FIVE").length === 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsIn("C0FIVE")).toHaveLength(3);
    expect(problemsAbout("C0FIVE")).toEqual([]);
  });

  it("sends nothing more when Slack does not answer in time, since the answer may have arrived", async () => {
    postScripts.set("C0SLOW", [
      new Promise<FakeReply>((resolve) => setTimeout(() => resolve({ body: { ok: true } }), 1_500)),
    ] as unknown as FakeReply[]);
    await mention("C0SLOW", "who attacked Taji");
    await settled("C0SLOW");
    expect(postsIn("C0SLOW")).toHaveLength(1);
    expect(problemsAbout("C0SLOW")).toHaveLength(1);
    expect(problemsAbout("C0SLOW")[0]?.line).toMatch(/did not answer in time.*not sent again/);
  });

  it("falls back to an ephemeral message from the bot when the response_url keeps failing", async () => {
    app.fake.on("/hooks/broken", () => ({ status: 500, body: {} }));
    expect((await command("C0HOOK", "broken", "who attacked Taji")).status).toBe(200);
    await settled("C0HOOK");
    expect(answers(app.replies("broken")).length).toBe(3);
    const told = app.fake.callsTo("chat.postEphemeral");
    expect(told.some((call) => call.params["channel"] === "C0HOOK")).toBe(true);
    expect(told.find((call) => call.params["channel"] === "C0HOOK")?.params).toMatchObject({
      user: "U0REPORTER",
      text: DeskTexts.apology,
    });
    expect(problemsAbout("C0HOOK")).toHaveLength(1);
  });

  it("does not retry an expired response_url, and still tells the asker", async () => {
    app.fake.on("/hooks/expired", () => ({ status: 404, body: {} }));
    await command("C0GONE", "expired", "who attacked Taji");
    await settled("C0GONE");
    expect(answers(app.replies("expired"))).toHaveLength(1);
    expect(
      app.fake.callsTo("chat.postEphemeral").some((call) => call.params["channel"] === "C0GONE"),
    ).toBe(true);
    expect(problemsAbout("C0GONE")).toHaveLength(1);
  });

  it("answers a response_url that recovers once, after a 503", async () => {
    let calls = 0;
    app.fake.on("/hooks/flaky", () => (++calls === 1 ? unavailable : { body: { ok: true } }));
    await command("C0FLAKY", "flaky", "who attacked Taji");
    await waitFor(() => app.replies("flaky").length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.replies("flaky")).toHaveLength(2);
    expect(problemsAbout("C0FLAKY")).toEqual([]);
  });

  it("stays up through all of it: health check, a normal command, and no stray warnings", async () => {
    const health = await fetch(`${app.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    await command("C0AFTER", "after", "who attacked Taji");
    await waitFor(() => app.replies("after").length === 1);
    const stray = log.filter(
      (entry) =>
        entry.level !== LogLevel.INFO && !/C0BUSY|C0JAM|C0SLOW|C0HOOK|C0GONE/.test(entry.line),
    );
    expect(stray).toEqual([]);
    expect(log.map((entry) => entry.line).join("\n")).not.toContain(TEST_BOT_TOKEN);
  });
});
