import { parseArgs } from "node:util";
import { defaultOf } from "../newsroom/desk-choice.js";
import { findDesks } from "../newsroom/desk-folders.js";
import { loadDesk } from "../newsroom/load-desk.js";
import { seedsDir } from "../newsroom/open-desk-folder.js";
import { type DeskSummary, deskSummariesText } from "../render/desk-summaries.js";
import { printJson, runCli, warnOnStderr } from "./cli-run.js";

export const DESKS_USAGE = "Usage: npm run --silent desks -- [--json] [--seeds DIR]";

/** `npm run desks`: every desk of the seeds folder, with its command and how much it holds. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      seeds: { type: "string" },
      help: { type: "boolean" },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${DESKS_USAGE}\n`);
    return 0;
  }
  const dir = seedsDir(values.seeds);
  const desks = await findDesks(dir, warnOnStderr);
  const defaultId = defaultOf(desks)?.id;
  const summaries: DeskSummary[] = [];
  for (const desk of desks) {
    // Only counting: the articles are read, the index is not built.
    const loaded = await loadDesk(desk.dir);
    summaries.push({
      desk: desk.id,
      name: desk.profile.name,
      command: desk.profile.command,
      articles: loaded.articles.length,
      passages: loaded.articles.reduce((sum, article) => sum + article.passages.length, 0),
      default: desk.id === defaultId,
      channels: [...desk.profile.channels],
    });
  }
  if (values.json) printJson(summaries);
  else process.stdout.write(`${deskSummariesText(summaries)}\n`);
  return 0;
}

runCli(main);
