import type { LoadStage } from "../newsroom/open-desk-folder.js";

const WIDTH = 30;

/** One line of a progress bar: "indexing passages [#########.........]  30%  30000/100000". */
export function progressLine(stage: string, done: number, total: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * WIDTH);
  const percent = `${Math.round(share * 100)}%`.padStart(4);
  return `${stage} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${percent}  ${done}/${total}`;
}

/**
 * A progress bar on a terminal, redrawn in place; nothing at all when the stream is not a
 * terminal (a pipe, a log, CI), so that output stays clean.
 */
export function terminalProgress(
  stream: NodeJS.WriteStream,
): ((stage: LoadStage, done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = "";
  return (stage, done, total) => {
    const line = progressLine(stage, done, total);
    if (line === last) return;
    last = line;
    stream.write(`\r${line}\u001b[K${done >= total ? "\n" : ""}`);
  };
}
