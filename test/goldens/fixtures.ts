/**
 * The twenty golden fixtures: seeded pools from `generatePool` (0 to 2,000 people), each with
 * rules switched on or varied so that, across them, every rule is in use: keep-apart pairs and
 * couples, existing groups (open and closed), starters (required, with shared experience),
 * single-gender problem areas, relatives by relation and setting, events, travel limits, venues
 * with capacity, rooms, slots and offers, municipality meeting places with a distance table,
 * offered slots, age limits, cross-problem groups with never-mix pairs, and custom weights.
 *
 * Built on the fly from seeds: a change to `generatePool` changes the fixtures, which the
 * golden file notices separately (it records a hash of each input as well as of each result).
 */
import type { ComposeInput, ExistingGroupInput, PolicyInput, StarterInput } from "../../src/index.js";
import { generatePool } from "../helpers/pools.js";

export interface GoldenFixture {
  name: string;
  input: ComposeInput;
  seed: number;
  maxIterations: number;
}

/** Existing groups from people with no relations, `size` each, alternating closed and open. */
function withExistingGroups(input: ComposeInput, count: number, size: number, closedFirst = true): ComposeInput {
  const free = input.candidates.filter((c) => c.knows === undefined && c.together === undefined && c.age !== undefined && c.age >= 18 && c.location !== undefined);
  const taken = new Set(input.candidates.flatMap((c) => [...(c.knows ?? []), ...(c.together ?? [])]));
  const usable = free.filter((c) => !taken.has(c.id));
  const groups: ExistingGroupInput[] = [];
  for (let g = 0; g < count; g++) {
    const seedMember = usable[g * size * 3];
    if (seedMember === undefined) break;
    // Same problem and role, so the group is one a coordinator could have made.
    const members = usable.filter((c) => c.problem === seedMember.problem && c.role === seedMember.role && !groups.some((x) => x.members.includes(c.id))).slice(0, size);
    const venue = input.venues?.[g % Math.max(1, input.venues.length)];
    groups.push({
      id: `existing-${g + 1}`,
      members: members.map((c) => c.id),
      closed: g % 2 === 0 ? closedFirst : !closedFirst,
      ...(seedMember.availability?.[0] === undefined ? {} : { slot: seedMember.availability[0] }),
      ...(venue === undefined ? { municipality: seedMember.location!.municipality } : { venue: venue.id }),
    });
  }
  return { ...input, groups };
}

/** Starters at the venues (or people's municipalities), with slots and experience drawn in turn. */
function withStarters(input: ComposeInput, count: number): ComposeInput {
  const places = input.venues && input.venues.length > 0 ? input.venues.map((v) => v.location) : input.candidates.flatMap((c) => (c.location ? [c.location] : []));
  const problems = [...new Set(input.candidates.flatMap((c) => (c.problem === undefined ? [] : [c.problem])))].sort();
  const slots = ["mon-evening", "tue-evening", "wed-evening", "thu-evening"];
  const starters: StarterInput[] = Array.from({ length: count }, (_, s) => ({
    id: `starter-${s + 1}`,
    location: places[(s * 7) % Math.max(1, places.length)] ?? { municipality: "kommune-01" },
    maxTravelKm: 20 + (s % 3) * 15,
    availability: [slots[s % 4]!, slots[(s + 1) % 4]!],
    experience: problems.filter((_, p) => (p + s) % 3 !== 0),
    maxGroups: 1 + (s % 3),
  }));
  return { ...input, starters };
}

function withPolicy(input: ComposeInput, policy: PolicyInput): ComposeInput {
  return { ...input, policy: { ...input.policy, ...policy } };
}

/** Venues dropped: groups meet in a member's municipality; a table gives some distances. */
function withoutVenues(input: ComposeInput): ComposeInput {
  const municipalities = [...new Set(input.candidates.flatMap((c) => (c.location ? [c.location.municipality] : [])))].sort();
  const distances = municipalities.slice(1).map((to, k) => ({ from: municipalities[k]!, to, km: 8 + (k % 5) * 4 }));
  const { venues: _venues, ...rest } = input;
  return { ...rest, distances };
}

/** People without coordinates, so distances come from municipality and the table only. */
function withoutCoordinates(input: ComposeInput, everyKth: number): ComposeInput {
  return {
    ...input,
    candidates: input.candidates.map((c, i) => (i % everyKth === 0 && c.location ? { ...c, location: { municipality: c.location.municipality } } : c)),
  };
}

