import * as lp from "javascript-lp-solver";
import type { Model, SolveResult } from "javascript-lp-solver";
import type { Mip } from "./mip.js";
import type { MipLimits, MipOutcome, MipSolver } from "./mipSolver.js";

interface PivotingTableau {
  pivot: (this: unknown, row: number, column: number) => void;
}

interface BundledSolver {
  Solve(model: Model): unknown;

  Tableau?: { prototype: PivotingTableau };
}

/** The package ships ESM (default export) and CJS (module.exports) builds under one CJS-typed d.ts: take whichever holds `Solve`. */
const bundled = (lp as unknown as { default?: BundledSolver }).default ?? (lp as unknown as BundledSolver);

/** How far from 0/1 a binary may be and still count as integral. */
const INTEGRALITY = 1e-6;

/** Its simplex keeps a dense tableau (rows × columns doubles): above this many cells (40 MB) it is not started. */
const MAX_TABLEAU_CELLS = 5_000_000;

/** Thrown from inside the bundled solver's simplex when the budget is spent; never escapes `solve`. */
class PivotBudgetSpent extends Error {}

/**
 * javascript-lp-solver (bundled). Its own time limit is checked only between branch-and-bound
 * nodes, and its phase-one simplex can run without end on degenerate models (measured: an
 * 8-person pool ran for minutes), so every pivot is counted: past `maxPivots`, or once the
 * clock passes the limit, the solve is abandoned and reported as `no_answer`. After a stop it
 * may also return a fractional answer marked feasible, so every answer is checked for integrality.
 * @param maxPivots - a work bound that makes a run reproducible (a pivot here takes 10–250 µs).
 */
export function javascriptLpSolver(maxPivots = 2_000_000): MipSolver {
  return {
    name: "javascript-lp-solver",
    solve: (mip, limits) => solveBounded(mip, limits, maxPivots),
  };
}

function solveBounded(mip: Mip, limits: MipLimits, maxPivots: number): MipOutcome {
  const tableau = bundled.Tableau?.prototype;
  // Without a pivot hook the solver could not be stopped: refuse rather than risk a hang.
  if (tableau === undefined || typeof tableau.pivot !== "function") return { status: "no_answer", objective: Number.NaN, values: null };
  if ((mip.constraints.length + 1) * (mip.variables.length + mip.constraints.length + 1) > MAX_TABLEAU_CELLS) return { status: "no_answer", objective: Number.NaN, values: null };
  const started = limits.clock();
  let pivots = 0;
  const original = tableau.pivot;
  tableau.pivot = function countedPivot(this: unknown, row: number, column: number): void {
    pivots += 1;
    if (pivots > maxPivots || limits.clock() - started >= limits.timeLimitMs) throw new PivotBudgetSpent();
    original.call(this, row, column);
  };
  let result: SolveResult;
  try {
    result = bundled.Solve(toModel(mip)) as SolveResult;
  } catch (error) {
    if (error instanceof PivotBudgetSpent) return { status: "no_answer", objective: Number.NaN, values: null };
    throw error;
  } finally {
    tableau.pivot = original;
  }
  return readResult(mip, result);
}

function toModel(mip: Mip): Model {
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
  // No `timeout`: the pivot budget is the only limit, read from the caller's clock. No cycle exit
  // either: a cut-short cycle marks its node infeasible and could prune the optimum from a "proof".
  return { optimize: "score", opType: "max", constraints, variables, binaries, options: { tolerance: 0, exitOnCycles: false } };
}

function readResult(mip: Mip, result: SolveResult): MipOutcome {
  // The empty composition is always feasible: "infeasible" here means the solver gave up.
  if (!result.feasible) return { status: "no_answer", objective: Number.NaN, values: null };
  const values = Float64Array.from(mip.variables, (_, k) => {
    const v = result[`v${k}`];
    return typeof v === "number" ? v : 0;
  });
  const integral = mip.variables.every((v, k) => !v.binary || Math.abs(values[k]! - Math.round(values[k]!)) <= INTEGRALITY);
  if (!integral || !Number.isFinite(result.result)) return { status: "no_answer", objective: Number.NaN, values: null };
  return { status: "optimal", objective: result.result + mip.constant, values };
}
