import type { Candidate, ExistingGroup, Problem, Starter, Venue } from "../model/schemas.js";

/** Refinement rounds over the relation graph: who someone knows, whom those people know, and so on. */
const MAX_REFINEMENT_ROUNDS = 32;
/** Work (people plus relation ends, per refinement round) the ordering may spend; hostile inputs stop early. */
const MAX_REFINEMENT_WORK = 2_000_000;
/** Rounds every pool gets, however large, so ordinary pools are always refined. */
const GUARANTEED_ROUNDS = 8;

/**
 * The problem with every list the solver reads in a canonical order, so that the result
 * depends neither on the order of the caller's lists nor on how ids are spelt.
 *
 * - Venues and starters: by their attributes (a venue also by the existing groups that meet there).
 * - Candidates: by their attributes and their existing group's attributes, then refined
 *   (Weisfeiler–Lehman style) by the classes of the people they know, must join, or already
 *   meet with; related look-alikes left tied are singled out one at a time and refined again.
 * - Existing groups: by their attributes, then by their first member in the canonical order.
 * - Id lists (`knows`, `together`, group members): in the canonical candidate order.
 *
 * Ids are never compared. Entries that still tie look identical to every rule and keep their
 * input order among themselves (so do related look-alikes beyond a work budget, in hostile
 * inputs). Distances need no order: every reader takes the shortest.
 */
export function canonicalProblem(problem: Problem): Problem {
  const venueOwn = new Map(problem.venues.map((v) => [v.id, venueKey(v)]));
  const groupOwn = problem.groups.map((g) => groupKey(g, venueOwn));
  const venues = sortedByKey(problem.venues, (v) =>
    key([venueOwn.get(v.id)!, problem.groups.flatMap((g, k) => (g.venue === v.id ? [groupOwn[k]!] : [])).sort()]),
  );
  const starters = sortedByKey(problem.starters, (s) => starterKey(s, problem.policy.travel.defaultMaxKm));

  const order = candidateOrder(problem, groupOwn);
  const rank = new Map<string, number>();
  order.forEach((i, position) => rank.set(problem.candidates[i]!.id, position));
  const at = (id: string): number => rank.get(id) ?? order.length;
  const byRank = (ids: readonly string[]): string[] => [...ids].sort((a, b) => at(a) - at(b));
  const candidates = order.map((i) => withSortedRefs(problem.candidates[i]!, byRank));

  const firstMember = (g: ExistingGroup): number => Math.min(...g.members.map(at));
  const groupOrder = problem.groups.map((_, k) => k).sort((a, b) => compareKeys(groupOwn[a]!, groupOwn[b]!) || firstMember(problem.groups[a]!) - firstMember(problem.groups[b]!));
  const groups = groupOrder.map((k) => ({ ...problem.groups[k]!, members: byRank(problem.groups[k]!.members) }));

  return { ...problem, candidates, venues, starters, groups };
}

/** Candidate indices in canonical order: refined classes first, input position only among look-alikes. */
function candidateOrder(problem: Problem, groupOwn: readonly string[]): number[] {
  const { candidates } = problem;
  const n = candidates.length;
  const index = new Map(candidates.map((c, i) => [c.id, i]));
  const groupOf = new Int32Array(n).fill(-1);
  problem.groups.forEach((g, k) => {
    for (const id of g.members) {
      const i = index.get(id);
      if (i !== undefined) groupOf[i] = k;
    }
  });
  const relations: Relations = {
    knows: undirected(candidates, index, (c) => c.knows),
    together: undirected(candidates, index, (c) => c.together),
    groupOf,
    groupMembers: problem.groups.map((g) => g.members.flatMap((id) => (index.has(id) ? [index.get(id)!] : []))),
  };
  const related = (i: number): boolean => groupOf[i]! >= 0 || relations.knows[i]!.length > 0 || relations.together[i]!.length > 0;
  const roundCost = n + relations.knows.reduce((sum, l) => sum + l.length, 0) + relations.together.reduce((sum, l) => sum + l.length, 0) + relations.groupMembers.reduce((sum, l) => sum + l.length, 0);
  const budget = { left: Math.max(MAX_REFINEMENT_WORK, GUARANTEED_ROUNDS * roundCost), roundCost };
  let colour = refine(ranks(candidates.map((c, i) => key([candidateKey(c, problem.policy.travel.defaultMaxKm), groupOf[i]! >= 0 ? groupOwn[groupOf[i]!]! : null]))), relations, budget);
  // Look-alikes who differ only in where they sit among other look-alikes (rings, pairs) are told
  // apart by singling one out and refining again; the budget keeps hostile inputs near-linear.
  while (budget.left >= roundCost) {
    const chosen = firstRelatedLookAlike(colour, related);
    if (chosen < 0) break;
    const single = colour;
    colour = refine(Int32Array.from(single, (c, i) => 2 * c + (i === chosen ? 0 : 1)), relations, budget);
  }
  // Classes in a scrambled but canonical order: sorted keys would line up look-alikes, a bias the search's ties and bounded scans feel.
  const scrambled = Uint32Array.from(colour, scramble);
  return candidates.map((_, i) => i).sort((a, b) => scrambled[a]! - scrambled[b]! || colour[a]! - colour[b]! || a - b);
}

