import fc from "fast-check";
import type { ComposeInput, StarterInput } from "../../src/index.js";
import { densePoolArbitrary } from "./pools.js";

const SLOTS = ["mon-evening", "tue-evening", "wed-evening", "thu-evening", "sat-morning"];

/**
 * Dense pools of up to `maxCandidates` people in which every new group needs starters and the
 * starters are scarce: one to three of them, each for one or two groups, living where some of
 * the candidates live, with their own evenings and (when shared experience is required) not
 * always the right experience. Which groups form is then decided by who can start them.
 */
export function scarceStartersPoolArbitrary(maxCandidates = 9): fc.Arbitrary<ComposeInput> {
  return densePoolArbitrary(maxCandidates)
    .filter((input) => input.candidates.some((c) => c.location !== undefined))
    .chain((input) => {
      const homes = input.candidates.flatMap((c) => (c.location === undefined ? [] : [c.location]));
      const starter = fc.record({
        home: fc.nat(homes.length - 1),
        maxTravelKm: fc.integer({ min: 5, max: 60 }),
        availability: fc.option(fc.subarray(SLOTS, { minLength: 1 }), { nil: undefined }),
        experienced: fc.boolean(),
        maxGroups: fc.integer({ min: 1, max: 2 }),
      });
      return fc.record({
        starters: fc.array(starter, { minLength: 1, maxLength: 3 }),
        min: fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) }),
        extra: fc.integer({ min: 0, max: 1 }),
        requireSharedExperience: fc.boolean(),
      }).map(({ starters, min, extra, requireSharedExperience }): ComposeInput => ({
        ...input,
        starters: starters.map((s, k): StarterInput => ({
          id: `s${k + 1}`,
          location: homes[s.home]!,
          maxTravelKm: s.maxTravelKm,
          ...(s.availability === undefined ? {} : { availability: s.availability }),
          // Dense pools are all "anxiety": an inexperienced starter shares nothing.
          experience: s.experienced ? ["anxiety"] : ["grief"],
          maxGroups: s.maxGroups,
        })),
        policy: { ...input.policy, starters: { min, max: min + extra, requireSharedExperience } },
      }));
    });
}
