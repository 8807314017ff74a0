import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { searchPool, solvePool, type ExchangeReport, type PoolSearchOptions } from "../../src/core/poolSearch.js";
import { parse } from "../../src/index.js";
import { GOLDEN_FIXTURES } from "../goldens/fixtures.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";

/**
 * A search that pauses for exchanges and is answered "go on with your own" (null) makes the moves
 * an unpaused search makes: the pause resumes on the iteration it stopped at, so the random
 * stream, the ruin schedule and the acceptance history line up. It reports at each pause on the
 * schedule, and once more, `searching: false`, when it has stopped.
 */
describe("pausedSearchMakesTheSameMoves", () => {
  for (const name of ["n150-existing-groups", "n500-existing-and-starters"]) {
    it(`${name}: paused every 997 iterations and answered null, the result is solvePool's`, () => {
      const fixture = GOLDEN_FIXTURES.find((f) => f.name === name)!;
      const model = toPoolModel(compilePool(parse(fixture.input)));
      const options: PoolSearchOptions = { seed: OPTIMUM_CHECK_SEED + 120, maxIterations: 6_000, timeLimitMs: 600_000, stopWhenIdle: false };
      const reports: ExchangeReport[] = [];
      const steps = searchPool(model, { ...options, exchange: { everyIterations: 997 } });
      let step = steps.next(null);
      while (!step.done) {
        reports.push(step.value);
        step = steps.next(null);
      }
      expect(JSON.stringify(step.value)).toBe(JSON.stringify(solvePool(model, options)));
      expect(reports.map((r) => [r.iterations, r.searching])).toEqual([...[996, 1_993, 2_990, 3_987, 4_984, 5_981].map((i) => [i, true]), [6_000, false]]);
      // Each report holds the best so far: never below the one before.
      reports.slice(1).forEach((r, k) => expect(r.objective).toBeGreaterThanOrEqual(reports[k]!.objective - 1e-9));
    });
  }
});
