import { DistanceResolver, type Place } from "../compile/distances.js";
import type { ComposedGroup } from "../model/result.js";
import type { Candidate, Location, Problem } from "../model/schemas.js";

/** Each member's straight-line or tabled travel to where their group meets, in km; null where unknown. */
export type MemberTravel = ReadonlyMap<string, number | null>;

/**
 * Distances as RULES.md §14 measures them: to the group's venue, or without venues to the mean
 * point of the pool's candidates in the group's municipality; coordinates first, then the same
 * municipality (0 km), then the input's table.
 */
export class TravelMeter {
  private readonly resolver: DistanceResolver;
  private readonly centroids = new Map<string, Place>();
  private readonly venues: ReadonlyMap<string, Location>;

  constructor(
    private readonly problem: Problem,
    private readonly candidates: ReadonlyMap<string, Candidate>,
  ) {
    this.resolver = new DistanceResolver(problem.distances);
    this.venues = new Map(problem.venues.map((v) => [v.id, v.location]));
    const sums = new Map<string, { lat: number; lon: number; n: number }>();
    for (const c of problem.candidates) {
      const { lat, lon, municipality } = c.location ?? {};
      if (municipality === undefined || lat === undefined || lon === undefined) continue;
      const sum = sums.get(municipality) ?? { lat: 0, lon: 0, n: 0 };
      sums.set(municipality, { lat: sum.lat + lat, lon: sum.lon + lon, n: sum.n + 1 });
    }
    for (const [municipality, s] of sums) this.centroids.set(municipality, { municipality, lat: s.lat / s.n, lon: s.lon / s.n });
  }

  /** Each member's km to the group's meeting place (null: no place, no location, or no known distance). */
  of(group: ComposedGroup): MemberTravel {
    const to = this.placeOf(group);
    const out = new Map<string, number | null>();
    for (const id of group.members) {
      const location = this.candidates.get(id)?.location;
      const km = to === null || location === undefined ? Number.POSITIVE_INFINITY : this.resolver.km(placeOf(location), to);
      out.set(id, Number.isFinite(km) ? km : null);
    }
    return out;
  }

  private placeOf(group: ComposedGroup): Place | null {
    if (this.problem.venues.length > 0) {
      const venue = group.venue === null ? undefined : this.venues.get(group.venue);
      return venue === undefined ? null : placeOf(venue);
    }
    if (group.municipality === null) return null;
    return this.centroids.get(group.municipality) ?? { municipality: group.municipality, lat: Number.NaN, lon: Number.NaN };
  }
}

function placeOf(location: Location): Place {
  return { municipality: location.municipality, lat: location.lat ?? Number.NaN, lon: location.lon ?? Number.NaN };
}
