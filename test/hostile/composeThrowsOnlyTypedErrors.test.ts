import fc from "fast-check";
import { describe, it } from "vitest";
import { anyJson, anyValue, awkwardNumber } from "./arbitraries.js";
import { composeTyped } from "./outcomes.js";
import { bentPoolArbitrary, brokenPoolArbitrary, richPool } from "./richPool.js";

// compose returns a result or throws ValidationError / CompositionError, never a TypeError or RangeError.
describe("composeThrowsOnlyTypedErrors", () => {
  it("for any JSON value", () => {
    fc.assert(fc.property(anyJson, (input) => void composeTyped(input)), { numRuns: 300 });
  });

  it("for any JS value", () => {
    fc.assert(fc.property(anyValue, (input) => void composeTyped(input)), { numRuns: 300 });
  });

  it("for a valid pool broken at any one place by any JSON value", () => {
    fc.assert(fc.property(brokenPoolArbitrary(anyJson), (input) => void composeTyped(input)), { numRuns: 300 });
  });

  it("for a valid pool broken at any one place by any JS value", () => {
    fc.assert(fc.property(brokenPoolArbitrary(anyValue), (input) => void composeTyped(input)), { numRuns: 300 });
  });

  it("for a valid pool with an awkward number at any one place", () => {
    fc.assert(fc.property(brokenPoolArbitrary(awkwardNumber), (input) => void composeTyped(input)), { numRuns: 200 });
  });

  it("for a valid pool with a few leaves bent to odd values of the same type (most reach the solver)", () => {
    fc.assert(fc.property(bentPoolArbitrary(), (input) => void composeTyped(input)), { numRuns: 300 });
  });

  it("for any options object beside a valid pool", () => {
    const options = fc.oneof(
      anyValue,
      fc.record(
        { seed: awkwardNumber, timeLimitMs: awkwardNumber, maxIterations: awkwardNumber, method: anyValue, assert: anyValue },
        { requiredKeys: [] },
      ),
    );
    // Every options object is capped in work, so a valid one cannot run long.
    const capped = options.map((o) => (typeof o === "object" && o !== null && !Array.isArray(o) ? { ...o, maxIterations: 500, timeLimitMs: 1_000 } : o));
    fc.assert(fc.property(fc.oneof(options, capped), (o) => void composeTyped(richPool(), o)), { numRuns: 200 });
  });
});
