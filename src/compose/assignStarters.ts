import type { CompiledPool } from "../compile/compilePool.js";
import { toPlace } from "../compile/meetingOptions.js";
import type { FoundGroup } from "../core/poolSearch.js";

/** Starter ids per group (same order as the groups); null where a new group could not get enough. */
export type StarterAssignment = (string[] | null)[];

/**
 * Gives each new group between `starters.min` and `starters.max` starters (RULES.md §15).
 * Groups with the fewest possible starters choose first; extra starters up to `max`
 * are handed out only after every group has its minimum.
 */
export function assignStarters(pool: CompiledPool, groups: readonly FoundGroup[]): StarterAssignment {
  const { starters, policy } = pool.problem;
  const { min, max } = policy.starters;
  const assignment: StarterAssignment = groups.map(() => []);
  if (starters.length === 0 || max === 0) {
    return groups.map((g) => (g.pinned < 0 && min > 0 ? null : []));
  }
  const eligible = groups.map((group) => (group.pinned >= 0 ? [] : eligibleStarters(pool, group)));
  const load = new Int32Array(starters.length);
  const slotsTaken = starters.map(() => new Set<number>());
  const slotOf = (group: FoundGroup): number => group.option % pool.meeting.slots.length;
  const give = (g: number, s: number): void => {
    assignment[g]!.push(starters[s]!.id);
    load[s]! += 1;
    slotsTaken[s]!.add(slotOf(groups[g]!));
  };
  const canTake = (g: number, s: number): boolean =>
    load[s]! < starters[s]!.maxGroups && !slotsTaken[s]!.has(slotOf(groups[g]!)) && !assignment[g]!.includes(starters[s]!.id);

  const newGroups = groups.map((_, g) => g).filter((g) => groups[g]!.pinned < 0);
  const byScarcity = [...newGroups].sort((a, b) => eligible[a]!.length - eligible[b]!.length || a - b);
  for (const round of [min, max]) {
    for (const g of byScarcity) {
      for (const s of eligible[g]!) {
        if (assignment[g]!.length >= round) break;
        if (canTake(g, s)) give(g, s);
      }
    }
  }
  for (const g of newGroups) if (assignment[g]!.length < min) assignment[g] = null;
  return assignment;
}

/** Starters who can reach the group's place, make its slot and (if required) share its problems. */
function eligibleStarters(pool: CompiledPool, group: FoundGroup): number[] {
  const { starters, policy, candidates } = pool.problem;
  const { places, slots, resolver } = pool.meeting;
  const place = places[Math.floor(group.option / slots.length)]!;
  const slot = slots[group.option % slots.length] ?? null;
  const problems = new Set<string>();
  for (const m of group.members) {
    const problem = candidates[m]!.problem;
    if (problem !== undefined) problems.add(problem);
  }
  const result: number[] = [];
  starters.forEach((starter, s) => {
    const limit = starter.maxTravelKm ?? policy.travel.defaultMaxKm;
    if (!(resolver.km(toPlace(starter.location), place.point) <= limit)) return;
    if (slot !== null && starter.availability !== undefined && !starter.availability.includes(slot)) return;
    if (policy.starters.requireSharedExperience) {
      const experience = new Set(starter.experience ?? []);
      for (const problem of problems) if (!experience.has(problem)) return;
    }
    result.push(s);
  });
  // Nearest starters first: the shortest journeys leave the others free for farther groups.
  return result
    .map((s) => ({ s, km: resolver.km(toPlace(starters[s]!.location), place.point) }))
    .sort((a, b) => a.km - b.km || a.s - b.s)
    .map((x) => x.s);
}
