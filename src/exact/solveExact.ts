import type { CompiledPool } from "../compile/compilePool.js";
import type { PoolModel } from "../core/poolModel.js";
import { formulate, placeableUnitCount, type ProgramGroup } from "./formulate.js";
import { mipObjective, mipViolation, type Mip } from "./mip.js";
import type { MipLimits, MipOutcome, MipSolver } from "./mipSolver.js";
import { validGroups } from "./validGroups.js";

/** A group of an exact answer: items, meeting option, and the existing group it is (or -1). */
export type ExactGroup = ProgramGroup;

/**
 * What one exact attempt ended with. `optimal`: proven best (`groups` hold it); `feasible`:
 * stopped by a limit, `groups` hold the best answer it had and `bound` the best bound.
 */
export type ExactOutcome =
  | { status: "optimal" | "feasible"; objective: number; bound?: number; groups: ExactGroup[] }
  | { status: "not_linearised"; rule: "overbooked_rooms" }
  | { status: "too_large" }
  | { status: "no_time" }
  | { status: "no_answer"; bound?: number };

export interface ExactRequest {
  solver: MipSolver;
  /** Most placeable units this attempt takes on. */
  maxUnits: number;
  timeLimitMs: number;
  clock: () => number;
  /** The search's answer (every group, existing ones included): the starting incumbent. */
  start?: readonly ProgramGroup[];
}

/** Relative tolerance when comparing the MIP's objective with the engine's own score. */
const SCORE_TOLERANCE = 1e-7;

/**
 * Solves a pool exactly. The answer is decoded, checked against the model's hard rules and
 * re-scored from scratch with the engine's own objective; any disagreement discards it, so a
 * formulation or solver slip can never pass as a proof.
 */
export function solveExact(pool: CompiledPool, model: PoolModel, request: ExactRequest): ExactOutcome {
  const entered = request.clock();
  if (placeableUnitCount(model) > request.maxUnits) return { status: "too_large" };
  const formulation = formulate(pool, model);
  if ("unsupported" in formulation) return { status: "not_linearised", rule: formulation.unsupported };
  const { mip } = formulation;
  const incumbent = request.start === undefined ? null : formulation.encode(request.start);
  // A start the program rejects would mean the program and the engine disagree: leave it out.
  const usable = incumbent !== null && mipViolation(mip, incumbent) === null ? incumbent : null;
  // Building the program took what was left: a solver given no time still runs its set-up past the limit.
  const leftMs = request.timeLimitMs - (request.clock() - entered);
  if (leftMs <= 0 && mip.variables.length > 0) return { status: "no_time" };
  // No variable: nobody can start a new group, and that needs no solver to prove.
  const outcome: MipOutcome =
    mip.variables.length === 0
      ? { status: "optimal", objective: mip.constant, values: new Float64Array(0) }
      : solveGuarded(request.solver, mip, { timeLimitMs: leftMs, clock: request.clock, ...(usable === null ? {} : { incumbent: usable }) });
  const bound = outcome.bound !== undefined && Number.isFinite(outcome.bound) ? { bound: outcome.bound } : {};
  if (outcome.values === null || mipViolation(mip, outcome.values, 1e-5) !== null) return { status: "no_answer", ...bound };
  const values = outcome.values;
  const groups = formulation.decode((v) => values[v]!);
  const rescored = groups.reduce((sum, g) => sum + model.groupScore(g.members, g.option), 0);
  const claimed = mipObjective(mip, values);
  if (!validGroups(model, groups) || Math.abs(rescored - claimed) > SCORE_TOLERANCE * Math.max(1, Math.abs(rescored))) return { status: "no_answer", ...bound };
  return { status: outcome.status === "optimal" ? "optimal" : "feasible", objective: rescored, ...bound, groups };
}

/** A solver that throws (out of memory in WebAssembly, a caller's own backend) costs the proof, never the composition. */
function solveGuarded(solver: MipSolver, mip: Mip, limits: MipLimits): MipOutcome {
  try {
    return solver.solve(mip, limits);
  } catch {
    return { status: "no_answer", objective: Number.NaN, values: null };
  }
}
