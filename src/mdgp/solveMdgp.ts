import { Budget } from "../core/budget.js";
import type { BudgetProgress, StopReason } from "../core/budget.js";
import { CoreInputError, EngineAssertionError } from "../core/errors.js";
import type { CoreIssue } from "../core/errors.js";
import { GroupingState } from "./groupingState.js";
import { Random } from "../core/random.js";
import { groupCrossover } from "./crossover.js";
import { Incumbent, TabuSearch, improvementEpsilon } from "./tabuSearch.js";
import type { TabuSearchOptions } from "./tabuSearch.js";

/**
 * A Maximally Diverse Grouping Problem instance: partition items 0..n-1 into m groups,
 * group g holding between `lower[g]` and `upper[g]` items, maximising the sum of
 * `d[i*n+j]` over pairs in the same group.
 */
export interface MdgpInstance {
  n: number;
  /** Row-major n*n, symmetric, zero diagonal. */
  d: Float64Array;
  /** Minimum size per group (its length is m). */
  lower: Int32Array;
  /** Maximum size per group (length m). */
  upper: Int32Array;
}

/** Options of `solveMdgp`. At least one of `maxIterations`, `timeLimitMs`, `signal` is required. */
export interface MdgpOptions {
  /** Seed of the pseudo-random generator; same seed + same `maxIterations` ⇒ same result. */
  seed: number;
  /** Wall-clock limit (ms) by `now`. */
  timeLimitMs?: number;
  /** Deterministic bound: number of tabu-search iterations (moves). */
  maxIterations?: number;
  /** Aborting stops the search within ~50 ms; the best so far is returned. */
  signal?: AbortSignal;
  /** Deadline clock; default `performance.now()`. */
  now?: () => number;
  /** Called at most every 100 ms. */
  onProgress?: (progress: BudgetProgress) => void;
  /** Recompute everything from scratch after each move and throw `EngineAssertionError` on drift. */
  assert?: boolean;
  /** Expert knobs of the metaheuristic; defaults scale with the instance. */
  tuning?: Partial<MdgpTuning>;
}

/** Knobs of the iterated tabu search. */
export interface MdgpTuning {
  /** Non-improving iterations that end one tabu search run. */
  depth: number;
  /** Tabu tenure = tenureBase + uniform in [0, tenureSpread). */
  tenureBase: number;
  tenureSpread: number;
  /** Random moves applied by one perturbation. */
  perturbation: number;
  /** Population size at the start and at the end of the budget (1 = iterated tabu search). */
  populationMax: number;
  populationMin: number;
}

/**
 * The outcome of `solveMdgp`. `groupOf[i]` is item i's group; `objective` is its exact
 * sum over same-group pairs; `stoppedBy` says which bound ended the search.
 * `elapsedMs` and `timeToBestMs` are the only fields that depend on the clock.
 */
export interface MdgpResult {
  groupOf: Int32Array;
  objective: number;
  /** Tabu-search iterations (moves) performed. */
  iterations: number;
  /** Iteration count when the returned assignment was found. */
  iterationsToBest: number;
  stoppedBy: StopReason;
  elapsedMs: number;
  timeToBestMs: number;
}

/** Lists every problem with an instance (empty when it is well formed and feasible). */
export function validateMdgpInstance(instance: MdgpInstance): CoreIssue[] {
  const issues: CoreIssue[] = [];
  const { n, d, lower, upper } = instance;
  if (!Number.isInteger(n) || n < 1) issues.push({ code: "bad_matrix", path: ["n"], message: "n must be a positive integer" });
  if (d.length !== n * n) issues.push({ code: "bad_matrix", path: ["d"], message: `d must hold n*n = ${n * n} values` });
  else {
    outer: for (let i = 0; i < n; i++) {
      if (d[i * n + i] !== 0) {
        issues.push({ code: "bad_matrix", path: ["d", i * n + i], message: "diagonal must be zero" });
        break;
      }
      for (let j = i + 1; j < n; j++) {
        const v = d[i * n + j]!;
        if (!Number.isFinite(v) || v !== d[j * n + i]) {
          issues.push({ code: "bad_matrix", path: ["d", i * n + j], message: "d must be finite and symmetric" });
          break outer;
        }
      }
    }
  }
  if (lower.length !== upper.length || lower.length < 1) {
    issues.push({ code: "bad_bounds", path: ["lower"], message: "lower and upper must have the same positive length" });
    return issues;
  }
  let sumLower = 0;
  let sumUpper = 0;
  for (let g = 0; g < lower.length; g++) {
    if (lower[g]! < 0 || upper[g]! < lower[g]! || upper[g]! < 1) {
      issues.push({ code: "bad_bounds", path: ["upper", g], message: "need 0 <= lower <= upper, upper >= 1" });
    }
    sumLower += lower[g]!;
    sumUpper += upper[g]!;
  }
  if (sumLower > n || sumUpper < n) {
    issues.push({
      code: "infeasible_sizes",
      path: ["lower"],
      message: `no partition fits: sum of lower bounds ${sumLower}, of upper bounds ${sumUpper}, n = ${n}`,
    });
  }
  return issues;
}