/** Who relates to whom, as indices: the graph the refinement walks. */
interface Relations {
  knows: number[][];
  together: number[][];
  groupOf: Int32Array;
  groupMembers: number[][];
}

/** Splits classes by the classes of each person's relations until no class splits (Weisfeiler–Lehman). */
function refine(start: Int32Array, relations: Relations, budget: { left: number; roundCost: number }): Int32Array {
  let colour = start;
  let classes = countClasses(colour);
  for (let round = 0; round < MAX_REFINEMENT_ROUNDS && classes < colour.length && budget.left >= budget.roundCost; round++) {
    budget.left -= budget.roundCost;
    const current = colour;
    const neighbours = (list: readonly number[]): string => list.map((j) => current[j]!).sort((a, b) => a - b).join(",");
    const groupColours = relations.groupMembers.map(neighbours);
    const refined = ranks(
      Array.from(current, (c, i) => {
        const g = relations.groupOf[i]!;
        return `${c}|${neighbours(relations.knows[i]!)}|${neighbours(relations.together[i]!)}|${g >= 0 ? groupColours[g] : "-"}`;
      }),
    );
    const refinedClasses = countClasses(refined);
    colour = refined;
    // A round that splits no class will split none later either.
    if (refinedClasses === classes) break;
    classes = refinedClasses;
  }
  return colour;
}

/** The first-positioned member of the lowest class that has two or more members with relations, or -1. */
function firstRelatedLookAlike(colour: Int32Array, related: (i: number) => boolean): number {
  const size = new Map<number, number>();
  for (const c of colour) size.set(c, (size.get(c) ?? 0) + 1);
  let best = -1;
  for (let i = 0; i < colour.length; i++) {
    if (size.get(colour[i]!)! < 2 || !related(i)) continue;
    if (best < 0 || colour[i]! < colour[best]!) best = i;
  }
  return best;
}

/**
 * Everything the rules read about a candidate, except the id and the ids they refer to.
 * The travel limit is the one that applies, so restating the policy default changes no order.
 */
function candidateKey(c: Candidate, defaultMaxKm: number): string {
  return key([
    c.age,
    c.gender,
    c.problem,
    c.role,
    c.relation,
    c.patientSetting,
    c.event,
    c.location?.municipality,
    c.location?.lat,
    c.location?.lon,
    c.maxTravelKm ?? defaultMaxKm,
    labelSet(c.availability),
    labelSet(c.needs),
    c.expectation,
    c.waitingSince,
  ]);
}

function venueKey(v: Venue): string {
  return key([v.location.municipality, v.location.lat, v.location.lon, labelSet(v.slots), labelSet(v.offers), v.capacity, v.rooms]);
}

function starterKey(s: Starter, defaultMaxKm: number): string {
  return key([s.location.municipality, s.location.lat, s.location.lon, s.maxTravelKm ?? defaultMaxKm, labelSet(s.availability), labelSet(s.experience), s.maxGroups]);
}

function groupKey(g: ExistingGroup, venueOwn: ReadonlyMap<string, string>): string {
  return key([g.closed, g.slot, g.venue === undefined ? undefined : (venueOwn.get(g.venue) ?? "?"), g.municipality, g.members.length]);
}

/** A label list read as a set (every reader treats it as one), or undefined when absent. */
function labelSet(labels: readonly string[] | undefined): string[] | undefined {
  return labels === undefined ? undefined : [...new Set(labels)].sort();
}

/** A stable text key; absent values become null so they still hold their place. */
function key(parts: readonly unknown[]): string {
  return JSON.stringify(parts.map((p) => (p === undefined ? null : p)));
}

/** Code-unit order: independent of locale, unlike localeCompare. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedByKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const keys = items.map(keyOf);
  return items
    .map((_, i) => i)
    .sort((a, b) => compareKeys(keys[a]!, keys[b]!) || a - b)
    .map((i) => items[i]!);
}

/** Dense ranks of the keys in sorted order: equal keys share a rank. */
function ranks(keys: readonly string[]): Int32Array {
  const distinct = [...new Set(keys)].sort(compareKeys);
  const rankOf = new Map(distinct.map((k, r) => [k, r]));
  return Int32Array.from(keys, (k) => rankOf.get(k)!);
}

function countClasses(colour: Int32Array): number {
  return new Set(colour).size;
}

/** Symmetric neighbour lists of a relation written on one side or both. */
function undirected(candidates: readonly Candidate[], index: ReadonlyMap<string, number>, refs: (c: Candidate) => readonly string[] | undefined): number[][] {
  const lists = candidates.map(() => new Set<number>());
  candidates.forEach((c, i) => {
    for (const ref of refs(c) ?? []) {
      const j = index.get(ref);
      if (j === undefined || j === i) continue;
      lists[i]!.add(j);
      lists[j]!.add(i);
    }
  });
  return lists.map((s) => [...s]);
}

function withSortedRefs(c: Candidate, byRank: (ids: readonly string[]) => string[]): Candidate {
  const sorted = { ...c };
  if (c.knows !== undefined) sorted.knows = byRank(c.knows);
  if (c.together !== undefined) sorted.together = byRank(c.together);
  return sorted;
}

/** A fixed bijective mix of a class number (murmur3's finaliser): canonical, yet unrelated to key order. */
function scramble(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
