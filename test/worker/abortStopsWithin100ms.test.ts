/**
 * An abort on the calling thread stops the worker's synchronous search through the shared flag.
 *
 * What is timed: from `abort()` to the moment the calling thread hears that the search has
 * stopped (the worker's next progress report, which names the phase after the search) — the
 * search checks the flag about every 2 ms. The promise settles later, once the best composition
 * so far has had its rooms, explanations and the independent check (never skipped); that
 * latency is printed, and bounded only loosely here (at 5,000 candidates it is 0.7-1.2 s on the
 * 2-core machine, almost all of it the checker and the explanations: see BENCHMARKS.md).
 * Seven aborts; the median must be within 100 ms and the slowest within 1,000 ms, so a loaded
 * machine's scheduling hiccup does not fail the suite (this file runs after the others, alone:
 * vitest.config.ts). Alone on the 2-core machine: 17-32 ms; with other sessions' work on it
 * (load average 10): 15-352 ms, median 41 ms.
 */
import { describe, expect, it, vi } from "vitest";
import { check, type Progress } from "../../src/index.js";
import { generatePool } from "../helpers/pools.js";
import { composeAsyncFromSources } from "../helpers/workerFromSources.js";

const TRIALS = 7;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe("abortStopsWithin100ms", () => {
  const input = generatePool(5_000, 11);

  it(`5,000 candidates: ${TRIALS} aborts during the search stop it within 100 ms (median), and each returns a checked composition`, async () => {
    const stopMs: number[] = [];
    const settleMs: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const controller = new AbortController();
      let abortedAt = Number.NaN;
      let stoppedAt = Number.NaN;
      let searching: () => void = () => {};
      const inSearch = new Promise<void>((resolve) => (searching = resolve));
      const onProgress = (progress: Progress): void => {
        if (progress.phase === "search") searching();
        else if (Number.isFinite(abortedAt) && Number.isNaN(stoppedAt)) stoppedAt = performance.now();
      };
      const pending = composeAsyncFromSources(input, { seed: trial + 1, workers: 1, timeLimitMs: 600_000, stopWhenIdle: false, signal: controller.signal, onProgress });
      await inSearch;
      await new Promise((resolve) => setTimeout(resolve, 50 + 40 * trial));
      abortedAt = performance.now();
      controller.abort();
      const result = await pending;
      settleMs.push(performance.now() - abortedAt);
      stopMs.push(stoppedAt - abortedAt);
      expect(result.stats.stoppedBy).toBe("signal");
      expect(result.status).toBe("stopped");
      expect(result.groups.length).toBeGreaterThan(0);
      expect(check(input, result).ok).toBe(true);
    }
    const figures = (xs: number[]): string => xs.map((x) => Math.round(x)).join(", ");
    // eslint-disable-next-line no-console -- the measured figures belong in the CI log
    console.log(`abort → search stopped (ms): ${figures(stopMs)}; abort → promise settled (ms): ${figures(settleMs)}`);
    expect(median(stopMs)).toBeLessThanOrEqual(100);
    expect(Math.max(...stopMs)).toBeLessThanOrEqual(1_000);
    expect(Math.max(...settleMs)).toBeLessThan(10_000);
  });

  it("workers: 2: after an abort one worker finishes (the other is terminated), and the promise resolves with a checked composition", async () => {
    const settleMs: number[] = [];
    for (const seed of [1, 3]) {
      const controller = new AbortController();
      let searching: () => void = () => {};
      const inSearch = new Promise<void>((resolve) => (searching = resolve));
      const phases: string[] = [];
      const pending = composeAsyncFromSources(input, {
        seed,
        workers: 2,
        timeLimitMs: 600_000,
        stopWhenIdle: false,
        signal: controller.signal,
        onProgress: (progress) => {
          phases.push(progress.phase ?? "");
          if (progress.phase === "search") searching();
        },
      });
      await inSearch;
      await new Promise((resolve) => setTimeout(resolve, 150));
      const abortedAt = performance.now();
      controller.abort();
      const result = await pending;
      settleMs.push(performance.now() - abortedAt);
      expect(result.stats.stoppedBy).toBe("signal");
      expect([seed, seed + 1]).toContain(result.stats.seed);
      expect(check(input, result).ok).toBe(true);
      expect(phases.filter((phase) => phase === "done")).toHaveLength(1);
    }
    // eslint-disable-next-line no-console -- the measured figures belong in the CI log
    console.log(`workers: 2: abort → promise settled (ms): ${settleMs.map((x) => Math.round(x)).join(", ")}`);
  });

  it("without shared memory an abort terminates the worker and rejects with the signal's reason", async () => {
    vi.stubGlobal("SharedArrayBuffer", undefined);
    try {
      const controller = new AbortController();
      let searching: () => void = () => {};
      const inSearch = new Promise<void>((resolve) => (searching = resolve));
      const pending = composeAsyncFromSources(generatePool(2_000, 4), {
        seed: 1,
        workers: 2,
        timeLimitMs: 600_000,
        stopWhenIdle: false,
        signal: controller.signal,
        onProgress: (progress) => progress.phase === "search" && searching(),
      });
      await inSearch;
      const abortedAt = performance.now();
      controller.abort();
      const rejected: unknown = await pending.catch((error: unknown) => error);
      expect(performance.now() - abortedAt).toBeLessThan(1_000);
      expect(rejected).toBeInstanceOf(Error);
      expect((rejected as Error).name).toBe("AbortError");
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
