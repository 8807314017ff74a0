/**
 * `workers: 2` is a portfolio of two seeds that share their best during the search: every 20,000
 * iterations each worker reports its best, and the worse one goes on from the better one's
 * composition with its own random stream. Under `maxIterations` the pauses fall on the same
 * iterations on any machine and the barrier decides from the reports alone, so the result is
 * the same bytes run after run. Sharing is visible against the two seeds searched alone with
 * the same iterations each (what a portfolio without sharing returns, the better of the two):
 * the shared run is a composition neither found, at least as good (on these fixed seeds; a
 * check of the benefit, not a theorem), and the checker accepts it.
 */
import { describe, expect, it } from "vitest";
import { check, compose, type ComposeResult } from "../../src/index.js";
import { EXCHANGE_EVERY_ITERATIONS } from "../../src/worker/portfolio.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";
import { generatePool } from "../helpers/pools.js";
import { composeAsyncFromSources } from "../helpers/workerFromSources.js";

/** The result as bytes, with the one figure allowed to differ between runs set aside (as workerResultEqualsSyncResult). */
function bytes(result: ComposeResult): string {
  return JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } });
}

describe("portfolioSharesItsBest", () => {
  it("workers: 2 under maxIterations: the same bytes in two runs, better than or equal to either seed alone, and a composition neither found", async () => {
    const input = generatePool(600, 3);
    const seed = OPTIMUM_CHECK_SEED + 120;
    // Three exchanges' worth: the searches pause at 20,000 and 40,000 and stop at 60,000.
    const options = { seed, maxIterations: 3 * EXCHANGE_EVERY_ITERATIONS, timeLimitMs: 600_000 };
    const first = await composeAsyncFromSources(input, { ...options, workers: 2 });
    const second = await composeAsyncFromSources(input, { ...options, workers: 2 });
    expect(bytes(second)).toBe(bytes(first));
    expect(first.stats.stoppedBy).toBe("iterations");
    expect(first.stats.iterations).toBe(options.maxIterations);
    expect([seed, seed + 1]).toContain(first.stats.seed);
    expect(check(input, first).ok).toBe(true);

    const alone = [seed, seed + 1].map((s) => compose(input, { ...options, seed: s }));
    expect(alone.map((r) => r.stats.stoppedBy)).toEqual(["iterations", "iterations"]);
    expect(first.stats.objective).toBeGreaterThanOrEqual(Math.max(...alone.map((r) => r.stats.objective)));
    for (const result of alone) expect(bytes(first)).not.toBe(bytes(result));
  });
});
