/**
 * Changes to one hard rule that only shrink (tighten) or only grow (loosen) the set of valid
 * compositions, leaving the objective of every composition valid on both sides unchanged.
 *
 * Why each is a pure feasibility change (src/compile/objective.ts):
 * - keep-apart pairs: a pairwise conflict; no objective term reads `knows`.
 * - `groupSize.max` (kept ≥ `preferred` and `min`): the size term reads `preferred` only.
 * - a person's `maxTravelKm`: decides which places they reach; the travel term reads the
 *   distance itself, which does not depend on the limit.
 * - a person's availability (never emptied, from the slots someone already names, so the
 *   slot universe of RULES.md §12 stays the same or only loses options): no term reads slots.
 * - single-gender problem areas: a pairwise conflict. The gender-mix bonus is withheld from
 *   groups with such a member, but those groups hold one gender only, so never earn it anyway.
 *   Not under `gender.mix: "require"`, where such an area also exempts its groups from the mix.
 * - switching a pairwise policy rule on or off (`roles.separate`, `relatives.*`,
 *   `events.shared`, `keepApart`, `problem.mode` shared/cross): a conflict; no term reads them.
 *   A `relatives.byPatientSetting` list sits between off and on, so either switch is monotone.
 * - adding a role to (or dropping one from) `relatives.roles`: widens (narrows) who rules 7-8 bind.
 * - `gender.mix` between `"ignore"` and `"require"`: a group-level feasibility rule; neither
 *   pays the mix bonus (only `"prefer"` does).
 *
 * Not used, because they are not pure: `age.maxSpan` (the engine's search window reads it),
 * closing an open group (a closed group keeps its recorded option, so its travel term changes),
 * `groupSize.min`/`preferred` (preferred is in the size term), the policy travel default
 * (starters read it too, and starters are assigned after the search, outside the oracle).
 */
import fc from "fast-check";
import { PolicySchema, type CandidateInput, type ComposeInput, type Policy } from "../../src/index.js";
import { densePoolArbitrary, poolArbitrary } from "./pools.js";

/** A rule change, named for the report of a failing case; `null` when it does not apply to the pool. */
export type RuleChange = (input: ComposeInput, pick: number) => ComposeInput | null;

/** Picks an index in [0, length) from a uniform number in [0, 1). */
function choose<T>(items: readonly T[], pick: number): T | undefined {
  return items[Math.floor(pick * items.length) % Math.max(1, items.length)];
}

function policyOf(input: ComposeInput): Policy {
  return PolicySchema.parse(input.policy ?? {});
}

function withCandidate(input: ComposeInput, id: string, change: (c: CandidateInput) => CandidateInput): ComposeInput {
  return { ...input, candidates: input.candidates.map((c) => (c.id === id ? change(c) : c)) };
}

/** Together units, so a new keep-apart pair never lands inside one (the validator rejects that). */
function unitOf(input: ComposeInput): Map<string, number> {
  const unit = new Map(input.candidates.map((c, i) => [c.id, i]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of input.candidates) {
      for (const ref of c.together ?? []) {
        const low = Math.min(unit.get(c.id)!, unit.get(ref)!);
        for (const id of [c.id, ref]) {
          if (unit.get(id) !== low) {
            for (const [k, u] of unit) if (u === unit.get(id)) unit.set(k, low);
            changed = true;
          }
        }
      }
    }
  }
  return unit;
}

const knowsEachOther = (a: CandidateInput, b: CandidateInput): boolean => (a.knows ?? []).includes(b.id) || (b.knows ?? []).includes(a.id);

/** Every slot label the pool names (the slot universe when `slots.offered` is unset). */
function namedSlots(input: ComposeInput, policy: Policy): string[] {
  if (policy.slots.offered !== undefined) return [...policy.slots.offered];
  const named = new Set<string>();
  for (const c of input.candidates) for (const s of c.availability ?? []) named.add(s);
  for (const v of input.venues ?? []) for (const s of v.slots ?? []) named.add(s);
  for (const g of input.groups ?? []) if (g.slot !== undefined) named.add(g.slot);
  return [...named];
}

const ROLES = ["self", "relative", "bereaved", "survivor"] as const;

const PAIR_SWITCHES = ["roles.separate", "relatives.byRelation", "relatives.byPatientSetting", "events.shared", "keepApart", "problem.mode"] as const;
type PairSwitch = (typeof PAIR_SWITCHES)[number];

function switchValue(policy: Policy, which: PairSwitch): boolean {
  switch (which) {
    case "roles.separate":
      return policy.roles.separate;
    case "relatives.byRelation":
      return policy.relatives.byRelation;
    case "relatives.byPatientSetting":
      // A list of problem areas is between off and on: switching it either way is still monotone.
      return policy.relatives.byPatientSetting === true;
    case "events.shared":
      return policy.events.shared;
    case "keepApart":
      return policy.keepApart;
    case "problem.mode":
      return policy.problem.mode === "shared";
  }
}

