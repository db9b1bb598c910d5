import { parseArgs } from "node:util";
import { answerQuestion } from "../answer/answer-question.js";
import { terminalProgress } from "../console/progress-bar.js";
import { cacheDir, openDeskFolder, seedsDir } from "../desk/open-desk-folder.js";
import { answerJson } from "../render/answer-json.js";
import { renderAnswerText } from "../render/answer-text.js";
import { printJson, runCli, UsageError, warnOnStderr } from "./cli-run.js";

export const ASK_USAGE = 'Usage: npm run ask -- [--json] [--seeds DIR] "QUESTION"';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      seeds: { type: "string" },
      help: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${ASK_USAGE}\n`);
    return 0;
  }
  const question = positionals.join(" ").trim();
  if (question === "") throw new UsageError(ASK_USAGE);
  const desk = await openDeskFolder(seedsDir(values.seeds), warnOnStderr, {
    cache: cacheDir(),
    onProgress: terminalProgress(process.stderr),
  });
  const answer = answerQuestion(desk, question);
  if (values.json) printJson(answerJson(answer));
  else process.stdout.write(`${renderAnswerText(answer)}\n`);
  return 0;
}

runCli(main);
