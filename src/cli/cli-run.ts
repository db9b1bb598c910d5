import { UnknownDeskError } from "../newsroom/desk-choice.js";
import { SeedsFolderError } from "../newsroom/load-desk.js";

/** Exit codes of the command-line tools. */
export const ExitCode = Object.freeze({ ok: 0, failure: 1, usage: 2 });

/** Thrown for a command line the tool cannot use; its message is printed as is. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Runs a CLI main function: user errors become one line on stderr and exit code 2,
 * anything unexpected one line and exit code 1; never a stack trace.
 */
export function runCli(main: () => Promise<number | undefined>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? ExitCode.ok;
    },
    (error: unknown) => {
      if (
        error instanceof SeedsFolderError ||
        error instanceof UnknownDeskError ||
        error instanceof UsageError ||
        isArgumentError(error)
      ) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = ExitCode.usage;
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`error: ${message}\n`);
      process.exitCode = ExitCode.failure;
    },
  );
}

/** Prints one JSON document on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function warnOnStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** node:util parseArgs rejects unknown or malformed options with these codes. */
function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
