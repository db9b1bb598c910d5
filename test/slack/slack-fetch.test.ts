import { describe, expect, it } from "vitest";
import { LocalRateLimits, rateLimitScopes } from "../../src/slack/rate-limits.js";
import { createSlackFetch, retryAfterOf } from "../../src/slack/slack-fetch.js";

/** A fetch that plays back scripted outcomes, and the pauses the wrapper asked for. */
function scripted(outcomes: (Response | Error)[]) {
  const calls: string[] = [];
  const pauses: number[] = [];
  const fetch = (async (input: string | URL | Request) => {
    calls.push(String(input));
    const next = outcomes.shift();
    if (next === undefined) return new Response("{}", { status: 200 });
    if (next instanceof Error) throw next;
    return next;
  }) as typeof globalThis.fetch;
  const sleep = async (ms: number) => {
    pauses.push(ms);
  };
  return { fetch, sleep, calls, pauses };
}

const settings = { attempts: 3, backoffMs: 100, maxRetryWaitMs: 10_000, timeoutMs: 1_000 };
const API = "http://127.0.0.1:1/api/chat.postMessage";
const rateLimited = (seconds: string) =>
  new Response("", { status: 429, headers: { "retry-after": seconds } });
const refusedConnection = () =>
  Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
const droppedConnection = () =>
  Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });

