import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeBounded, Describer, renameIds } from "../helpers/metamorphic.js";
import { generatePool, poolArbitrary } from "../helpers/pools.js";

/**
 * Renaming every id (candidates, venues, starters, existing groups) to unrelated spellings
 * changes nothing but the names: read back through the renaming, the groups, objective,
 * status and waitlist reasons are the same. Runs are bounded by work, so each is deterministic.
 */
describe("renamingIdsChangesNothing", () => {
  it("gives the same composition, up to the names, for any spelling of the ids (500 random pools)", () => {
    fc.assert(
      fc.property(poolArbitrary({ maxCandidates: 60 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (input, renameSeed) => {
        const renamed = renameIds(input, renameSeed);
        const expected = new Describer(input).describe(composeBounded(input));
        expect(new Describer(renamed.input, renamed.back).describe(composeBounded(renamed.input))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same composition, up to the names, for renamed realistic pools of 300 people", () => {
    for (const seed of [21, 22]) {
      const input = generatePool(300, seed);
      const renamed = renameIds(input, seed);
      const expected = new Describer(input).describe(composeBounded(input, 3_000));
      expect(new Describer(renamed.input, renamed.back).describe(composeBounded(renamed.input, 3_000))).toEqual(expected);
    }
  });
});
