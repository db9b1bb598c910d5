import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outletName } from "../../src/ingest/article.js";
import { LiveNewsroom } from "../../src/newsroom/live-newsroom.js";
import type { RecordedCall } from "../support/fake-slack-api.js";
import { type HttpDeskApp, JSON_TYPE, startHttpDeskApp } from "../support/http-desk-app.js";
import { eventCallbackBody, waitFor } from "../support/slack-requests.js";
import { twoDeskNewsroom } from "../support/two-desk-newsroom.js";

const RECALL_CHANNEL = "C0RECALL";

let app: HttpDeskApp;
let newsroom: LiveNewsroom;
let root: string;
const outlets = new Map<string, readonly string[]>();

beforeAll(async () => {
  root = twoDeskNewsroom("story-desk-two-desks-");
  // The recall desk answers mentions in its own channel.
  appendFileSync(path.join(root, "recall", "desk.yml"), `channels: [${RECALL_CHANNEL}]\n`);
  newsroom = (await LiveNewsroom.open(root, () => {}, { cache: null, checkEveryMs: 100 })).watch();
  for (const desk of newsroom.desks)
    outlets.set(desk.profile.id, desk.current.articles.map(outletName));
  app = await startHttpDeskApp({ newsroom, env: { LOG_LEVEL: "warn" } });
});

afterAll(async () => {
  await app?.stop();
  newsroom?.close();
});

const slash = (command: string, text: string, hook: string) => app.command(text, hook, { command });

const mention = (eventId: string, channel: string, text: string, ts: string) =>
  app.post(
    eventCallbackBody(eventId, { type: "app_mention", user: "U0REPORTER", text, channel, ts }),
    JSON_TYPE,
  );

/** The desks whose outlets a reply quotes (a reply names the outlet of every quote). */
function desksQuoted(call: RecordedCall | undefined): string[] {
  const sent = JSON.stringify(call?.params["blocks"] ?? []);
  return [...outlets.entries()]
    .filter(([, names]) => names.some((name) => sent.includes(JSON.stringify(name).slice(1, -1))))
    .map(([id]) => id);
}

const reply = (hook: string) => app.replies(hook)[0];
const postIn = (channel: string) =>
  app.fake.callsTo("chat.postMessage").find((call) => call.params["channel"] === channel);

describe("two desks in one Slack app, against a fake Slack", () => {
  it("answers each desk's slash command from that desk alone", async () => {
    expect((await slash("/iraq", "who attacked Taji", "iraq")).status).toBe(200);
    expect((await slash("/recall", "how many heaters are being recalled", "recall")).status).toBe(
      200,
    );
    await waitFor(() => reply("iraq") !== undefined && reply("recall") !== undefined);
    expect(desksQuoted(reply("iraq"))).toEqual(["iraq"]);
    expect(desksQuoted(reply("recall"))).toEqual(["recall"]);
    expect(String(reply("recall")?.params["text"])).toContain(
      "how many heaters are being recalled",
    );
  });

  it("gives each desk's own help, listing both desks", async () => {
    await slash("/recall", "help", "recall-help");
    await waitFor(() => reply("recall-help") !== undefined);
    const help = JSON.stringify(reply("recall-help")?.params["blocks"]);
    expect(help).toContain("/recall compare TOPIC");
    expect(help).toContain("/iraq");
    expect(help).toContain("Rocket attacks in Iraq, March 2020");
  });

  it("answers a mention in a channel bound by a desk's channels from that desk, elsewhere from the default desk", async () => {
    await mention(
      "EvTwo1",
      RECALL_CHANNEL,
      "<@UBOT> how many heaters are being recalled",
      "1700000300.000100",
    );
    await mention("EvTwo2", "C0NEWSROOM", "<@UBOT> who attacked Taji", "1700000300.000200");
    await waitFor(() => postIn(RECALL_CHANNEL) !== undefined && postIn("C0NEWSROOM") !== undefined);
    expect(desksQuoted(postIn(RECALL_CHANNEL))).toEqual(["recall"]);
    expect(postIn(RECALL_CHANNEL)?.params["thread_ts"]).toBe("1700000300.000100");
    expect(desksQuoted(postIn("C0NEWSROOM"))).toEqual(["iraq"]);
  });

  it("answers the command of a desk folder added while it runs", async () => {
    const dir = path.join(root, "harbour");
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, "port-wire.txt"),
      "---\noutlet: Port Wire\nheadline: Pilots walk out\n---\nHarbour pilots walked out over pay on Monday, the port authority said.\n",
    );
    await waitFor(() => newsroom.desks.some((desk) => desk.profile.id === "harbour"), 15_000);
    await slash("/harbour", "why did the pilots walk out", "harbour");
    await waitFor(() => reply("harbour") !== undefined);
    expect(JSON.stringify(reply("harbour")?.params["blocks"])).toContain("Port Wire");
  });
});
