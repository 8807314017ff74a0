import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { solvePool } from "../../src/core/poolSearch.js";
import { formulate } from "../../src/exact/formulate.js";
import { mipObjective, mipViolation } from "../../src/exact/mip.js";
import { parse, type ComposeInput } from "../../src/index.js";
import { densePoolArbitrary, generatePool, poolArbitrary } from "../helpers/pools.js";

/**
 * The MIP is the engine's problem, not a look-alike: the search's answer, written as variable
 * values, keeps every constraint of the program and scores exactly what the engine scores.
 */
function expectSameScore(input: ComposeInput, seed: number): void {
  const pool = compilePool(parse(input));
  const model = toPoolModel(pool);
  const formulation = formulate(pool, model);
  if ("unsupported" in formulation) return;
  const found = solvePool(model, { seed, maxIterations: 3_000, timeLimitMs: 600_000 });
  const values = formulation.encode(found.groups);
  expect(values).not.toBeNull();
  expect(mipViolation(formulation.mip, values!)).toBeNull();
  const objective = mipObjective(formulation.mip, values!);
  expect(Math.abs(objective - found.objective)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(found.objective)));
}

describe("theProgramScoresAsTheEngineDoes", () => {
  it("on random pools of up to 30 people", () => {
    fc.assert(fc.property(fc.oneof(poolArbitrary({ maxCandidates: 30 }), densePoolArbitrary(30)), fc.integer({ min: 1, max: 1_000 }), expectSameScore), { numRuns: 300 });
  });

  it.each([10, 20, 30, 40])("on generated pools of %i people", (n) => {
    for (let seed = 1; seed <= 5; seed++) expectSameScore(generatePool(n, seed), seed);
  });
});
