import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compose, explain, type ComposeInput } from "../../src/index.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";
import { poolArbitrary } from "../helpers/pools.js";
import { scarceStartersPoolArbitrary } from "../helpers/starterPools.js";

/** Offset of this file's fixed seed (counting pools with waiting people must not depend on chance). */
const SEED_OFFSET = 40;

describe("explainAgreesWithTheWaitlist", () => {
  it("gives every waiting person compose's entry, and every placed person their group", () => {
    let waiting = 0;
    fc.assert(
      fc.property(fc.oneof(poolArbitrary({ maxCandidates: 14 }), scarceStartersPoolArbitrary(12)), (input: ComposeInput) => {
        const result = compose(input, { seed: 3, maxIterations: 200, method: "search", timeLimitMs: 60_000 });
        for (const entry of result.waitlist) expect(explain(input, result, entry.candidateId)).toEqual({ status: "waiting", ...entry });
        for (const group of result.groups) {
          for (const id of group.members) {
            const told = explain(input, result, id);
            expect(told).toMatchObject({ status: "placed", groupId: group.id, slot: group.slot, venue: group.venue, newMember: group.newMembers.includes(id) });
          }
        }
        waiting += result.waitlist.length;
      }),
      { numRuns: 300, seed: OPTIMUM_CHECK_SEED + SEED_OFFSET },
    );
    expect(waiting).toBeGreaterThan(300);
  });

  it("names only the id when asked about someone who is not in the input", () => {
    const input: ComposeInput = { candidates: [{ id: "a", age: 40 }] };
    const result = compose(input, { seed: 1 });
    expect(() => explain(input, result, "nobody")).toThrow(new RangeError('explain: no candidate with id "nobody"'));
  });
});
