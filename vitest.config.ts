import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Test files that each run in a fresh module graph of their own: those that mock a module
 * (vi.mock), and those whose results depend on module state another file sets: house-styles reads
 * pages without WordNet, which any file that loads a desk folder installs (useWordNet).
 */
const ISOLATED = [
  "test/vanishing-file.test.ts",
  "test/house-styles.test.ts",
  "test/comparison-failure.test.ts",
];

export default defineConfig({
  test: {
    // Tests wait for conditions, not for time: these only bound how long a broken test hangs,
    // and leave room for a busy machine (spawned processes, servers started per file).
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // One worker per core but one, as Vitest does, yet at least two (Vitest gives two cores one):
    // many tests wait on a spawned process, a server or a file watcher, and the other runs meanwhile.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Tests a file marks concurrent (each waiting on processes it started) run two at a time.
    maxConcurrency: 2,
    projects: [
      {
        extends: true,
        // The source modules (and the desks a test support module opened) are loaded once per
        // worker, not once per file: no test file changes them, nor process.env.
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED, isolate: true } },
    ],
  },
});
