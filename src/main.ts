import { runCli, warnOnStderr } from "./cli/cli-run.js";
import { readConfig } from "./config/app-config.js";
import { runLocalConsole } from "./console/local-console.js";
import { openDeskFolder } from "./desk/open-desk-folder.js";
import { startSlackApp } from "./slack/start-slack-app.js";

/** `npm start`: Slack when credentials are set, else the local console. */
async function main(): Promise<number> {
  const config = readConfig(process.env);
  const desk = await openDeskFolder(config.seedsDir, warnOnStderr);
  if (config.slack === null) {
    await runLocalConsole({
      desk,
      input: process.stdin,
      output: process.stdout,
      command: config.command,
      interactive: process.stdin.isTTY === true,
    });
    return 0;
  }
  const running = await startSlackApp({
    slack: config.slack,
    desk,
    command: config.command,
    logLevel: config.logLevel,
  });
  const signal = await untilStopSignal();
  running.logger.info(`${signal} received.`);
  await running.stop();
  // Idle keep-alive connections to Slack would hold the process open a few seconds more.
  setTimeout(() => process.exit(process.exitCode ?? 0), 1_000).unref();
  return 0;
}

/** Resolves with the first SIGTERM or SIGINT. */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      resolve(signal);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
}

runCli(main);
