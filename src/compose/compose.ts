import { check } from "../check/check.js";
import { compilePool, type CompiledPool } from "../compile/compilePool.js";
import { addScore, emptyScore, totalScore } from "../compile/objective.js";
import type { ExchangeReport, ExchangeSchedule, FoundGroup } from "../core/poolSearch.js";
import { explainWaitlist } from "../explain/explainWaitlist.js";
import type { Locale } from "../model/locale.js";
import type { ComposeResult, ComposeStatus, ComposeWarning } from "../model/result.js";
import type { ComposeInput, ComposeOptions, ComposeOptionsInput, Progress, ProgressPhase } from "../model/schemas.js";
import { ValidationError } from "../model/issues.js";
import { parseOptions, validateInput } from "../model/validate.js";
import { assignStarters } from "./assignStarters.js";
import { buildGroups } from "./buildGroups.js";
import { chooseComposition, type BundledSolver } from "./chooseComposition.js";
import { CompositionError } from "./errors.js";
import { verdictTimeMs } from "./verdictTime.js";

/**
 * What `compose` cannot take as an option because it is not a public promise: the worker API's
 * reader of a shared cancel flag (a synchronous search cannot see an `AbortSignal` fire), and
 * the entry's own MIP solver (kept out of this module so `sammen/lean` bundles without it).
 */
export interface ComposeHooks {
  /** Read where the signal is; true stops the search as an aborted signal does. */
  aborted?: () => boolean;
  /** The MIP solver for `auto` and `exact` when `options.mipSolver` is absent; none: they run the search only. */
  bundledSolver?: BundledSolver;
  /** Pause the search on this schedule to exchange its best (`composeSteps`). */
  exchange?: ExchangeSchedule;
}

/**
 * `compose`'s pipeline: parse → compile → search (→ exact proof) → extra starters → build →
 * explain → check. `sammen`'s `compose` gives it the bundled MIP solver, `sammen/lean`'s none,
 * and the worker API its cancel flag (internal: not exported from the package).
 */
export function composeWithHooks(input: ComposeInput, options: ComposeOptionsInput, hooks: ComposeHooks): ComposeResult {
  const steps = composeSteps(input, options, hooks);
  for (;;) {
    const step = steps.next(null);
    if (step.done) return step.value;
  }
}

/**
 * `compose` as steps, for a portfolio of searches that share their best: with `hooks.exchange`
 * the search yields its best on that schedule and goes on from the composition it is answered
 * with (null: its own), and yields once more when it has stopped, before the room pass
 * (`searchPool`). Without it, it never yields.
 */
export function* composeSteps(input: ComposeInput, options: ComposeOptionsInput, hooks: ComposeHooks): Generator<ExchangeReport, ComposeResult, FoundGroup[] | null> {
  const settings = parseOptions(options);
  const clock = settings.now ?? (() => performance.now());
  const started = clock();
  const progress = progressReporter(settings.onProgress, clock, started);
  const aborted = (): boolean => settings.signal?.aborted === true || hooks.aborted?.() === true;
  progress.phase("reading");
  // The checker reads the plain copy validation made, so none of the caller's getters runs twice.
  const { result: validated, plain } = validateInput(input, settings.locale);
  if (!validated.success) throw new ValidationError(validated.issues, settings.locale);
  const problem = validated.data;
  const parseMs = clock() - started;
  progress.phase("first-composition");
  const pool = compilePool(problem);
  // The search stops in time for the verdict on its best composition so far, which costs less as more people are placed.
  let lastPlaced: number | undefined;
  const keepBackMs = (placed: number | undefined): number => {
    if (placed !== undefined) lastPlaced = placed;
    return verdictTimeMs(pool.n, parseMs, lastPlaced);
  };
  const remainingMs = (): number => settings.timeLimitMs - keepBackMs(undefined) - (clock() - started);
  const search = { ...searchOptions(settings, clock, started, progress), keepBackMs, aborted, ...(hooks.exchange === undefined ? {} : { exchange: hooks.exchange }) };
  const found = yield* chooseComposition(pool, settings, search, remainingMs, clock, hooks.bundledSolver, () => progress.phase("exact"));
  const ordered = stableOrder(found.groups);
  const starters = assignStarters(pool, ordered);
  const placed = new Uint8Array(pool.n);
  for (const group of ordered) for (const m of group.members) placed[m] = 1;
  progress.phase("explanations");
  const groups = buildGroups(pool, ordered, starters);
  const held = heldResources(pool, ordered, starters);
  const waitlist = explainWaitlist(pool, placed, { held }, settings.locale);

  const score = emptyScore();
  for (const group of groups) addScore(score, group.score);
  const result: ComposeResult = {
    status: found.proven && groups.length > 0 ? "optimal" : statusOf(groups.length, found.stoppedBy),
    groups,
    waitlist,
    warnings: [],
    stats: {
      objective: totalScore(score),
      score,
      method: found.method,
      ...boundAndGap(found.bound, totalScore(score)),
      ...(found.exact === undefined ? {} : { exact: found.exact }),
      seed: settings.seed,
      iterations: found.iterations,
      stoppedBy: found.stoppedBy,
      placed: groups.reduce((sum, g) => sum + g.members.length, 0),
      waiting: waitlist.length,
      elapsedMs: 0,
    },
  };
  progress.phase("check");
  result.warnings = verify(plain, result, settings.locale);
  result.stats.elapsedMs = Math.max(0, clock() - started);
  progress.done(result.stats.elapsedMs, found.iterations, result.stats.objective, result.stats.placed);
  return result;
}

