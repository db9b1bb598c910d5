import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";
import { loadDesk } from "../../newsroom/load-desk.js";
import { toolDesk } from "../tool-desk.js";
import type { LoadProbe, ProbeReply } from "./app-under-load.js";
import { loadQuestions } from "./load-questions.js";
import { judge, type LoadReport, megabytes, round, timings } from "./load-report.js";
import { LoopbackSlack } from "./loopback-slack.js";
import { slackSignature } from "./slack-signature.js";

export interface LoadOptions {
  readonly commands: number;
  readonly concurrency: number;
  readonly seedsDir: string;
  /** The desk asked (its id); the seeds folder's default desk when not given. */
  readonly deskId?: string;
  /** The slash command sent; the desk's own (desk.yml, or "/" + its id) when not given. */
  readonly command?: string;
  /** Commands sent first and not measured, so the app is warm (JIT, connections). */
  readonly warmUp: number;
  /** Progress lines (stderr). */
  readonly say: (line: string) => void;
}

/** How long answers may keep arriving after the last acknowledgement. */
const ANSWER_GRACE_MS = 120_000;
const RSS_SAMPLE_MS = 250;
const PROBE_TIMEOUT_MS = 30_000;
const SETTLE_ROUNDS = 3;
const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the app in HTTP mode in its own process against a loopback Slack, fires signed slash
 * commands at it, and measures acknowledgements, answers and the app's memory.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const desk = await toolDesk(options.seedsDir, options.deskId);
  const command = options.command ?? desk.profile.command;
  const { articles } = await loadDesk(desk.dir);
  const questions = loadQuestions(articles, 200, desk.profile.examples);
  const { warmUp } = options;
  const total = warmUp + options.commands;
  const sentAt = new Array<number>(total).fill(0);
  const answeredAt = new Array<number>(total).fill(0);
  const slack = new LoopbackSlack((command) => {
    if (command < total && answeredAt[command] === 0) answeredAt[command] = performance.now();
  });
  const secret = randomBytes(24).toString("hex");
  let app: AppUnderLoad | undefined;
  let connections: Agent | undefined;
  try {
    await slack.start();
    app = await startAppUnderLoad(slack.apiUrl, secret, options.seedsDir, desk.id, command);
    const running = app;
    const eventsUrl = `http://127.0.0.1:${app.port}/slack/events`;
    // As Slack does, commands come over a few kept-alive connections, one request at a time each.
    connections = new Agent({ keepAlive: true, maxSockets: options.concurrency });
    const send = async (n: number): Promise<number | null> => {
      const body = new URLSearchParams({
        command,
        text: questions[n % questions.length] ?? "help",
        response_url: slack.responseUrl(n),
        user_id: `ULOAD${n % 97}`,
        channel_id: `CLOAD${n % 13}`,
        team_id: "TLOAD",
        // Slack gives every command its own trigger id; a repeated one would be a replay.
        trigger_id: triggerId(),
      }).toString();
      const timestamp = Math.floor(Date.now() / 1000);
      sentAt[n] = performance.now();
      const status = await post(eventsUrl, body, connections as Agent, {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": slackSignature(secret, timestamp, body),
      });
      return status === 200 ? performance.now() - (sentAt[n] ?? 0) : null;
    };

    options.say(`warming up with ${warmUp} commands (not measured)…`);
    await fire(0, warmUp, options.concurrency, send);
    await until(() => answeredAt.slice(0, warmUp).every((at) => at > 0), ANSWER_GRACE_MS);
    const start = await settledMemory(running);
    let peak = start.rss;
    const sampler = setInterval(() => {
      running.memory(false).then(
        (now) => (peak = Math.max(peak, now.rss)),
        () => {},
      );
    }, RSS_SAMPLE_MS);
    running.errorLines = 0;

    options.say(`sending ${options.commands} commands at concurrency ${options.concurrency}…`);
    const firedAt = performance.now();
    const acks = await fire(warmUp, total, options.concurrency, send);
    const firingMs = performance.now() - firedAt;
    const measured = (at: number[]) => at.slice(warmUp);
    const allAnswered = await until(
      () => measured(answeredAt).every((at) => at > 0),
      ANSWER_GRACE_MS,
    );
    clearInterval(sampler);
    if (!allAnswered)
      options.say(`some answers had not arrived ${ANSWER_GRACE_MS / 1000} s after the last ack`);
    const end = await settledMemory(running);
    peak = Math.max(peak, end.rss);

    const acked = acks.filter((ms): ms is number => ms !== null);
    const answerTimes = measured(answeredAt)
      .map((at, i) => (at > 0 ? at - (sentAt[warmUp + i] ?? 0) : null))
      .filter((ms): ms is number => ms !== null);
    const report = {
      commands: options.commands,
      concurrency: options.concurrency,
      warmUpCommands: warmUp,
      acknowledged: acked.length,
      acksPerSecond: Math.round((acked.length / firingMs) * 1000),
      // A command counts once: not acknowledged, or acknowledged and never answered.
      errors: measured(sentAt).filter((_, i) => acks[i] == null || !(answeredAt[warmUp + i] ?? 0))
        .length,
      ackMs: timings(acked),
      answered: answerTimes.length,
      answerMs: timings(answerTimes),
      memory: {
        rssStartMb: megabytes(start.rss),
        rssEndMb: megabytes(end.rss),
        rssPeakMb: megabytes(peak),
        rssGrowthMb: megabytes(end.rss - start.rss),
        heapStartMb: megabytes(start.heapUsed),
        heapEndMb: megabytes(end.heapUsed),
        heapGrowthMb: megabytes(end.heapUsed - start.heapUsed),
      },
      appErrors: running.errorLines,
      appAckMs: timings(end.handledMs),
      appLoopDelayMs: { p99: round(end.loopDelayP99Ms), max: round(end.loopDelayMaxMs) },
    };
    return { ...report, targets: judge(report) };
  } finally {
    connections?.destroy();
    await app?.stop();
    await slack.stop();
  }
}

