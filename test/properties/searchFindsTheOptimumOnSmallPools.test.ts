import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { solvePool } from "../../src/core/poolSearch.js";
import { parse, type ComposeInput } from "../../src/index.js";
import { bruteForceOptimum } from "../helpers/bruteForce.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";
import { densePoolArbitrary, poolArbitrary, rulesPoolArbitrary } from "../helpers/pools.js";
import { scarceStartersPoolArbitrary } from "../helpers/starterPools.js";

/**
 * The search against exhaustive enumeration on pools of at most nine people. The search runs
 * on an iteration budget and fast-check on a fixed seed (test/helpers/fixedSeeds.ts), so CI is
 * deterministic; bench/optimumHunt.ts measures the miss rate on fresh seeds, and bench/exact.ts
 * what the budget costs in time.
 */
const SEARCH_ITERATIONS = 60_000;

function searchAndOracle(input: ComposeInput, seed: number): { search: number; optimum: number } {
  const model = toPoolModel(compilePool(parse(input)));
  const optimum = bruteForceOptimum(model).objective;
  const search = solvePool(model, { seed, maxIterations: SEARCH_ITERATIONS, timeLimitMs: 600_000 }).objective;
  return { search, optimum };
}

function expectOptimal({ search, optimum }: { search: number; optimum: number }): void {
  const tolerance = 1e-6 * Math.max(1, Math.abs(optimum));
  // Above the optimum would mean the oracle missed a solution, or the search broke a rule.
  expect(search).toBeLessThanOrEqual(optimum + tolerance);
  expect(search).toBeGreaterThanOrEqual(optimum - tolerance);
}

describe("searchFindsTheOptimumOnSmallPools", () => {
  it("equals the brute-force optimum on random pools of up to nine people", () => {
    fc.assert(
      fc.property(poolArbitrary({ maxCandidates: 9 }), fc.integer({ min: 1, max: 1_000 }), (input, seed) => expectOptimal(searchAndOracle(input, seed))),
      { numRuns: 1_000, seed: OPTIMUM_CHECK_SEED },
    );
  });

  it("equals the brute-force optimum on dense random pools (most people could share a group)", () => {
    fc.assert(
      fc.property(densePoolArbitrary(9), fc.integer({ min: 1, max: 1_000 }), (input, seed) => expectOptimal(searchAndOracle(input, seed))),
      { numRuns: 1_000, seed: OPTIMUM_CHECK_SEED + 1 },
    );
  });

  it("equals the brute-force optimum when every new group needs starters and they are scarce", () => {
    let formed = 0;
    fc.assert(
      fc.property(scarceStartersPoolArbitrary(9), fc.integer({ min: 1, max: 1_000 }), (input, seed) => {
        const outcome = searchAndOracle(input, seed);
        expectOptimal(outcome);
        if (outcome.optimum > 0) formed += 1;
      }),
      { numRuns: 500, seed: OPTIMUM_CHECK_SEED + 8 },
    );
    // Not vacuous: starters let groups form in a fair share of these pools.
    expect(formed).toBeGreaterThan(100);
  });

  it("equals the brute-force optimum on pools where the relatives', event and required-mix rules bind", () => {
    fc.assert(
      fc.property(rulesPoolArbitrary(9), fc.integer({ min: 1, max: 1_000 }), (input, seed) => expectOptimal(searchAndOracle(input, seed))),
      { numRuns: 500, seed: OPTIMUM_CHECK_SEED + 5 },
    );
  });

  const here = join(dirname(fileURLToPath(import.meta.url)), "..", "regressions", "optimum");
  const cases = readdirSync(here)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => [file, (JSON.parse(readFileSync(join(here, file), "utf8")) as { input: ComposeInput }).input] as const);
  it.each(cases)("regression %s", (_file, input) => {
    for (const seed of [1, 2, 3]) expectOptimal(searchAndOracle(input, seed));
  });
});
