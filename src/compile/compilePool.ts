import { UnionFind } from "../core/unionFind.js";
import type { Problem } from "../model/schemas.js";
import type { WaitReasonCode } from "../model/result.js";
import { canonicalProblem } from "./canonicalOrder.js";
import { compilePairRules, LabelTable, pairFields, type PairFields, type PairRule } from "./pairRules.js";
import { compileMeetingOptions, type MeetingOptions } from "./meetingOptions.js";

/** An existing group, as indices: its members are pinned. */
export interface PinnedGroup {
  inputIndex: number;
  members: number[];
  closed: boolean;
  /** Options the group may use if it takes someone new (its own slot and venue kept). */
  allowedOptions: Int32Array;
  /** The group's recorded meeting option, when its slot and place are both known. */
  recordedOption: number;
}

/**
 * The problem as integers: who may be placed, which pairs conflict, where and when each
 * person can meet, which units must stay together, and what each placement is worth.
 */
export interface CompiledPool {
  problem: Problem;
  n: number;
  ids: string[];
  index: Map<string, number>;
  fields: PairFields;
  pairRules: PairRule[];
  meeting: MeetingOptions;
  /** Why a candidate cannot be placed at all (eligibility), or null. */
  ineligible: (WaitReasonCode | null)[];
  /** Existing-group index of a pinned candidate, or -1. */
  pinnedTo: Int32Array;
  pinned: PinnedGroup[];
  /** Together components (indices, sorted); every candidate is in exactly one. */
  units: number[][];
  unitOf: Int32Array;
  /** Years waited by the reference date (0 when unknown). */
  waitYears: Float64Array;
  expectation: Int32Array;
  sizeMin: number;
  sizeMax: number;
  sizePreferred: number;
  compatible(i: number, j: number): boolean;
}

const MS_PER_YEAR = 365.25 * 24 * 3600 * 1000;

/**
 * Turns a validated problem into the integer model the solver works on. The problem is first
 * put in canonical order (see `canonicalProblem`), so input order and id spelling change nothing;
 * `problem`, `ids` and every index of the result follow that order.
 */
export function compilePool(input: Problem): CompiledPool {
  const problem = canonicalProblem(input);
  const { candidates, policy } = problem;
  const n = candidates.length;
  const ids = candidates.map((c) => c.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const problems = new LabelTable();
  const fields = pairFields(candidates, problem, problems);
  const pairRules = compilePairRules(candidates, problem, fields, problems, index);
  const meeting = compileMeetingOptions(problem);

  const ineligible = candidates.map((c): WaitReasonCode | null => {
    if (c.age === undefined) return "age_unknown";
    if (c.age < policy.age.minimum) return "below_minimum_age";
    if (policy.age.maximum !== undefined && c.age > policy.age.maximum) return "above_maximum_age";
    return null;
  });

  const pinnedTo = new Int32Array(n).fill(-1);
  const pinned = problem.groups.map((group, g): PinnedGroup => {
    const members = group.members.map((id) => index.get(id)!);
    for (const m of members) pinnedTo[m] = g;
    return { inputIndex: g, members, closed: group.closed, ...groupOptions(problem, meeting, g) };
  });

  const { units, unitOf } = togetherUnits(problem, index);
  const expectations = new LabelTable();
  const expectation = Int32Array.from(candidates, (c) => expectations.id(c.expectation));
  const compatible = (i: number, j: number): boolean => {
    for (const rule of pairRules) if (rule.conflicts(i, j)) return false;
    return true;
  };

  return {
    problem,
    n,
    ids,
    index,
    fields,
    pairRules,
    meeting,
    ineligible,
    pinnedTo,
    pinned,
    units,
    unitOf,
    waitYears: waitingYears(problem),
    expectation,
    sizeMin: policy.groupSize.min,
    sizeMax: policy.groupSize.max,
    sizePreferred: policy.groupSize.preferred,
    compatible,
  };
}

/** An existing group keeps its slot and venue (or municipality) if it takes someone new. */
function groupOptions(problem: Problem, meeting: MeetingOptions, g: number): Pick<PinnedGroup, "allowedOptions" | "recordedOption"> {
  const group = problem.groups[g]!;
  const S = meeting.slots.length;
  const slot = group.slot === undefined ? -1 : meeting.slots.indexOf(group.slot);
  const place = meeting.placesAreVenues
    ? group.venue === undefined
      ? -1
      : meeting.places.findIndex((p) => p.id === group.venue)
    : group.municipality === undefined
      ? -1
      : meeting.places.findIndex((p) => p.municipality === group.municipality);
  // A recorded slot outside the universe (or a place nobody can name) leaves no option at all.
  const slotBlocked = group.slot !== undefined && slot < 0 && meeting.slots[0] !== null;
  const placeBlocked = (meeting.placesAreVenues ? group.venue : group.municipality) !== undefined && place < 0;
  const allowed: number[] = [];
  if (!slotBlocked && !placeBlocked) {
    for (let p = 0; p < meeting.places.length; p++) {
      if (place >= 0 && p !== place) continue;
      for (let s = 0; s < S; s++) if (slot < 0 || s === slot) allowed.push(p * S + s);
    }
  }
  const recordedOption = place >= 0 && (slot >= 0 || meeting.slots[0] === null) ? place * S + Math.max(slot, 0) : -1;
  return { allowedOptions: Int32Array.from(allowed), recordedOption };
}

/** Connected components of the symmetric `together` relation. */
function togetherUnits(problem: Problem, index: ReadonlyMap<string, number>): { units: number[][]; unitOf: Int32Array } {
  const n = problem.candidates.length;
  const sets = new UnionFind(n);
  problem.candidates.forEach((c, i) => {
    for (const ref of c.together ?? []) {
      const j = index.get(ref);
      if (j !== undefined) sets.union(i, j);
    }
  });
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = sets.find(i);
    const unit = byRoot.get(root);
    if (unit) unit.push(i);
    else byRoot.set(root, [i]);
  }
  const units = [...byRoot.values()];
  const unitOf = new Int32Array(n);
  units.forEach((unit, u) => {
    for (const i of unit) unitOf[i] = u;
  });
  return { units, unitOf };
}

/** Waiting time relative to `policy.asOf`, or the latest `waitingSince` in the pool. */
function waitingYears(problem: Problem): Float64Array {
  const times = problem.candidates.map((c) => (c.waitingSince === undefined ? Number.NaN : Date.parse(`${c.waitingSince}T00:00:00Z`)));
  let asOf = problem.policy.asOf === undefined ? Number.NaN : Date.parse(`${problem.policy.asOf}T00:00:00Z`);
  if (Number.isNaN(asOf)) for (const t of times) if (!Number.isNaN(t) && !(t <= asOf)) asOf = t;
  return Float64Array.from(times, (t) => (Number.isNaN(t) || Number.isNaN(asOf) ? 0 : Math.max(0, (asOf - t) / MS_PER_YEAR)));
}