/** The best bound and the relative gap to it, when the exact method produced a bound. */
function boundAndGap(bound: number | undefined, objective: number): { bound?: number; gap?: number } {
  if (bound === undefined || !Number.isFinite(bound)) return {};
  // The bound is the search's own score summed in another order when the proof closes on it.
  const upper = bound - objective <= 1e-9 * Math.max(1, Math.abs(objective)) ? objective : bound;
  return { bound: upper, gap: (upper - objective) / Math.max(1, Math.abs(upper)) };
}

/** The time limit counts from the call: parsing and compiling come out of the search's share (the verdict's is kept back as it runs). */
function searchOptions(settings: ComposeOptions, clock: () => number, started: number, progress: ProgressReporter) {
  return {
    seed: settings.seed,
    timeLimitMs: Math.max(0, settings.timeLimitMs - (clock() - started)),
    ...(settings.maxIterations === undefined ? {} : { maxIterations: settings.maxIterations }),
    ...(settings.signal === undefined ? {} : { signal: settings.signal }),
    ...(settings.onProgress === undefined
      ? {}
      : {
          onProgress: (p: { iterations: number; bestObjective: number; placed?: number }) => progress.search(p.iterations, p.bestObjective, p.placed),
          onPhase: (phase: ProgressPhase) => progress.phase(phase),
        }),
    now: clock,
    assert: settings.assert,
    stopWhenIdle: settings.stopWhenIdle,
  };
}

/** Reports progress for one call: phases as they start, the search's own reports, the end. */
interface ProgressReporter {
  phase(phase: ProgressPhase): void;
  search(iterations: number, bestObjective: number, placed: number | undefined): void;
  done(elapsedMs: number, iterations: number, bestObjective: number, placed: number): void;
}

/**
 * Elapsed time counts from the call, not from the search's own start; iterations and the best
 * objective are carried over from the last report so phases after the search still show them.
 */
function progressReporter(onProgress: ((progress: Progress) => void) | undefined, clock: () => number, started: number): ProgressReporter {
  let iterations = 0;
  let bestObjective = Number.NEGATIVE_INFINITY;
  let placed: number | undefined;
  let current: ProgressPhase = "reading";
  const emit = (phase: ProgressPhase, elapsedMs = Math.max(0, clock() - started)): void => {
    current = phase;
    onProgress?.(placed === undefined ? { elapsedMs, iterations, bestObjective, phase } : { elapsedMs, iterations, bestObjective, phase, placed });
  };
  return {
    phase: (phase) => {
      if (onProgress !== undefined && (phase !== current || phase === "reading")) emit(phase);
    },
    search: (its, best, inGroups) => {
      iterations = its;
      bestObjective = Math.max(bestObjective, best);
      if (inGroups !== undefined) placed = inGroups;
      emit(current);
    },
    done: (elapsedMs, its, best, inGroups) => {
      iterations = its;
      bestObjective = best;
      placed = inGroups;
      emit("done", elapsedMs);
    },
  };
}

/**
 * Existing groups first, then new groups by their first member, both in the canonical order of
 * `canonicalProblem`: the output order, like the groups, does not depend on input order or ids.
 */
function stableOrder(groups: readonly FoundGroup[]): FoundGroup[] {
  const key = (g: FoundGroup): number => (g.pinned >= 0 ? g.pinned - 1e9 : Math.min(...g.members));
  return [...groups].sort((a, b) => key(a) - key(b));
}

/** Groups holding each resource (rooms, starters) in the final composition. */
function heldResources(pool: CompiledPool, groups: readonly FoundGroup[], starters: readonly (readonly string[])[]): Int32Array {
  const { meeting } = pool;
  const held = new Int32Array(meeting.resourceCapacity.length);
  const index = new Map(pool.problem.starters.map((s, k) => [s.id, k]));
  groups.forEach((g, k) => {
    if (g.option < 0) return;
    // The starters beyond the team, handed out after the search, hold their evenings and shares too.
    const team = (starters[k] ?? []).map((id) => index.get(id)!);
    for (const r of meeting.heldBy(meeting.placeOf(g.option), meeting.slotOf(g.option), team)) held[r]! += 1;
  });
  return held;
}

function statusOf(groupCount: number, stoppedBy: ComposeResult["stats"]["stoppedBy"]): ComposeStatus {
  if (groupCount === 0) return "no-groups-possible";
  return stoppedBy === "time" || stoppedBy === "signal" ? "stopped" : "feasible";
}

/**
 * The checker is the second opinion: a composition it rejects is never returned. Its warnings
 * (what the input already breaks) become the result's, so `compose` and `check` say the same.
 */
function verify(input: unknown, result: ComposeResult, locale: Locale): ComposeWarning[] {
  const report = check(input, result, { locale });
  if (!report.ok) {
    throw new CompositionError(report.violations.map((v) => (v.groupId === undefined ? { rule: v.rule } : { rule: v.rule, groupId: v.groupId })));
  }
  return report.warnings;
}
