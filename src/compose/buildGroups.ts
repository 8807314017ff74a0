import type { CompiledPool } from "../compile/compilePool.js";
import { scoreGroup } from "../compile/objective.js";
import type { ComposedGroup, GroupMetrics } from "../model/result.js";
import type { FoundGroup } from "../core/poolSearch.js";

/**
 * Turns draft groups into result groups: stable ids (existing groups keep theirs, new ones
 * are numbered g1, g2, ... in the order given), members in canonical order (`canonicalProblem`), and metrics.
 */
export function buildGroups(pool: CompiledPool, drafts: readonly FoundGroup[], starters: readonly string[][]): ComposedGroup[] {
  let counter = 0;
  const taken = new Set(pool.problem.groups.map((g) => g.id));
  const nextId = (): string => {
    let id: string;
    do id = `g${++counter}`;
    while (taken.has(id));
    return id;
  };
  return drafts.map((draft, k) => {
    const members = [...draft.members].sort((a, b) => a - b);
    const pinned = draft.pinned >= 0 ? pool.pinned[draft.pinned]! : null;
    const existing = pinned ? pool.problem.groups[pinned.inputIndex]! : null;
    const original = new Set(pinned?.members ?? []);
    const place = placeOf(pool, draft);
    return {
      id: existing ? existing.id : nextId(),
      members: members.map((m) => pool.ids[m]!),
      ...place,
      starters: starters[k] ?? [],
      existing: existing ? existing.id : null,
      newMembers: members.filter((m) => !original.has(m)).map((m) => pool.ids[m]!),
      metrics: metrics(pool, members, draft.option),
      score: scoreGroup(pool, members, draft.option),
    };
  });
}

/** Where and when the group meets; an untouched existing group keeps what the caller recorded. */
function placeOf(pool: CompiledPool, draft: FoundGroup): Pick<ComposedGroup, "slot" | "venue" | "municipality"> {
  const { slots, places, placesAreVenues, placeOf, slotOf } = pool.meeting;
  if (draft.option < 0) {
    const group = draft.pinned >= 0 ? pool.problem.groups[pool.pinned[draft.pinned]!.inputIndex] : undefined;
    const venue = group?.venue === undefined ? undefined : pool.problem.venues.find((v) => v.id === group.venue);
    return {
      slot: group?.slot ?? null,
      venue: group?.venue ?? null,
      municipality: group?.municipality ?? venue?.location.municipality ?? null,
    };
  }
  const place = places[placeOf(draft.option)]!;
  return {
    slot: slots[slotOf(draft.option)] ?? null,
    venue: placesAreVenues ? place.id : null,
    municipality: place.municipality,
  };
}

function metrics(pool: CompiledPool, members: readonly number[], option: number): GroupMetrics {
  const { candidates } = pool.problem;
  const genders = { female: 0, male: 0, other: 0, undisclosed: 0 };
  const problems = new Set<string>();
  let youngest = Number.POSITIVE_INFINITY;
  let oldest = Number.NEGATIVE_INFINITY;
  let maxTravelKm = 0;
  let totalTravelKm = 0;
  const place = option >= 0 ? pool.meeting.placeOf(option) : -1;
  for (const m of members) {
    const c = candidates[m]!;
    genders[c.gender ?? "undisclosed"] += 1;
    if (c.problem !== undefined) problems.add(c.problem);
    if (c.age !== undefined) {
      youngest = Math.min(youngest, c.age);
      oldest = Math.max(oldest, c.age);
    }
    const km = place >= 0 ? pool.meeting.travelKm(m, place) : Number.NaN;
    if (Number.isFinite(km)) {
      maxTravelKm = Math.max(maxTravelKm, km);
      totalTravelKm += km;
    }
  }
  return {
    size: members.length,
    ageSpan: oldest >= youngest ? oldest - youngest : 0,
    genders,
    problems: [...problems].sort(),
    maxTravelKm: round2(maxTravelKm),
    totalTravelKm: round2(totalTravelKm),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
