import fc from "fast-check";
import { describe, it } from "vitest";
import type { ScoreBreakdown } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";
import { composeForTest } from "../helpers/composeOutcome.js";

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe("groupScoresAddUpToTheObjective", () => {
  it("each term of stats.score is the sum of the groups' terms, and the objective is the sum of the terms", () => {
    fc.assert(
      fc.property(poolArbitrary(), (input) => {
        const { groups, stats } = composeForTest(input);
        let total = 0;
        for (const term of Object.keys(stats.score) as (keyof ScoreBreakdown)[]) {
          const summed = groups.reduce((sum, g) => sum + g.score[term], 0);
          if (!close(summed, stats.score[term])) throw new Error(`term ${term}: groups add to ${summed}, stats say ${stats.score[term]}`);
          total += stats.score[term];
        }
        if (!close(total, stats.objective)) throw new Error(`terms add to ${total}, objective is ${stats.objective}`);
      }),
      { numRuns: 300 },
    );
  });
});
