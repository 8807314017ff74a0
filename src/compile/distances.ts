import type { Distance } from "../model/schemas.js";

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** A point people travel from or to. `lat`/`lon` are NaN when unknown. */
export interface Place {
  municipality: string;
  lat: number;
  lon: number;
}

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Resolves distances as RULES.md §14 says: coordinates first, then same municipality,
 * then the caller's table; otherwise unknown (Infinity), which means unreachable.
 */
export class DistanceResolver {
  private readonly table = new Map<string, number>();

  constructor(distances: readonly Distance[]) {
    for (const { from, to, km } of distances) {
      const key = pairKey(from, to);
      const known = this.table.get(key);
      if (known === undefined || km < known) this.table.set(key, km);
    }
  }

  km(a: Place, b: Place): number {
    if (!Number.isNaN(a.lat) && !Number.isNaN(b.lat)) return haversineKm(a.lat, a.lon, b.lat, b.lon);
    if (a.municipality === b.municipality) return 0;
    return this.table.get(pairKey(a.municipality, b.municipality)) ?? Number.POSITIVE_INFINITY;
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
