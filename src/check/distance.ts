import type { Distance, Location } from "../model/schemas.js";

/** Mean Earth radius in km used for great-circle distances (RULES.md rule 14). */
export const EARTH_RADIUS_KM = 6371.0088;

/** Slack for floating-point noise when comparing a distance with a travel limit. */
const REACH_EPSILON_KM = 1e-9;

/** A point on the globe in degrees. */
export interface Point {
  lat: number;
  lon: number;
}

/** A meeting place: the municipality it lies in, and its point when one is known. */
export interface Place {
  /** Normalised municipality label. */
  municipality: string;
  /** Coordinates of the place, or null when it has none. */
  point: Point | null;
}

/** Smallest listed km between two municipalities, keyed by {@link distanceKey}. */
export type DistanceTable = ReadonlyMap<string, number>;

/**
 * Great-circle distance between two points (haversine).
 * @param a - first point, degrees
 * @param b - second point, degrees
 * @returns kilometres on a sphere of radius {@link EARTH_RADIUS_KM}
 */
export function haversineKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  // Clamp: rounding can push h a hair outside [0, 1] for antipodal or identical points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/**
 * Order-free key for a pair of municipalities, so a table entry serves both directions.
 * @param a - normalised municipality label
 * @param b - normalised municipality label
 */
export function distanceKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Index the input's distance entries, keeping the smallest km per unordered pair.
 * @param distances - parsed `distances` from the input
 * @returns a table looked up with {@link distanceKey}
 */
export function buildDistanceTable(distances: readonly Distance[]): DistanceTable {
  const table = new Map<string, number>();
  for (const entry of distances) {
    const key = distanceKey(entry.from, entry.to);
    const known = table.get(key);
    if (known === undefined || entry.km < known) table.set(key, entry.km);
  }
  return table;
}

/**
 * The point of a location, when both coordinates are recorded.
 * @param location - a parsed location
 */
export function pointOf(location: Location): Point | null {
  return location.lat !== undefined && location.lon !== undefined ? { lat: location.lat, lon: location.lon } : null;
}

/**
 * Distance from a person (or starter) to a place, following RULES.md rule 14:
 * haversine when both have points, else 0 in the same municipality, else the table, else unknown.
 * @param from - where the person lives; undefined means no location
 * @param to - the meeting place
 * @param table - municipality distances
 * @returns kilometres, or null when unknown (which means unreachable)
 */
export function distanceKm(from: Location | undefined, to: Place, table: DistanceTable): number | null {
  if (from === undefined) return null;
  const p = pointOf(from);
  if (p !== null && to.point !== null) return haversineKm(p, to.point);
  if (from.municipality === to.municipality) return 0;
  return table.get(distanceKey(from.municipality, to.municipality)) ?? null;
}

/**
 * Whether a person can reach a place within their travel limit (RULES.md rule 14).
 * @param from - where the person lives; undefined means they can reach nothing
 * @param maxKm - their own `maxTravelKm`, or the policy default
 * @param to - the meeting place
 * @param table - municipality distances
 */
export function canReach(from: Location | undefined, maxKm: number, to: Place, table: DistanceTable): boolean {
  const d = distanceKm(from, to, table);
  return d !== null && d <= maxKm + REACH_EPSILON_KM;
}
