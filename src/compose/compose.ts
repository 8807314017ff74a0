import { check } from "../check/check.js";
import { compilePool, type CompiledPool } from "../compile/compilePool.js";
import { addScore, emptyScore, scoreGroup, totalScore } from "../compile/objective.js";
import { explainWaitlist } from "../explain/explainWaitlist.js";
import type { ComposeResult, ComposeStatus, WaitReasonCode } from "../model/result.js";
import type { ComposeInput, ComposeOptionsInput } from "../model/schemas.js";
import { parse, parseOptions } from "../model/validate.js";
import { assignStarters } from "./assignStarters.js";
import { buildGroups } from "./buildGroups.js";
import { construct } from "./construct.js";
import type { DraftGroup } from "./draft.js";
import { CompositionError } from "./errors.js";

/**
 * Composes groups from a list of people who want one, and says why each of the others waits.
 *
 * The pipeline: parse → compile → construct → assign starters → build → explain → check.
 *
 * @param input - candidates, policy, venues, starters, existing groups and distances.
 * @param options - `seed` (default 1), `timeLimitMs` (default 2000), `maxIterations`,
 *   `signal`, `onProgress`, `method` (default "auto"), `now` (the clock used for time limits).
 * @returns groups, a waitlist with a reason for every waiting person, and run statistics.
 * @throws ValidationError when the input or options are invalid (every issue listed, no personal values).
 * @throws CompositionError if the independent checker rejects the composition (a bug in sammen).
 */
export function compose(input: ComposeInput, options: ComposeOptionsInput = {}): ComposeResult {
  const settings = parseOptions(options);
  const clock = settings.now ?? (() => performance.now());
  const started = clock();
  const problem = parse(input);
  const pool = compilePool(problem);

  const construction = construct(pool);
  const starters = assignStarters(pool, construction.groups);
  const lackedStarter = new Set<number>();
  const kept: DraftGroup[] = [];
  const keptStarters: string[][] = [];
  construction.groups.forEach((group, g) => {
    const assigned = starters[g];
    if (assigned) {
      kept.push(group);
      keptStarters.push(assigned);
      return;
    }
    construction.rooms.release(group.option);
    for (const m of group.members) lackedStarter.add(m);
  });

  const placed = new Uint8Array(pool.n);
  for (const group of kept) for (const m of group.members) placed[m] = 1;
  const groups = buildGroups(pool, kept, keptStarters);
  const waitlist = explainWaitlist(pool, placed, {
    setAside: setAsideByCandidate(pool, construction.setAside),
    lackedStarter,
    optionFull: (option) => !construction.rooms.free(option),
  });

  const score = emptyScore();
  for (const group of kept) addScore(score, scoreGroup(pool, group.members, group.option));
  const placedCount = groups.reduce((sum, g) => sum + g.members.length, 0);
  const result: ComposeResult = {
    status: statusOf(groups.length, settings.signal?.aborted === true),
    groups,
    waitlist,
    stats: {
      objective: totalScore(score),
      score,
      method: "construct",
      seed: settings.seed,
      iterations: 0,
      stoppedBy: "completed",
      placed: placedCount,
      waiting: waitlist.length,
      elapsedMs: 0,
    },
  };
  verify(input, result);
  result.stats.elapsedMs = Math.max(0, clock() - started);
  settings.onProgress?.({ elapsedMs: result.stats.elapsedMs, iterations: 0, bestObjective: result.stats.objective });
  return result;
}

function statusOf(groupCount: number, aborted: boolean): ComposeStatus {
  if (groupCount === 0) return "no-groups-possible";
  return aborted ? "stopped" : "feasible";
}

function setAsideByCandidate(pool: CompiledPool, byUnit: ReadonlyMap<number, WaitReasonCode>): Map<number, WaitReasonCode> {
  const byCandidate = new Map<number, WaitReasonCode>();
  for (const [unit, code] of byUnit) for (const m of pool.units[unit]!) if (pool.pinnedTo[m]! < 0) byCandidate.set(m, code);
  return byCandidate;
}

/** The checker is the second opinion: a composition it rejects is never returned. */
function verify(input: ComposeInput, result: ComposeResult): void {
  const report = check(input, result);
  if (!report.ok) throw new CompositionError(report.violations.map((v) => (v.groupId === undefined ? { rule: v.rule } : { rule: v.rule, groupId: v.groupId })));
}
