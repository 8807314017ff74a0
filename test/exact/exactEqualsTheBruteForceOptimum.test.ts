import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { solvePool } from "../../src/core/poolSearch.js";
import { loadHighsSolver } from "../../src/exact/highs.js";
import { javascriptLpSolver } from "../../src/exact/jsLpSolver.js";
import type { MipSolver } from "../../src/exact/mipSolver.js";
import { solveExact } from "../../src/exact/solveExact.js";
import { compose, parse, type ComposeInput } from "../../src/index.js";
import { bruteForceOptimum } from "../helpers/bruteForce.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";
import { densePoolArbitrary, poolArbitrary, rulesPoolArbitrary } from "../helpers/pools.js";
import { scarceStartersPoolArbitrary } from "../helpers/starterPools.js";

/**
 * The exact method against exhaustive enumeration on pools of at most nine people: as compose
 * runs it (search, then the MIP from the search's answer) its objective is the optimum; and the
 * MIP solved without a start must find the optimum on its own whenever it claims a proof.
 * The bundled solver runs on a pivot budget and no clock, so these runs are deterministic; a
 * few pools exhaust that budget (javascript-lp-solver stalls on them) and end without an answer.
 * The checks that lean on the search or on a proof rate run on fixed fast-check seeds
 * (test/helpers/fixedSeeds.ts); the honesty check runs on random ones.
 */
const bundled = javascriptLpSolver(20_000);
const noClock = { timeLimitMs: Number.POSITIVE_INFINITY, clock: () => 0 };

const tally = { pools: 0, linearised: 0, proven: 0, gaveUp: 0 };

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

function expectExactOptimum(input: ComposeInput, solver: MipSolver, mustProve: boolean): void {
  const pool = compilePool(parse(input));
  const model = toPoolModel(pool);
  const optimum = bruteForceOptimum(model).objective;
  // The method as compose runs it: the search, then the MIP from the search's answer; the better stands.
  const searched = solvePool(model, { seed: 1, maxIterations: 60_000, timeLimitMs: 600_000 });
  const fromStart = solveExact(pool, model, { solver, maxUnits: 9, ...noClock, start: searched.groups });
  const method = "objective" in fromStart ? Math.max(searched.objective, fromStart.objective) : searched.objective;
  expect(close(method, optimum)).toBe(true);
  const outcome = solveExact(pool, model, { solver, maxUnits: 9, ...noClock });
  tally.pools += 1;
  if (outcome.status === "not_linearised") return;
  tally.linearised += 1;
  if (outcome.status === "no_answer" && !mustProve) {
    tally.gaveUp += 1;
    return;
  }
  // Every proof is right, and every answer short of proof is a valid composition.
  expect(outcome.status).toBe("optimal");
  if (outcome.status !== "optimal") return;
  tally.proven += 1;
  expect(close(outcome.objective, optimum)).toBe(true);
}

/** compose with method "exact": "optimal" only when nothing better exists, and never above the optimum. */
function expectHonestStatus(input: ComposeInput, seed: number, mipSolver?: MipSolver): void {
  const optimum = bruteForceOptimum(toPoolModel(compilePool(parse(input)))).objective;
  const result = compose(input, { seed, method: "exact", maxIterations: 20_000, timeLimitMs: 600_000, ...(mipSolver === undefined ? {} : { mipSolver }) });
  expect(result.stats.objective).toBeLessThanOrEqual(optimum + 1e-6 * Math.max(1, Math.abs(optimum)));
  if (result.status === "optimal") expect(close(result.stats.objective, optimum)).toBe(true);
  if (result.stats.exact?.outcome === "proven") expect(result.stats.gap).toBe(0);
}

describe("exactEqualsTheBruteForceOptimum", () => {
  let highs: MipSolver;
  beforeAll(async () => {
    highs = await loadHighsSolver();
  });

  it("bundled solver: equals the optimum on 1,000 random pools of up to nine people", () => {
    fc.assert(fc.property(poolArbitrary({ maxCandidates: 9 }), (input) => expectExactOptimum(input, bundled, false)), { numRuns: 1_000, seed: OPTIMUM_CHECK_SEED + 2 });
  });

  it("bundled solver: equals the optimum on 1,000 dense random pools", () => {
    fc.assert(fc.property(densePoolArbitrary(9), (input) => expectExactOptimum(input, bundled, false)), { numRuns: 1_000, seed: OPTIMUM_CHECK_SEED + 3 });
    // Most pools are in the program's reach (not those where existing groups overbook a room), and nearly all of those are proved.
    expect(tally.linearised).toBeGreaterThan(0.6 * tally.pools);
    expect(tally.proven).toBeGreaterThanOrEqual(0.98 * tally.linearised);
  });

  it("bundled solver and HiGHS: equal the optimum on 300 pools where starters are required and scarce", () => {
    const before = { ...tally };
    fc.assert(fc.property(scarceStartersPoolArbitrary(9), (input) => expectExactOptimum(input, bundled, false)), { numRuns: 300, seed: OPTIMUM_CHECK_SEED + 9 });
    fc.assert(fc.property(scarceStartersPoolArbitrary(9), (input) => expectExactOptimum(input, highs, true)), { numRuns: 300, seed: OPTIMUM_CHECK_SEED + 10 });
    // Starters are in the program now: nearly every one of these pools is linearised and proved.
    expect(tally.linearised - before.linearised).toBeGreaterThan(0.9 * (tally.pools - before.pools));
    expect(tally.proven - before.proven).toBeGreaterThanOrEqual(0.95 * (tally.linearised - before.linearised));
  });

  it("bundled solver and HiGHS: equal the optimum where the relatives', event and required-mix rules bind", () => {
    fc.assert(fc.property(rulesPoolArbitrary(9), (input) => expectExactOptimum(input, bundled, false)), { numRuns: 100, seed: OPTIMUM_CHECK_SEED + 6 });
    fc.assert(fc.property(rulesPoolArbitrary(9), (input) => expectExactOptimum(input, highs, true)), { numRuns: 60, seed: OPTIMUM_CHECK_SEED + 7 });
  });

  it("HiGHS: equals the optimum on 300 dense random pools", () => {
    fc.assert(fc.property(densePoolArbitrary(9), (input) => expectExactOptimum(input, highs, true)), { numRuns: 300, seed: OPTIMUM_CHECK_SEED + 4 });
  });

  it("compose never reports optimal when brute force finds better (bundled and HiGHS)", () => {
    fc.assert(fc.property(densePoolArbitrary(9), fc.integer({ min: 1, max: 1_000 }), (input, seed) => expectHonestStatus(input, seed, bundled)), { numRuns: 300 });
    fc.assert(fc.property(poolArbitrary({ maxCandidates: 9 }), fc.integer({ min: 1, max: 1_000 }), (input, seed) => expectHonestStatus(input, seed, highs)), { numRuns: 200 });
  });
});
