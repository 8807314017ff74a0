import type { Candidate, Problem } from "../model/schemas.js";
import { DistanceResolver, type Place } from "./distances.js";
import { compileStarterTeams, teamSharesExperience } from "./starterTeams.js";

/**
 * Where and when groups can meet, as integers. A plain option is a (place, slot) pair,
 * numbered `place * slotCount + slot`; a group needs one option that all its members share.
 * When new groups need starters, each team of starters who can start a group at a place and
 * slot is an option of its own (numbered after the plain ones), and only those open new groups;
 * existing groups keep to plain options.
 */
export interface MeetingOptions {
  /** Venues, or (without venues) the pool's municipalities. */
  places: MeetingPlace[];
  placesAreVenues: boolean;
  /** The slot universe (RULES.md §12); `[null]` when no slot binds. */
  slots: (string | null)[];
  /** Per candidate: sorted option ids they can use (reach, needs, availability). */
  byCandidate: Int32Array[];
  /** Per candidate: index of their municipality among `places` (without venues), else -1. */
  homePlace: Int32Array;
  /** Per candidate and place: travel in km, or Infinity when unreachable. */
  travelKm(candidate: number, place: number): number;
  /** Whether a candidate can reach a place (RULES.md §14), whatever its slots and offers. */
  reaches(candidate: number, place: number): boolean;
  /** The places (indices) a candidate can reach, whatever their slots and offers, in no set order. */
  placesReached(candidate: number): Iterable<number>;
  /** Distances as RULES.md §14 resolves them, for anyone else who travels (starters). */
  resolver: DistanceResolver;
  /** Why a candidate has no option at all, if they have none. */
  noOptionReason(candidate: number): "no_reachable_venue" | "no_common_slot" | null;
  /** Number of option ids, plain and team options together. */
  optionCount: number;
  /** The place (index into `places`) and slot (index into `slots`) of an option. */
  placeOf: (option: number) => number;
  slotOf: (option: number) => number;
  /** The starters (indices into `problem.starters`) an option brings to a new group; none for a plain option. */
  teamOf: (option: number) => readonly number[];
  /** Whether a new group may meet at this option. */
  opensGroups: (option: number) => boolean;
  /** The plain option (place and slot) an option stands for: itself, or the one a team option adds starters to. */
  plainOf: (option: number) => number;
  /** Resources a group at this option holds (a room in that slot, each starter's evening and share). */
  resourcesOf: (option: number) => Int32Array;
  /** Capacity of each resource id. */
  resourceCapacity: Float64Array;
  /** Resource ids below this are rooms (a place in a slot); the rest are starters' evenings and shares. */
  roomResourceCount: number;
  /** Resources a group meeting at a place (index) and slot (index) with these starters (indices) holds, as a result records it. */
  heldBy: (place: number, slot: number, starters: readonly number[]) => number[];
}

export interface MeetingPlace {
  id: string | null;
  municipality: string;
  point: Place;
  capacity: number;
  rooms: number;
  /** Slot indices the place is open in. */
  slots: Int32Array;
  offers: ReadonlySet<string>;
}

