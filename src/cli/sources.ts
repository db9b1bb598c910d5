import { parseArgs } from "node:util";
import { configuredSecrets } from "../config/configured-secrets.js";
import { terminalProgress } from "../console/progress-bar.js";
import { chooseDesk, openChosenDesk } from "../newsroom/desk-choice.js";
import { cacheDir, seedsDir } from "../newsroom/open-desk-folder.js";
import { articleJson } from "../render/answer-json.js";
import { renderSourcesText } from "../render/answer-text.js";
import { printJson, runCli, warnOnStderr } from "./cli-run.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      seeds: { type: "string" },
      desk: { type: "string" },
    },
    allowPositionals: false,
  });
  const found = await chooseDesk(seedsDir(values.seeds), values.desk, warnOnStderr);
  const desk = await openChosenDesk(found, warnOnStderr, {
    cache: cacheDir(),
    onProgress: terminalProgress(process.stderr),
    // Configured tokens and passwords are hidden wherever an article holds one, as in the bot.
    secrets: configuredSecrets(process.env),
  });
  if (values.json)
    printJson(desk.articles.map((article) => ({ ...articleJson(article), desk: found.id })));
  else process.stdout.write(`${renderSourcesText(desk.articles)}\n`);
  return 0;
}

runCli(main);
