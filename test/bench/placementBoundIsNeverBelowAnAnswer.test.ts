import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disasterPool } from "../../bench/disasterPool.js";
import { placementBound } from "../../bench/placementBound.js";
import { check, compose, validate, type ComposeInput, type ComposeResult } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";

/** People the answer places in new groups: what the bound bounds (existing groups' members are not counted). */
function placedInNewGroups(result: ComposeResult): number {
  return result.groups.filter((g) => g.existing === null).reduce((a, g) => a + g.members.length, 0);
}

/** The pool with starters required: `min` at least 1, `max` at least `min`. */
function withStartersRequired(input: ComposeInput): ComposeInput {
  const starters = input.policy?.starters ?? {};
  const min = Math.max(1, starters.min ?? 0);
  return { ...input, policy: { ...input.policy, starters: { ...starters, min, max: Math.max(min, starters.max ?? 2) } } };
}

describe("placementBoundIsNeverBelowAnAnswer", () => {
  it("no checked answer with starters required places more people in new groups than the bound", async () => {
    let placing = 0;
    await fc.assert(
      fc.asyncProperty(poolArbitrary({ maxCandidates: 30 }).map(withStartersRequired), fc.integer({ min: 1, max: 1_000 }), async (input, seed) => {
        if (!validate(input).success || (input.venues ?? []).length === 0) return;
        const result = compose(input, { seed, timeLimitMs: 100, method: "search" });
        if (!check(input, result).ok) return; // the checker's own tests cover broken answers
        const placed = placedInNewGroups(result);
        const bound = await placementBound(input, { timeLimitMs: 10_000 });
        expect(placed).toBeLessThanOrEqual(bound.placed);
        if (placed > 0) placing++;
      }),
      { numRuns: 100, seed: 16 },
    );
    // Not vacuous: some answers place people in started groups.
    expect(placing).toBeGreaterThan(5);
  });

  it("holds on small disaster pools with starters required and scarce", async () => {
    for (let seed = 1; seed <= 4; seed++) {
      const input = disasterPool(seed, { size: 80 });
      const result = compose(input, { seed, timeLimitMs: 300 });
      expect(check(input, result).violations).toEqual([]);
      const bound = await placementBound(input, { timeLimitMs: 10_000 });
      expect(placedInNewGroups(result), `seed ${seed}`).toBeLessThanOrEqual(bound.placed);
    }
  });
});
