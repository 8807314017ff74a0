import { describe, expect, it } from "vitest";
import { CoreInputError, EngineAssertionError } from "../../src/core/errors.js";
import { GroupingState } from "../../src/mdgp/groupingState.js";
import { solveMdgp } from "../../src/mdgp/solveMdgp.js";

const instance = {
  n: 4,
  d: Float64Array.from([0, 1, 2, 3, 1, 0, 4, 5, 2, 4, 0, 6, 3, 5, 6, 0]),
  lower: Int32Array.from([2, 2]),
  upper: Int32Array.from([2, 2]),
};

describe("assert mode and input errors", () => {
  it("a drifted objective is reported as an EngineAssertionError on the pairwise term", () => {
    const state = new GroupingState(instance);
    state.load([0, 0, 1, 1]);
    state.assertConsistent();
    state.objective += 1;
    let caught: unknown;
    try {
      state.assertConsistent("test");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EngineAssertionError);
    expect((caught as EngineAssertionError).term).toBe("pairwise");
  });

  it("solves a tiny instance to its optimum with assert mode on", () => {
    // Pairings: {0,1}{2,3} = 1+6, {0,2}{1,3} = 2+5, {0,3}{1,2} = 3+4: all 7 — any answer is optimal.
    const result = solveMdgp(instance, { seed: 1, maxIterations: 50, assert: true });
    expect(result.objective).toBe(7);
  });

  it("infeasible size bounds are a typed input error listing the issue", () => {
    const bad = { ...instance, lower: Int32Array.from([3, 3]), upper: Int32Array.from([3, 3]) };
    expect(() => solveMdgp(bad, { seed: 1, maxIterations: 10 })).toThrow(CoreInputError);
    try {
      solveMdgp(bad, { seed: 1, maxIterations: 10 });
    } catch (error) {
      expect((error as CoreInputError).issues.map((i) => i.code)).toContain("infeasible_sizes");
    }
  });

  it("a solve without any bound is refused", () => {
    expect(() => solveMdgp(instance, { seed: 1 })).toThrow(CoreInputError);
  });
});
