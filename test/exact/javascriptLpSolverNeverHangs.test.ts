import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { javascriptLpSolver } from "../../src/exact/jsLpSolver.js";
import { solveExact } from "../../src/exact/solveExact.js";
import { check, compose, parse, type ComposeInput } from "../../src/index.js";
import { generatePool } from "../helpers/pools.js";

/** Pools on which javascript-lp-solver's simplex stalls (found while building the exact method). */
const stalled: [string, ComposeInput][] = [
  ["an 8-person dense pool", (JSON.parse(readFileSync(new URL("../regressions/exact/stallsJavascriptLpSolver.json", import.meta.url), "utf8")) as { input: ComposeInput }).input],
  ["generatePool(30, 3)", generatePool(30, 3)],
];

describe("javascriptLpSolverNeverHangs", () => {
  it.each(stalled)("%s: a pivot budget ends the solve with a clear status, the same every time", (_name, input) => {
    const pool = compilePool(parse(input));
    const model = toPoolModel(pool);
    // No clock at all: only the pivot budget can stop it.
    const request = { solver: javascriptLpSolver(2_000), maxUnits: 99, timeLimitMs: Number.POSITIVE_INFINITY, clock: () => 0 };
    const first = solveExact(pool, model, request);
    expect(first.status).toBe("no_answer");
    expect(solveExact(pool, model, request)).toEqual(first);
  });

  it.each(stalled)("%s: compose with method exact returns a checked answer within its time limit", (_name, input) => {
    // The real clock: the time limit, not the (large) pivot budget of method "exact", must stop the solver.
    // Generous slack for a shared CI machine; bench/exact.ts reports the real overshoot.
    const result = compose(input, { method: "exact", seed: 1, maxIterations: 5_000, timeLimitMs: 1_500 });
    expect(result.stats.exact?.outcome).toMatch(/^(no_answer|proven|limit)$/);
    expect(result.stats.elapsedMs).toBeLessThanOrEqual(1_500 + 1_000);
    expect(Number.isFinite(result.stats.objective)).toBe(true);
    expect(check(input, result).ok).toBe(true);
  });
});
