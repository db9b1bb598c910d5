import { parseArgs } from "node:util";
import { miniSearchEngine, plainFuseEngine, storyDeskEngine } from "./bench-engines.js";
import { isExpected, loadBenchQuestions, percentile, recallPairs } from "./bench-questions.js";

/**
 * One measurement, in a process of its own so that its peak memory is its own:
 * one engine over one corpus folder. Prints one JSON line.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      engine: { type: "string" },
      dir: { type: "string" },
      cache: { type: "string" },
      questions: { type: "string" },
      "max-questions": { type: "string" },
      passages: { type: "string" },
    },
  });
  const dir = values.dir ?? "";
  const engine =
    values.engine === "fuse"
      ? plainFuseEngine(dir)
      : values.engine === "minisearch"
        ? miniSearchEngine(dir)
        : storyDeskEngine(dir, values.cache ?? "");
  const all = await loadBenchQuestions(values.questions ?? "");
  const questions = all.slice(0, Number(values["max-questions"] ?? all.length));

  let started = performance.now();
  await engine.build();
  const buildMs = performance.now() - started;
  started = performance.now();
  await engine.load();
  const loadMs = performance.now() - started;

  engine.answer("warm up");
  const times: number[] = [];
  const found = new Map<string, Map<string, number>>();
  for (const { question } of questions) {
    started = performance.now();
    const best = engine.answer(question);
    times.push(performance.now() - started);
    found.set(question, best);
  }
  times.sort((a, b) => a - b);
  const pairs = recallPairs(questions);
  const hits = pairs.filter((pair) =>
    isExpected(pair.expected, found.get(pair.question)?.get(pair.source) ?? null),
  );
  const round = (value: number) => Math.round(value * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({
      engine: values.engine,
      passages: Number(values.passages ?? 0),
      buildMs: round(buildMs),
      loadMs: round(loadMs),
      p50Ms: round(percentile(times, 0.5)),
      p99Ms: round(percentile(times, 0.99)),
      rssMb: round(process.resourceUsage().maxRSS / 1024),
      recall: Math.round((pairs.length ? hits.length / pairs.length : 0) * 1000) / 1000,
      questions: questions.length,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench run failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
