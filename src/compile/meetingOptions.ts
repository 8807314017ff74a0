import type { Candidate, Problem } from "../model/schemas.js";
import { DistanceResolver, type Place } from "./distances.js";

/**
 * Where and when groups can meet, as integers. An option is a (place, slot) pair,
 * numbered `place * slotCount + slot`; a group needs one option that all its members share.
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
  /** Distances as RULES.md §14 resolves them, for anyone else who travels (starters). */
  resolver: DistanceResolver;
  /** Why a candidate has no option at all, if they have none. */
  noOptionReason(candidate: number): "no_reachable_venue" | "no_common_slot" | null;
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
  const travel = new Map<number, number>();
  const travelKm = (i: number, p: number): number => {
    const key = i * places.length + p;
    let km = travel.get(key);
    if (km === undefined) {
      const location = candidates[i]?.location;
      km = location ? resolver.km(toPlace(location), places[p]!.point) : Number.POSITIVE_INFINITY;
      travel.set(key, km);
    }
    return km;
  };

  const reasons = new Map<number, "no_reachable_venue" | "no_common_slot">();
  const byCandidate = candidates.map((c, i) => {
    const limit = c.maxTravelKm ?? policy.travel.defaultMaxKm;
    const mySlots = new Set(slotsOf(c.availability));
    const needs = c.needs ?? [];
    const options: number[] = [];
    let reachable = false;
    places.forEach((place, p) => {
      if (!(travelKm(i, p) <= limit)) return;
      if (placesAreVenues && !needs.every((need) => place.offers.has(need))) return;
      reachable = true;
      for (const s of place.slots) if (mySlots.has(s)) options.push(p * S + s);
    });
    if (options.length === 0) reasons.set(i, reachable ? "no_common_slot" : "no_reachable_venue");
    return Int32Array.from(options);
  });

  return {
    places,
    placesAreVenues,
    slots,
    byCandidate,
    homePlace,
    travelKm,
    resolver,
    noOptionReason: (i) => reasons.get(i) ?? null,
  };
}

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
