import type { Mip } from "./mip.js";

/** Limits of one MIP solve. `clock` is the caller's clock in milliseconds. */
export interface MipLimits {
  timeLimitMs: number;
  clock: () => number;
  /** A known feasible solution (all variable values): a start for solvers that take one. */
  incumbent?: Float64Array;
}

/**
 * What a MIP solver returns. `optimal` only when the search tree was closed; `feasible` when a
 * limit stopped it with an integral answer (with the best bound when the solver has one);
 * values are given only for integral answers.
 */
export interface MipOutcome {
  status: "optimal" | "feasible" | "infeasible" | "no_answer";
  objective: number;
  /** Proven upper bound on the objective (maximisation), when known. */
  bound?: number;
  values: Float64Array | null;
}

/** A backend that solves a Mip (maximise) within limits and never runs past them. */
export interface MipSolver {
  readonly name: string;
  solve(mip: Mip, limits: MipLimits): MipOutcome;
}
