import fc from "fast-check";
import { describe, it } from "vitest";
import { compose } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";

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
});
