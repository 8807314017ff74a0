import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import type { ComposeInput } from "../../src/index.js";
import { smallPoolArbitrary, TIGHTENINGS } from "../helpers/hardRules.js";
import { expectAtMost, expectComposeReaches, isValid, provenOptimum } from "../helpers/ruleChangeOracle.js";

/**
 * Tightening one hard rule never improves the objective. A heuristic cannot promise that, so
 * the pools are small (at most nine people) and both sides are judged by their proven optimum
 * (test/helpers/bruteForce.ts); compose with a generous work budget must reach each optimum.
 * The rules, and why each change only shrinks the valid set without touching the objective,
 * are listed in test/helpers/hardRules.ts: a new keep-apart pair, a lower group maximum, a
 * lower travel limit, narrower availability, a single-gender problem area, a pair rule on.
 */
describe("tighteningAHardRuleNeverImproves", () => {
  it("never raises the optimum, and compose reaches both optima (500 small pools)", () => {
    fc.assert(
      fc.property(smallPoolArbitrary(), fc.constantFrom(...Object.keys(TIGHTENINGS)), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (input, rule, pick) => {
        const tightened = TIGHTENINGS[rule]!(input, pick);
        fc.pre(tightened !== null && isValid(tightened));
        const loose = provenOptimum(input);
        const tight = provenOptimum(tightened!);
        expectAtMost(tight, loose);
        expectComposeReaches(input, loose);
        expectComposeReaches(tightened!, tight);
      }),
      { numRuns: 500 },
    );
  });

  it("regression budgetMissBeforeKeepApart: compose reaches the optimum on both sides", () => {
    const file = new URL("../regressions/optimum/budgetMissBeforeKeepApart.json", import.meta.url);
    const { input } = JSON.parse(readFileSync(file, "utf8")) as { input: ComposeInput };
    const tightened = TIGHTENINGS["addKeepApartPair"]!(input, 0)!;
    const loose = provenOptimum(input);
    const tight = provenOptimum(tightened);
    expectAtMost(tight, loose);
    expectComposeReaches(input, loose);
    expectComposeReaches(tightened, tight);
  });
});
