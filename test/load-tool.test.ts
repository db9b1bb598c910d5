import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { judge, type LoadReport, LoadTargets, timings } from "../src/tools/load/load-report.js";
import { triggerId } from "../src/tools/load/load-run.js";
import { runTool } from "./support/run-tool.js";

/** A newsroom of two desks: the seeds desk and the written recall desk, linked in. */
const newsroom = mkdtempSync(path.join(tmpdir(), "story-desk-load-newsroom-"));
symlinkSync(path.resolve("seeds/iraq"), path.join(newsroom, "iraq"));
symlinkSync(path.resolve("test/fixtures/desks/recall"), path.join(newsroom, "recall"));
afterAll(() => rmSync(newsroom, { recursive: true, force: true }));

describe("npm run load", () => {
  it("fires signed commands at the app in HTTP mode and reports acks, answers and memory as JSON", () => {
    // The desk named by --desk (not the default one), asked with its own command: all answered.
    const run = runTool(
      "src/tools/load/load.ts",
      [
        "--json",
        "--seeds",
        newsroom,
        "--desk",
        "recall",
        "--commands",
        "20",
        "--concurrency",
        "5",
        "--warm-up",
        "5",
      ],
      { timeoutMs: 280_000 },
    );
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as LoadReport;
    expect(report).toMatchObject({
      commands: 20,
      concurrency: 5,
      warmUpCommands: 5,
      acknowledged: 20,
      answered: 20,
      errors: 0,
      appErrors: 0,
    });
    expect(report.ackMs.p50).toBeGreaterThan(0);
    expect(report.ackMs.p99).toBeGreaterThanOrEqual(report.ackMs.p50);
    expect(report.memory.rssStartMb).toBeGreaterThan(0);
    expect(Object.keys(report.targets)).toEqual([
      "allAckedWithin3s",
      "p99Within200ms",
      "noErrors",
      "memoryGrowthUnder50Mb",
      "met",
    ]);
    expect(run.status).toBe(report.targets.met ? 0 : 1);
  }, 300_000);

  it("says which desks there are when --desk names none", () => {
    const run = runTool("src/tools/load/load.ts", ["--seeds", newsroom, "--desk", "nowhere"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `No desk "nowhere" in ${newsroom}. The desks are: iraq, recall.`,
    );
  });

  it("gives every command a trigger id of its own, shaped like Slack's", () => {
    const ids = Array.from({ length: 1000 }, () => triggerId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 10)) expect(id).toMatch(/^\d+\.\d+\.[0-9a-f]+$/);
  });

  it("refuses a command line it cannot use, with its usage", () => {
    const run = runTool("src/tools/load/load.ts", ["--commands", "lots"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Usage: npm run load/);
  });
});

describe("a load report", () => {
  const base = {
    commands: 10,
    concurrency: 2,
    warmUpCommands: 0,
    acknowledged: 10,
    acksPerSecond: 100,
    errors: 0,
    ackMs: timings([5, 10, 20]),
    answered: 10,
    answerMs: timings([50]),
    memory: {
      rssStartMb: 100,
      rssEndMb: 120,
      rssPeakMb: 130,
      rssGrowthMb: 20,
      heapStartMb: 30,
      heapEndMb: 31,
      heapGrowthMb: 1,
    },
    appErrors: 0,
    appAckMs: timings([1]),
    appLoopDelayMs: { p99: 10, max: 12 },
  };

  it("meets the targets when every command is acknowledged fast, without errors or growth", () => {
    expect(judge(base).met).toBe(true);
  });

  it("misses them on a slow p99, an unacknowledged command, an app error or memory growth", () => {
    expect(
      judge({ ...base, ackMs: { p50: 5, p99: LoadTargets.p99AckMs + 1, max: 300 } }),
    ).toMatchObject({ p99Within200ms: false, met: false });
    expect(judge({ ...base, acknowledged: 9 }).allAckedWithin3s).toBe(false);
    expect(judge({ ...base, appErrors: 1 }).noErrors).toBe(false);
    expect(
      judge({ ...base, memory: { ...base.memory, rssGrowthMb: LoadTargets.maxGrowthMb } })
        .memoryGrowthUnder50Mb,
    ).toBe(false);
  });

  it("takes percentiles from unsorted timings", () => {
    expect(timings([30, 10, 20])).toEqual({ p50: 20, p99: 30, max: 30 });
  });
});
