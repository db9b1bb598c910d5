import type { ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigMessages } from "../../src/config/app-config.js";
import { FakeSlackApi } from "../support/fake-slack-api.js";
import { type RunningApp, spawnApp } from "../support/running-app.js";
import {
  eventCallbackBody,
  postToSlackApp,
  slashCommandBody,
  waitFor,
} from "../support/slack-requests.js";

const ROOT = resolve(import.meta.dirname, "../..");
/** Every variable the app reads, set (empty means unset), so a developer's .env cannot change a test. */
const NO_SLACK = {
  SLACK_BOT_TOKEN: "",
  SLACK_APP_TOKEN: "",
  SLACK_SIGNING_SECRET: "",
  SLACK_API_URL: "",
  PORT: "",
  LOG_LEVEL: "",
  SEEDS_DIR: join(ROOT, "seeds"),
  STORY_DESK_CACHE: "off",
};

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

const children: ChildProcess[] = [];
const fakes: FakeSlackApi[] = [];

afterAll(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const fake of fakes.splice(0)) await fake.stop();
});

/** A fake Slack of the test's own (the tests run at the same time), stopped after them all. */
async function startFake(): Promise<FakeSlackApi> {
  const fake = await new FakeSlackApi().start();
  fakes.push(fake);
  return fake;
}

/** Runs `npm start`, or (`direct`) the node command it runs, so the app's own exit code shows. */
function startMain(env: Record<string, string>, input?: string, direct = false): RunningApp {
  const [command, args] = direct
    ? [process.execPath, ["--import", "tsx", "src/main.ts"]]
    : ["npm", ["start", "--silent"]];
  const app = spawnApp(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...NO_SLACK, ...env },
    input: input ?? "",
  });
  children.push(app.child);
  return app;
}

// Each test starts processes and waits for them: they run at the same time.
describe.concurrent("npm start", () => {
  it("runs in HTTP mode against SLACK_API_URL, answers signed requests, and stops on SIGTERM", async () => {
    const fake = await startFake();
    fake.on("auth.test", () => ({ body: { ok: true, user_id: "UBOT", bot_id: "BBOT" } }));
    const api = fake;
    const seeds = join(mkdtempSync(join(tmpdir(), "story-desk-seeds-")), "seeds");
    cpSync(join(ROOT, "seeds/iraq"), seeds, { recursive: true });
    const app = startMain(
      {
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: api.apiUrl,
        PORT: "0",
        SEEDS_DIR: seeds,
      },
      "",
      true,
    );
    await waitFor(() => /listening on port \d+/.test(app.output()), 60_000);
    const port = /listening on port (\d+)/.exec(app.output())?.[1];
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
    const fake = await startFake();
    fake.on("auth.test", () => ({ body: { ok: true, user_id: "UBOT", bot_id: "BBOT" } }));
    const npm = startMain({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
    });
    await waitFor(() => /listening on port \d+/.test(npm.output()), 60_000);
    const port = /listening on port (\d+)/.exec(npm.output())?.[1];
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
    const app = startMain({ SLACK_BOT_TOKEN: "xoxp-fake-user-token-not-a-bot-token" });
    expect(await app.exited).toBe(1);
    expect(app.output().trim()).toBe(`error: ${ConfigMessages.botTokenMalformed}`);
    expect(app.output()).not.toContain("xoxp-fake-user-token");
  });

  it("stops cleanly when Slack refuses the bot token", async () => {
    const fake = await startFake();
    fake.on("auth.test", () => ({ body: { ok: false, error: "invalid_auth" } }));
    const app = startMain({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
    });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain("SLACK_BOT_TOKEN (invalid_auth)");
    expect(app.output()).not.toContain(TOKEN);
  });

  it("without Slack credentials, runs the local console on standard input", async () => {
    const app = startMain({}, "/iraq how many rockets were fired\n");
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain("Question: how many rockets were fired");
  });
});
