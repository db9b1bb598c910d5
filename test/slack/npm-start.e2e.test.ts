import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigMessages } from "../../src/config/app-config.js";
import { TAKES_BOT_TOKEN } from "../support/fake-slack-api.js";
import { APP_ROOT, AppRuns, listeningPort } from "../support/running-app.js";
import {
  eventCallbackBody,
  postToSlackApp,
  slashCommandBody,
  waitFor,
} from "../support/slack-requests.js";

const ARTICLE = `---
outlet: Harbor Gazette
headline: River breaks its banks
published: 2024-05-02
---
The river rose two metres overnight, the mayor said at a briefing on Thursday morning.

Residents of the lower town were moved to the school hall as the water reached the second floor of several houses.
`;
const SECRET = "spawned0signing0secret";
const TOKEN = "xoxb-test-spawned-0000";

const runs = new AppRuns();
afterAll(() => runs.stopAll());

// Each test starts processes and waits for them: they run at the same time.
describe.concurrent("npm start", () => {
  it("runs in HTTP mode against SLACK_API_URL, answers signed requests, and stops on SIGTERM", async () => {
    const fake = await runs.fakeSlack(TAKES_BOT_TOKEN);
    const api = fake;
    const seeds = join(mkdtempSync(join(tmpdir(), "story-desk-seeds-")), "seeds");
    cpSync(join(APP_ROOT, "seeds/iraq"), seeds, { recursive: true });
    const app = runs.main({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: "0",
      SEEDS_DIR: seeds,
    });
    const port = await listeningPort(app);
    const url = `http://127.0.0.1:${port}/slack/events`;

    const command = slashCommandBody({
      text: "who fired the rockets",
      responseUrl: api.responseUrl(),
    });
    const ack = await postToSlackApp(url, command, "application/x-www-form-urlencoded", {
      secret: SECRET,
    });
    expect(ack.status).toBe(200);
    const mention = eventCallbackBody("EvSpawn1", {
      type: "app_mention",
      user: "U0REPORTER",
      text: "<@UBOT> how many rockets were fired",
      channel: "C0SPAWN",
      ts: "1700000500.000100",
    });
    expect(
      (await postToSlackApp(url, mention, "application/json", { secret: SECRET })).status,
    ).toBe(200);
    await waitFor(
      () =>
        api.callsTo("/hooks/respond").length === 1 && api.callsTo("chat.postMessage").length === 1,
    );
    expect(api.callsTo("chat.postMessage")[0]?.params["thread_ts"]).toBe("1700000500.000100");
    expect(api.callsTo("auth.test")).toHaveLength(1);

    // An article added while the bot runs is picked up without a restart.
    writeFileSync(join(seeds, "harbor-gazette-flood.txt"), ARTICLE);
    let articles = 0;
    for (let i = 0; i < 100 && articles !== 3; i++) {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      articles = ((await health.json()) as { articles: number }).articles;
      if (articles !== 3) await new Promise((done) => setTimeout(done, 100));
    }
    expect(articles).toBe(3);

    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(app.output()).not.toContain(TOKEN);
    expect(app.output()).not.toContain(SECRET);
  });

  it("stops when npm start is stopped with SIGTERM (npm does not pass the signal on)", async () => {
    const fake = await runs.fakeSlack(TAKES_BOT_TOKEN);
    const npm = runs.main(
      {
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: "0",
      },
      { npm: true },
    );
    const port = await listeningPort(npm);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    npm.child.kill("SIGTERM");
    await npm.exited;
    await waitFor(() => npm.output().includes("Story Desk is stopping."), 30_000);
    let refused = false;
    for (let i = 0; i < 50 && !refused; i++) {
      refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => false,
        () => true,
      );
      if (!refused) await new Promise((done) => setTimeout(done, 100));
    }
    expect(refused).toBe(true);
  });

  it("stops with one clear line naming a malformed variable, without echoing it", async () => {
    const app = runs.main(
      { SLACK_BOT_TOKEN: "xoxp-fake-user-token-not-a-bot-token" },
      { npm: true },
    );
    expect(await app.exited).toBe(1);
    expect(app.output().trim()).toBe(`error: ${ConfigMessages.botTokenMalformed}`);
    expect(app.output()).not.toContain("xoxp-fake-user-token");
  });

  it("stops cleanly when Slack refuses the bot token", async () => {
    const fake = await runs.fakeSlack({
      "auth.test": () => ({ body: { ok: false, error: "invalid_auth" } }),
    });
    const app = runs.main(
      {
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: "0",
      },
      { npm: true },
    );
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("SLACK_BOT_TOKEN (invalid_auth)");
    expect(app.output()).not.toContain(TOKEN);
  });

  it("without Slack credentials, runs the local console on standard input", async () => {
    const app = runs.main({}, { input: "/iraq how many rockets were fired\n", npm: true });
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain("Question: how many rockets were fired");
  });
});
