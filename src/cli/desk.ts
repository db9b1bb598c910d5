import { parseArgs } from "node:util";
import { configuredSecrets } from "../config/configured-secrets.js";
import { chooseDesk } from "../newsroom/desk-choice.js";
import { findDesks } from "../newsroom/desk-folders.js";
import { seedsDir } from "../newsroom/open-desk-folder.js";
import { databaseUrl, openArchive } from "../newsroom/postgres/archive-from-env.js";
import { ArchiveUnreachableError } from "../newsroom/postgres/archive-pool.js";
import { type SyncReport, syncDeskFolder } from "../newsroom/postgres/archive-sync.js";
import { printJson, runCli, UsageError, warnOnStderr } from "./cli-run.js";

export const DESK_USAGE = "Usage: npm run desk -- sync [--seeds DIR] [--desk ID] [--json]";

export const DeskCliMessage = Object.freeze({
  noDatabase:
    "DATABASE_URL is not set: `npm run desk -- sync` loads desk folders into the PostgreSQL database it names",
  synced: (report: SyncReport) =>
    `${report.desk}: ${report.added} added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged (revision ${report.revision})`,
});

/** `npm run desk -- sync`: each desk of the seeds folder into the archive, by content hash. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      seeds: { type: "string" },
      desk: { type: "string" },
      json: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || positionals[0] !== "sync") throw new UsageError(DESK_USAGE);
  const url = databaseUrl();
  const secrets = configuredSecrets(process.env);
  if (url === null) throw new UsageError(DeskCliMessage.noDatabase);
  const seeds = seedsDir(values.seeds);
  const desks = values.desk
    ? [await chooseDesk(seeds, values.desk, warnOnStderr)]
    : await findDesks(seeds, warnOnStderr);
  let pool: Awaited<ReturnType<typeof openArchive>>;
  try {
    pool = await openArchive(url);
  } catch (error) {
    // One line and exit code 2, as for a seeds folder that is not there.
    if (error instanceof ArchiveUnreachableError) throw new UsageError(error.message);
    throw error;
  }
  try {
    const reports: SyncReport[] = [];
    for (const desk of desks) {
      const report = await syncDeskFolder(pool, desk, warnOnStderr, secrets);
      reports.push(report);
      if (!values.json) process.stdout.write(`${DeskCliMessage.synced(report)}\n`);
    }
    if (values.json) printJson(reports);
    return 0;
  } finally {
    await pool.end();
  }
}

runCli(main);
