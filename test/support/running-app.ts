import { type ChildProcess, spawn } from "node:child_process";

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
