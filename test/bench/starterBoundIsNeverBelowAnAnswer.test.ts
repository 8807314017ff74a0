import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { starterBound } from "../../bench/starterBound.js";
import { check, compose, parse } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";
import { disasterPool } from "../../bench/disasterPool.js";

describe("starterBoundIsNeverBelowAnAnswer", () => {
  it("no checked answer has more new groups with their starters than the bound", () => {
    let withStarters = 0;
    let atTheBound = 0;
    fc.assert(
      fc.property(poolArbitrary({ maxCandidates: 30 }), fc.integer({ min: 1, max: 1_000 }), (input, seed) => {
        const result = compose(input, { seed, timeLimitMs: 200, method: "search" });
        if (!check(input, result).ok) return; // the checker's own tests cover broken answers
        const perGroup = Math.max(1, parse(input).policy.starters.min);
        const started = result.groups.filter((g) => g.existing === null && g.starters.length >= perGroup).length;
        const bound = starterBound(input).groups;
        expect(started).toBeLessThanOrEqual(bound);
        if (started > 0) withStarters++;
        if (started > 0 && started === bound) atTheBound++;
      }),
      { numRuns: 150, seed: 16 },
    );
    // Not vacuous: answers with started groups occur, some of them reaching the bound.
    expect(withStarters).toBeGreaterThan(10);
    expect(atTheBound).toBeGreaterThan(0);
  });

  it("holds on small disaster pools with starters required and scarce", () => {
    for (let seed = 1; seed <= 4; seed++) {
      const input = disasterPool(seed, { size: 80 });
      const result = compose(input, { seed, timeLimitMs: 300 });
      expect(check(input, result).violations).toEqual([]);
      const started = result.groups.filter((g) => g.existing === null && g.starters.length >= 1).length;
      expect(started, `seed ${seed}`).toBeLessThanOrEqual(starterBound(input).groups);
    }
  });
});
