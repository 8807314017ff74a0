import { check } from "../check/check.js";
import { compilePool, type CompiledPool } from "../compile/compilePool.js";
import { addScore, emptyScore, totalScore } from "../compile/objective.js";
import { toPoolModel } from "../compile/toPoolModel.js";
import { solvePool, type FoundGroup } from "../core/poolSearch.js";
import { solveExact } from "../exact/solveExact.js";
import { explainWaitlist } from "../explain/explainWaitlist.js";
import type { ComposeResult, ComposeStatus } from "../model/result.js";
import type { ComposeInput, ComposeOptions, ComposeOptionsInput } from "../model/schemas.js";
import { parse, parseOptions } from "../model/validate.js";
import { assignStarters } from "./assignStarters.js";
import { buildGroups } from "./buildGroups.js";
import { CompositionError } from "./errors.js";

/**
 * Composes groups from a list of people who want one, and says why each of the others waits.
 *
 * The pipeline: parse → compile → search → assign starters → build → explain → check.
 *
 * @param input - candidates, policy, venues, starters, existing groups and distances.
 * @param options - `seed` (default 1), `timeLimitMs` (default 2000), `maxIterations`,
 *   `signal`, `onProgress`, `method` (default "auto"), `stopWhenIdle` (default true),
 *   `assert` (default false), `now` (the clock used for time limits).
 * @returns groups, a waitlist with a reason for every waiting person, and run statistics.
 * @throws ValidationError when the input or options are invalid (every issue listed, no personal values).
 * @throws CompositionError if the independent checker rejects the composition (a bug in sammen).
 */
export function compose(input: ComposeInput, options: ComposeOptionsInput = {}): ComposeResult {
  const settings = parseOptions(options);
  const clock = settings.now ?? (() => performance.now());
  const started = clock();
  const problem = parse(input);
  // The checker parses the input again, and explaining and building cost about as much again: keep that back.
  const verdictReserve = 3 * (clock() - started);
  const pool = compilePool(problem);

  const found = chooseComposition(pool, settings, clock, started, verdictReserve);
  const ordered = stableOrder(found.groups);
  const starters = assignStarters(pool, ordered);
  const lackedStarter = new Set<number>();
  const kept: FoundGroup[] = [];
  const keptStarters: string[][] = [];
  const bookings = new Map<number, number>();
  ordered.forEach((group, g) => {
    const assigned = starters[g];
    if (assigned) {
      kept.push(group);
      keptStarters.push(assigned);
      if (group.option >= 0) bookings.set(group.option, (bookings.get(group.option) ?? 0) + 1);
      return;
    }
    for (const m of group.members) lackedStarter.add(m);
  });

  const placed = new Uint8Array(pool.n);
  for (const group of kept) for (const m of group.members) placed[m] = 1;
  const groups = buildGroups(pool, kept, keptStarters);
  const waitlist = explainWaitlist(pool, placed, {
    lackedStarter,
    optionFull: (option) => (bookings.get(option) ?? 0) >= roomsOf(pool, option),
  });

  const score = emptyScore();
  for (const group of groups) addScore(score, group.score);
  const result: ComposeResult = {
    status: found.proven && groups.length > 0 ? "optimal" : statusOf(groups.length, found.stoppedBy),
    groups,
    waitlist,
    stats: {
      objective: totalScore(score),
      score,
      method: found.method,
      ...(found.proven ? { bound: totalScore(score), gap: 0 } : {}),
      seed: settings.seed,
      iterations: found.iterations,
      stoppedBy: found.stoppedBy,
      placed: groups.reduce((sum, g) => sum + g.members.length, 0),
      waiting: waitlist.length,
      elapsedMs: 0,
    },
  };
  verify(input, result);
  result.stats.elapsedMs = Math.max(0, clock() - started);
  settings.onProgress?.({ elapsedMs: result.stats.elapsedMs, iterations: found.iterations, bestObjective: result.stats.objective });
  return result;
}

/** Longest `auto` spends trying to prove the search's answer optimal. */
const PROOF_AFTER_SEARCH_MS = 250;

/** The groups to build on, how they were found, and whether they are proven best. */
interface Choice {
  groups: FoundGroup[];
  iterations: number;
  stoppedBy: ComposeResult["stats"]["stoppedBy"];
  method: "search" | "exact";
  proven: boolean;
}

