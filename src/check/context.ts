import { normaliseLabel } from "../model/label.js";
import type { ComposedGroup, ComposeResult } from "../model/result.js";
import type { Candidate, ExistingGroup, Problem, Starter, Venue } from "../model/schemas.js";
import { buildDistanceTable, pointOf, type DistanceTable, type Place, type Point } from "./distance.js";
import type { CheckTexts } from "./messages.js";

/** A result group as the checker sees it, with facts derived from the input (never from the result's own claims). */
export interface GroupView {
  /** The group as returned. */
  group: ComposedGroup;
  /** The input existing group this continues, or null for a new group. */
  input: ExistingGroup | null;
  /** Distinct member ids in result order, including ids that are not known people. */
  memberIds: string[];
  /** Distinct member ids that are known people (candidates or existing-group members). */
  members: string[];
  /** Members not in the input existing group's members (all members for a new group). */
  newMembers: string[];
  /** Whether the group rules bind: a new group, or an existing group that received members. */
  bound: boolean;
  /** The slot, normalised, or null. */
  slot: string | null;
  /** The municipality, normalised, or null. */
  municipality: string | null;
}

/** Everything the rule checks look up, indexed once so each check stays near O(group size). */
export interface CheckContext {
  /** The parsed, normalised input. */
  problem: Problem;
  /** Candidates by id (the first entry wins if an id repeats). */
  candidates: ReadonlyMap<string, Candidate>;
  /** Input existing groups by id (first wins). */
  existingById: ReadonlyMap<string, ExistingGroup>;
  /** The input existing group each pinned member belongs to (first wins). */
  pinnedIn: ReadonlyMap<string, ExistingGroup>;
  /** Venues by id (first wins). */
  venues: ReadonlyMap<string, Venue>;
  /** Starters by id (first wins). */
  starters: ReadonlyMap<string, Starter>;
  /** Smallest km per municipality pair. */
  distances: DistanceTable;
  /** Slots a group may use when slots are required (RULES.md rule 12). */
  slotUniverse: ReadonlySet<string>;
  /** Every result group, in result order. */
  groups: GroupView[];
  /** The texts of the locale the caller asked for. */
  texts: CheckTexts;
  /** Whether an id names a known person: a candidate or a member of an input existing group. */
  isKnown(id: string): boolean;
  /** The place a group meets, or null when its venue or municipality is missing or unknown. */
  placeOf(view: GroupView): Place | null;
}

/** First-wins index by id: a repeated id in the input keeps its first entry. */
function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Normalise a label from the result so it compares with the parsed input. */
function label(value: string | null | undefined): string | null {
  return typeof value === "string" ? normaliseLabel(value) : null;
}

/** The slot universe of rule 12: `slots.offered` when given, else every slot named anywhere in the input. */
function slotUniverseOf(problem: Problem): Set<string> {
  const offered = problem.policy.slots.offered;
  if (offered !== undefined) return new Set(offered);
  const universe = new Set<string>();
  for (const c of problem.candidates) for (const s of c.availability ?? []) universe.add(s);
  for (const v of problem.venues) for (const s of v.slots ?? []) universe.add(s);
  for (const g of problem.groups) if (g.slot !== undefined) universe.add(g.slot);
  return universe;
}

/** Mean point of the pool's candidates with coordinates in each municipality (rule 14). */
function centroidsOf(candidates: readonly Candidate[]): Map<string, Point> {
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const c of candidates) {
    const p = c.location === undefined ? null : pointOf(c.location);
    if (c.location === undefined || p === null) continue;
    const s = sums.get(c.location.municipality) ?? { lat: 0, lon: 0, n: 0 };
    s.lat += p.lat;
    s.lon += p.lon;
    s.n += 1;
    sums.set(c.location.municipality, s);
  }
  const centroids = new Map<string, Point>();
  for (const [m, s] of sums) centroids.set(m, { lat: s.lat / s.n, lon: s.lon / s.n });
  return centroids;
}

/**
 * Index the parsed input and classify each result group against it.
 * A group continues an input existing group when its `existing` names one not already
 * claimed by an earlier result group; otherwise it is checked as a new group.
 * @param problem - the parsed input
 * @param result - the result under check
 * @param texts - the texts of the caller's locale
 */
export function createContext(problem: Problem, result: ComposeResult, texts: CheckTexts): CheckContext {
  const candidates = indexById(problem.candidates);
  const existingById = indexById(problem.groups);
  const venues = indexById(problem.venues);
  const starters = indexById(problem.starters);
  const pinnedIn = new Map<string, ExistingGroup>();
  for (const g of existingById.values()) for (const m of g.members) if (!pinnedIn.has(m)) pinnedIn.set(m, g);
  const distances = buildDistanceTable(problem.distances);
  const slotUniverse = slotUniverseOf(problem);
  const centroids = centroidsOf(problem.candidates);
  const isKnown = (id: string): boolean => candidates.has(id) || pinnedIn.has(id);

  const claimed = new Set<string>();
  const groups: GroupView[] = result.groups.map((group) => {
    let input: ExistingGroup | null = null;
    if (group.existing != null && !claimed.has(group.existing)) {
      input = existingById.get(group.existing) ?? null;
      if (input !== null) claimed.add(input.id);
    }
    const memberIds = [...new Set(group.members)];
    const members = memberIds.filter(isKnown);
    const original = new Set(input?.members ?? []);
    const newMembers = members.filter((m) => !original.has(m));
    return {
      group,
      input,
      memberIds,
      members,
      newMembers,
      // An unchanged existing group already meets, so only its membership is checked.
      bound: input === null || newMembers.length > 0,
      slot: label(group.slot),
      municipality: label(group.municipality),
    };
  });

  const placeOf = (view: GroupView): Place | null => {
    if (problem.venues.length > 0) {
      const venue = view.group.venue == null ? undefined : venues.get(view.group.venue);
      return venue === undefined ? null : { municipality: venue.location.municipality, point: pointOf(venue.location) };
    }
    if (view.municipality === null) return null;
    return { municipality: view.municipality, point: centroids.get(view.municipality) ?? null };
  };

  return { problem, candidates, existingById, pinnedIn, venues, starters, distances, slotUniverse, groups, texts, isKnown, placeOf };
}