function withSwitch(input: ComposeInput, policy: Policy, which: PairSwitch, on: boolean): ComposeInput {
  const p = input.policy ?? {};
  switch (which) {
    case "roles.separate":
      return { ...input, policy: { ...p, roles: { separate: on } } };
    case "relatives.byRelation":
      return { ...input, policy: { ...p, relatives: { ...policy.relatives, byRelation: on } } };
    case "relatives.byPatientSetting":
      return { ...input, policy: { ...p, relatives: { ...policy.relatives, byPatientSetting: on } } };
    case "events.shared":
      return { ...input, policy: { ...p, events: { shared: on } } };
    case "keepApart":
      return { ...input, policy: { ...p, keepApart: on } };
    case "problem.mode":
      return { ...input, policy: { ...p, problem: { ...policy.problem, mode: on ? "shared" : "cross" } } };
  }
}

/** Whether a switch is already where `switchTo(on)` would put it (a patient-setting list is at neither end). */
function switchedTo(policy: Policy, which: PairSwitch, on: boolean): boolean {
  if (which === "relatives.byPatientSetting") return policy.relatives.byPatientSetting === on;
  return switchValue(policy, which) === on;
}

function switchTo(on: boolean): RuleChange {
  return (input, pick) => {
    const policy = policyOf(input);
    const which = choose(PAIR_SWITCHES.filter((s) => !switchedTo(policy, s, on)), pick);
    return which === undefined ? null : withSwitch(input, policy, which, on);
  };
}

/** Tightenings: each only removes valid compositions. */
export const TIGHTENINGS: Readonly<Record<string, RuleChange>> = {
  addKeepApartPair: (input, pick) => {
    const unit = unitOf(input);
    const pairs = input.candidates.flatMap((a, i) =>
      input.candidates.slice(i + 1).flatMap((b) => (unit.get(a.id) === unit.get(b.id) || knowsEachOther(a, b) ? [] : [[a, b] as const])),
    );
    const pair = choose(pairs, pick);
    return pair ? withCandidate(input, pair[0].id, (c) => ({ ...c, knows: [...(c.knows ?? []), pair[1].id] })) : null;
  },
  lowerGroupMax: (input, pick) => {
    const { min, max, preferred } = policyOf(input).groupSize;
    const floor = Math.max(min, preferred);
    if (max <= floor) return null;
    return { ...input, policy: { ...input.policy, groupSize: { min, preferred, max: floor + Math.floor(pick * (max - floor)) } } };
  },
  lowerTravelLimit: (input, pick) => {
    const limit = policyOf(input).travel.defaultMaxKm;
    const who = choose(input.candidates.filter((c) => c.location !== undefined && (c.maxTravelKm ?? limit) > 0), pick);
    if (!who) return null;
    return withCandidate(input, who.id, (c) => ({ ...c, maxTravelKm: Math.floor((c.maxTravelKm ?? limit) * ((pick * 7919) % 1)) }));
  },
  narrowAvailability: (input, pick) => {
    const who = choose(input.candidates.filter((c) => new Set(c.availability ?? []).size >= 2), pick);
    if (!who) return null;
    const dropped = choose([...new Set(who.availability)], (pick * 104_729) % 1)!;
    return withCandidate(input, who.id, (c) => ({ ...c, availability: c.availability!.filter((s) => s !== dropped) }));
  },
  requireSingleGender: (input, pick) => {
    const policy = policyOf(input);
    // Under a required mix a single-gender area also exempts its groups from the mix: not monotone.
    if (policy.gender.mix === "require") return null;
    const problem = choose([...new Set(input.candidates.flatMap((c) => (c.problem === undefined ? [] : [c.problem])))].filter((p) => !policy.gender.singleGenderProblems.includes(p)), pick);
    if (problem === undefined) return null;
    return { ...input, policy: { ...input.policy, gender: { ...policy.gender, singleGenderProblems: [...policy.gender.singleGenderProblems, problem] } } };
  },
  switchOnPairRule: switchTo(true),
  requireGenderMix: (input) => {
    const policy = policyOf(input);
    // From "ignore" only: "prefer" pays a bonus that "require" does not, so that change is not pure.
    return policy.gender.mix === "ignore" ? { ...input, policy: { ...input.policy, gender: { ...policy.gender, mix: "require" } } } : null;
  },
  addRelativesRole: (input, pick) => {
    const policy = policyOf(input);
    const role = choose(ROLES.filter((r) => !policy.relatives.roles.includes(r)), pick);
    return role === undefined ? null : { ...input, policy: { ...input.policy, relatives: { ...policy.relatives, roles: [...policy.relatives.roles, role] } } };
  },
};

