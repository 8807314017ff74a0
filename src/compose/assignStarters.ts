import type { CompiledPool } from "../compile/compilePool.js";
import { toPlace } from "../compile/meetingOptions.js";
import type { FoundGroup } from "../core/poolSearch.js";

/** Starter ids per group, in the order of the groups (existing groups get none). */
export type StarterAssignment = string[][];

/**
 * Gives each new group its starters (RULES.md §15). When starters are required, the search has
 * already chosen each new group's team with the group (its meeting option holds it); the extra
 * starters up to `starters.max` are then handed out one round at a time, so every group gets
 * a first (or next) starter before any group gets another: the scarcest groups choose first in
 * each round, and a starter is never given more groups than `maxGroups` or two groups in one slot.
 */
export function assignStarters(pool: CompiledPool, groups: readonly FoundGroup[]): StarterAssignment {
  const { starters, policy } = pool.problem;
  const { teamOf, slotOf } = pool.meeting;
  const slotBound = pool.meeting.slots[0] !== null;
  const assignment: StarterAssignment = groups.map((g) => (g.pinned < 0 && g.option >= 0 ? teamOf(g.option).map((s) => starters[s]!.id) : []));
  const load = new Int32Array(starters.length);
  const slotsTaken = starters.map(() => new Set<number>());
  const give = (g: number, s: number): void => {
    assignment[g]!.push(starters[s]!.id);
    load[s]! += 1;
    if (slotBound) slotsTaken[s]!.add(slotOf(groups[g]!.option));
  };
  groups.forEach((group) => {
    if (group.pinned >= 0 || group.option < 0) return;
    for (const s of teamOf(group.option)) {
      load[s]! += 1;
      if (slotBound) slotsTaken[s]!.add(slotOf(group.option));
    }
  });
  if (starters.length === 0 || policy.starters.max === 0) return assignment;
  const canTake = (g: number, s: number): boolean =>
    load[s]! < starters[s]!.maxGroups && !slotsTaken[s]!.has(slotOf(groups[g]!.option)) && !assignment[g]!.includes(starters[s]!.id);

  const newGroups = groups.map((_, g) => g).filter((g) => groups[g]!.pinned < 0 && groups[g]!.option >= 0);
  const eligible = new Map(newGroups.map((g) => [g, eligibleStarters(pool, groups[g]!)]));
  const byScarcity = [...newGroups].sort((a, b) => eligible.get(a)!.length - eligible.get(b)!.length || a - b);
  for (let round = policy.starters.min + 1; round <= policy.starters.max; round++) {
    for (const g of byScarcity) {
      if (assignment[g]!.length >= round) continue;
      const s = eligible.get(g)!.find((candidate) => canTake(g, candidate));
      if (s !== undefined) give(g, s);
    }
  }
  return assignment;
}

/** Starters who can reach the group's place, make its slot and (if required) share its problems, nearest first. */
function eligibleStarters(pool: CompiledPool, group: FoundGroup): number[] {
  const { starters, policy, candidates } = pool.problem;
  const { places, slots, resolver, placeOf, slotOf } = pool.meeting;
  const place = places[placeOf(group.option)]!;
  const slot = slots[slotOf(group.option)] ?? null;
  const problems = new Set<string>();
  for (const m of group.members) {
    const problem = candidates[m]!.problem;
    if (problem !== undefined) problems.add(problem);
  }
  const result: { s: number; km: number }[] = [];
  starters.forEach((starter, s) => {
    const km = resolver.km(toPlace(starter.location), place.point);
    if (!(km <= (starter.maxTravelKm ?? policy.travel.defaultMaxKm))) return;
    if (slot !== null && starter.availability !== undefined && !starter.availability.includes(slot)) return;
    if (policy.starters.requireSharedExperience) {
      const experience = new Set(starter.experience ?? []);
      for (const problem of problems) if (!experience.has(problem)) return;
    }
    result.push({ s, km });
  });
  // Nearest starters first: the shortest journeys leave the others free for farther groups.
  return result.sort((a, b) => a.km - b.km || a.s - b.s).map((x) => x.s);
}
