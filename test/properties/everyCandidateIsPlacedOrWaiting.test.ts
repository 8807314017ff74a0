import fc from "fast-check";
import { describe, it } from "vitest";
import { poolArbitrary } from "../helpers/pools.js";
import { composeForTest } from "../helpers/composeOutcome.js";

describe("everyCandidateIsPlacedOrWaiting", () => {
  it("every candidate appears exactly once, in one group or on the waitlist with at least one reason", () => {
    fc.assert(
      fc.property(poolArbitrary(), (input) => {
        const result = composeForTest(input);
        const seen = new Map<string, number>();
        for (const group of result.groups) for (const id of group.members) seen.set(id, (seen.get(id) ?? 0) + 1);
        for (const entry of result.waitlist) {
          seen.set(entry.candidateId, (seen.get(entry.candidateId) ?? 0) + 1);
          if (entry.reasons.length === 0) throw new Error(`waitlist entry ${entry.candidateId} has no reason`);
        }
        for (const candidate of input.candidates) {
          if (seen.get(candidate.id) !== 1) throw new Error(`candidate ${candidate.id} appears ${seen.get(candidate.id) ?? 0} times`);
        }
        if (seen.size !== input.candidates.length) throw new Error("the result names someone who is not a candidate");
        if (result.stats.placed + result.stats.waiting !== input.candidates.length) throw new Error("stats do not add up");
      }),
      { numRuns: 1_000 },
    );
  });
});