/**
 * `search` runs the engine; `exact` solves small pools with the MIP first (the search takes
 * over when the pool is too large or a rule is not linearised); `auto` runs the search, then
 * tries to prove its answer optimal, or beat it, with the MIP while time remains.
 */
function chooseComposition(pool: CompiledPool, settings: ComposeOptions, clock: () => number, started: number, reserve: number): Choice {
  const model = toPoolModel(pool);
  const remaining = (): number => settings.timeLimitMs - Math.min(reserve, 0.4 * settings.timeLimitMs) - (clock() - started);
  // A proof after the search gets a bounded share: pools the bundled solver cannot close quickly it rarely closes at all.
  const exact = (cap: number): ReturnType<typeof solveExact> | null =>
    remaining() > 0 && settings.signal?.aborted !== true ? solveExact(pool, model, Math.min(cap, remaining()), clock) : null;
  if (settings.method === "exact") {
    const answer = exact(Number.POSITIVE_INFINITY);
    if (answer !== null && "status" in answer) return { groups: answer.groups, iterations: 0, stoppedBy: "completed", method: "exact", proven: answer.status === "optimal" };
  }
  const found = solvePool(model, searchOptions(settings, clock, started, reserve));
  const searched: Choice = { groups: found.groups, iterations: found.iterations, stoppedBy: found.stoppedBy, method: "search", proven: false };
  if (settings.method !== "auto" || found.stoppedBy === "signal") return searched;
  const answer = exact(PROOF_AFTER_SEARCH_MS);
  if (answer === null || !("status" in answer)) return searched;
  const proven = answer.status === "optimal";
  // The search's own answer is kept when the proof shows it is already the best.
  if (answer.objective > found.objective + 1e-6 * Math.max(1, Math.abs(found.objective))) {
    return { groups: answer.groups, iterations: found.iterations, stoppedBy: found.stoppedBy, method: "exact", proven };
  }
  return { ...searched, proven: proven && answer.objective >= found.objective - 1e-6 * Math.max(1, Math.abs(found.objective)) };
}

/**
 * The time limit counts from the call: parsing and compiling come out of the search's share,
 * and so does the time kept back for the verdict (at most 40 % of the limit).
 */
function searchOptions(settings: ComposeOptions, clock: () => number, started: number, reserve: number) {
  const reserved = Math.min(reserve, 0.4 * settings.timeLimitMs);
  return {
    seed: settings.seed,
    timeLimitMs: Math.max(0, settings.timeLimitMs - reserved - (clock() - started)),
    ...(settings.maxIterations === undefined ? {} : { maxIterations: settings.maxIterations }),
    ...(settings.signal === undefined ? {} : { signal: settings.signal }),
    ...(settings.onProgress === undefined
      ? {}
      : { onProgress: (p: { elapsedMs: number; iterations: number; bestObjective: number }) => settings.onProgress?.(p) }),
    now: clock,
    assert: settings.assert,
    stopWhenIdle: settings.stopWhenIdle,
  };
}

/** Existing groups first in input order, then new groups by their first member, so ids read in pool order. */
function stableOrder(groups: readonly FoundGroup[]): FoundGroup[] {
  const key = (g: FoundGroup): number => (g.pinned >= 0 ? g.pinned - 1e9 : Math.min(...g.members));
  return [...groups].sort((a, b) => key(a) - key(b));
}

function roomsOf(pool: CompiledPool, option: number): number {
  const { slots, places } = pool.meeting;
  return slots[0] === null ? Number.POSITIVE_INFINITY : places[Math.floor(option / slots.length)]!.rooms;
}

function statusOf(groupCount: number, stoppedBy: ComposeResult["stats"]["stoppedBy"]): ComposeStatus {
  if (groupCount === 0) return "no-groups-possible";
  return stoppedBy === "time" || stoppedBy === "signal" ? "stopped" : "feasible";
}

/** The checker is the second opinion: a composition it rejects is never returned. */
function verify(input: ComposeInput, result: ComposeResult): void {
  const report = check(input, result);
  if (!report.ok) {
    throw new CompositionError(report.violations.map((v) => (v.groupId === undefined ? { rule: v.rule } : { rule: v.rule, groupId: v.groupId })));
  }
}
