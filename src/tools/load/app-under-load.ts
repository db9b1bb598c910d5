import { subscribe } from "node:diagnostics_channel";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { readConfig } from "../../config/app-config.js";
import type { DeskOnDuty, NewsroomView } from "../../desk/newsroom-view.js";
import { LiveNewsroom } from "../../newsroom/live-newsroom.js";
import { cacheDir } from "../../newsroom/open-desk-folder.js";
import { startSlackApp } from "../../slack/start-slack-app.js";

/**
 * The app as `npm start` runs it in HTTP mode, in its own process, for `npm run load`: the
 * load tool talks to it over HTTP and asks it over IPC how much memory it holds.
 */
export type LoadProbe =
  | { readonly type: "memory"; readonly id: number; readonly collect: boolean }
  | { readonly type: "stop" };

export interface ProbeReply {
  readonly type: "ready" | "memory";
  /** The probe answered. */
  readonly id?: number;
  readonly port?: number;
  readonly rss?: number;
  readonly heapUsed?: number;
  /** Time from each request's arrival to its response being finished, as the app saw it (ms). */
  readonly handledMs?: readonly number[];
  /** The event loop's delay since the last full probe, in ms: how long a request could wait. */
  readonly loopDelayP99Ms?: number;
  readonly loopDelayMaxMs?: number;
}

async function serve(): Promise<void> {
  const config = readConfig(process.env, { dotenvPath: null });
  if (config.slack === null) throw new Error("the load tool sets the Slack variables");
  const { values } = parseArgs({
    options: { desk: { type: "string" }, command: { type: "string" } },
  });
  // Every desk, as npm start serves them; the desk under load answers the command sent.
  const live = (await LiveNewsroom.open(config.seedsDir, () => {}, { cache: cacheDir() })).watch();
  const running = await startSlackApp({
    slack: config.slack,
    newsroom: values.desk && values.command ? renamed(live, values.desk, values.command) : live,
    logLevel: config.logLevel,
  });
  const send = (reply: ProbeReply) => process.send?.(reply);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const started = new WeakMap<object, number>();
  let handledMs: number[] = [];
  subscribe("http.server.request.start", (message) => {
    started.set((message as { response: object }).response, performance.now());
  });
  subscribe("http.server.response.finish", (message) => {
    const at = started.get((message as { response: object }).response);
    if (at !== undefined) handledMs.push(performance.now() - at);
  });
  process.on("message", async (probe: LoadProbe) => {
    if (probe.type === "stop") {
      await running.stop();
      live.close();
      process.disconnect();
      return;
    }
    const delay = {
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: loopDelay.max / 1e6,
    };
    const handled = handledMs;
    if (probe.collect) {
      loopDelay.reset();
      handledMs = [];
      collectGarbage();
    }
    const { rss, heapUsed } = process.memoryUsage();
    send({
      type: "memory",
      id: probe.id,
      rss,
      heapUsed,
      ...delay,
      ...(probe.collect ? { handledMs: handled } : {}),
    });
  });
  // The load tool went away (killed, or it crashed): so does the app, rather than linger.
  process.on("disconnect", () => process.exit(0));
  send({ type: "ready", port: running.port ?? 0 });
}

/** The newsroom with one desk answering another command than its own (`npm run load -- --command`). */
function renamed(newsroom: NewsroomView, deskId: string, command: string): NewsroomView {
  const rename = (desk: DeskOnDuty | null): DeskOnDuty | null =>
    desk?.profile.id === deskId
      ? {
          profile: { ...desk.profile, command },
          folder: desk.folder ?? null,
          get current() {
            return desk.current;
          },
        }
      : desk;
  return {
    get desks() {
      return newsroom.desks.map((desk) => rename(desk) as DeskOnDuty);
    },
    get defaultDesk() {
      return rename(newsroom.defaultDesk);
    },
  };
}

/** A full collection (twice, for objects freed by the first), when node runs with --expose-gc. */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

serve().catch((error: unknown) => {
  process.stderr.write(
    `the app under load could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
