import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { englishWordsInUse } from "../ingest/english-words.js";
import type { ArticleFile } from "./load-desk.js";
import type { FileReading } from "./parse-article-files.js";
import { wordNetIsInUse } from "./wordnet-thesaurus.js";

const WORKER = fileURLToPath(new URL("./parse-worker-start.mjs", import.meta.url));

/** When reading a folder's files is shared between threads. */
export const ParallelParseConfig = Object.freeze({
  /** Fewer files than this are read on the calling thread: a thread costs about a second to start. */
  minFiles: 1000,
  /** Files sent to a thread at a time. */
  batchFiles: 100,
  /** Threads at most (one per core otherwise). */
  maxThreads: 8,
});

export interface ParallelParseOptions {
  /** The configured secrets, hidden wherever an article holds one. */
  readonly secrets?: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
  /** Threads to read on (one per core unless told). */
  readonly threads?: number;
  /** Fewer files are read on the calling thread (ParallelParseConfig.minFiles unless told). */
  readonly minFiles?: number;
}

/**
 * Reads article files on several threads (one per core), each file as `readFile` reads it, so a
 * large desk is parsed in a fraction of the time. Returns each file's reading by name, or null
 * when the files are too few to be worth it, there is one core, or the dictionary site names are
 * read with is not the one a thread would load (a test's own): the caller then reads them itself.
 * A thread that fails gives null too, never a partial result.
 */
export async function parseInWorkers(
  files: readonly ArticleFile[],
  options: ParallelParseOptions = {},
): Promise<Map<string, FileReading> | null> {
  const { secrets = [], onProgress, minFiles = ParallelParseConfig.minFiles } = options;
  const threads =
    options.threads ?? Math.min(os.availableParallelism(), ParallelParseConfig.maxThreads);
  if (files.length < minFiles || threads < 2) return null;
  if (!wordNetIsInUse(englishWordsInUse())) return null;
  const readings = new Map<string, FileReading>();
  const batches: ArticleFile[][] = [];
  for (let i = 0; i < files.length; i += ParallelParseConfig.batchFiles)
    batches.push(files.slice(i, i + ParallelParseConfig.batchFiles));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  const runThread = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: { secrets } });
      workers.push(worker);
      let batch: ArticleFile[] | undefined;
      const sendNext = () => {
        batch = batches[next++];
        if (batch) worker.postMessage(batch);
        else resolve();
      };
      worker.on("message", (answer: FileReading[]) => {
        batch?.forEach((file, i) => {
          const reading = answer[i];
          if (reading) readings.set(file.file, reading);
        });
        done += batch?.length ?? 0;
        onProgress?.(done, files.length);
        sendNext();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => {
        if (batch !== undefined) reject(new Error(`a parsing thread stopped (exit code ${code})`));
      });
      sendNext();
    });
  try {
    await Promise.all(Array.from({ length: Math.min(threads, batches.length) }, runThread));
  } catch {
    return null;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return readings.size === files.length ? readings : null;
}
