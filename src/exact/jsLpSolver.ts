import * as lp from "javascript-lp-solver";
import type { Model, SolveResult } from "javascript-lp-solver";
import type { Mip } from "./mip.js";

/** What a MIP backend returns: values only when the answer is integral and feasible. */
export interface MipOutcome {
  /** "optimal": branch and bound finished; "feasible": stopped by its time limit with an integral answer. */
  status: "optimal" | "feasible" | "infeasible" | "no_answer";
  objective: number;
  values: Float64Array | null;
}

/** The package ships ESM (default export) and CJS (module.exports) builds under one CJS-typed d.ts: take whichever holds `Solve`. */
const solver = ((lp as unknown as { default?: { Solve(model: Model): unknown } }).default ?? (lp as unknown as { Solve(model: Model): unknown }));

/** How far from 0/1 a binary may be and still count as integral. */
const INTEGRALITY = 1e-6;

/**
 * Solves a Mip with javascript-lp-solver (bundled). Its time limit is checked between
 * branch-and-bound nodes only, so callers keep models small, and its simplex can cycle, so
 * cycle detection is on (without it a 10-unit pool ran for minutes); after a time-out its
 * answer may be fractional, so every answer is checked for integrality and discarded if not.
 * @param timeLimitMs - passed to the solver; `elapsedMs` says afterwards whether it was reached.
 */
export function solveWithJsLpSolver(mip: Mip, timeLimitMs: number, elapsedMs: () => number): MipOutcome {
  const names = mip.variables.map((_, k) => `v${k}`);
  const variables: Model["variables"] = {};
  const binaries: Record<string, 1> = {};
  mip.variables.forEach((v, k) => {
    variables[names[k]!] = {};
    if (v.binary) binaries[names[k]!] = 1;
  });
  for (const [k, c] of mip.objective) {
    const coefficients = variables[names[k]!]!;
    coefficients.score = (coefficients.score ?? 0) + c;
  }
  const constraints: Model["constraints"] = {};
  mip.constraints.forEach((constraint, r) => {
    if (constraint.terms.length === 0) return;
    const name = `c${r}`;
    constraints[name] = {
      ...(constraint.lower === undefined ? {} : { min: constraint.lower }),
      ...(constraint.upper === undefined ? {} : { max: constraint.upper }),
    };
    for (const [k, c] of constraint.terms) {
      const coefficients = variables[names[k]!]!;
      coefficients[name] = (coefficients[name] ?? 0) + c;
    }
  });
  const model: Model = { optimize: "score", opType: "max", constraints, variables, binaries, options: { timeout: timeLimitMs, tolerance: 0, exitOnCycles: true } };
  const result = solver.Solve(model) as SolveResult;
  const timedOut = elapsedMs() >= timeLimitMs;
  if (!result.feasible) return { status: timedOut ? "no_answer" : "infeasible", objective: Number.NaN, values: null };
  const values = Float64Array.from(names, (name) => {
    const v = result[name];
    return typeof v === "number" ? v : 0;
  });
  const integral = mip.variables.every((v, k) => !v.binary || Math.abs(values[k]! - Math.round(values[k]!)) <= INTEGRALITY);
  if (!integral || !Number.isFinite(result.result)) return { status: "no_answer", objective: Number.NaN, values: null };
  return { status: timedOut ? "feasible" : "optimal", objective: result.result + mip.constant, values };
}
