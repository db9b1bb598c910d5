import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerActions, encodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import { buildAnswerBlocks } from "../../src/render/blocks/answer-blocks-builder.js";
import { hideTokens } from "../../src/render/blocks/hide-tokens.js";
import { createSlackFetch } from "../../src/slack/slack-fetch.js";
import { answerArbitrary } from "../support/hostile-answers.js";
import { FORM, type HttpDeskApp, JSON_TYPE, startHttpDeskApp } from "../support/http-desk-app.js";
import {
  blockActionBody,
  eventCallbackBody,
  nowSeconds,
  waitFor,
} from "../support/slack-requests.js";

// Made up for the test; none was ever issued.
const TOKENS = Object.freeze([
  "xoxb-0000000000-1111111111-FAKEfakeFAKEfake",
  "xoxp-0000000000-1111111111-fakefakefake",
  "xapp-1-A0FAKE0000-0000000000-fakefakefake",
  "xoxe.xoxp-1-FAKEfakeFAKEfakeFAKEfake",
]);
const TOKEN_SHAPE = /(?:xox[a-z](?:\.xox[a-z])?|xapp)-[A-Za-z0-9-]{6,}/;

let app: HttpDeskApp;
beforeAll(async () => {
  app = await startHttpDeskApp();
});
afterAll(async () => {
  await app?.stop();
});

/** Everything the app sent to Slack but its own start-up call. */
const sentToSlack = () =>
  app.fake.calls
    .filter((call) => call.method !== "auth.test")
    .map((call) => JSON.stringify(call.params));

describe("no token-shaped string reaches Slack", () => {
  it("not in the echo of a question, asked, compared, mentioned, shared or paged", async () => {
    for (const [i, token] of TOKENS.entries()) {
      const hook = `tokens-${i}`;
      await app.command(`who fired the rockets ${token}`, hook);
      await app.command(`compare rockets ${token}`, `${hook}-c`);
      const ts = `${nowSeconds()}.00${i}`;
      await app.post(
        eventCallbackBody(`EvToken${i}`, {
          type: "app_mention",
          channel: "C0TOKENS",
          user: "U0REPORTER",
          text: `<@UBOT> how many rockets ${token}`,
          ts,
        }),
        JSON_TYPE,
      );
      for (const action of [AnswerActions.share, AnswerActions.moreQuotes]) {
        await app.post(
          blockActionBody({
            actionId: action,
            value: encodeButtonValue({ question: `rockets ${token}`, mode: "ask", from: 0 }),
            responseUrl: app.fake.responseUrl(`${hook}-${action}`),
            channelId: "C0TOKENS",
            messageTs: ts,
          }),
          FORM,
        );
      }
      await waitFor(() => app.replies(hook).length === 1);
      await waitFor(() => app.replies(`${hook}-c`).length === 1);
      await waitFor(() => app.replies(`${hook}-${AnswerActions.moreQuotes}`).length === 1);
    }
    await waitFor(() => app.fake.callsTo("chat.postMessage").length >= 2 * TOKENS.length);
    const sent = sentToSlack();
    expect(sent.length).toBeGreaterThan(4 * TOKENS.length);
    for (const body of sent) expect(TOKEN_SHAPE.test(body), body.slice(0, 200)).toBe(false);
    // The question itself is still echoed, with the token hidden.
    expect(sent.some((body) => body.includes("who fired the rockets [secret hidden]"))).toBe(true);
  });
});

describe("the last gate before Slack", () => {
  it("hides token shapes in any JSON or form body sent, and leaves the headers and the rest alone", async () => {
    const sent: RequestInit[] = [];
    const slackFetch = createSlackFetch({
      fetch: async (_input, init) => {
        sent.push(init ?? {});
        return new Response("{}", { status: 200 });
      },
    });
    const token = TOKENS[0] ?? "";
    const blocks = JSON.stringify([
      { type: "section", text: { type: "mrkdwn", text: `see ${token}` } },
    ]);
    const headers = { authorization: `Bearer ${token}` };
    await slackFetch("http://127.0.0.1/hooks/x", {
      method: "POST",
      headers,
      body: JSON.stringify({ text: `a modal ${token}`, n: 1 }),
    });
    await slackFetch("http://127.0.0.1/api/views.open", {
      method: "POST",
      headers,
      body: new URLSearchParams({ channel: "C1", blocks }).toString(),
    });
    await slackFetch("http://127.0.0.1/api/chat.postMessage", {
      method: "POST",
      headers,
      body: new URLSearchParams({ channel: "C1", text: "plain words" }),
    });
    const bodies = sent.map((init) => String(init.body));
    for (const body of bodies) expect(TOKEN_SHAPE.test(decodeURIComponent(body))).toBe(false);
    expect(JSON.parse(bodies[0] ?? "{}")).toEqual({ text: "a modal [secret hidden]", n: 1 });
    expect(new URLSearchParams(bodies[1]).get("channel")).toBe("C1");
    expect(new URLSearchParams(bodies[1]).get("blocks")).toContain("see [secret hidden]");
    expect(new URLSearchParams(bodies[2]).get("text")).toBe("plain words");
    expect(sent.every((init) => JSON.stringify(init.headers).includes(token))).toBe(true);
  });
});

describe("hiding tokens in a reply", () => {
  it("leaves no token shape in any answer, wherever the token stood", () => {
    const withToken = fc
      .tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...TOKENS), fc.string({ maxLength: 40 }))
      .map(([before, token, after]) => `${before} ${token} ${after}`);
    fc.assert(
      fc.property(answerArbitrary, withToken, (answer, text) => {
        const quotes = answer.quotes.map((quote) => ({ ...quote, text }));
        const message = hideTokens(
          buildAnswerBlocks({ ...answer, query: text, quotes }, { shareable: true, mode: "ask" }),
        );
        expect(TOKEN_SHAPE.test(JSON.stringify(message))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("changes nothing else", () => {
    const message = { text: "Rockets hit the base: 18 fired", blocks: [{ type: "section", n: 3 }] };
    expect(hideTokens(message)).toEqual(message);
  });
});