describe("the fetch every Slack call goes through", () => {
  it("holds every later post in that channel until Slack's deadline, and sends nothing into it", async () => {
    let now = 1_000_000;
    const rateLimits = new LocalRateLimits(() => now);
    const fake = scripted([rateLimited("2")]);
    const slackFetch = createSlackFetch({ ...fake, settings, rateLimits });
    const inChannel = (channel: string) => ({ method: "POST", body: `channel=${channel}&text=hi` });
    expect((await slackFetch(API, inChannel("C1"))).status).toBe(200);
    expect(fake.pauses).toEqual([2_000]);
    // Another reply for C1, half a second later: it waits out what is left, then is sent once.
    now += 500;
    expect((await slackFetch(API, inChannel("C1"))).status).toBe(200);
    expect(fake.pauses).toEqual([2_000, 1_500]);
    // Another channel is not held.
    expect((await slackFetch(API, inChannel("C2"))).status).toBe(200);
    expect(fake.pauses).toEqual([2_000, 1_500]);
    expect(fake.calls).toHaveLength(4);
  });

  it("answers 429 without sending when the deadline is further off than a reply may wait", async () => {
    const rateLimits = new LocalRateLimits();
    await rateLimits.hold("chat.postMessage:C1", 60_000);
    const fake = scripted([]);
    const response = await createSlackFetch({ ...fake, settings, rateLimits })(API, {
      method: "POST",
      body: JSON.stringify({ channel: "C1", text: "hi" }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(59);
    expect(fake.calls).toHaveLength(0);
  });

  it("files a message under its method and channel, any other call under its method", () => {
    expect(rateLimitScopes("chat.postMessage", "channel=C9&text=x")).toEqual([
      "chat.postMessage",
      "chat.postMessage:C9",
    ]);
    expect(rateLimitScopes("views.open", "channel=C9")).toEqual(["views.open"]);
    expect(rateLimitScopes(null, "channel=C9")).toEqual([]);
  });

  it("waits as long as Slack's Retry-After says, then sends again", async () => {
    const fake = scripted([rateLimited("2")]);
    const response = await createSlackFetch({ ...fake, settings })(API, { method: "POST" });
    expect(response.status).toBe(200);
    expect(fake.pauses).toEqual([2_000]);
    expect(fake.calls).toHaveLength(2);
  });

  it("gives the 429 back when Slack asks for a longer wait than a reply may take", async () => {
    const fake = scripted([rateLimited("60")]);
    const response = await createSlackFetch({ ...fake, settings })(API, { method: "POST" });
    expect(response.status).toBe(429);
    expect(fake.calls).toHaveLength(1);
    expect(fake.pauses).toEqual([]);
  });

  it("gives the last 429 back once its attempts are used up", async () => {
    const fake = scripted([rateLimited("1"), rateLimited("1"), rateLimited("1"), rateLimited("1")]);
    const response = await createSlackFetch({ ...fake, settings })(API, { method: "POST" });
    expect(response.status).toBe(429);
    expect(fake.calls).toHaveLength(3);
  });

  it("waits a second and more when a 429 says nothing of how long, and says how long when it gives up", async () => {
    const bare = () => new Response("", { status: 429 });
    const fake = scripted([bare(), bare(), bare()]);
    const response = await createSlackFetch({ ...fake, settings })(API, { method: "POST" });
    expect(fake.pauses).toEqual([1_000, 1_000]);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
  });

  it("does not retry a gateway timeout, which may hide a message that arrived", async () => {
    const fake = scripted([new Response("", { status: 504 })]);
    const response = await createSlackFetch({ ...fake, settings })(API, { method: "POST" });
    expect(response.status).toBe(504);
    expect(fake.calls).toHaveLength(1);
  });

  it("retries a 5xx with a growing pause", async () => {
    const fake = scripted([new Response("", { status: 503 }), new Response("", { status: 502 })]);
    const response = await createSlackFetch({ ...fake, settings })(API, { method: "POST" });
    expect(response.status).toBe(200);
    expect(fake.pauses).toEqual([100, 200]);
  });

  it("retries a connection that was refused, since nothing was sent", async () => {
    const fake = scripted([refusedConnection()]);
    const response = await createSlackFetch({ ...fake, settings })(API, { method: "POST" });
    expect(response.status).toBe(200);
    expect(fake.calls).toHaveLength(2);
  });

  it("never retries a connection dropped mid-request, which may have delivered the message", async () => {
    const fake = scripted([droppedConnection()]);
    await expect(createSlackFetch({ ...fake, settings })(API, { method: "POST" })).rejects.toThrow(
      "fetch failed",
    );
    expect(fake.calls).toHaveLength(1);
  });

  it("gives up an attempt that takes longer than its timeout, and does not retry it", async () => {
    let calls = 0;
    const hanging = ((_input: unknown, init?: RequestInit) => {
      calls += 1;
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    }) as typeof globalThis.fetch;
    const slackFetch = createSlackFetch({
      fetch: hanging,
      settings: { ...settings, timeoutMs: 50 },
    });
    await expect(slackFetch(API, { method: "POST" })).rejects.toMatchObject({
      name: "TimeoutError",
    });
    expect(calls).toBe(1);
  });

  it("notes each retry by method name, never by URL", async () => {
    const notes: string[] = [];
    const fake = scripted([new Response("", { status: 500 }), new Response("", { status: 500 })]);
    await createSlackFetch({ ...fake, settings, note: (line) => notes.push(line) })(
      "http://127.0.0.1:1/commands/T1/123/secretpart",
      { method: "POST" },
    );
    expect(notes).toHaveLength(2);
    expect(notes.join("\n")).toContain("response_url");
    expect(notes.join("\n")).not.toContain("secretpart");
  });
});

describe("Retry-After", () => {
  it("reads seconds (a fraction rounded up) and HTTP dates, and nothing else", () => {
    expect(retryAfterOf(rateLimited("3"))).toBe(3_000);
    expect(retryAfterOf(rateLimited("1.5"))).toBe(2_000);
    expect(retryAfterOf(rateLimited("-1"))).toBeNull();
    expect(retryAfterOf(rateLimited("2, 3"))).toBeNull();
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    expect(retryAfterOf(rateLimited(inTwoMinutes))).toBeGreaterThan(100_000);
    expect(retryAfterOf(rateLimited("soon"))).toBeNull();
    expect(retryAfterOf(new Response("", { status: 429 }))).toBeNull();
  });
});
