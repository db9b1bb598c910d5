import { runCli, warnOnStderr } from "./cli/cli-run.js";
import { untilStop } from "./cli/until-stop.js";
import { readConfig } from "./config/app-config.js";
import { configuredSecrets } from "./config/configured-secrets.js";
import { runLocalConsole } from "./console/local-console.js";
import { LiveNewsroom } from "./newsroom/live-newsroom.js";
import { cacheDir } from "./newsroom/open-desk-folder.js";
import { type ArchiveService, openArchiveService } from "./newsroom/postgres/archive-service.js";
import { leaveOnBug } from "./slack/leave-on-bug.js";
import { startSlackApp } from "./slack/start-slack-app.js";

/** `npm start`: Slack when credentials are set, else the local console; every desk served. */
async function main(): Promise<number> {
  const config = readConfig(process.env);
  // Configured tokens and passwords are hidden wherever an article holds one.
  const secrets = configuredSecrets(process.env);
  // With DATABASE_URL set, desks live in PostgreSQL, shared by every replica (null otherwise).
  const archive = await openArchiveService(config.seedsDir, warnOnStderr, { secrets });
  if (archive) return serveArchive(config, archive);
  // While the bot runs, articles and desk folders added or changed are picked up.
  const newsroom = (
    await LiveNewsroom.open(config.seedsDir, warnOnStderr, { cache: cacheDir(), secrets })
  ).watch();
  if (config.slack === null) {
    await runLocalConsole({
      newsroom,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
    newsroom.close();
    return 0;
  }
  const running = await startSlackApp({
    slack: config.slack,
    newsroom,
    logLevel: config.logLevel,
  });
  // A failure no listener caught: answers under way are finished or their askers told, then exit.
  leaveOnBug(running);
  const reason = await untilStop();
  running.logger.info(`Stopping: ${reason}.`);
  await running.stop();
  newsroom.close();
  // Idle keep-alive connections to Slack would hold the process open a few seconds more.
  setTimeout(() => process.exit(process.exitCode ?? 0), 1_000).unref();
  return 0;
}

/** `npm start` with DATABASE_URL: the desks as the archive holds them, kept in step with the folder. */
async function serveArchive(
  config: ReturnType<typeof readConfig>,
  archive: ArchiveService,
): Promise<number> {
  if (config.slack === null) {
    await runLocalConsole({
      newsroom: archive.newsroom,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
    await archive.close();
    return 0;
  }
  const running = await startSlackApp({
    slack: config.slack,
    newsroom: archive.newsroom,
    logLevel: config.logLevel,
    seen: archive.seen,
    rateLimits: archive.rateLimits,
  });
  leaveOnBug(running);
  const reason = await untilStop();
  running.logger.info(`Stopping: ${reason}.`);
  await running.stop();
  await archive.close();
  setTimeout(() => process.exit(process.exitCode ?? 0), 1_000).unref();
  return 0;
}

runCli(main);
