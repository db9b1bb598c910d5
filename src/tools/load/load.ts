import { parseArgs } from "node:util";
import { printJson, runCli, UsageError } from "../../cli/cli-run.js";
import { renderLoadReport } from "./load-report.js";
import { runLoad } from "./load-run.js";

export const LOAD_USAGE =
  "Usage: npm run load -- [--commands 500] [--concurrency 50] [--warm-up 200] [--seeds DIR] [--desk ID] [--command /CMD] [--json]";

/** `npm run load`: exit 0 when the targets are met, 1 when one is missed. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      commands: { type: "string", default: "500" },
      concurrency: { type: "string", default: "50" },
      "warm-up": { type: "string", default: "200" },
      seeds: { type: "string", default: process.env["SEEDS_DIR"] ?? "seeds" },
      desk: { type: "string" },
      command: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const commands = Number(values.commands);
  const concurrency = Number(values.concurrency);
  const warmUp = Number(values["warm-up"]);
  const valid = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  if (!valid(commands, 1_000_000) || !valid(concurrency, 1_000) || !valid(warmUp + 1, 100_001))
    throw new UsageError(LOAD_USAGE);
  if (values.command !== undefined && !/^\/[a-z0-9][a-z0-9_-]{0,31}$/.test(values.command))
    throw new UsageError(LOAD_USAGE);
  const report = await runLoad({
    commands,
    concurrency,
    seedsDir: values.seeds,
    ...(values.desk ? { deskId: values.desk } : {}),
    ...(values.command ? { command: values.command } : {}),
    warmUp,
    say: (line) => values.json || process.stderr.write(`${line}\n`),
  });
  if (values.json) printJson(report);
  else process.stdout.write(`${renderLoadReport(report)}\n`);
  return report.targets.met ? 0 : 1;
}

runCli(main);
