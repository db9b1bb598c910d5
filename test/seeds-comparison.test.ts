import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import {
  type CheckResult,
  checkMisses,
  checksLine,
  readComparisonChecks,
  runComparisonChecks,
} from "./support/comparison-checks.js";
import { seedsPlusHeldOut } from "./support/comparison-desk.js";

/** The seeds desk with the two held-out articles: its comparison checks, through the ask path. */

let dir: string;
let results: CheckResult[];

beforeAll(async () => {
  dir = await seedsPlusHeldOut();
  const desk = await openDeskFolder(dir, () => {});
  results = runComparisonChecks(
    desk,
    await readComparisonChecks(path.join("test", "fixtures", "seeds-comparison.yml")),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the seeds desk's comparison checks, with unseen articles", () => {
  it("gets at least 90% of them right", () => {
    console.info(checksLine("seeds + held-out", results));
    expect(results.length).toBeGreaterThanOrEqual(15);
    const share = results.filter((r) => r.ok).length / results.length;
    expect(share, checkMisses(results)).toBeGreaterThanOrEqual(0.9);
  });

  it("names the copy a changed quote's original page carries", () => {
    const origin = results.find(
      (r) => r.kind === "changedQuotes" && r.question.startsWith("will more"),
    );
    expect(origin?.ok, origin?.detail).toBe(true);
  });
});
