import { rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import {
  checkMisses,
  checksLine,
  comparisonChecksOf,
  shareRight,
} from "./support/comparison-checks.js";
import { seedsPlusHeldOut } from "./support/comparison-desk.js";

/** The seeds desk with the two held-out articles: its comparison checks, through the ask path. */
const results = comparisonChecksOf(
  path.join("test", "fixtures", "seeds-comparison.yml"),
  async () => {
    const dir = await seedsPlusHeldOut();
    return {
      desk: await openDeskFolder(dir, () => {}),
      cleanUp: () => rm(dir, { recursive: true, force: true }),
    };
  },
);

describe("the seeds desk's comparison checks, with unseen articles", () => {
  it("gets at least 90% of them right", () => {
    console.info(checksLine("seeds + held-out", results));
    expect(results.length).toBeGreaterThanOrEqual(15);
    const share = shareRight(results);
    expect(share, checkMisses(results)).toBeGreaterThanOrEqual(0.9);
  });

  it("names the copy a changed quote's original page carries", () => {
    const origin = results.find(
      (r) => r.kind === "changedQuotes" && r.question.startsWith("will more"),
    );
    expect(origin?.ok, origin?.detail).toBe(true);
  });
});
