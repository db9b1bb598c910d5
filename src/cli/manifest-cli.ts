import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkManifestText } from "../manifest/check-manifest.js";
import type { AppSurface } from "../manifest/check-surface.js";
import { deployManifest, manifestToSend } from "../manifest/deploy-manifest.js";
import { readDeskCommands, withDeskCommands } from "../manifest/desk-commands.js";
import { formatProblem } from "../manifest/manifest-document.js";
import type { FetchLike } from "../manifest/slack-manifest-api.js";
import { syncManifest } from "../manifest/sync-manifest.js";
import { SeedsFolderError } from "../newsroom/load-desk.js";
import { SlackSurface } from "../slack/slack-surface.js";
import { ExitCode } from "./cli-run.js";

/** Where `npm run manifest` writes, and what it works in; tests give their own. */
export interface ManifestCliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The project folder: manifest.yml and .story-desk/ are found here. Default: process.cwd(). */
  readonly cwd?: string;
  readonly surface?: AppSurface;
  readonly fetch?: FetchLike;
}

export const MANIFEST_USAGE = [
  "usage: npm run manifest -- check [--file PATH] [--seeds DIR]",
  "       npm run manifest -- sync [--dry-run] [--file PATH] [--seeds DIR]",
  "       npm run --silent manifest -- print [--file PATH] [--seeds DIR]",
  "       npm run manifest -- deploy [--dry-run] [--file PATH] [--seeds DIR]",
  "",
  "check   holds manifest.yml against Slack's limits and against what the app handles, each desk's",
  "        command included (offline; the desks of --seeds DIR, else SEEDS_DIR, else ./seeds)",
  "sync    writes each desk's missing slash command into manifest.yml and drops the commands no",
  "        desk answers, keeping the file's comments and layout (--dry-run: only say what it would do)",
  "print   the manifest as Slack gets it, as JSON (PUBLIC_URL filled in, or its URLs left out)",
  "deploy  refuses while check fails; shows what changes, has Slack validate it, then updates the app",
  "        (needs SLACK_APP_ID, and SLACK_CONFIG_TOKEN or SLACK_CONFIG_REFRESH_TOKEN; PUBLIC_URL for HTTP)",
].join("\n");

/** Variables whose values never appear in what the tool prints, whatever goes wrong. */
const SECRET_VARIABLES = [
  "SLACK_CONFIG_TOKEN",
  "SLACK_CONFIG_REFRESH_TOKEN",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
];

/** What `npm run manifest --` can be asked to do. */
const COMMANDS = Object.freeze(["check", "sync", "print", "deploy"]);

/**
 * `npm run manifest -- check|sync|print|deploy`: returns the exit code (0 all holds, 1 problems,
 * 2 a command line it cannot use or a seeds folder that is not there) and prints one line per
 * problem; never a stack trace, never a token.
 */
export async function runManifestCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: ManifestCliIo,
): Promise<number> {
  const secrets = SECRET_VARIABLES.map((name) => env[name]).filter(
    (value): value is string => value !== undefined && value.length >= 8,
  );
  const safe = (line: string) =>
    secrets.reduce((text, secret) => text.split(secret).join("[redacted]"), line);
  const out = (line: string) => io.stdout(`${safe(line)}\n`);
  const err = (line: string) => io.stderr(`${safe(line)}\n`);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err(error instanceof Error ? error.message : String(error));
    err(MANIFEST_USAGE);
    return ExitCode.usage;
  }
  const { command, values } = parsed;
  if (values.help) {
    out(MANIFEST_USAGE);
    return ExitCode.ok;
  }
  if (command === undefined || !COMMANDS.includes(command)) {
    err(command === undefined ? "say check, sync, print or deploy" : `unknown command: ${command}`);
    err(MANIFEST_USAGE);
    return ExitCode.usage;
  }
  if (command !== "deploy" && command !== "sync" && values["dry-run"]) {
    err(`--dry-run is an option of sync and deploy, not ${command}`);
    return ExitCode.usage;
  }

  const cwd = io.cwd ?? process.cwd();
  const file = values.file ?? "manifest.yml";
  const filePath = resolve(cwd, file);
  const seedsDir = resolve(cwd, values.seeds ?? env["SEEDS_DIR"] ?? "seeds");
  try {
    const surface =
      io.surface ?? withDeskCommands(SlackSurface, await readDeskCommands(seedsDir, cwd, err));
    if (command === "sync") {
      return await syncManifest(
        { file, filePath, dryRun: values["dry-run"] === true },
        { surface, out, err },
      );
    }
    if (command === "check" || command === "print") {
      const text = await readFile(filePath, "utf8");
      const check = checkManifestText(text, surface);
      for (const problem of check.problems) err(formatProblem(file, problem));
      if (check.problems.length > 0) return ExitCode.failure;
      if (command === "check") {
        out(`${file}: ok (Slack's limits, and what the app handles)`);
        return ExitCode.ok;
      }
      const toSend = manifestToSend(check.manifest, env["PUBLIC_URL"]);
      if ("problem" in toSend) {
        err(toSend.problem);
        return ExitCode.failure;
      }
      if (toSend.note) err(toSend.note);
      out(JSON.stringify(toSend.manifest, null, 2));
      return ExitCode.ok;
    }
    return await deployManifest(
      { file, filePath, dryRun: values["dry-run"] === true },
      { env, cwd, surface, out, err, ...(io.fetch ? { fetch: io.fetch } : {}) },
    );
  } catch (error) {
    if (error instanceof SeedsFolderError) {
      err(error.message);
      return ExitCode.usage;
    }
    err(describeFailure(error, file));
    return ExitCode.failure;
  }
}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      file: { type: "string", short: "f" },
      seeds: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1) throw new Error(`unexpected argument: ${positionals[1]}`);
  return { command: positionals[0], values };
}

/** One line for a failure the tool did not foresee: files it cannot read, above all. */
function describeFailure(error: unknown, file: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return `${file}: no such file`;
  if (code === "EACCES") return `${file}: permission denied`;
  if (code === "EISDIR") return `${file}: is a folder, not a file`;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `error: ${message}`;
}
