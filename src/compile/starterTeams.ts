import type { Problem } from "../model/schemas.js";
import type { DistanceResolver, Place } from "./distances.js";

/**
 * The nearest eligible starters of one place and slot that teams are formed from, and the most
 * teams a place and slot offers. Each team is an option the search weighs, so these bound its
 * work; a place and slot hosts a room or three at a time, so eight starters to choose among
 * leave it enough even where starters are plentiful (where they are scarce, all are kept).
 */
const TEAM_CHOICES = 8;
const MAX_TEAMS = 16;

/** A place and slot as the starter compiler sees it. */
export interface TeamMeeting {
  point: Place;
  /** The slot's label, or null when no slot binds. */
  slot: string | null;
}

/** Starter teams of each plain option, and the resources a team takes. */
export interface StarterTeams {
  /** Per plain option: its teams, each a sorted list of starter indices (`starters.min` of them). */
  teams: number[][][];
  /** Resource ids of starter `s` in slot index `t` (one group per slot) and of `s` overall (`maxGroups`). */
  slotResource(s: number, t: number): number;
  totalResource(s: number): number;
  /** Resources added after the rooms, with their capacities. */
  capacities: number[];
}

/**
 * When every new group needs `starters.min` starters (RULES.md §15), the starters are compiled
 * into the meeting options, so the search chooses groups and starters together: each team of
 * starters who can reach a place and make its slot becomes an option of its own, holding one
 * unit of each starter's evening in that slot (a starter is never in two groups with one slot)
 * and of each starter's share (`maxGroups`). Teams come from the nearest eligible starters, so
 * the choice stays small when starters are plentiful, which is when they do not bind.
 * @param origins - where each starter travels from
 * @param firstResource - the first resource id free for starters (rooms come first)
 */
export function compileStarterTeams(
  problem: Problem,
  meetings: readonly TeamMeeting[],
  slotCount: number,
  resolver: DistanceResolver,
  origins: readonly Place[],
  firstResource: number,
): StarterTeams {
  const { starters, policy } = problem;
  const size = policy.starters.min;
  const slotResource = (s: number, t: number): number => firstResource + s * slotCount + t;
  const totalResource = (s: number): number => firstResource + starters.length * slotCount + s;
  const capacities: number[] = [];
  for (let s = 0; s < starters.length; s++) for (let t = 0; t < slotCount; t++) capacities.push(1);
  for (const starter of starters) capacities.push(starter.maxGroups);
  const teams = meetings.map(({ point, slot }) => {
    const eligible: { s: number; km: number }[] = [];
    starters.forEach((starter, s) => {
      const km = resolver.km(origins[s]!, point);
      if (!(km <= (starter.maxTravelKm ?? policy.travel.defaultMaxKm))) return;
      if (slot !== null && starter.availability !== undefined && !starter.availability.includes(slot)) return;
      eligible.push({ s, km });
    });
    // Nearest first: the shortest journeys leave the others free for farther groups.
    eligible.sort((a, b) => a.km - b.km || a.s - b.s);
    const chosen = eligible.slice(0, TEAM_CHOICES).map((e) => e.s);
    return combinations(chosen, size, MAX_TEAMS).map((team) => team.sort((a, b) => a - b));
  });
  return { teams, slotResource, totalResource, capacities };
}

/**
 * The first `limit` k-subsets of `items` in colexicographic order of positions: every team of the
 * nearest k starters, then those that add the next nearest, and so on, so a cut keeps the nearest.
 */
function combinations(items: readonly number[], k: number, limit: number): number[][] {
  const out: number[][] = [];
  const extend = (prefix: number[], below: number): void => {
    // Teams whose members are all before position `below`, ordered by their last member.
    if (prefix.length === k) {
      out.push(prefix.map((j) => items[j]!));
      return;
    }
    const need = k - prefix.length;
    for (let last = need - 1; last < below && out.length < limit; last++) extend([last, ...prefix], last);
  };
  if (k > 0 && k <= items.length) extend([], items.length);
  return out;
}

/** Whether every starter of a team has the candidate's problem area among their experience (RULES.md §15). */
export function teamSharesExperience(problem: Problem, experience: readonly ReadonlySet<string>[], team: readonly number[], candidate: number): boolean {
  if (!problem.policy.starters.requireSharedExperience) return true;
  const area = problem.candidates[candidate]!.problem;
  return area === undefined || team.every((s) => experience[s]!.has(area));
}
