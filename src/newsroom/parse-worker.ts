import { parentPort, workerData } from "node:worker_threads";
import type { ArticleFile } from "./load-desk.js";
import { type FileReading, readFile } from "./parse-article-files.js";
import { useWordNet } from "./wordnet-thesaurus.js";

/**
 * A thread that reads article files for `parseInWorkers`: each message is a batch of files
 * (name, hash, bytes), each answer the batch's readings in the same order. Site names are read
 * with the same dictionary as on the main thread (WordNet, when installed).
 */
useWordNet();
const secrets = (workerData as { secrets?: readonly string[] } | null)?.secrets ?? [];

parentPort?.on("message", (batch: readonly ArticleFile[]) => {
  const readings: FileReading[] = batch.map((file) => readFile(file, secrets));
  parentPort?.postMessage(readings);
});
