import type { CompiledPool } from "../compile/compilePool.js";
import { scoreGroup, totalScore } from "../compile/objective.js";
import type { WaitReasonCode } from "../model/result.js";
import { bestOption, compatibleWithAll, intersect, RoomLedger, type DraftGroup } from "./draft.js";

/** A unit (a person, or people who must join together) that may still be placed. */
interface Unit {
  members: number[];
  options: Int32Array;
  youngest: number;
  oldest: number;
  priority: number;
}

/** The constructive solution: groups, and why each unplaceable unit was set aside early. */
export interface Construction {
  groups: DraftGroup[];
  rooms: RoomLedger;
  /** Units that never could be placed, with the reason (eligibility, unit conflicts). */
  setAside: Map<number, WaitReasonCode>;
}

/** How many compatible people an anchor looks at when sizing its group; bounds the sweep's cost. */
const WINDOW_LIMIT = 200;

/**
 * Builds valid groups: pins existing groups, sweeps the remaining units by age forming
 * groups sized to split each compatible window evenly, then inserts leftovers where they fit best.
 */
export function construct(pool: CompiledPool): Construction {
  const rooms = new RoomLedger(pool);
  const setAside = new Map<number, WaitReasonCode>();
  const groups = pool.pinned.map((pinnedGroup) => pinnedDraft(pool, pinnedGroup, rooms));
  const units = placeableUnits(pool, setAside);
  const assigned = new Uint8Array(units.length);

  const order = units.map((_, u) => u).sort((a, b) => compareUnits(units[a]!, units[b]!) || a - b);
  pinnedUnitsJoin(pool, units, assigned, groups, rooms);
  for (let k = 0; k < order.length; k++) {
    const anchor = order[k]!;
    if (assigned[anchor]) continue;
    const group = formAround(pool, units, order, k, assigned, rooms);
    if (group) groups.push(group);
  }
  insertLeftovers(pool, units, assigned, groups, rooms);
  return { groups, rooms, setAside };
}

function compareUnits(a: Unit, b: Unit): number {
  return a.youngest - b.youngest || b.priority - a.priority;
}

function pinnedDraft(pool: CompiledPool, pinnedGroup: CompiledPool["pinned"][number], rooms: RoomLedger): DraftGroup {
  const members = [...pinnedGroup.members];
  let options = pinnedGroup.allowedOptions;
  let consistent = true;
  for (let a = 0; a < members.length && consistent; a++) {
    options = intersect(options, pool.meeting.byCandidate[members[a]!]!);
    for (let b = a + 1; b < members.length; b++) if (!pool.compatible(members[a]!, members[b]!)) consistent = false;
  }
  if (pinnedGroup.recordedOption >= 0) rooms.take(pinnedGroup.recordedOption);
  const ages = members.map((m) => pool.fields.age[m]!).filter((a) => a >= 0);
  return {
    members,
    pinned: pinnedGroup,
    options,
    option: pinnedGroup.recordedOption,
    accepting: !pinnedGroup.closed && consistent && options.length > 0 && members.length < pool.sizeMax,
    youngest: ages.length > 0 ? Math.min(...ages) : Number.POSITIVE_INFINITY,
    oldest: ages.length > 0 ? Math.max(...ages) : Number.NEGATIVE_INFINITY,
  };
}

/** Units of eligible, unpinned people whose members can share a group and a meeting option. */
function placeableUnits(pool: CompiledPool, setAside: Map<number, WaitReasonCode>): Unit[] {
  const units: Unit[] = [];
  pool.units.forEach((members, u) => {
    const free = members.filter((m) => pool.pinnedTo[m]! < 0);
    if (free.length === 0) return;
    const reason = unitObstacle(pool, members, free);
    if (reason) {
      setAside.set(u, reason);
      return;
    }
    let options = pool.meeting.byCandidate[free[0]!]!;
    for (const m of free) options = intersect(options, pool.meeting.byCandidate[m]!);
    const ages = free.map((m) => pool.fields.age[m]!);
    units.push({
      members: free,
      options,
      youngest: Math.min(...ages),
      oldest: Math.max(...ages),
      priority: free.reduce((sum, m) => sum + pool.waitYears[m]!, 0) / free.length,
    });
  });
  return units;
}

function unitObstacle(pool: CompiledPool, members: readonly number[], free: readonly number[]): WaitReasonCode | null {
  if (free.length === 1 && members.length === 1) {
    const m = free[0]!;
    return pool.ineligible[m] ?? pool.meeting.noOptionReason(m);
  }
  const pinnedGroups = new Set(members.map((m) => pool.pinnedTo[m]!).filter((g) => g >= 0));
  if (pinnedGroups.size > 1) return "together_incompatible";
  for (const m of free) if (pool.ineligible[m]) return "together_incompatible";
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) if (!pool.compatible(members[a]!, members[b]!)) return "together_incompatible";
  }
  let options = pool.meeting.byCandidate[free[0]!]!;
  for (const m of free) options = intersect(options, pool.meeting.byCandidate[m]!);
  if (options.length === 0 || free.length > pool.sizeMax) return "together_incompatible";
  return null;
}

