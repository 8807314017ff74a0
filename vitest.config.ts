import { defineConfig } from "vitest/config";

/**
 * Tests that time the worker API (how soon an abort stops the search, when progress arrives)
 * run on their own after everything else: sharing two cores with the heavy property tests, a
 * worker thread waits for the CPU, and the figure measured is the scheduler's, not sammen's.
 */
const TIMED = [
  "test/worker/abortStopsWithin100ms.test.ts",
  "test/worker/progressArrivesFromTheStart.test.ts",
  "test/browser/abortStopsWithin100msInChromium.test.ts",
];

export default defineConfig({
  test: {
    // A timeout only catches a hang: the heaviest property tests take 20-70 s on a quiet 2-core
    // machine and more than twice that when the machine is shared, which must not fail them.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts", "src/**/*.test.ts"], exclude: TIMED, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: "timed", include: TIMED, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
