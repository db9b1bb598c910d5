import { afterEach, describe, expect, it } from "vitest";
import { FakeSlackApi } from "./support/fake-slack-api.js";

let api: FakeSlackApi | null = null;
afterEach(async () => {
  await api?.stop();
  api = null;
});

describe("the fake Slack Web API used by the tests", () => {
  it("records form-encoded method calls and answers ok by default", async () => {
    api = await new FakeSlackApi().start();
    const response = await fetch(`${api.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ channel: "C1", blocks: JSON.stringify([{ type: "divider" }]) }),
    });
    expect(await response.json()).toEqual({ ok: true });
    expect(api.callsTo("chat.postMessage")[0]?.params).toEqual({
      channel: "C1",
      blocks: [{ type: "divider" }],
    });
  });

  it("answers a method with its handler and records posts to a response_url", async () => {
    api = await new FakeSlackApi().start();
    api.on("auth.test", () => ({ body: { ok: true, user_id: "UBOT" } }));
    const auth = await fetch(`${api.apiUrl}auth.test`, { method: "POST" });
    expect(await auth.json()).toEqual({ ok: true, user_id: "UBOT" });
    await fetch(api.responseUrl(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "hi" }),
    });
    expect(api.callsTo("/hooks/respond")[0]?.params).toEqual({ text: "hi" });
  });
});
