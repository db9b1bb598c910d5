import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { type FakeHandler, FakeSlackApi } from "./fake-slack-api.js";
import { waitFor } from "./slack-requests.js";

/** The app started as a separate process, with everything it prints collected. */
export interface RunningApp {
  readonly child: ChildProcess;
  /** stdout and stderr so far, interleaved as they came. */
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** Spawns `command args` in `cwd` with `env`, writes `input` (if any) to its stdin, and collects its output. */
export function spawnApp(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string | null },
): RunningApp {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: [options.input === null ? "ignore" : "pipe", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  child.stdin?.end(options.input ?? "");
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return { child, output: () => output, exited };
}

/** The repository the tests run in. */
export const APP_ROOT = resolve(import.meta.dirname, "../..");

/** Every variable the app reads, set (empty means unset), so a developer's .env cannot change a test. */
export const NO_SLACK_ENV = Object.freeze({
  SLACK_BOT_TOKEN: "",
  SLACK_APP_TOKEN: "",
  SLACK_SIGNING_SECRET: "",
  SLACK_API_URL: "",
  PORT: "",
  LOG_LEVEL: "",
  SEEDS_DIR: join(APP_ROOT, "seeds"),
  STORY_DESK_CACHE: "off",
});

/** Waits until the app says it is listening, and gives the port it named. */
export async function listeningPort(app: RunningApp, timeoutMs = 60_000): Promise<string> {
  await waitFor(() => LISTENING.test(app.output()), timeoutMs);
  return LISTENING.exec(app.output())?.[1] ?? "";
}

const LISTENING = /listening on port (\d+)/;

/**
 * The app processes and fake Slacks one test file starts (its tests may run at the same time),
 * all stopped by `stopAll` when the file ends.
 */
export class AppRuns {
  private readonly children: ChildProcess[] = [];
  private readonly fakes: FakeSlackApi[] = [];

  /** A fake Slack of the caller's own, answering with `handlers` (by method or path). */
  async fakeSlack(handlers: Readonly<Record<string, FakeHandler>> = {}): Promise<FakeSlackApi> {
    const fake = await new FakeSlackApi().start();
    this.fakes.push(fake);
    for (const [method, handler] of Object.entries(handlers)) fake.on(method, handler);
    return fake;
  }

  /**
   * Runs the app's own command (`node --import tsx src/main.ts`, so its exit code shows), or
   * `npm start` itself, in the repository with NO_SLACK_ENV overridden by `env`.
   */
  main(
    env: Readonly<Record<string, string>>,
    options: { readonly input?: string | null; readonly npm?: boolean } = {},
  ): RunningApp {
    const [command, args] = options.npm
      ? ["npm", ["start", "--silent"]]
      : [process.execPath, ["--import", "tsx", "src/main.ts"]];
    const app = spawnApp(command, args, {
      cwd: APP_ROOT,
      env: { ...process.env, ...NO_SLACK_ENV, ...env },
      input: options.input === undefined ? "" : options.input,
    });
    this.children.push(app.child);
    return app;
  }

  async stopAll(): Promise<void> {
    for (const child of this.children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
    for (const fake of this.fakes.splice(0)) await fake.stop();
  }
}