/** Loosenings: each only adds valid compositions. */
export const LOOSENINGS: Readonly<Record<string, RuleChange>> = {
  removeKeepApartPair: (input, pick) => {
    const byId = new Map(input.candidates.map((c) => [c.id, c]));
    const pair = choose(input.candidates.flatMap((c) => (c.knows ?? []).map((ref) => [c.id, ref] as const)), pick);
    if (!pair) return null;
    const [a, b] = pair;
    if (!byId.has(b)) return null;
    return {
      ...input,
      candidates: input.candidates.map((c) => {
        if (c.id !== a && c.id !== b) return c;
        const other = c.id === a ? b : a;
        const knows = (c.knows ?? []).filter((ref) => ref !== other);
        const { knows: _knows, ...rest } = c;
        return knows.length > 0 ? { ...rest, knows } : rest;
      }),
    };
  },
  raiseGroupMax: (input, pick) => {
    const { min, max, preferred } = policyOf(input).groupSize;
    if (max >= 9) return null;
    return { ...input, policy: { ...input.policy, groupSize: { min, preferred, max: max + 1 + Math.floor(pick * (9 - max)) } } };
  },
  raiseTravelLimit: (input, pick) => {
    const limit = policyOf(input).travel.defaultMaxKm;
    const who = choose(input.candidates.filter((c) => c.location !== undefined), pick);
    if (!who) return null;
    return withCandidate(input, who.id, (c) => ({ ...c, maxTravelKm: (c.maxTravelKm ?? limit) + 1 + Math.floor(((pick * 7919) % 1) * 60) }));
  },
  widenAvailability: (input, pick) => {
    const slots = namedSlots(input, policyOf(input));
    const who = choose(input.candidates.filter((c) => c.availability !== undefined && slots.some((s) => !c.availability!.includes(s))), pick);
    if (!who) return null;
    const added = choose(slots.filter((s) => !who.availability!.includes(s)), (pick * 104_729) % 1)!;
    return withCandidate(input, who.id, (c) => ({ ...c, availability: [...c.availability!, added] }));
  },
  dropSingleGender: (input, pick) => {
    const policy = policyOf(input);
    if (policy.gender.mix === "require") return null;
    const problem = choose(policy.gender.singleGenderProblems, pick);
    if (problem === undefined) return null;
    return { ...input, policy: { ...input.policy, gender: { ...policy.gender, singleGenderProblems: policy.gender.singleGenderProblems.filter((p) => p !== problem) } } };
  },
  switchOffPairRule: switchTo(false),
  stopRequiringGenderMix: (input) => {
    const policy = policyOf(input);
    return policy.gender.mix === "require" ? { ...input, policy: { ...input.policy, gender: { ...policy.gender, mix: "ignore" } } } : null;
  },
  dropRelativesRole: (input, pick) => {
    const policy = policyOf(input);
    const role = choose(policy.relatives.roles, pick);
    return role === undefined ? null : { ...input, policy: { ...input.policy, relatives: { ...policy.relatives, roles: policy.relatives.roles.filter((r) => r !== role) } } };
  },
};

/**
 * Small pools where groups are likely, so a rule change often moves the optimum: dense pools
 * (one problem area, one role) whose people live near one another and whose groups are small.
 */
export function groupableSmallPoolArbitrary(): fc.Arbitrary<ComposeInput> {
  return fc.tuple(densePoolArbitrary(9), fc.integer({ min: 2, max: 3 }), fc.integer({ min: 0, max: 2 })).map(([input, min, extra]) => ({
    ...input,
    candidates: input.candidates.map((c, i) => {
      // Adults who reach one another and usually share a slot; the other fields stay random.
      const { maxTravelKm: _limit, needs: _needs, availability, ...rest } = c;
      return {
        ...rest,
        age: c.age === undefined || c.age < 18 ? 40 + i : c.age,
        location: { municipality: "bergen", lat: 60.39 + (i % 3) / 100, lon: 5.32 + (i % 4) / 100 },
        ...(i % 2 === 0 || availability === undefined ? {} : { availability }),
      };
    }),
    policy: { ...input.policy, groupSize: { min, preferred: min + Math.min(1, extra), max: min + extra }, travel: { defaultMaxKm: 30 } },
  }));
}

/** The small pools the tighten/loosen tests draw from: ordinary, dense, and mostly groupable. */
export function smallPoolArbitrary(): fc.Arbitrary<ComposeInput> {
  return fc.oneof(
    { weight: 1, arbitrary: poolArbitrary({ maxCandidates: 9 }) },
    { weight: 1, arbitrary: densePoolArbitrary(9) },
    { weight: 3, arbitrary: groupableSmallPoolArbitrary() },
  );
}
