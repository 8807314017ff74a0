import fc from "fast-check";
import { describe, it } from "vitest";
import { check } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";
import { composeForTest } from "../helpers/composeOutcome.js";

describe("everyGroupPassesTheChecker", () => {
  it("the independent checker finds no broken hard rule in any composition", () => {
    fc.assert(
      fc.property(poolArbitrary(), (input) => {
        const report = check(input, composeForTest(input));
        if (!report.ok) throw new Error(report.violations.map((v) => `${v.rule} ${v.groupId ?? ""}: ${v.message}`).join("\n"));
      }),
      { numRuns: 1_000 },
    );
  });
});
