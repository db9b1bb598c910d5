import { runCli, warnOnStderr } from "./cli/cli-run.js";
import { readConfig } from "./config/app-config.js";
import { runLocalConsole } from "./console/local-console.js";
import { openDeskFolder } from "./desk/open-desk-folder.js";

/** `npm start`: Slack when credentials are set, else the local console. */
async function main(): Promise<number> {
  const config = readConfig(process.env);
  const desk = await openDeskFolder(config.seedsDir, warnOnStderr);
  await runLocalConsole({
    desk,
    input: process.stdin,
    output: process.stdout,
    command: config.command,
    interactive: process.stdin.isTTY === true,
  });
  return 0;
}

runCli(main);
