import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PolicySchema, type ComposeInput } from "../../src/index.js";
import { withoutTiming } from "../helpers/composeOutcome.js";
import { composeBounded } from "../helpers/metamorphic.js";
import { poolArbitrary } from "../helpers/pools.js";

/**
 * Adding a rule that binds nobody changes nothing: the result is byte for byte the same
 * (apart from `stats.elapsedMs`). Each rule below holds for everyone already:
 *
 * - `ageMaximum`: a maximum age no candidate is above (only where the policy has none).
 * - `neverMixUnknown`: a never-mix pair naming a problem area nobody has.
 * - `singleGenderUnknown`: a single-gender problem area nobody has.
 * - `offerEveryNamedSlot`: `slots.offered` set to exactly the slots someone names (only where unset
 *   and someone names one; seed -194169912 found the empty offer, which validation refuses).
 * - `travelDefaultNobodyUses`: every person and starter states the limit they had, then the
 *   policy default is raised to the maximum: it now applies to nobody.
 */
type Rule = "ageMaximum" | "neverMixUnknown" | "singleGenderUnknown" | "offerEveryNamedSlot" | "travelDefaultNobodyUses";
const RULES: readonly Rule[] = ["ageMaximum", "neverMixUnknown", "singleGenderUnknown", "offerEveryNamedSlot", "travelDefaultNobodyUses"];

const NOBODYS_PROBLEM = "no-such-problem-area";

function withRule(input: ComposeInput, rule: Rule): ComposeInput {
  const policy = PolicySchema.parse(input.policy ?? {});
  switch (rule) {
    case "ageMaximum": {
      if (policy.age.maximum !== undefined) return input;
      const oldest = Math.max(policy.age.minimum, ...input.candidates.map((c) => c.age ?? 0));
      return { ...input, policy: { ...input.policy, age: { ...input.policy?.age, maximum: oldest } } };
    }
    case "neverMixUnknown": {
      const other = input.candidates.find((c) => c.problem !== undefined)?.problem ?? "grief";
      return { ...input, policy: { ...input.policy, problem: { ...input.policy?.problem, neverMix: [...policy.problem.neverMix, [NOBODYS_PROBLEM, other]] } } };
    }
    case "singleGenderUnknown":
      return { ...input, policy: { ...input.policy, gender: { ...input.policy?.gender, singleGenderProblems: [...policy.gender.singleGenderProblems, NOBODYS_PROBLEM] } } };
    case "offerEveryNamedSlot": {
      if (!policy.slots.required || policy.slots.offered !== undefined) return input;
      const named = new Set<string>();
      for (const c of input.candidates) for (const s of c.availability ?? []) named.add(s);
      for (const v of input.venues ?? []) for (const s of v.slots ?? []) named.add(s);
      for (const g of input.groups ?? []) if (g.slot !== undefined) named.add(g.slot);
      // An empty offer is refused as contradictory (validate): when nobody names a slot there is no such rule to add.
      if (named.size === 0) return input;
      return { ...input, policy: { ...input.policy, slots: { ...input.policy?.slots, offered: [...named] } } };
    }
    case "travelDefaultNobodyUses": {
      const limit = policy.travel.defaultMaxKm;
      return {
        ...input,
        candidates: input.candidates.map((c) => ({ ...c, maxTravelKm: c.maxTravelKm ?? limit })),
        ...(input.starters ? { starters: input.starters.map((s) => ({ ...s, maxTravelKm: s.maxTravelKm ?? limit })) } : {}),
        policy: { ...input.policy, travel: { defaultMaxKm: 20_000 } },
      };
    }
  }
}

/** Shrunk counterexample of seed -194169912: nobody names a slot, so there is no offer to add. */
const NOBODY_NAMES_A_SLOT: ComposeInput = {
  candidates: [
    { id: "c1", age: 35, gender: "female", problem: "breast-cancer", role: "relative", relation: "partner", location: { municipality: "askøy" }, expectation: "change", waitingSince: "2024-06-01" },
  ],
  policy: {
    groupSize: { min: 2, max: 2, preferred: 2 },
    gender: { mix: "prefer" },
    roles: { separate: false },
    relatives: { byRelation: false, byPatientSetting: false },
    keepApart: false,
    travel: { defaultMaxKm: 15 },
    starters: { min: 0, max: 0, requireSharedExperience: false },
  },
  starters: [{ id: "s1", location: { municipality: "askøy" }, maxTravelKm: 0 }],
};

describe("aRuleThatBindsNobodyChangesNothing", () => {
  it("gives a byte-identical result when rules that bind nobody are added (500 random pools)", () => {
    fc.assert(
      fc.property(poolArbitrary({ maxCandidates: 60 }), fc.subarray([...RULES], { minLength: 1 }), (input, rules) => {
        const bound = rules.reduce(withRule, input);
        expect(withoutTiming(composeBounded(bound))).toBe(withoutTiming(composeBounded(input)));
      }),
      { numRuns: 500, examples: [[NOBODY_NAMES_A_SLOT, ["offerEveryNamedSlot", "travelDefaultNobodyUses"]]] },
    );
  });
});
