import fc from "fast-check";
import { describe, it } from "vitest";
import { poolArbitrary } from "../helpers/pools.js";
import { composeForTest, withoutTiming } from "../helpers/composeOutcome.js";

describe("sameSeedGivesSameResult", () => {
  it("two runs with the same input and seed give identical results, elapsed time aside", () => {
    fc.assert(
      fc.property(poolArbitrary(), fc.integer({ min: 0, max: 1_000 }), (input, seed) => {
        const first = withoutTiming(composeForTest(input, seed));
        const second = withoutTiming(composeForTest(structuredClone(input), seed));
        if (first !== second) throw new Error("results differ");
      }),
      { numRuns: 1_000 },
    );
  });
});
