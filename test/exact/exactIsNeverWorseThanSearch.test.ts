import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadHighsSolver } from "../../src/exact/highs.js";
import { javascriptLpSolver } from "../../src/exact/jsLpSolver.js";
import type { MipSolver } from "../../src/exact/mipSolver.js";
import { compose, type ComposeInput } from "../../src/index.js";
import { densePoolArbitrary, poolArbitrary } from "../helpers/pools.js";

/** Work-bounded runs (search iterations, solver pivots), so each comparison replays exactly. */
const BUDGET = { maxIterations: 20_000, timeLimitMs: 600_000 };

function expectNeverWorse(input: ComposeInput, seed: number, mipSolver: MipSolver): void {
  const search = compose(input, { ...BUDGET, seed, method: "search" });
  const exact = compose(input, { ...BUDGET, seed, method: "exact", mipSolver });
  expect(exact.stats.objective).toBeGreaterThanOrEqual(search.stats.objective - 1e-6 * Math.max(1, Math.abs(search.stats.objective)));
  // A MIP answer that replaced the search's must be strictly better.
  if (exact.stats.exact?.improvedSearch === true) expect(exact.stats.objective).toBeGreaterThan(search.stats.objective);
  if (exact.status === "optimal") expect(exact.stats.gap).toBe(0);
}

describe("exactIsNeverWorseThanSearch", () => {
  let highs: MipSolver;
  beforeAll(async () => {
    highs = await loadHighsSolver();
  });

  it("bundled solver, pools of up to 15 people", () => {
    const bundled = javascriptLpSolver(5_000);
    fc.assert(fc.property(densePoolArbitrary(15), fc.integer({ min: 1, max: 1_000 }), (input, seed) => expectNeverWorse(input, seed, bundled)), { numRuns: 100 });
  });

  it("HiGHS, pools of up to 15 people", () => {
    fc.assert(fc.property(fc.oneof(densePoolArbitrary(15), poolArbitrary({ maxCandidates: 15 })), fc.integer({ min: 1, max: 1_000 }), (input, seed) => expectNeverWorse(input, seed, highs)), { numRuns: 150 });
  });
});
