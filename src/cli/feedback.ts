import { parseArgs } from "node:util";
import { summariseFeedback } from "../desk/feedback.js";
import { feedbackFile, readFeedback } from "../newsroom/feedback-log.js";
import { feedbackJson, renderFeedbackText } from "../render/feedback-text.js";
import { printJson, runCli, warnOnStderr } from "./cli-run.js";

/**
 * `npm run feedback -- [--json] [--desk ID] [--file PATH]`: the Right and Wrong verdicts given
 * in Slack, counted per desk, and the wrong ones as questions.yml entries to paste into a test.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      desk: { type: "string" },
      file: { type: "string" },
    },
    allowPositionals: false,
  });
  const file = values.file ?? feedbackFile();
  const { records, skipped } = await readFeedback(file);
  if (skipped > 0)
    warnOnStderr(
      `${file}: ${skipped} ${skipped === 1 ? "line is" : "lines are"} not a verdict; skipped`,
    );
  const desks = summariseFeedback(records, values.desk ?? null);
  if (values.json) printJson(feedbackJson(desks));
  else process.stdout.write(`${renderFeedbackText(desks, file)}\n`);
  return 0;
}

runCli(main);
