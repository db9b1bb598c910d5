import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type BenchEngine,
  miniSearchEngine,
  plainFuseEngine,
  storyDeskEngine,
} from "./bench-engines.js";
import {
  type BestBySource,
  loadBenchQuestions,
  percentile,
  recallOf,
  recallPairs,
} from "./bench-questions.js";
import { postgresEngine } from "./postgres-engine.js";

/**
 * One phase of one measurement, in a process of its own so that its peak memory is its own:
 * `build` indexes the corpus folder and saves the index; `serve` loads the saved index, as a
 * restarted bot would, and answers the question mix. Prints one JSON line.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      phase: { type: "string" },
      engine: { type: "string" },
      dir: { type: "string" },
      saved: { type: "string" },
      questions: { type: "string" },
      "max-questions": { type: "string" },
    },
  });
  const dir = values.dir ?? "";
  const saved = values.saved ?? "";
  mkdirSync(saved, { recursive: true });
  const engines: Record<string, () => BenchEngine> = {
    storydesk: () => storyDeskEngine(dir, saved),
    fuse: () => plainFuseEngine(dir, saved),
    minisearch: () => miniSearchEngine(dir, saved),
    // The database's URL comes in the environment, never on the command line.
    postgres: () => postgresEngine(dir, saved, process.env["DATABASE_URL"] ?? ""),
  };
  const engine = (engines[values.engine ?? ""] ?? engines["storydesk"])?.() as BenchEngine;
  const round = (value: number) => Math.round(value * 10) / 10;
  const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024);

  if (values.phase === "build") {
    const started = performance.now();
    await engine.build();
    const buildMs = performance.now() - started;
    await engine.save();
    process.stdout.write(
      `${JSON.stringify({ buildMs: round(buildMs), buildRssMb: peakRssMb() })}\n`,
    );
    return;
  }

  const all = await loadBenchQuestions(values.questions ?? "");
  const questions = all.slice(0, Number(values["max-questions"] ?? all.length));
  let started = performance.now();
  await engine.load();
  const loadMs = performance.now() - started;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const found = new Map<string, BestBySource>();
  for (const { question } of questions) {
    started = performance.now();
    const cpu = process.cpuUsage();
    found.set(question, await engine.answer(question));
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  await engine.close?.();
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const pairs = recallPairs(questions);
  const heldOut = pairs.filter((pair) => pair.heldOut);
  process.stdout.write(
    `${JSON.stringify({
      loadMs: round(loadMs),
      p50Ms: round(percentile(times, 0.5)),
      p99Ms: round(percentile(times, 0.99)),
      rssMb: peakRssMb(),
      recall: recallOf(questions, pairs, found),
      questions: questions.length,
      recallHeldOut: recallOf(questions, heldOut, found),
      heldOutPairs: heldOut.length,
      p50CpuMs: round(percentile(cpuTimes, 0.5)),
      p99CpuMs: round(percentile(cpuTimes, 0.99)),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench run failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