/** Compiles venues, availability and reach into per-candidate option lists. */
export function compileMeetingOptions(problem: Problem): MeetingOptions {
  const { candidates, venues, policy } = problem;
  const resolver = new DistanceResolver(problem.distances);
  const slots = slotUniverse(problem);
  const slotIndex = new Map<string | null, number>(slots.map((s, i) => [s, i]));
  const allSlots = Int32Array.from(slots, (_, i) => i);
  const slotsOf = (labels: readonly string[] | undefined): Int32Array => {
    if (labels === undefined || slots[0] === null) return allSlots;
    const picked = new Set<number>();
    for (const label of labels) {
      const s = slotIndex.get(label);
      if (s !== undefined) picked.add(s);
    }
    return Int32Array.from([...picked].sort((a, b) => a - b));
  };

  const placesAreVenues = venues.length > 0;
  const places: MeetingPlace[] = placesAreVenues
    ? venues.map((v) => ({
        id: v.id,
        municipality: v.location.municipality,
        point: toPlace(v.location),
        capacity: v.capacity ?? Number.POSITIVE_INFINITY,
        rooms: v.rooms,
        slots: slotsOf(v.slots),
        offers: new Set(v.offers ?? []),
      }))
    : municipalityPlaces(candidates, allSlots);
  const placeOfMunicipality = new Map(places.map((p, i) => [p.municipality, i]));
  const homePlace = Int32Array.from(candidates, (c) =>
    !placesAreVenues && c.location ? (placeOfMunicipality.get(c.location.municipality) ?? -1) : -1,
  );

  const S = slots.length;
  const points = candidates.map((c) => (c.location ? toPlace(c.location) : null));
  const reach = new PlaceFinder(places, problem.distances);
  const reachable = candidates.map((c, i) => reach.within(points[i]!, c.maxTravelKm ?? policy.travel.defaultMaxKm));
  const travelKm = (i: number, p: number): number => {
    const known = reachable[i]!.get(p);
    if (known !== undefined) return known;
    const point = points[i];
    return point ? resolver.km(point, places[p]!.point) : Number.POSITIVE_INFINITY;
  };

  const reasons = new Map<number, "no_reachable_venue" | "no_common_slot">();
  const byCandidate = candidates.map((c, i) => {
    const mySlots = new Set(slotsOf(c.availability));
    const needs = c.needs ?? [];
    const options: number[] = [];
    let reached = false;
    for (const p of [...reachable[i]!.keys()].sort((a, b) => a - b)) {
      const place = places[p]!;
      if (placesAreVenues && !needs.every((need) => place.offers.has(need))) continue;
      reached = true;
      for (const s of place.slots) if (mySlots.has(s)) options.push(p * S + s);
    }
    if (options.length === 0) reasons.set(i, reached ? "no_common_slot" : "no_reachable_venue");
    return Int32Array.from(options);
  });

  const P = places.length;
  const plainCount = P * S;
  // A room per place and slot; without a slot nothing says when groups meet, so rooms cannot clash (RULES.md §13).
  const roomCapacity = (o: number): number => (slots[0] === null ? Number.POSITIVE_INFINITY : places[Math.floor(o / S)]!.rooms);
  const plainResources = Array.from({ length: plainCount }, (_, o) => (Number.isFinite(roomCapacity(o)) ? Int32Array.of(o) : NO_RESOURCES));
  const capacities: number[] = Array.from({ length: plainCount }, (_, o) => roomCapacity(o));
  const placeOfTeam: number[] = [];
  const teamMembers: number[][] = [];
  const teamResources: Int32Array[] = [];
  let extended = byCandidate;
  let starterResources = (_place: number, _slot: number, _starters: readonly number[]): number[] => [];
  if (policy.starters.min > 0) {
    const origins = problem.starters.map((s) => toPlace(s.location));
    const meetings = Array.from({ length: plainCount }, (_, o) => ({ point: places[Math.floor(o / S)]!.point, slot: slots[o % S] ?? null }));
    const compiled = compileStarterTeams(problem, meetings, S, resolver, origins, plainCount);
    capacities.push(...compiled.capacities);
    starterResources = (_place, slot, team) => [...(slots[0] !== null ? team.map((st) => compiled.slotResource(st, slot)) : []), ...team.map((st) => compiled.totalResource(st))];
    const firstTeam: number[] = [];
    compiled.teams.forEach((teams, o) => {
      firstTeam.push(plainCount + placeOfTeam.length);
      for (const team of teams) {
        placeOfTeam.push(o);
        teamMembers.push(team);
        const slotBound = slots[0] !== null;
        teamResources.push(Int32Array.from([...plainResources[o]!, ...(slotBound ? team.map((st) => compiled.slotResource(st, o % S)) : []), ...team.map((st) => compiled.totalResource(st))]));
      }
    });
    firstTeam.push(plainCount + placeOfTeam.length);
    const experience = problem.starters.map((s) => new Set(s.experience ?? []));
    extended = byCandidate.map((plain, i) => {
      const teams: number[] = [];
      for (const o of plain) {
        for (let t = firstTeam[o]!; t < firstTeam[o + 1]!; t++) if (teamSharesExperience(problem, experience, teamMembers[t - plainCount]!, i)) teams.push(t);
      }
      return teams.length === 0 ? plain : Int32Array.from([...plain, ...teams]);
    });
  }
  const plainOf = (o: number): number => (o < plainCount ? o : placeOfTeam[o - plainCount]!);
  const startersRequired = policy.starters.min > 0;

  return {
    places,
    placesAreVenues,
    slots,
    byCandidate: extended,
    homePlace,
    travelKm,
    reaches: (i, p) => reachable[i]!.has(p),
    placesReached: (i) => reachable[i]!.keys(),
    resolver,
    noOptionReason: (i) => reasons.get(i) ?? null,
    optionCount: plainCount + placeOfTeam.length,
    placeOf: (o) => Math.floor(plainOf(o) / S),
    slotOf: (o) => plainOf(o) % S,
    teamOf: (o) => (o < plainCount ? NO_STARTERS : teamMembers[o - plainCount]!),
    opensGroups: (o) => !startersRequired || o >= plainCount,
    plainOf,
    resourcesOf: (o) => (o < plainCount ? plainResources[o]! : teamResources[o - plainCount]!),
    resourceCapacity: Float64Array.from(capacities),
    roomResourceCount: plainCount,
    heldBy: (place, slot, team) => [...plainResources[place * S + slot]!, ...starterResources(place, slot, team)],
  };
}

const NO_RESOURCES = new Int32Array(0);
const NO_STARTERS: readonly number[] = [];

