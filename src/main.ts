import { runCli, warnOnStderr } from "./cli/cli-run.js";
import { untilStop } from "./cli/until-stop.js";
import { readConfig } from "./config/app-config.js";
import { runLocalConsole } from "./console/local-console.js";
import { defaultProfile } from "./desk/desk-profile.js";
import { fixedNewsroom } from "./desk/newsroom-view.js";
import { findDesks } from "./newsroom/desk-folders.js";
import { LiveDesk } from "./newsroom/live-desk.js";
import { cacheDir, openDeskFolder } from "./newsroom/open-desk-folder.js";
import { describeError } from "./slack/redacting-logger.js";
import { startSlackApp } from "./slack/start-slack-app.js";

/** `npm start`: Slack when credentials are set, else the local console. */
async function main(): Promise<number> {
  const config = readConfig(process.env);
  // Until every desk is served at once: a newsroom folder serves its default desk.
  const desks = await findDesks(config.seedsDir, warnOnStderr);
  const deskDir = (desks.find((d) => d.profile.isDefault) ?? desks[0])?.dir ?? config.seedsDir;
  if (config.slack === null) {
    const desk = await openDeskFolder(deskDir, warnOnStderr);
    await runLocalConsole({
      desk,
      input: process.stdin,
      output: process.stdout,
      command: config.command,
      interactive: process.stdin.isTTY === true,
    });
    return 0;
  }
  // While the bot runs, articles added to or changed in the folder are picked up.
  const desk = (await LiveDesk.open(deskDir, warnOnStderr, { cache: cacheDir() })).watch();
  const running = await startSlackApp({
    slack: config.slack,
    // One desk, the seeds folder, under the configured command (until the newsroom loader).
    newsroom: fixedNewsroom([
      {
        profile: { ...defaultProfile(config.command.replace(/^\//, "")), command: config.command },
        get current() {
          return desk.current;
        },
      },
    ]),
    logLevel: config.logLevel,
  });
  // Every listener catches its own failures. Anything that still slips through is a state the
  // bot may not recover from (say, a Socket Mode connection that gave up): it is logged, scrubbed
  // of secrets, and the process exits so that its supervisor starts it afresh.
  process.on("unhandledRejection", (failure) => {
    running.logger.error(`unexpected failure, exiting: ${describeError(failure)}`);
    process.exit(1);
  });
  const reason = await untilStop();
  running.logger.info(`Stopping: ${reason}.`);
  await running.stop();
  desk.close();
  // Idle keep-alive connections to Slack would hold the process open a few seconds more.
  setTimeout(() => process.exit(process.exitCode ?? 0), 1_000).unref();
  return 0;
}

runCli(main);
