import { spawn, spawnSync } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";

export interface ToolRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface ToolOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** The environment a tool runs in: the test's, without Slack variables, with a cache of its own. */
function toolEnv(options: ToolOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of Object.keys(env)) if (name.startsWith("SLACK_")) delete env[name];
  // Tests keep their index caches apart from a developer's.
  env["STORY_DESK_CACHE_DIR"] = path.join(tmpdir(), "story-desk-test-cache");
  return Object.assign(env, options.env);
}

/**
 * Runs one of the project's entry points (src/…​.ts) as a user would, with no Slack variables set.
 * A run is stopped only after `timeoutMs` (default 2 minutes: a busy machine makes it slow, not wrong).
 */
export function runTool(
  entry: string,
  args: readonly string[],
  options: ToolOptions = {},
): ToolRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", entry, ...args], {
    input: options.input ?? "",
    env: toolEnv(options),
    encoding: "utf8",
    timeout: options.timeoutMs ?? 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Tool runs under way in this test worker, and those waiting for one of them to end. */
let running = 0;
const waiting: Array<() => void> = [];
const MAX_RUNNING = Math.max(2, availableParallelism());

/**
 * runTool without blocking the test worker, so that several runs overlap: start them together
 * (at most one per core runs at a time, the rest wait their turn), then await them, in a
 * beforeAll with a long timeout. A run is stopped only after `timeoutMs`, as runTool.
 */
export async function runToolAsync(
  entry: string,
  args: readonly string[],
  options: ToolOptions = {},
): Promise<ToolRun> {
  if (running < MAX_RUNNING) running += 1;
  // A run that ends hands its place to the next one waiting.
  else await new Promise<void>((start) => waiting.push(start));
  try {
    return await spawnTool(entry, args, options);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

function spawnTool(entry: string, args: readonly string[], options: ToolOptions): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
      env: toolEnv(options),
      timeout: options.timeoutMs ?? 120_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