/** RULES.md §12: offered slots, else every slot anyone names; `[null]` when none binds. */
function slotUniverse(problem: Problem): (string | null)[] {
  if (!problem.policy.slots.required) return [null];
  const named = new Set<string>(problem.policy.slots.offered ?? []);
  if (problem.policy.slots.offered === undefined) {
    for (const c of problem.candidates) for (const s of c.availability ?? []) named.add(s);
    for (const v of problem.venues) for (const s of v.slots ?? []) named.add(s);
    for (const g of problem.groups) if (g.slot !== undefined) named.add(g.slot);
  }
  return named.size === 0 ? [null] : [...named].sort();
}

/** Without venues, groups meet in a member's municipality, located at its candidates' mean point. */
function municipalityPlaces(candidates: readonly Candidate[], allSlots: Int32Array): MeetingPlace[] {
  const sums = new Map<string, { lat: number; lon: number; count: number }>();
  for (const c of candidates) {
    if (!c.location) continue;
    const sum = sums.get(c.location.municipality) ?? { lat: 0, lon: 0, count: 0 };
    if (c.location.lat !== undefined && c.location.lon !== undefined) {
      sum.lat += c.location.lat;
      sum.lon += c.location.lon;
      sum.count += 1;
    }
    sums.set(c.location.municipality, sum);
  }
  return [...sums.keys()].sort().map((municipality) => {
    const sum = sums.get(municipality)!;
    return {
      id: null,
      municipality,
      point: {
        municipality,
        lat: sum.count > 0 ? sum.lat / sum.count : Number.NaN,
        lon: sum.count > 0 ? sum.lon / sum.count : Number.NaN,
      },
      capacity: Number.POSITIVE_INFINITY,
      rooms: Number.POSITIVE_INFINITY,
      slots: allSlots,
      offers: new Set<string>(),
    };
  });
}

/** A location as a distance endpoint; NaN coordinates when not both given. */
export function toPlace(location: { municipality: string; lat?: number | undefined; lon?: number | undefined }): Place {
  const hasPoint = location.lat !== undefined && location.lon !== undefined;
  return {
    municipality: location.municipality,
    lat: hasPoint ? location.lat! : Number.NaN,
    lon: hasPoint ? location.lon! : Number.NaN,
  };
}

/** Kilometres per degree of latitude on the sphere RULES.md §14 uses: a lower bound for any distance. */
const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;

/**
 * Finds the places a person can reach without measuring every place: coordinates are
 * searched in a latitude window, and the municipality/table fallback goes by index.
 */
class PlaceFinder {
  private readonly byLat: number[];
  private readonly inMunicipality = new Map<string, number[]>();
  private readonly neighbours = new Map<string, Map<string, number>>();
  private readonly resolver: DistanceResolver;

  constructor(
    private readonly places: readonly MeetingPlace[],
    distances: Problem["distances"],
  ) {
    this.resolver = new DistanceResolver(distances);
    this.byLat = places.map((_, p) => p).filter((p) => !Number.isNaN(places[p]!.point.lat));
    this.byLat.sort((a, b) => places[a]!.point.lat - places[b]!.point.lat || a - b);
    places.forEach((place, p) => {
      const list = this.inMunicipality.get(place.municipality);
      if (list) list.push(p);
      else this.inMunicipality.set(place.municipality, [p]);
    });
    for (const { from, to, km } of distances) {
      for (const [a, b] of [[from, to], [to, from]] as const) {
        const row = this.neighbours.get(a) ?? new Map<string, number>();
        if (!(km >= (row.get(b) ?? Number.POSITIVE_INFINITY))) row.set(b, km);
        this.neighbours.set(a, row);
      }
    }
  }

  /** Place → km for every place within `limit` km of `from` (RULES.md §14). */
  within(from: Place | null, limit: number): Map<number, number> {
    const found = new Map<number, number>();
    if (from === null) return found;
    const consider = (p: number): void => {
      if (found.has(p)) return;
      const km = this.resolver.km(from, this.places[p]!.point);
      if (km <= limit) found.set(p, km);
    };
    const hasPoint = !Number.isNaN(from.lat);
    if (hasPoint) {
      const low = from.lat - limit / KM_PER_DEGREE_LAT - 1e-9;
      const high = from.lat + limit / KM_PER_DEGREE_LAT + 1e-9;
      for (let k = this.firstAtOrAbove(low); k < this.byLat.length; k++) {
        const p = this.byLat[k]!;
        if (this.places[p]!.point.lat > high) break;
        consider(p);
      }
    }
    // Without coordinates on either side, only the municipality and the table can say.
    const fallback = (p: number): boolean => !hasPoint || Number.isNaN(this.places[p]!.point.lat);
    for (const p of this.inMunicipality.get(from.municipality) ?? []) if (fallback(p)) consider(p);
    for (const [municipality, km] of this.neighbours.get(from.municipality) ?? []) {
      if (km > limit) continue;
      for (const p of this.inMunicipality.get(municipality) ?? []) if (fallback(p)) consider(p);
    }
    return found;
  }

  private firstAtOrAbove(lat: number): number {
    let lo = 0;
    let hi = this.byLat.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.places[this.byLat[mid]!]!.point.lat < lat) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
