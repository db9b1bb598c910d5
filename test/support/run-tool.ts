import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";

export interface ToolRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one of the project's entry points (src/…​.ts) as a user would, with no Slack variables set. */
export function runTool(
  entry: string,
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): ToolRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of Object.keys(env)) if (name.startsWith("SLACK_")) delete env[name];
  // Tests keep their index caches apart from a developer's.
  env["STORY_DESK_CACHE_DIR"] = path.join(tmpdir(), "story-desk-test-cache");
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, ["--import", "tsx", entry, ...args], {
    input: options.input ?? "",
    env,
    encoding: "utf8",
    timeout: options.timeoutMs ?? 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
