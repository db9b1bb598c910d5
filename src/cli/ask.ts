import { parseArgs } from "node:util";
import { answerQuestion } from "../answer/answer-question.js";
import { configuredSecrets } from "../config/configured-secrets.js";
import { terminalProgress } from "../console/progress-bar.js";
import { chooseDesk, openChosenDesk } from "../newsroom/desk-choice.js";
import { cacheDir, seedsDir } from "../newsroom/open-desk-folder.js";
import { answerJson } from "../render/answer-json.js";
import { renderAnswerText } from "../render/answer-text.js";
import { renderComparisonText } from "../render/comparison-text.js";
import { printJson, runCli, UsageError, warnOnStderr } from "./cli-run.js";
import { settleAfterLoading } from "./settle.js";

export const ASK_USAGE =
  'Usage: npm run ask -- [--json] [--seeds DIR] [--desk ID] "QUESTION"\n       npm run ask -- [--json] [--seeds DIR] [--desk ID] compare "TOPIC"\n       (--desk: which desk of a newsroom folder; default: its default desk.\n        A question that starts with "-": put -- before it)';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      seeds: { type: "string" },
      desk: { type: "string" },
      help: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${ASK_USAGE}\n`);
    return 0;
  }
  // No question at all is a usage mistake; a blank one is a question with nothing to find.
  if (positionals.length === 0) throw new UsageError(ASK_USAGE);
  const comparing = positionals[0]?.toLowerCase() === "compare";
  const question = (comparing ? positionals.slice(1) : positionals).join(" ").trim();
  const found = await chooseDesk(seedsDir(values.seeds), values.desk, warnOnStderr);
  const desk = await openChosenDesk(found, warnOnStderr, {
    cache: cacheDir(),
    onProgress: terminalProgress(process.stderr),
    // Configured tokens and passwords are hidden wherever an article holds one, as in the bot.
    secrets: configuredSecrets(process.env),
  });
  await settleAfterLoading(desk.index.passageCount);
  const answer = answerQuestion(desk, question);
  if (values.json) printJson({ ...answerJson(answer), desk: found.id });
  else if (comparing) process.stdout.write(`${renderComparisonText(answer)}\n`);
  else process.stdout.write(`${renderAnswerText(answer)}\n`);
  return 0;
}

runCli(main);
