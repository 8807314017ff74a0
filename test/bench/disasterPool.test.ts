import { describe, expect, it } from "vitest";
import { DISASTER_EVENTS, DISASTER_PROBLEM, disasterPool } from "../../bench/disasterPool.js";
import { validate } from "../../src/index.js";

describe("disasterPool", () => {
  it("gives the same pool for the same seed and options", () => {
    expect(disasterPool(7)).toEqual(disasterPool(7));
    expect(disasterPool(7, { size: 50, landslideShare: 0 })).toEqual(disasterPool(7, { size: 50, landslideShare: 0 }));
    expect(disasterPool(7)).not.toEqual(disasterPool(8));
  });

  it("passes validate for several seeds and sizes", () => {
    for (const [seed, size] of [[1, 400], [2, 400], [3, 37], [4, 1], [5, 0]] as const) {
      const result = validate(disasterPool(seed, { size }));
      expect(result.success ? [] : result.issues, `seed ${seed}, size ${size}`).toEqual([]);
    }
  });

  it("holds the people, starters and policy the starters benchmark relies on", () => {
    const input = disasterPool(1);
    expect(input.candidates).toHaveLength(400);
    for (const c of input.candidates) {
      expect(c.problem).toBe(DISASTER_PROBLEM);
      expect(Object.values(DISASTER_EVENTS)).toContain(c.event);
      expect(["bereaved", "survivor", "relative"]).toContain(c.role);
      expect(c.age).toBeGreaterThanOrEqual(18);
      expect(c.age).toBeLessThanOrEqual(85);
      if (c.maxTravelKm !== undefined) expect(c.maxTravelKm >= 60 && c.maxTravelKm <= 250).toBe(true);
    }
    expect(input.candidates.filter((c) => c.event === DISASTER_EVENTS.landslide)).toHaveLength(60);
    expect(input.starters).toHaveLength(9);
    for (const s of input.starters ?? []) {
      expect(s.maxGroups).toBe(2);
      expect(s.experience).toContain(DISASTER_PROBLEM);
    }
    expect(input.policy?.starters).toEqual({ min: 1, max: 2, requireSharedExperience: true });
    // Fields other engineers add defaults to are left to those defaults.
    expect(input.policy?.relatives).toBeUndefined();
    expect(input.policy?.gender).toBeUndefined();
  });
});
