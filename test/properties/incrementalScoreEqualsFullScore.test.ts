import fc from "fast-check";
import { describe, it } from "vitest";
import { compose } from "../../src/index.js";
import { generatePool, poolArbitrary } from "../helpers/pools.js";

describe("incrementalScoreEqualsFullScore", () => {
  it("in assert mode, every accepted move leaves the incremental score equal to a from-scratch recomputation", () => {
    // Assert mode recomputes every group's score, validity and room bookings after each move
    // and throws an EngineAssertionError naming the term that drifted.
    fc.assert(
      fc.property(poolArbitrary(), fc.integer({ min: 0, max: 1_000 }), (input, seed) => {
        compose(input, { seed, assert: true, maxIterations: 1_500, timeLimitMs: 60_000 });
      }),
      { numRuns: 500 },
    );
  });

  it("stays exact on generated pools whose sub-pools compete for rooms (group slots reused across sub-pools)", () => {
    // Regression: a group closed to free a room and the slot reopened by another sub-pool once
    // left the slot listed under the wrong sub-pool (caught here on generatePool(200, 2) and (300, 2)).
    for (const [n, poolSeed] of [[200, 1], [200, 2], [300, 1], [300, 2], [400, 3]] as const) {
      compose(generatePool(n, poolSeed), { seed: 1, assert: true, maxIterations: 20_000, timeLimitMs: 600_000 });
    }
  });
});
