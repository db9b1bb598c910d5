import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { parse } from "yaml";
import { type ManifestCliIo, runManifestCli } from "../../src/cli/manifest-cli.js";
import { PUBLIC_URL_PLACEHOLDER } from "../../src/manifest/manifest-placeholders.js";

/** The repository's root folder, and its manifest.yml. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const MANIFEST_PATH = join(REPO_ROOT, "manifest.yml");
export const MANIFEST_TEXT = readFileSync(MANIFEST_PATH, "utf8");

/** manifest.yml parsed as Slack receives it: its PUBLIC_URL placeholder replaced by `publicUrl`. */
export function manifestWithPublicUrl(publicUrl: string): unknown {
  return parse(MANIFEST_TEXT.split(PUBLIC_URL_PLACEHOLDER).join(publicUrl));
}

/** A throwaway folder, removed by the returned function. */
export async function scratchFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "story-desk-manifest-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stderr split into its lines, blank ones dropped. */
  readonly problems: string[];
}

/** Runs `npm run manifest -- …` in-process, capturing what it prints. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined> = {},
  io: Partial<ManifestCliIo> = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  // The repository's desks (seeds/), wherever the run's folder is, unless a test says otherwise.
  const withSeeds = { SEEDS_DIR: join(REPO_ROOT, "seeds"), ...env };
  const code = await runManifestCli(argv, withSeeds, {
    cwd: REPO_ROOT,
    ...io,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr, problems: stderr.split("\n").filter((line) => line !== "") };
}

/** Writes `text` as manifest.yml in a scratch folder and runs `check` on it. */
export async function checkText(text: string): Promise<CliRun> {
  const scratch = await scratchFolder();
  try {
    await writeFile(join(scratch.dir, "manifest.yml"), text);
    return await runCli(["check"], {}, { cwd: scratch.dir });
  } finally {
    await scratch.remove();
  }
}

/** The 1-based line of manifest.yml on which `fragment` first appears. */
export function lineOf(text: string, fragment: string): number {
  const index = text.indexOf(fragment);
  if (index < 0) throw new Error(`not in the manifest: ${fragment}`);
  return text.slice(0, index).split("\n").length;
}

/**
 * Slack's published manifest schema, from `../shared/slack-manifest-schema` beside the repository
 * (as in CI) or from SLACK_MANIFEST_SCHEMA_DIR; undefined when neither exists.
 */
export function findSlackSchemaDir(): string | undefined {
  const candidates = [
    resolve(REPO_ROOT, "..", "shared", "slack-manifest-schema"),
    process.env["SLACK_MANIFEST_SCHEMA_DIR"],
  ].filter((dir): dir is string => dir !== undefined && dir !== "");
  return candidates.find((dir) => existsSync(join(dir, "manifest.schema.json")));
}

const REMOTE_SCHEMAS = {
  "schemas/manifest.schema.1.0.0.json":
    "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.1.0.0.json",
  "schemas/manifest.schema.2.0.0.json":
    "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.2.0.0.json",
};

/**
 * Compiles Slack's top-level schema with ajv (draft-07), offline: the two versioned schemas it
 * refers to by remote URL are registered under those URLs from the local copies. `strict: false`
 * because the schema uses the non-standard keywords `_note` and `regex`.
 */
export function compileSlackSchema(dir: string): ValidateFunction {
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as object;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  for (const [file, url] of Object.entries(REMOTE_SCHEMAS)) ajv.addSchema(read(file), url);
  return ajv.compile(read("manifest.schema.json"));
}