/** Default knobs for an instance (tuned by short runs on the MDGPLIB n = 240 instances). */
export function defaultMdgpTuning(n: number, _m: number): MdgpTuning {
  return {
    depth: Math.max(50, 20 * n),
    tenureBase: Math.max(1, Math.round(n / 30)),
    tenureSpread: Math.max(1, Math.round(n / 30)),
    perturbation: Math.max(2, Math.round(n / 5)),
    populationMax: 6,
    populationMin: 2,
  };
}

/**
 * Solves an MDGP instance: a small population of random feasible starts, each improved
 * by tabu search (relocate + swap); then generations of (a) random perturbation + tabu
 * search of every member and (b) group-preserving crossover + tabu search, while the
 * population shrinks over the budget. Anytime: returns the best assignment found.
 * Inside the search the group sizes need only match the bounds in some order (SizeProfile),
 * so items move between groups of different bounds freely; the answer is renamed onto them.
 * @throws CoreInputError when the instance is malformed or no partition fits the bounds.
 */
export function solveMdgp(instance: MdgpInstance, options: MdgpOptions): MdgpResult {
  const issues = validateMdgpInstance(instance);
  if (options.maxIterations === undefined && options.timeLimitMs === undefined && options.signal === undefined) {
    issues.push({ code: "bad_option", path: ["maxIterations"], message: "give maxIterations, timeLimitMs or signal" });
  }
  if (issues.length > 0) throw new CoreInputError(issues);

  const { n } = instance;
  const m = instance.lower.length;
  const tuning: MdgpTuning = { ...defaultMdgpTuning(n, m), ...options.tuning };
  const assert = options.assert === true;
  const rng = new Random(options.seed);
  const budget = new Budget({
    maxIterations: options.maxIterations,
    timeLimitMs: options.timeLimitMs,
    signal: options.signal,
    now: options.now,
    onProgress: options.onProgress,
  });
  const state = new GroupingState(instance);
  const incumbent = new Incumbent(n);
  const ts = new TabuSearch(state, rng, budget, incumbent);
  const tsOptions: TabuSearchOptions = {
    depth: tuning.depth,
    tenureBase: tuning.tenureBase,
    tenureSpread: tuning.tenureSpread,
    assert,
  };

  state.load(randomFeasibleAssignment(instance, rng));
  if (assert) state.assertConsistent("construction");
  incumbent.offer(state, budget);

  if (m > 1) {
    const progress = (): number =>
      options.maxIterations !== undefined
        ? budget.iterations / options.maxIterations
        : options.timeLimitMs !== undefined
          ? budget.elapsedMs() / options.timeLimitMs
          : 0;
    evolve(state, ts, rng, budget, tuning, tsOptions, progress);
  } else {
    budget.complete();
  }

  // Report the exact objective of the returned assignment, not the accumulated one.
  const answer = onLabelledBounds(Int32Array.from(incumbent.groupOf), state);
  state.load(answer);
  return {
    groupOf: answer,
    objective: state.objective,
    iterations: budget.iterations,
    iterationsToBest: incumbent.foundAtIteration,
    stoppedBy: budget.stoppedBy ?? "completed",
    elapsedMs: budget.elapsedMs(),
    timeToBestMs: incumbent.foundAtMs,
  };
}

/**
 * The population search: each member is a tabu-search local optimum; every generation
 * perturbs each member (kept when the new local optimum is better), then breeds children
 * by group crossover (a child replaces the worst member when better and new). The
 * population shrinks linearly from `populationMax` to `populationMin` as the budget is used.
 */
