import type { CompiledPool } from "../compile/compilePool.js";
import { toPoolModel } from "../compile/toPoolModel.js";
import { searchPool, type ExchangeReport, type FoundGroup, type PoolSearchOptions } from "../core/poolSearch.js";
import type { MipSolver } from "../exact/mipSolver.js";
import { solveExact, type ExactOutcome } from "../exact/solveExact.js";
import type { ComposeStats, ExactReport } from "../model/result.js";
import type { ComposeOptions } from "../model/schemas.js";

/** The groups to build on, how they were found, and what the exact method said. */
export interface Choice {
  groups: FoundGroup[];
  objective: number;
  iterations: number;
  stoppedBy: ComposeStats["stoppedBy"];
  method: "search" | "exact";
  proven: boolean;
  bound?: number;
  exact?: ExactReport;
}

/**
 * Most placeable units the exact method takes on. In `auto` the bundled solver gets pools of up
 * to a dozen people and a pivot budget, not a share of the clock, so a run bounded by work stays
 * reproducible. Measured on 400 random pools (151 of them in reach): 1,000 pivots prove 114
 * and give up on 37 in 2.4 s in all; 3,000 prove 123 and give up on 28 in 10 s, nearly all of
 * it spent where javascript-lp-solver stalls. HiGHS gets larger pools; `exact` larger still.
 * Both may use all the time that remains.
 */
const AUTO_PIVOTS = 1_000;
const AUTO_MAX_UNITS = { bundled: 12, given: 40 } as const;
const EXACT_MAX_UNITS = 60;

/**
 * The MIP solver `auto` and `exact` use when the caller gives none, made with a pivot budget (or
 * its own default): javascript-lp-solver in `sammen`; none in `sammen/lean`, whose bundle leaves it out.
 */
export type BundledSolver = (maxPivots?: number) => MipSolver;

/** Two objectives this close are the same answer. */
function sameOrBetter(a: number, b: number): boolean {
  return a >= b - 1e-7 * Math.max(1, Math.abs(b));
}

/**
 * `search` runs the engine only. `auto` and `exact` run the engine, then hand its answer as a
 * starting point to the MIP solver (`options.mipSolver`, else the bundled one) while time
 * remains: a proof marks the answer optimal, a better answer replaces it. Without either solver
 * they run the engine only, as `search` does. A generator only for the search's exchanges
 * (`searchPool`): without `search.exchange` it never yields.
 * @param remainingMs - time left for solving (the verdict's reserve already taken out).
 * @param bundled - the solver used when `options.mipSolver` is absent; undefined for none.
 */
export function* chooseComposition(
  pool: CompiledPool,
  settings: ComposeOptions,
  search: PoolSearchOptions,
  remainingMs: () => number,
  clock: () => number,
  bundled: BundledSolver | undefined,
  onExact: () => void = () => {},
): Generator<ExchangeReport, Choice, FoundGroup[] | null> {
  const model = toPoolModel(pool);
  const found = yield* searchPool(model, search);
  const searched: Choice = { groups: found.groups, objective: found.objective, iterations: found.iterations, stoppedBy: found.stoppedBy, method: "search", proven: false };
  if (settings.method === "search") return searched;
  const solver: MipSolver | undefined = settings.mipSolver ?? (bundled === undefined ? undefined : settings.method === "auto" ? bundled(AUTO_PIVOTS) : bundled());
  if (solver === undefined) return searched;
  const maxUnits = settings.method === "exact" ? EXACT_MAX_UNITS : AUTO_MAX_UNITS[settings.mipSolver === undefined ? "bundled" : "given"];
  const report = (outcome: ExactReport["outcome"], extra: Partial<ExactReport> = {}): Choice => ({ ...searched, exact: { solver: solver.name, outcome, improvedSearch: false, ...extra } });
  const timeLeft = remainingMs();
  if (found.stoppedBy === "signal" || settings.signal?.aborted === true || search.aborted?.() === true || timeLeft <= 0) return report("no_time");
  onExact();

  const start = found.groups;
  const outcome: ExactOutcome = solveExact(pool, model, { solver, maxUnits, timeLimitMs: timeLeft, clock, start });
  if (outcome.status === "not_linearised") return report("not_linearised", { rule: outcome.rule });
  if (outcome.status === "too_large") return report("too_large");
  if (outcome.status === "no_time") return report("no_time");
  const bound = outcome.bound === undefined ? {} : { bound: Math.max(outcome.bound, found.objective) };
  if (outcome.status === "no_answer") return { ...report("no_answer"), ...bound };
  // A "proof" below an answer the search holds is a solver slip: trust neither the proof nor its bound.
  if (outcome.status === "optimal" && !sameOrBetter(outcome.objective, found.objective)) return report("no_answer");
  if (sameOrBetter(found.objective, outcome.objective)) {
    // The search's answer stands: the MIP found nothing better, and may have proved it best.
    const proven = outcome.status === "optimal";
    return { ...report(proven ? "proven" : "limit"), ...(proven ? { bound: found.objective } : bound), proven };
  }
  const groups: FoundGroup[] = outcome.groups.map((g) => ({ members: g.members, option: g.option, pinned: g.pinned }));
  const upper = outcome.status === "optimal" ? { bound: outcome.objective } : bound;
  return {
    groups,
    objective: outcome.objective,
    iterations: found.iterations,
    stoppedBy: found.stoppedBy,
    method: "exact",
    proven: outcome.status === "optimal",
    ...upper,
    exact: { solver: solver.name, outcome: outcome.status === "optimal" ? "proven" : "limit", improvedSearch: true },
  };
}
