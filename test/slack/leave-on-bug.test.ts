import { EventEmitter } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { DeskWork } from "../../src/slack/desk-work.js";
import { leaveOnBug } from "../../src/slack/leave-on-bug.js";
import { type HttpDeskApp, startHttpDeskApp } from "../support/http-desk-app.js";
import { fakeLogger } from "../support/listener-fakes.js";
import { waitFor } from "../support/slack-requests.js";

const never = () => new Promise<never>(() => {});
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("leaving after a bug no listener caught", () => {
  it("logs the failure, leaves once, and exits with 1 only after leaving", async () => {
    const { logger, errors } = fakeLogger();
    const failures = new EventEmitter();
    const exits: number[] = [];
    let leaves = 0;
    let finishLeaving: () => void = () => {};
    leaveOnBug(
      {
        logger,
        leave: () => {
          leaves += 1;
          return new Promise<void>((resolve) => {
            finishLeaving = resolve;
          });
        },
      },
      (code) => exits.push(code),
      failures,
    );
    failures.emit("uncaughtException", new Error("a bug, token xoxb-1-2-fakeabcdef"));
    failures.emit("unhandledRejection", new Error("another"));
    await later(10);
    expect(exits).toEqual([]);
    finishLeaving();
    await waitFor(() => exits.length > 0);
    expect({ leaves, exits }).toEqual({ leaves: 1, exits: [1] });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("unexpected failure, exiting");
  });

  it("gives replies under way their time, then tells the askers still waiting, each once", async () => {
    const work = new DeskWork();
    const told: string[] = [];
    let finishSoon: () => void = () => {};
    work.track(
      new Promise<void>((resolve) => {
        finishSoon = resolve;
      }),
      [async (text) => told.push(`soon: ${text}`)],
    );
    work.track(never(), [
      () => Promise.reject(new Error("response_url refused")),
      async (text) => told.push(`by ephemeral: ${text}`),
    ]);
    // A way of telling that hangs may yet arrive: the next one is not tried.
    work.track(never(), [never, async (text) => told.push(`twice: ${text}`)]);
    work.track(never(), []);
    setTimeout(() => finishSoon(), 20);
    const left = await work.finishOrTell("restarting", 200, 100);
    expect(left).toEqual({ finished: 1, told: 1, untold: 2 });
    expect(told).toEqual(["by ephemeral: restarting"]);
  });
});

describe("a running app that must leave", () => {
  let app: HttpDeskApp;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });

  beforeAll(async () => {
    // The stuck posts must still be under way when leaving begins, however slow the machine:
    // they are never given up during the test (released when it ends).
    app = await startHttpDeskApp({ delivery: { timeoutMs: 120_000, attempts: 1 } });
  });
  afterAll(async () => {
    release();
    await app?.stop();
  });

  it("finishes what it can and tells every asker of an acknowledged command it is restarting", async () => {
    const stuck = ["stuck-1", "stuck-2", "stuck-3"];
    for (const name of stuck) {
      let calls = 0;
      // The answer's post hangs (Slack slow); the apology that follows is taken.
      app.fake.on(`/hooks/${name}`, async () => {
        calls += 1;
        if (calls === 1) await released;
        return { body: { ok: true } };
      });
    }
    const sent = await Promise.all(
      [...stuck, "quick"].map((name) => app.command("who fired", name)),
    );
    expect(sent.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    // Answers come one at a time: on a busy machine the four may take a while.
    await waitFor(() => app.replies("quick").length === 1, 60_000);
    await waitFor(() => stuck.every((name) => app.replies(name).length === 1), 60_000);
    const left = await app.running.leave();
    // The quick answer may still be settling when leaving begins; it finishes, and is not told.
    expect({ told: left.told, untold: left.untold }).toEqual({ told: 3, untold: 0 });
    for (const name of stuck) {
      const calls = app.replies(name);
      expect(calls).toHaveLength(2);
      expect(calls[1]?.params["text"]).toBe(DeskTexts.restarting);
    }
    expect(app.replies("quick")).toHaveLength(1);
  }, 120_000);
});
