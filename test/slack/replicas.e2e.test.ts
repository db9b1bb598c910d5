import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ArchiveService,
  openArchiveService,
} from "../../src/newsroom/postgres/archive-service.js";
import { AnswerActions, encodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import {
  startThrowawayCluster,
  type ThrowawayCluster,
} from "../../src/tools/postgres/throwaway-cluster.js";
import { FakeSlackApi, type RecordedCall } from "../support/fake-slack-api.js";
import { FORM, type HttpDeskApp, startHttpDeskApp } from "../support/http-desk-app.js";
import {
  blockActionBody,
  eventCallbackBody,
  slashCommandBody,
  waitFor,
} from "../support/slack-requests.js";

/**
 * Two replicas of the bot behind one URL, on one PostgreSQL database (a throwaway cluster) and
 * the loopback fake Slack: what one has acted on, the other does not act on again.
 */

let cluster: ThrowawayCluster;
let fake: FakeSlackApi;
const replicas: { service: ArchiveService; app: HttpDeskApp }[] = [];
const seeds = mkdtempSync(path.join(tmpdir(), "story-desk-replicas-"));
const caches = mkdtempSync(path.join(tmpdir(), "story-desk-replica-caches-"));
const logs: string[] = [];
const BUSY_CHANNEL = "C0BUSY";
const BUSY_MS = 2_000;
let busyUntil: number | undefined;
const refused: RecordedCall[] = [];

beforeAll(async () => {
  cpSync("seeds/iraq", path.join(seeds, "iraq"), { recursive: true });
  cluster = startThrowawayCluster();
  const databaseUrl = await cluster.createDatabase("replicas");
  fake = await new FakeSlackApi().start();
  // Posting in C0BUSY: Slack says 429 (retry after 2 s) to the first post, and to any post that
  // comes before those 2 s are up.
  fake.on("chat.postMessage", (call) => {
    if (call.params["channel"] !== BUSY_CHANNEL) return { body: { ok: true, ts: "1.0" } };
    busyUntil ??= call.at + BUSY_MS;
    if (call.at < busyUntil) {
      refused.push(call);
      return {
        status: 429,
        headers: { "retry-after": String(BUSY_MS / 1000) },
        body: { ok: false, error: "ratelimited" },
      };
    }
    return { body: { ok: true, ts: "2.0" } };
  });
  for (const name of ["A", "B"]) {
    // Each replica's own index cache, as on machines of their own.
    const env = { DATABASE_URL: databaseUrl, STORY_DESK_CACHE_DIR: path.join(caches, name) };
    const log = (line: string) => logs.push(`${name} ${line}`);
    const service = await openArchiveService(seeds, log, { env });
    if (!service) throw new Error("expected the archive");
    const app = await startHttpDeskApp({
      fake,
      newsroom: service.newsroom,
      seen: service.seen,
      rateLimits: service.rateLimits,
      env: { LOG_LEVEL: "info" },
      log: (_level, line) => log(line),
    });
    replicas.push({ service, app });
  }
}, 60_000);

afterAll(async () => {
  for (const { app, service } of replicas) {
    await app.stop();
    await service.close();
  }
  await fake?.stop();
  cluster?.stop();
  rmSync(seeds, { recursive: true, force: true });
  rmSync(caches, { recursive: true, force: true });
});

const post = (i: number, body: string, type = FORM, headers?: Record<string, string>) =>
  replicas[i]?.app.post(body, type, headers ? { headers } : {}) ??
  Promise.reject(new Error(`no replica ${i}`));
const posts = (channel: string): RecordedCall[] =>
  fake.callsTo("chat.postMessage").filter((call) => call.params["channel"] === channel);
const hook = (name: string) => `/hooks/${name}`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

describe("two replicas on one database", () => {
  it("serve the same desk, synced into the database by one of them", () => {
    expect(replicas.map((r) => r.service.folderSync.holdsLock)).toEqual([true, false]);
    // The first built the desk's engine; the second, on a cache folder of its own, started from
    // the one the first put in the database.
    expect(readdirSync(path.join(caches, "B"))).toEqual(readdirSync(path.join(caches, "A")));
    for (const { service } of replicas)
      expect(service.newsroom.desks.map((desk) => desk.profile.id)).toEqual(["iraq"]);
  });

  it("answer an event that Slack delivered to one and re-delivered to the other once", async () => {
    const body = eventCallbackBody("EvTwoReplicas1", {
      type: "app_mention",
      user: "U0REPORTER",
      text: "<@UBOT> how many rockets were fired",
      channel: "C0RETRIED",
      ts: "1700000300.000100",
    });
    expect((await post(0, body, "application/json")).status).toBe(200);
    const retry = await post(1, body, "application/json", {
      "x-slack-retry-num": "1",
      "x-slack-retry-reason": "http_timeout",
    });
    expect(retry.status).toBe(200);
    await waitFor(() => posts("C0RETRIED").length >= 1);
    await settle();
    expect(posts("C0RETRIED")).toHaveLength(1);
  });

  it("act on a slash command replayed to the other replica once", async () => {
    const body = slashCommandBody({
      text: "who attacked Taji",
      responseUrl: fake.responseUrl("replayed"),
    });
    const [first, replay] = [await post(0, body), await post(1, body)];
    expect([first.status, replay.status]).toEqual([200, 200]);
    await waitFor(() => fake.callsTo(hook("replayed")).length >= 1);
    await settle();
    expect(fake.callsTo(hook("replayed"))).toHaveLength(1);
  });

  it("answer an event that Slack delivered to both at the same moment once", async () => {
    const body = eventCallbackBody("EvTwoReplicasAtOnce", {
      type: "app_mention",
      user: "U0REPORTER",
      text: "<@UBOT> how many rockets were fired",
      channel: "C0ATONCE",
      ts: "1700000310.000100",
    });
    const retried = { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" };
    const answers = await Promise.all([
      post(0, body, "application/json"),
      post(1, body, "application/json", retried),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    await waitFor(() => posts("C0ATONCE").length >= 1);
    await settle();
    expect(posts("C0ATONCE")).toHaveLength(1);
  });

  it("answer one message delivered as two events, one to each replica at once, once", async () => {
    // Slack may deliver one message under two event ids (a mention in a thread the bot is in);
    // the message itself is answered once.
    const mention = (eventId: string) =>
      eventCallbackBody(eventId, {
        type: "app_mention",
        user: "U0REPORTER",
        text: "<@UBOT> who attacked Taji",
        channel: "C0TWOIDS",
        ts: "1700000320.000100",
      });
    const answers = await Promise.all([
      post(0, mention("EvOneMessageA"), "application/json"),
      post(1, mention("EvOneMessageB"), "application/json"),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    await waitFor(() => posts("C0TWOIDS").length >= 1);
    await settle();
    expect(posts("C0TWOIDS")).toHaveLength(1);
  });

  it("act on a slash command replayed to both replicas at the same moment once", async () => {
    const body = slashCommandBody({
      text: "how many rockets were fired",
      responseUrl: fake.responseUrl("replayed-at-once"),
    });
    const answers = await Promise.all([post(0, body), post(1, body)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    await waitFor(() => fake.callsTo(hook("replayed-at-once")).length >= 1);
    await settle();
    expect(fake.callsTo(hook("replayed-at-once"))).toHaveLength(1);
  });

  it("post a share clicked on both replicas once", async () => {
    const value = encodeButtonValue({
      question: "who was blamed",
      mode: "ask",
      from: 0,
      desk: "iraq",
    });
    const click = () =>
      blockActionBody({
        actionId: AnswerActions.share,
        value,
        responseUrl: fake.responseUrl("share"),
        channelId: "C0SHARED",
      });
    const [one, two] = await Promise.all([post(0, click()), post(1, click())]);
    expect([one.status, two.status]).toEqual([200, 200]);
    await waitFor(() => posts("C0SHARED").length >= 1);
    await settle();
    expect(posts("C0SHARED")).toHaveLength(1);
  });

  it("post a share clicked on one replica, then again on the other, once", async () => {
    const value = encodeButtonValue({
      question: "how many rockets were fired",
      mode: "ask",
      from: 0,
      desk: "iraq",
    });
    // A second click on the same answer's button, later: Slack sends it with a trigger of its own.
    const click = () =>
      blockActionBody({
        actionId: AnswerActions.share,
        value,
        responseUrl: fake.responseUrl("share-again"),
        channelId: "C0SHAREDAGAIN",
        messageTs: "1700000500.000100",
      });
    expect((await post(0, click())).status).toBe(200);
    await waitFor(() => posts("C0SHAREDAGAIN").length >= 1);
    expect((await post(1, click())).status).toBe(200);
    await settle();
    expect(posts("C0SHAREDAGAIN")).toHaveLength(1);
  });

  it("answer an event Slack retried twice, each time to the other replica, once", async () => {
    const body = eventCallbackBody("EvRetriedTwice", {
      type: "app_mention",
      user: "U0REPORTER",
      text: "<@UBOT> who attacked Taji",
      channel: "C0TWICE",
      ts: "1700000330.000100",
    });
    const retry = (num: number) => ({
      "x-slack-retry-num": String(num),
      "x-slack-retry-reason": "http_timeout",
    });
    expect((await post(0, body, "application/json")).status).toBe(200);
    expect((await post(1, body, "application/json", retry(1))).status).toBe(200);
    await waitFor(() => posts("C0TWICE").length >= 1);
    expect((await post(0, body, "application/json", retry(2))).status).toBe(200);
    await settle();
    expect(posts("C0TWICE")).toHaveLength(1);
  });

  it("wait out a rate limit Slack gave the other replica, rather than sending into it", async () => {
    const mention = (id: string, ts: string, text: string) =>
      eventCallbackBody(id, {
        type: "app_mention",
        user: "U0REPORTER",
        text: `<@UBOT> ${text}`,
        channel: BUSY_CHANNEL,
        ts,
      });
    const busy = () => posts(BUSY_CHANNEL);
    await post(
      0,
      mention("EvBusyOne", "1700000400.000100", "who attacked Taji"),
      "application/json",
    );
    await waitFor(() => refused.length >= 1);
    // Replica A was told to wait; replica B gets a question for the same channel meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await post(
      1,
      mention("EvBusyTwo", "1700000400.000200", "how many rockets were fired"),
      "application/json",
    );
    await waitFor(() => busy().filter((call) => call.at >= (busyUntil ?? 0)).length >= 2, 10_000);
    await settle();
    // Slack refused one post only: B held its reply until the deadline A was given.
    expect(refused).toHaveLength(1);
    const answered = busy().filter((call) => call.at >= (busyUntil ?? 0));
    expect(answered.map((call) => call.params["thread_ts"]).sort()).toEqual([
      "1700000400.000100",
      "1700000400.000200",
    ]);
  });

  it("answer on one replica from an article added to the folder the other watches", async () => {
    writeFileSync(
      path.join(seeds, "iraq", "harbour-gazette-ferries.txt"),
      "Harbour Gazette\n\nThe night ferries to the islands will stop running in June, the port authority said.\n",
    );
    const question = "when will the night ferries to the islands stop running";
    await waitFor(
      () =>
        replicas[1]?.service.newsroom.defaultDesk?.current.articles.some(
          (article) => article.id === "harbour-gazette-ferries",
        ) === true,
      15_000,
    );
    await post(1, slashCommandBody({ text: question, responseUrl: fake.responseUrl("added") }));
    await waitFor(() => fake.callsTo(hook("added")).length === 1);
    expect(JSON.stringify(fake.callsTo(hook("added"))[0]?.params)).toContain(
      "will stop running in June",
    );
  });
});
