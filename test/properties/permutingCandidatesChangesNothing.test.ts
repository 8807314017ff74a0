import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CandidateInput, ComposeInput } from "../../src/index.js";
import { composeBounded, Describer, permuteInput } from "../helpers/metamorphic.js";
import { generatePool, poolArbitrary } from "../helpers/pools.js";

/**
 * Shuffling the candidate list (and every other list: venues, starters, existing groups and
 * their members, `knows`/`together`, availability, distances) changes nothing: the same groups,
 * objective, status and waitlist reasons. People who look identical to every rule may swap
 * (see `Describer`). Runs are bounded by work, so each is deterministic.
 */
describe("permutingCandidatesChangesNothing", () => {
  it("gives the same composition for any order of the input lists (500 random pools)", () => {
    fc.assert(
      fc.property(poolArbitrary({ maxCandidates: 60 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (input, shuffleSeed) => {
        const describer = new Describer(input);
        expect(describer.describe(composeBounded(permuteInput(input, shuffleSeed)))).toEqual(describer.describe(composeBounded(input)));
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same composition for shuffled realistic pools of 300 people", () => {
    for (const seed of [11, 12]) {
      const input = generatePool(300, seed);
      const describer = new Describer(input);
      const expected = describer.describe(composeBounded(input, 3_000));
      expect(describer.describe(composeBounded(permuteInput(input, seed), 3_000))).toEqual(expected);
    }
  });

  it("gives the same composition when look-alike starters differ only in writing a default out (regression: fast-check counterexample, starters s1 and s3)", () => {
    // Two pairs a generation apart, so the two groups (and who starts which) can be told apart.
    const person = (k: number): CandidateInput => ({ id: `p${k}`, age: k < 2 ? 30 + k : 60 + k, gender: "female", problem: "grief", role: "bereaved", location: { municipality: "bergen" } });
    const input: ComposeInput = {
      candidates: Array.from({ length: 4 }, (_, k) => person(k)),
      policy: { groupSize: { min: 2, max: 2, preferred: 2 }, slots: { required: false }, starters: { min: 1, max: 1 } },
      venues: [{ id: "v1", location: { municipality: "bergen" }, rooms: 2 }],
      starters: [
        { id: "s1", location: { municipality: "bergen" }, maxGroups: 1 },
        { id: "s2", location: { municipality: "bergen" } },
      ],
    };
    const describer = new Describer(input);
    const expected = describer.describe(composeBounded(input));
    for (let seed = 1; seed <= 30; seed++) expect(describer.describe(composeBounded(permuteInput(input, seed)))).toEqual(expected);
  });

  it("gives the same composition when look-alikes differ only by whom they know", () => {
    // Twelve people identical but for their ids, kept apart in two rings of six; the order must not matter.
    const body: Omit<CandidateInput, "id"> = { age: 40, problem: "grief", role: "bereaved", location: { municipality: "bergen" }, availability: ["mon-evening"] };
    const id = (k: number): string => `p${k}`;
    const ring = (k: number): number => (k < 6 ? (k + 1) % 6 : 6 + ((k - 5) % 6));
    const input: ComposeInput = {
      candidates: Array.from({ length: 12 }, (_, k) => ({ id: id(k), ...body, knows: [id(ring(k))] })),
      policy: { groupSize: { min: 3, max: 4, preferred: 4 } },
    };
    const describer = new Describer(input);
    const expected = describer.describe(composeBounded(input));
    for (let seed = 1; seed <= 30; seed++) expect(describer.describe(composeBounded(permuteInput(input, seed)))).toEqual(expected);
  });
});
