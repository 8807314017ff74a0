import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import type { MipSolver } from "../../src/exact/mipSolver.js";
import { solveExact } from "../../src/exact/solveExact.js";
import { parse } from "../../src/index.js";
import { coursePool } from "../helpers/pools.js";

describe("noSolverRunsPastTheLimit", () => {
  const pool = compilePool(parse(coursePool(12, 3)));
  const model = toPoolModel(pool);
  const limits: number[] = [];
  // A solver that records the time it is given and finds nothing.
  const recording: MipSolver = {
    name: "recording",
    solve: (_mip, given) => {
      limits.push(given.timeLimitMs);
      return { status: "no_answer", objective: Number.NaN, values: null };
    },
  };

  it("is not started when building the program used up the time, and is given what is left otherwise", () => {
    // Every clock read advances 10 ms: building the program reads the clock before and after.
    let t = 0;
    const clock = (): number => (t += 10);
    expect(solveExact(pool, model, { solver: recording, maxUnits: 99, timeLimitMs: 5, clock })).toEqual({ status: "no_time" });
    expect(limits).toEqual([]);
    t = 0;
    solveExact(pool, model, { solver: recording, maxUnits: 99, timeLimitMs: 1_000, clock });
    expect(limits).toEqual([990]);
  });
});
