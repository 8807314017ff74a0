import type { CompiledPool } from "../compile/compilePool.js";
import type { PoolModel } from "../core/poolModel.js";
import { formulate, placeableUnits, type Unsupported } from "./formulate.js";
import { solveWithJsLpSolver } from "./jsLpSolver.js";

/**
 * Largest pool (placeable units) given to the bundled solver: its time limit is only checked
 * between branch-and-bound nodes, and at this size one node takes milliseconds, so it cannot
 * hang the caller. Measured: pools of up to nine units solve in 7 ms on average, 1 s at worst.
 */
export const EXACT_MAX_UNITS = 10;

/** A proven (or time-limited) exact answer. */
export interface ExactAnswer {
  status: "optimal" | "feasible";
  objective: number;
  groups: { members: number[]; option: number; pinned: number }[];
}

export type ExactOutcome = ExactAnswer | Unsupported | { unsupported: "too_large" } | { failed: "infeasible" | "no_answer" | "mismatch" };

/**
 * Solves a small pool exactly with the bundled MIP solver. The answer is decoded, re-scored
 * from scratch with the engine's own objective and rejected if the two disagree, so a
 * formulation slip can never pass as a proof.
 */
export function solveExact(pool: CompiledPool, model: PoolModel, timeLimitMs: number, clock: () => number): ExactOutcome {
  if (placeableUnits(model).length > EXACT_MAX_UNITS) return { unsupported: "too_large" };
  const formulation = formulate(pool, model);
  if ("unsupported" in formulation) return formulation;
  const started = clock();
  const outcome = solveWithJsLpSolver(formulation.mip, Math.max(1, timeLimitMs), () => clock() - started);
  if (outcome.values === null) return { failed: outcome.status === "infeasible" ? "infeasible" : "no_answer" };
  const values = outcome.values;
  const found = formulation.decode((v) => values[v]!);
  const pinned = model.pinned.map((spec, p) => ({ members: [...spec.members], option: spec.recordedOption, pinned: p }));
  const groups = [...pinned, ...found.map((g) => ({ ...g, pinned: -1 }))];
  const rescored = groups.reduce((sum, g) => sum + model.groupScore(g.members, g.option), 0);
  if (Math.abs(rescored - outcome.objective) > 1e-6 * Math.max(1, Math.abs(rescored))) return { failed: "mismatch" };
  return { status: outcome.status === "optimal" ? "optimal" : "feasible", objective: rescored, groups };
}
