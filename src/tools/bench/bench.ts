import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { printJson, runCli, UsageError } from "../../cli/cli-run.js";
import { listArticleFiles, loadDesk } from "../../newsroom/load-desk.js";
import { startThrowawayCluster, type ThrowawayCluster } from "../postgres/throwaway-cluster.js";
import { questionsFileOf, toolDesk } from "../tool-desk.js";
import { writeCorpusFolder } from "./generated-corpus.js";

export const BENCH_USAGE =
  "Usage: npm run bench -- [--json] [--sizes 1000,10000,100000] [--engines storydesk,fuse,minisearch,postgres] [--questions FILE] [--seeds DIR] [--desk ID]\n" +
  "       npm run bench -- --write-corpus DIR [--sizes 100000] [--seeds DIR] [--desk ID]";

const ENGINES = ["storydesk", "fuse", "minisearch", "postgres"];
/** How each engine is named in the output ("postgres": Story Desk over the PostgreSQL archive). */
const ENGINE_NAMES: Readonly<Record<string, string>> = Object.freeze({
  postgres: "storydesk-postgres",
});

/** Plain Fuse.js takes seconds a question on large desks: past this size it answers only a few. */
const FUSE_FULL_UP_TO = 20_000;
const FUSE_FEW_QUESTIONS = 5;

interface Run {
  engine: string;
  passages: number;
  buildMs: number;
  loadMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Peak RSS of the serving process: loaded from the saved index, answering. */
  rssMb: number;
  recall: number;
  questions: number;
  /** Peak RSS of the process that built and saved the index. */
  buildRssMb: number;
  /** Recall over the held-out questions only (`heldOut: true` in questions.yml): never tuned on. */
  recallHeldOut: number;
  /** How many (question, source) pairs the held-out recall is over. */
  heldOutPairs: number;
  /** The desk whose articles were planted and whose questions were asked. */
  desk: string;
  /**
   * The process's CPU time per question (all its threads, the garbage collector's among them):
   * what a question costs whatever else the machine runs, where p50Ms and p99Ms are wall clock.
   */
  p50CpuMs: number;
  p99CpuMs: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      sizes: { type: "string", default: "1000,10000,100000" },
      engines: { type: "string", default: "storydesk,fuse,minisearch" },
      questions: { type: "string" },
      seeds: { type: "string", default: process.env["SEEDS_DIR"] ?? "seeds" },
      desk: { type: "string" },
      "write-corpus": { type: "string" },
    },
  });
  const sizes = values.sizes.split(",").map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new UsageError(BENCH_USAGE);
  const engines = values.engines.split(",").map((engine) => engine.trim());
  if (engines.some((engine) => !ENGINES.includes(engine))) throw new UsageError(BENCH_USAGE);
  // The desk's own articles are planted in the corpus, and its own questions.yml asked.
  const desk = await toolDesk(values.seeds, values.desk);
  const questions = values.questions ?? questionsFileOf(desk);
  const seeds = await loadDesk(desk.dir);
  const seedFiles = await listArticleFiles(desk.dir);

  const target = values["write-corpus"];
  if (target) {
    await writeCorpusFolder(target, seeds.articles, seedFiles, sizes[0] ?? 100_000);
    process.stderr.write(`wrote a corpus of about ${sizes[0]} passages to ${target}\n`);
    return 0;
  }

  const runs: Run[] = [];
  const notes: string[] = [];
  // The PostgreSQL engine uses DATABASE_URL, or a throwaway server of its own for the run.
  let cluster: ThrowawayCluster | null = null;
  let databaseUrl = process.env["DATABASE_URL"] ?? "";
  if (engines.includes("postgres") && databaseUrl === "") {
    cluster = startThrowawayCluster();
    databaseUrl = await cluster.createDatabase("bench");
    notes.push("storydesk-postgres ran on a throwaway PostgreSQL server on a Unix socket");
  }
  try {
    const say = (line: string) => values.json || process.stderr.write(`${line}\n`);
    for (const size of sizes) {
      const work = mkdtempSync(path.join(os.tmpdir(), "story-desk-bench-"));
      try {
        const corpus = path.join(work, "corpus");
        await writeCorpusFolder(corpus, seeds.articles, seedFiles, size);
        for (const engine of engines) {
          const few = engine === "fuse" && size > FUSE_FULL_UP_TO;
          if (few)
            notes.push(
              `plain Fuse.js at ${size} passages answered only ${FUSE_FEW_QUESTIONS} questions (seconds each)`,
            );
          say(`… ${engine} at ${size} passages`);
          runs.push(
            runOne(
              desk.id,
              engine,
              size,
              corpus,
              path.join(work, "cache"),
              questions,
              databaseUrl,
              few ? FUSE_FEW_QUESTIONS : undefined,
            ),
          );
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  } finally {
    cluster?.stop();
  }
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  if (values.json) printJson({ runs, machine, notes, desk: desk.id, questionsFile: questions });
  else
    process.stdout.write(
      `${renderTable(runs)}\n${notes.map((note) => `note: ${note}`).join("\n")}\n`,
    );
  return 0;
}

function runOne(
  deskId: string,
  engine: string,
  passages: number,
  dir: string,
  saved: string,
  questions: string,
  databaseUrl: string,
  maxQuestions?: number,
): Run {
  const phase = (name: "build" | "serve"): Record<string, number> => {
    const args = [
      "--import",
      "tsx",
      path.join(import.meta.dirname, "bench-run.ts"),
      "--phase",
      name,
    ];
    args.push(
      "--engine",
      engine,
      "--dir",
      dir,
      "--saved",
      path.join(saved, engine),
      "--questions",
      path.resolve(questions),
    );
    if (maxQuestions) args.push("--max-questions", String(maxQuestions));
    const child = spawnSync(process.execPath, args, {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 16 * 1024 * 1024,
    });
    if (child.status !== 0) {
      throw new Error(
        `${engine} ${name} at ${passages} passages failed: ${child.stderr.trim().split("\n").at(-1) ?? ""}`,
      );
    }
    return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
  };
  const built = phase("build");
  const served = phase("serve");
  return {
    engine: ENGINE_NAMES[engine] ?? engine,
    passages,
    buildMs: built["buildMs"] ?? 0,
    loadMs: served["loadMs"] ?? 0,
    p50Ms: served["p50Ms"] ?? 0,
    p99Ms: served["p99Ms"] ?? 0,
    rssMb: served["rssMb"] ?? 0,
    recall: served["recall"] ?? 0,
    questions: served["questions"] ?? 0,
    buildRssMb: built["buildRssMb"] ?? 0,
    recallHeldOut: served["recallHeldOut"] ?? 0,
    heldOutPairs: served["heldOutPairs"] ?? 0,
    desk: deskId,
    p50CpuMs: served["p50CpuMs"] ?? 0,
    p99CpuMs: served["p99CpuMs"] ?? 0,
  };
}

function renderTable(runs: readonly Run[]): string {
  const header = [
    "engine",
    "passages",
    "build ms",
    "load ms",
    "p50 ms",
    "p99 ms",
    "p99 cpu ms",
    "RSS MB",
    "recall",
    "held-out recall",
    "questions",
  ];
  const rows = runs.map((run) =>
    [
      run.engine,
      run.passages,
      run.buildMs,
      run.loadMs,
      run.p50Ms,
      run.p99Ms,
      run.p99CpuMs,
      run.rssMb,
      run.recall,
      run.recallHeldOut,
      run.questions,
    ].map(String),
  );
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  return [header, ...rows]
    .map((row) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  "))
    .join("\n");
}

runCli(main);
