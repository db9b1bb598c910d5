import { config as loadDotenv } from "dotenv";
import { runManifestCli } from "./manifest-cli.js";

/** `npm run manifest -- check|sync|print|deploy`: .env first (never overriding the environment), then the environment. */
loadDotenv({ quiet: true });
runManifestCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
