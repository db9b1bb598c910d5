import { SearchConfig } from "../search/search-config.js";
import { SECRETS_VARIABLE } from "./build-in-another-process.js";
import { buildDesk } from "./open-desk-folder.js";

/**
 * Entry of the builder process: `desk-build-process.ts DIR CACHE [EQUIVALENTS-JSON]` reads, parses and indexes the
 * folder into the cache, then exits 0; any failure is one line on stderr and exit code 1.
 */
const [dir, cache, equivalents] = process.argv.slice(2);
if (!dir || !cache) {
  process.stderr.write("usage: desk-build-process.ts DIR CACHE [EQUIVALENTS-JSON]\n");
  process.exit(2);
}
const vocabulary = { equivalents: JSON.parse(equivalents ?? "[]") as string[][] };
const secrets = JSON.parse(process.env[SECRETS_VARIABLE] ?? "[]") as string[];
buildDesk(dir, SearchConfig, cache, { secrets }, () => {}, vocabulary).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
