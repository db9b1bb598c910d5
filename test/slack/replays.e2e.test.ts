import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerActions, encodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { FORM, type HttpDeskApp, startHttpDeskApp } from "../support/http-desk-app.js";
import { blockActionBody, slashCommandBody, waitFor } from "../support/slack-requests.js";

let app: HttpDeskApp;

beforeAll(async () => {
  app = await startHttpDeskApp();
});
afterAll(async () => {
  await app?.stop();
});

const postsIn = (channel: string) =>
  app.fake.callsTo("chat.postMessage").filter((call) => call.params["channel"] === channel);
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the app has handled everything sent before: a fresh command is answered. */
async function settle(): Promise<void> {
  const name = `settle-${Math.random().toString(36).slice(2)}`;
  await app.command("help", name);
  await waitFor(() => app.replies(name).length === 1);
  await later(50);
}

const shareValue = encodeButtonValue({
  question: "how many rockets were fired",
  mode: "ask",
  from: 0,
});

const shareClick = (channel: string, hook: string, messageTs: string, userId = "U0REPORTER") =>
  blockActionBody({
    actionId: AnswerActions.share,
    value: shareValue,
    responseUrl: app.fake.responseUrl(hook),
    channelId: channel,
    messageTs,
    userId,
  });

describe("replayed requests", () => {
  it("the same signed slash command sent twice is acknowledged twice and answered once", async () => {
    const body = slashCommandBody({
      text: "who fired the rockets",
      responseUrl: app.fake.responseUrl("replayed-command"),
    });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await app.post(body, FORM)).status);
    expect(statuses).toEqual([200, 200, 200]);
    await settle();
    expect(app.replies("replayed-command")).toHaveLength(1);
  });

  it("commands with their own trigger ids are each answered", async () => {
    for (const n of [1, 2]) {
      expect((await app.command("who fired the rockets", "twice-asked")).status).toBe(200);
      await waitFor(() => app.replies("twice-asked").length === n);
    }
  });

  it("a Share in channel click replayed three times posts once", async () => {
    const body = shareClick("C0REPLAY", "replayed-share", "1700000100.000100");
    for (let i = 0; i < 3; i += 1) expect((await app.post(body, FORM)).status).toBe(200);
    await waitFor(() => postsIn("C0REPLAY").length === 1);
    await settle();
    expect(postsIn("C0REPLAY")).toHaveLength(1);
  });
});

describe("Share in channel", () => {
  it("posts once per answer, however often it is clicked; the private copy then says who shared it where", async () => {
    const ts = "1700000200.000100";
    // Two clicks (each its own trigger id), by two people who see the same answer.
    const first = await app.post(shareClick("C0ONCE", "once-a", ts), FORM);
    const second = await app.post(shareClick("C0ONCE", "once-b", ts, "U0OTHER"), FORM);
    expect([first.status, second.status]).toEqual([200, 200]);
    await waitFor(() => postsIn("C0ONCE").length === 1);
    await waitFor(() => app.replies("once-a").length === 1);
    await settle();
    expect(postsIn("C0ONCE")).toHaveLength(1);
    const marked = app.replies("once-a")[0]?.params ?? {};
    expect(marked["replace_original"]).toBe(true);
    const blocks = JSON.stringify(marked["blocks"]);
    expect(blocks).toContain("Shared in <#C0ONCE> by <@U0REPORTER>");
    expect(blocks).not.toContain(AnswerActions.share);
    expect(blocks).toContain(DeskTexts.askTitle);
    expect(app.replies("once-b")).toHaveLength(0);
  });

  it("another answer in the same channel is shared on its own", async () => {
    await app.post(shareClick("C0TWO", "two-a", "1700000300.000100"), FORM);
    await waitFor(() => postsIn("C0TWO").length === 1);
    await app.post(shareClick("C0TWO", "two-b", "1700000300.000200"), FORM);
    await waitFor(() => postsIn("C0TWO").length === 2);
  });

  it("a share that could not be posted can be tried again", async () => {
    let refusals = 1;
    app.fake.on("chat.postMessage", (call) =>
      call.params["channel"] === "C0RETRYSHARE" && refusals-- > 0
        ? { body: { ok: false, error: "not_in_channel" } }
        : { body: { ok: true, ts: "1.2" } },
    );
    const ts = "1700000400.000100";
    await app.post(shareClick("C0RETRYSHARE", "retry-a", ts), FORM);
    await waitFor(() => app.replies("retry-a").length === 1);
    expect(app.replies("retry-a")[0]?.params["text"]).toBe(DeskTexts.cannotPostHere);
    await app.post(shareClick("C0RETRYSHARE", "retry-b", ts), FORM);
    await waitFor(() => app.replies("retry-b").length === 1);
    const attempts = postsIn("C0RETRYSHARE");
    expect(attempts).toHaveLength(2);
    expect(JSON.stringify(app.replies("retry-b")[0]?.params["blocks"])).toContain(
      "Shared in <#C0RETRYSHARE>",
    );
  });
});
