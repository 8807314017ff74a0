import fc from "fast-check";
import { describe, it } from "vitest";
import { anyJson, anyValue, awkwardNumber } from "./arbitraries.js";
import { propertyRuns } from "../helpers/mutationRuns.js";
import { validateTyped } from "./outcomes.js";
import { brokenPoolArbitrary } from "./richPool.js";

// fc.assert prints the seed and path of any failure; keep its default reporting.
describe("validateNeverThrows", () => {
  it("any JSON value gives a typed result", () => {
    fc.assert(fc.property(anyJson, (input) => void validateTyped(input)), propertyRuns(400, 93));
  });

  it("any JS value gives a typed result", () => {
    fc.assert(fc.property(anyValue, (input) => void validateTyped(input)), propertyRuns(400, 94));
  });

  it("a valid pool broken at any one place by any JSON value gives a typed result", () => {
    fc.assert(fc.property(brokenPoolArbitrary(anyJson), (input) => void validateTyped(input)), propertyRuns(500, 95));
  });

  it("a valid pool broken at any one place by any JS value gives a typed result", () => {
    fc.assert(fc.property(brokenPoolArbitrary(anyValue), (input) => void validateTyped(input)), propertyRuns(500, 96));
  });

  it("a valid pool with an awkward number at any one place gives a typed result", () => {
    fc.assert(fc.property(brokenPoolArbitrary(awkwardNumber), (input) => void validateTyped(input)), propertyRuns(300, 97));
  });
});