/**
 * The app's memory once the run is over: V8 keeps heap it grew during the burst for a while after
 * collecting it, so the app is collected and measured a few times, a second apart, and the
 * lowest reading is kept. Growth that remains is memory still held.
 */
async function settledMemory(app: AppUnderLoad): Promise<MemoryProbe> {
  // The first reading carries what happened since the last one (acks, loop delay).
  const first = await app.memory(true);
  let { rss, heapUsed } = first;
  for (let round = 1; round < SETTLE_ROUNDS; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = await app.memory(true);
    if (now.rss < rss) ({ rss, heapUsed } = now);
  }
  return { ...first, rss, heapUsed };
}

/** POSTs a body and resolves with the status once the response is read; 0 when the request fails. */
function post(
  url: string,
  body: string,
  agent: Agent,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(0));
    });
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

/** Sends commands `from`…`to` with at most `concurrency` in flight; returns each one's ack time. */
async function fire(
  from: number,
  to: number,
  concurrency: number,
  send: (command: number) => Promise<number | null>,
): Promise<(number | null)[]> {
  const results: (number | null)[] = [];
  let next = from;
  const worker = async () => {
    while (next < to) {
      const command = next;
      next += 1;
      results[command - from] = await send(command);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}

let triggers = 0;

/** A trigger id shaped like Slack's ("digits.digits.hex"), never the same twice. */
export function triggerId(): string {
  triggers += 1;
  return `${Date.now()}.${triggers}.${randomBytes(10).toString("hex")}`;
}

/** Waits until `check` holds (true) or `timeoutMs` passes (false). */
async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

interface AppUnderLoad {
  readonly port: number;
  errorLines: number;
  memory(collect: boolean): Promise<MemoryProbe>;
  stop(): Promise<void>;
}

/** Forks the app in HTTP mode with a made-up token and secret, pointed at the loopback Slack. */
async function startAppUnderLoad(
  apiUrl: string,
  secret: string,
  seedsDir: string,
  deskId: string,
  command: string,
): Promise<AppUnderLoad> {
  const entry = fileURLToPath(new URL("./app-under-load.ts", import.meta.url));
  const { SLACK_APP_TOKEN: _socket, ...env } = process.env;
  const child = fork(entry, ["--desk", deskId, "--command", command], {
    execArgv: ["--expose-gc", "--import", "tsx"],
    env: {
      ...env,
      SLACK_BOT_TOKEN: `xoxb-load-${randomBytes(8).toString("hex")}`,
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: apiUrl,
      SEEDS_DIR: seedsDir,
      PORT: "0",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let nextProbe = 1;
  const app = {
    port: 0,
    errorLines: 0,
    memory: (collect: boolean) => ask(child, { type: "memory", id: nextProbe++, collect }),
    stop: () => stopChild(child),
  };
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    for (const line of chunk.split("\n")) {
      if (line.startsWith("[ERROR]")) app.errorLines += 1;
      if (line.trim()) process.stderr.write(`  app: ${line}\n`);
    }
  });
  child.on("error", () => {});
  try {
    app.port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("the app under load did not start within a minute")),
        READY_TIMEOUT_MS,
      );
      child.once("message", (reply: ProbeReply) => {
        clearTimeout(timer);
        resolve(reply.port ?? 0);
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the app under load exited (${code})`));
      });
    });
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return app;
}

type MemoryProbe = Required<Omit<ProbeReply, "type" | "port" | "id">>;

/** Asks the app for its memory; an app that does not answer within a few seconds fails the run. */
function ask(
  child: ChildProcess,
  probe: Extract<LoadProbe, { type: "memory" }>,
): Promise<MemoryProbe> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off("message", listen);
      reject(new Error("the app under load stopped answering"));
    }, PROBE_TIMEOUT_MS);
    const listen = (reply: ProbeReply) => {
      if (reply.type !== "memory" || reply.id !== probe.id) return;
      clearTimeout(timer);
      child.off("exit", gone);
      child.off("message", listen);
      resolve({
        rss: reply.rss ?? 0,
        heapUsed: reply.heapUsed ?? 0,
        loopDelayP99Ms: reply.loopDelayP99Ms ?? 0,
        loopDelayMaxMs: reply.loopDelayMaxMs ?? 0,
        handledMs: reply.handledMs ?? [],
      });
    };
    const gone = () => {
      clearTimeout(timer);
      child.off("message", listen);
      reject(new Error("the app under load has exited"));
    };
    child.once("exit", gone);
    child.on("message", listen);
    if (!child.connected) return gone();
    child.send(probe, (error) => {
      if (error) gone();
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  if (child.connected) child.send({ type: "stop" } satisfies LoadProbe, () => {});
  else child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