/** Units tied by `together` to a member of an existing group can only join that group. */
function pinnedUnitsJoin(pool: CompiledPool, units: Unit[], assigned: Uint8Array, groups: DraftGroup[], rooms: RoomLedger): void {
  units.forEach((unit, u) => {
    const partner = pool.units[pool.unitOf[unit.members[0]!]!]!.find((m) => pool.pinnedTo[m]! >= 0);
    if (partner === undefined) return;
    // Whatever happens, this unit must not form or join any other group.
    assigned[u] = 1;
    const group = groups[pool.pinnedTo[partner]!]!;
    tryJoin(pool, group, unit, rooms);
  });
}

/** Adds the unit to the group if every rule still holds; returns whether it did. */
function tryJoin(pool: CompiledPool, group: DraftGroup, unit: Unit, rooms: RoomLedger): boolean {
  if (!group.accepting || group.members.length + unit.members.length > pool.sizeMax) return false;
  if (!compatibleWithAll(pool, unit.members, group.members)) return false;
  const options = intersect(group.options, unit.options);
  const members = [...group.members, ...unit.members];
  const option = bestOption(pool, rooms, options, members, group.option);
  if (option < 0) return false;
  commitJoin(group, unit, options, option, rooms);
  return true;
}

function commitJoin(group: DraftGroup, unit: Unit, options: Int32Array, option: number, rooms: RoomLedger): void {
  if (group.option >= 0) rooms.release(group.option);
  rooms.take(option);
  group.members.push(...unit.members);
  group.options = options;
  group.option = option;
  group.youngest = Math.min(group.youngest, unit.youngest);
  group.oldest = Math.max(group.oldest, unit.oldest);
}

/**
 * Forms a group around the anchor `order[k]` from the younger end of its age window,
 * sized so the compatible people in the window split into even groups.
 */
function formAround(
  pool: CompiledPool,
  units: Unit[],
  order: number[],
  k: number,
  assigned: Uint8Array,
  rooms: RoomLedger,
): DraftGroup | null {
  const anchor = units[order[k]!]!;
  const span = pool.problem.policy.age.maxSpan;
  const window: number[] = [];
  let people = anchor.members.length;
  for (let q = k + 1; q < order.length && window.length < WINDOW_LIMIT; q++) {
    const v = order[q]!;
    const unit = units[v]!;
    if (unit.youngest > anchor.youngest + span) break;
    if (assigned[v] || unit.oldest - anchor.youngest > span) continue;
    if (!compatibleWithAll(pool, unit.members, anchor.members)) continue;
    if (intersect(anchor.options, unit.options).length === 0) continue;
    window.push(v);
    people += unit.members.length;
  }
  const target = evenGroupSize(people, pool.sizeMin, pool.sizeMax, pool.sizePreferred);
  if (target < pool.sizeMin) return null;

  const chosen = [order[k]!];
  const members = [...anchor.members];
  let options = anchor.options;
  for (const v of window) {
    if (members.length >= target) break;
    const unit = units[v]!;
    if (members.length + unit.members.length > target) continue;
    if (!compatibleWithAll(pool, unit.members, members)) continue;
    const narrowed = intersect(options, unit.options);
    if (bestOption(pool, rooms, narrowed, [...members, ...unit.members], -1) < 0) continue;
    chosen.push(v);
    members.push(...unit.members);
    options = narrowed;
  }
  if (members.length < pool.sizeMin) return null;
  const option = bestOption(pool, rooms, options, members, -1);
  if (option < 0) return null;
  rooms.take(option);
  for (const v of chosen) assigned[v] = 1;
  const ages = members.map((m) => pool.fields.age[m]!);
  return { members, pinned: null, options, option, accepting: true, youngest: Math.min(...ages), oldest: Math.max(...ages) };
}

/**
 * The size that splits `people` into the fewest even groups near the preferred size;
 * 0 when they are too few for even one group.
 */
export function evenGroupSize(people: number, min: number, max: number, preferred: number): number {
  const fewest = Math.ceil(people / max);
  const most = Math.floor(people / min);
  if (most < 1) return 0;
  const count = Math.min(most, Math.max(fewest, Math.round(people / preferred), 1));
  return Math.min(max, Math.ceil(people / count));
}

/** Places each leftover unit, longest-waiting first, in the group where it adds most. */
function insertLeftovers(pool: CompiledPool, units: Unit[], assigned: Uint8Array, groups: DraftGroup[], rooms: RoomLedger): void {
  const leftovers = units
    .map((_, u) => u)
    .filter((u) => !assigned[u])
    .sort((a, b) => units[b]!.priority - units[a]!.priority || a - b);
  const span = pool.problem.policy.age.maxSpan;
  for (const u of leftovers) {
    const unit = units[u]!;
    let best: DraftGroup | null = null;
    let bestGain = Number.NEGATIVE_INFINITY;
    for (const group of groups) {
      if (!group.accepting || group.members.length + unit.members.length > pool.sizeMax) continue;
      if (Math.max(group.oldest, unit.oldest) - Math.min(group.youngest, unit.youngest) > span) continue;
      if (!compatibleWithAll(pool, unit.members, group.members)) continue;
      const members = [...group.members, ...unit.members];
      const option = bestOption(pool, rooms, intersect(group.options, unit.options), members, group.option);
      if (option < 0) continue;
      const gain = totalScore(scoreGroup(pool, members, option)) - totalScore(scoreGroup(pool, group.members, group.option));
      if (gain > bestGain) {
        best = group;
        bestGain = gain;
      }
    }
    if (best && tryJoin(pool, best, unit, rooms)) assigned[u] = 1;
  }
}