const pool = generatePool;

/** Small generated pools spread over several places and problem areas: mixing lets them form groups at all. */
const SMALL_POOL_POLICY: PolicyInput = { problem: { mode: "cross" }, roles: { separate: false }, groupSize: { min: 3, max: 6, preferred: 4 } };
const small = (n: number, seed: number): ComposeInput => withPolicy(pool(n, seed), SMALL_POOL_POLICY);

/** The fixtures, smallest first; the work bound shrinks as pools grow so the whole set stays fast. */
export const GOLDEN_FIXTURES: readonly GoldenFixture[] = [
  { name: "n0-empty", input: pool(0, 1), seed: 1, maxIterations: 1_000 },
  { name: "n5-tiny", input: small(5, 2), seed: 1, maxIterations: 10_000 },
  { name: "n12-existing-open-closed", input: withExistingGroups(small(12, 3), 2, 3), seed: 2, maxIterations: 10_000 },
  { name: "n20-starters-required", input: withPolicy(withStarters(small(20, 4), 4), { starters: { min: 1, max: 2 } }), seed: 3, maxIterations: 10_000 },
  { name: "n30-municipalities-distance-table", input: withoutCoordinates(withoutVenues(small(30, 5)), 3), seed: 4, maxIterations: 10_000 },
  {
    name: "n40-cross-problem-never-mix",
    input: withPolicy(pool(40, 6), { problem: { mode: "cross", neverMix: [["dementia", "addiction"], ["grief", "depression"]] } }),
    seed: 5,
    maxIterations: 8_000,
  },
  { name: "n50-offered-slots-age-limits", input: withPolicy(small(50, 7), { slots: { offered: ["tue-evening", "thu-evening"] }, age: { minimum: 20, maximum: 75, maxSpan: 12 } }), seed: 6, maxIterations: 10_000 },
  {
    name: "n60-single-gender-mix-ignored",
    input: withPolicy(pool(60, 8), { gender: { mix: "ignore", singleGenderProblems: ["breast-cancer", "sexual-abuse", "eating-disorder"] } }),
    seed: 7,
    maxIterations: 8_000,
  },
  { name: "n80-roles-relatives-mixed", input: withPolicy(pool(80, 9), { roles: { separate: false }, relatives: { byRelation: false, byPatientSetting: true }, events: { shared: false } }), seed: 8, maxIterations: 8_000 },
  { name: "n100-keep-apart-off-small-groups", input: withPolicy(pool(100, 10), { keepApart: false, groupSize: { min: 3, max: 5, preferred: 4 } }), seed: 9, maxIterations: 8_000 },
  {
    name: "n120-starters-shared-experience",
    input: withPolicy(withStarters(pool(120, 11), 8), { starters: { min: 2, max: 3, requireSharedExperience: true } }),
    seed: 10,
    maxIterations: 8_000,
  },
  { name: "n150-existing-groups", input: withExistingGroups(pool(150, 12), 6, 4, false), seed: 11, maxIterations: 8_000 },
  { name: "n200-short-travel", input: withPolicy(pool(200, 13), { travel: { defaultMaxKm: 10 } }), seed: 12, maxIterations: 6_000 },
  { name: "n250-municipalities", input: withoutVenues(pool(250, 14)), seed: 13, maxIterations: 6_000 },
  {
    name: "n300-custom-weights-as-of",
    input: withPolicy(pool(300, 15), { asOf: "2026-06-01", weights: { waitingPerYear: 500, ageSpan: 10, genderMix: 5, expectation: 40, travelKm: 2 } }),
    seed: 14,
    maxIterations: 6_000,
  },
  { name: "n400-no-slots", input: withPolicy(pool(400, 16), { slots: { required: false } }), seed: 15, maxIterations: 5_000 },
  { name: "n500-existing-and-starters", input: withStarters(withExistingGroups(pool(500, 17), 8, 5), 15), seed: 16, maxIterations: 5_000 },
  { name: "n800-default-policy", input: pool(800, 18), seed: 17, maxIterations: 4_000 },
  { name: "n1200-large-groups", input: withPolicy(pool(1_200, 19), { groupSize: { min: 5, max: 10, preferred: 8 } }), seed: 18, maxIterations: 3_000 },
  { name: "n2000-small-budget", input: pool(2_000, 20), seed: 19, maxIterations: 1_500 },
];
