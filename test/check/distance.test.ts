import { describe, expect, it } from "vitest";
import { EARTH_RADIUS_KM, buildDistanceTable, canReach, distanceKm, haversineKm } from "../../src/check/distance.js";

describe("distance", () => {
  it("haversine matches a quarter meridian on the rule's Earth radius", () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
  });

  it("haversine of a point to itself is zero and is symmetric", () => {
    const a = { lat: 59.91, lon: 10.75 };
    const b = { lat: 60.39, lon: 5.32 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
    expect(haversineKm(a, b)).toBeGreaterThan(300);
    expect(haversineKm(a, b)).toBeLessThan(310);
  });

  it("the distance table is read in either direction and keeps the smallest entry", () => {
    const table = buildDistanceTable([
      { from: "a", to: "b", km: 40 },
      { from: "b", to: "a", km: 12 },
      { from: "a", to: "b", km: 25 },
    ]);
    expect(distanceKm({ municipality: "b" }, { municipality: "a", point: null }, table)).toBe(12);
    expect(distanceKm({ municipality: "a" }, { municipality: "b", point: null }, table)).toBe(12);
  });

  it("coordinates win over the table and the same municipality", () => {
    const table = buildDistanceTable([{ from: "a", to: "b", km: 1 }]);
    const far = { municipality: "a", lat: 0, lon: 0 };
    expect(distanceKm(far, { municipality: "a", point: { lat: 1, lon: 0 } }, table)).toBeGreaterThan(100);
    expect(distanceKm({ municipality: "a", lat: 0, lon: 0 }, { municipality: "b", point: null }, table)).toBe(1);
  });

  it("an unknown distance or a missing location is unreachable", () => {
    const table = buildDistanceTable([]);
    expect(canReach({ municipality: "a" }, 20_000, { municipality: "b", point: null }, table)).toBe(false);
    expect(canReach(undefined, 20_000, { municipality: "a", point: null }, table)).toBe(false);
    expect(canReach({ municipality: "a" }, 0, { municipality: "a", point: null }, table)).toBe(true);
  });
});