function evolve(
  state: GroupingState,
  ts: TabuSearch,
  rng: Random,
  budget: Budget,
  tuning: MdgpTuning,
  tsOptions: TabuSearchOptions,
  progress: () => number,
): void {
  const n = state.n;
  const pop: Int32Array[] = [];
  const fit: number[] = [];
  const child = new Int32Array(n);
  for (let p = 0; p < tuning.populationMax && !budget.shouldStop(); p++) {
    state.load(randomFeasibleAssignment(state, rng));
    fit.push(ts.run(tsOptions));
    pop.push(onLabelledBounds(Int32Array.from(ts.runBest), state));
  }
  const worst = (): number => {
    let w = 0;
    for (let k = 1; k < fit.length; k++) if (fit[k]! < fit[w]!) w = k;
    return w;
  };
  while (!budget.shouldStop()) {
    for (let k = 0; k < pop.length && !budget.shouldStop(); k++) {
      state.load(pop[k]!);
      perturb(state, rng, tuning.perturbation);
      if (tsOptions.assert) state.assertConsistent("perturbation");
      const found = ts.run(tsOptions);
      if (found > fit[k]! + improvementEpsilon(fit[k]!) || (found >= fit[k]! && pop.length === 1)) {
        fit[k] = found;
        pop[k]!.set(onLabelledBounds(ts.runBest, state));
      }
    }
    if (pop.length >= 2) {
      for (let c = 0; c < pop.length && !budget.shouldStop(); c++) {
        const a = rng.nextInt(pop.length);
        let b = rng.nextInt(pop.length - 1);
        if (b >= a) b++;
        groupCrossover(pop[a]!, pop[b]!, child, state, rng);
        state.load(child);
        if (tsOptions.assert) state.assertConsistent("crossover");
        const found = ts.run(tsOptions);
        const w = worst();
        const duplicate = fit.some((f) => Math.abs(f - found) <= improvementEpsilon(f));
        if (found > fit[w]! && !duplicate) {
          fit[w] = found;
          pop[w]!.set(onLabelledBounds(ts.runBest, state));
        }
      }
    }
    const target = Math.max(
      tuning.populationMin,
      Math.round(tuning.populationMax - (tuning.populationMax - tuning.populationMin) * Math.min(1, progress())),
    );
    while (pop.length > target) {
      const w = worst();
      pop.splice(w, 1);
      fit.splice(w, 1);
    }
  }
}

/**
 * Renames the groups of an assignment (in place) so that group g's size lies in bound g.
 * The search lets sizes match the bounds in any order (SizeProfile); members, sizes and
 * objective are unchanged, and a group already inside its own bound keeps its name when
 * all of them are. Crossover and the caller see labelled bounds.
 */
function onLabelledBounds(groupOf: Int32Array, state: GroupingState): Int32Array {
  const size = new Int32Array(state.m);
  for (let i = 0; i < groupOf.length; i++) size[groupOf[i]!]!++;
  const label = state.profile.labelling(size);
  if (label === null) throw new EngineAssertionError("sizeBounds", -1, -1, "sizes match no bounds");
  for (let i = 0; i < groupOf.length; i++) groupOf[i] = label[groupOf[i]!]!;
  return groupOf;
}

/** A uniformly shuffled assignment meeting every size bound (lower bounds first). */
export function randomFeasibleAssignment(instance: Pick<MdgpInstance, "n" | "lower" | "upper">, rng: Random): Int32Array {
  const { n, lower, upper } = instance;
  const m = lower.length;
  const order = rng.shuffle(Int32Array.from({ length: n }, (_, i) => i));
  const groupOf = new Int32Array(n);
  const size = new Int32Array(m);
  let k = 0;
  for (let g = 0; g < m; g++) {
    for (let c = 0; c < lower[g]!; c++) groupOf[order[k++]!] = g;
    size[g] = lower[g]!;
  }
  const open: number[] = [];
  for (let g = 0; g < m; g++) if (size[g]! < upper[g]!) open.push(g);
  while (k < n) {
    const slot = rng.nextInt(open.length);
    const g = open[slot]!;
    groupOf[order[k++]!] = g;
    size[g]!++;
    if (size[g]! >= upper[g]!) {
      open[slot] = open[open.length - 1]!;
      open.pop();
    }
  }
  return groupOf;
}

/** Applies `count` random moves: swaps of items in different groups, and relocations where sizes allow. */
function perturb(state: GroupingState, rng: Random, count: number): void {
  const { n, m } = state;
  for (let c = 0; c < count; c++) {
    const i = rng.nextInt(n);
    if (rng.nextInt(2) === 0) {
      const g = rng.nextInt(m);
      if (state.canRelocate(i, g)) {
        state.applyRelocate(i, g);
        continue;
      }
    }
    let j = rng.nextInt(n);
    for (let tries = 0; tries < 8 && state.groupOf[j] === state.groupOf[i]; tries++) j = rng.nextInt(n);
    if (state.groupOf[j] !== state.groupOf[i]) state.applySwap(i, j);
  }
}
