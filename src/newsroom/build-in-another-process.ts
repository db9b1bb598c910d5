import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { DeskVocabulary } from "../search/search-config.js";

/** How the builder process is given the configured secrets to hide. */
export const SECRETS_VARIABLE = "STORY_DESK_HIDDEN_SECRETS";

const BUILDER = fileURLToPath(new URL("./desk-build-process.ts", import.meta.url));

/**
 * Builds a folder's index into the cache in a separate process, so that the process answering
 * Slack keeps answering (and keeps its memory) while a large desk is rebuilt. Resolves when the
 * cache is written. The desk's own equivalents go along, so that the index and its cache key
 * are the ones the desk will look for; so do the configured secrets to hide (in its environment).
 */
export function buildCacheInAnotherProcess(
  dir: string,
  cache: string,
  vocabulary: DeskVocabulary = { equivalents: [] },
  secrets: readonly string[] = [],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [BUILDER, dir, cache, JSON.stringify(vocabulary.equivalents)];
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      stdio: ["ignore", "ignore", "pipe"],
      // Through the environment, never the command line (which others can read).
      env: { ...process.env, [SECRETS_VARIABLE]: JSON.stringify(secrets) },
    });
    let errors = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      errors = (errors + chunk).slice(-2000);
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(errors.trim().split("\n").at(-1) || `the builder stopped (exit code ${code})`),
        );
    });
  });
}
