/**
 * Pool generators for tests and benchmarks.
 *
 * - `poolArbitrary`: a fast-check arbitrary of small, valid `ComposeInput`s with random policies,
 *   for property tests of `compose` and the checker.
 * - `generatePool`: a fast, seeded generator of realistic pools of any size, for benchmarks.
 *
 * Both produce input that passes `ComposeInputSchema` and every cross-reference rule of
 * `validate` (unique ids, known references, no self-references, disjoint existing groups,
 * no keep-apart pair inside a `together` unit, a consistent policy).
 */
import fc from "fast-check";
import type {
  CandidateInput,
  ComposeInput,
  ExistingGroupInput,
  PolicyInput,
  Relation,
  StarterInput,
  VenueInput,
} from "../../src/model/schemas.js";

// ---------------------------------------------------------------------------------------------
// Shared vocabulary

/** Municipalities close to one another (around Bergen), with centre coordinates. */
const NEAR_MUNICIPALITIES = [
  { name: "bergen", lat: 60.3913, lon: 5.3221 },
  { name: "askøy", lat: 60.4083, lon: 5.2297 },
  { name: "øygarden", lat: 60.3583, lon: 5.1236 },
  { name: "alver", lat: 60.5461, lon: 5.2858 },
] as const;

const PROBLEMS_EXTRA = ["anxiety", "depression", "grief", "stroke", "dementia"] as const;
const SLOT_LABELS = ["mon-evening", "tue-evening", "wed-morning", "thu-evening"] as const;
const NEED_LABELS = ["step-free", "childcare"] as const;
const EVENT_LABELS = ["ferry-fire", "landslide"] as const;
const ROLES = ["self", "relative", "bereaved", "survivor"] as const;
const RELATIONS = ["partner", "parent", "child", "sibling", "other"] as const;
const GENDERS = ["female", "male", "other"] as const;
const SETTINGS = ["home", "institution"] as const;
const EXPECTATIONS = ["change", "combined", "social"] as const;

/** Drops keys whose value is `undefined`, so optional fields are absent rather than undefined. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Union-find over `together` links: the units (couples, families) that must stay together. */
function togetherRoots(n: number, pairs: readonly (readonly [number, number])[]): (i: number) => number {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[i] !== r) {
      const next = parent[i] ?? r;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  for (const [a, b] of pairs) parent[find(a)] = find(b);
  return find;
}

/** Links between candidate indices, written on one side or both, without self-links or repeats. */
function linkLists(
  n: number,
  pairs: readonly (readonly [number, number, boolean])[],
): { lists: Map<number, Set<number>>; kept: [number, number][] } {
  const lists = new Map<number, Set<number>>();
  const kept: [number, number][] = [];
  const add = (from: number, to: number): void => {
    const s = lists.get(from) ?? new Set<number>();
    s.add(to);
    lists.set(from, s);
  };
  for (const [a, b, both] of pairs) {
    if (a === b || a >= n || b >= n) continue;
    add(a, b);
    if (both) add(b, a);
    kept.push([a, b]);
  }
  return { lists, kept };
}

// ---------------------------------------------------------------------------------------------
// poolArbitrary

/** Labels one generated pool draws from. */
interface Vocabulary {
  problems: string[];
  municipalities: { name: string; lat: number; lon: number }[];
  slots: string[];
}

const vocabularyArb: fc.Arbitrary<Vocabulary> = fc.record({
  // "breast-cancer" is always there, so the default single-gender rule is exercised.
  problems: fc.shuffledSubarray([...PROBLEMS_EXTRA], { minLength: 1, maxLength: 3 }).map((p) => ["breast-cancer", ...p]),
  municipalities: fc.shuffledSubarray([...NEAR_MUNICIPALITIES], { minLength: 2, maxLength: 3 }),
  slots: fc.shuffledSubarray([...SLOT_LABELS], { minLength: 3, maxLength: 4 }),
});

/** Present one time in `1 + absentWeight`: for fields that, when common, would leave few placeable pools. */
function rare<T>(arb: fc.Arbitrary<T>, absentWeight: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: absentWeight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

/** Absent one time in `freq`; an absent field is then dropped by `compact`. */
function opt<T>(arb: fc.Arbitrary<T>, freq = 4): fc.Arbitrary<T | undefined> {
  // Explicit weights: fc.option's bias makes nil far more common than 1 in `freq` on small sizes.
  return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: freq - 1, arbitrary: arb });
}

/** A location in one of the pool's municipalities, with coordinates most of the time. */
function locationArb(v: Vocabulary, oneInWithoutCoordinates = 5): fc.Arbitrary<{ municipality: string; lat?: number; lon?: number }> {
  return fc
    .record({
      m: fc.constantFrom(...v.municipalities),
      withCoords: oneInWithoutCoordinates > 0 ? fc.integer({ min: 0, max: oneInWithoutCoordinates - 1 }) : fc.constant(1),
      dLat: fc.integer({ min: -300, max: 300 }),
      dLon: fc.integer({ min: -600, max: 600 }),
    })
    .map(({ m, withCoords, dLat, dLon }) =>
      // Some have no coordinates, so distances fall back to municipality and table.
      withCoords === 0
        ? { municipality: m.name }
        : { municipality: m.name, lat: m.lat + dLat / 10_000, lon: m.lon + dLon / 10_000 },
    );
}

function dateArb(): fc.Arbitrary<string> {
  // Day offsets from 2024-06-01 across two years: always a real calendar date.
  return fc.integer({ min: 0, max: 730 }).map((d) => new Date(Date.UTC(2024, 5, 1 + d)).toISOString().slice(0, 10));
}

/** A candidate without `id`, `knows` or `together` (those are wired after the list is known). */
function candidateBodyArb(v: Vocabulary): fc.Arbitrary<Omit<CandidateInput, "id">> {
  return fc
    .record({
      // Under 18 now and then, and sometimes unrecorded, to exercise eligibility.
      age: opt(fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 14, max: 17 }) }, { weight: 6, arbitrary: fc.integer({ min: 18, max: 85 }) }, { weight: 6, arbitrary: fc.integer({ min: 35, max: 55 }) }), 8),
      gender: opt(fc.constantFrom(...GENDERS), 6),
      problem: opt(fc.constantFrom(...v.problems), 8),
      // Mostly affected people and relatives, as on real lists; every role still occurs.
      role: opt(fc.oneof({ weight: 5, arbitrary: fc.constant(ROLES[0]) }, { weight: 3, arbitrary: fc.constant(ROLES[1]) }, { weight: 1, arbitrary: fc.constantFrom(ROLES[2], ROLES[3]) }), 6),
      relation: opt(fc.constantFrom(...RELATIONS), 2),
      patientSetting: opt(fc.constantFrom(...SETTINGS), 2),
      event: rare(fc.constantFrom(...EVENT_LABELS), 4),
      location: opt(locationArb(v, 8), 12),
      maxTravelKm: rare(fc.integer({ min: 0, max: 60 }), 5),
      // An empty availability (can make no slot) is rare but kept: it must lead to a waitlist reason.
      availability: opt(fc.oneof({ weight: 12, arbitrary: fc.subarray(v.slots, { minLength: 2 }) }, { weight: 1, arbitrary: fc.subarray(v.slots) }), 6),
      needs: rare(fc.subarray([...NEED_LABELS], { minLength: 1 }), 6),
      expectation: opt(fc.constantFrom(...EXPECTATIONS), 3),
      waitingSince: opt(dateArb(), 3),
    })
    .map(compact);
}

function venueBodyArb(v: Vocabulary): fc.Arbitrary<Omit<VenueInput, "id">> {
  return fc
    .record({
      // Venues are geocoded; people sometimes are not.
      location: locationArb(v, 0),
      slots: opt(fc.subarray(v.slots, { minLength: 1 }), 3),
      offers: opt(fc.subarray([...NEED_LABELS]), 2),
      capacity: opt(fc.integer({ min: 3, max: 12 }), 3),
      rooms: opt(fc.integer({ min: 1, max: 3 }), 2),
    })
    .map(compact);
}

function starterBodyArb(v: Vocabulary): fc.Arbitrary<Omit<StarterInput, "id">> {
  return fc
    .record({
      location: locationArb(v),
      maxTravelKm: opt(fc.integer({ min: 0, max: 60 }), 2),
      availability: opt(fc.subarray(v.slots), 4),
      experience: opt(fc.subarray(v.problems), 4),
      maxGroups: opt(fc.integer({ min: 1, max: 3 }), 2),
    })
    .map(compact);
}

/** A consistent random policy: min ≤ preferred ≤ max, starters.min ≤ starters.max, minimum ≤ maximum. */
function policyArb(v: Vocabulary): fc.Arbitrary<PolicyInput> {
  const groupSize = fc
    .integer({ min: 2, max: 5 })
    .chain((min) => fc.integer({ min, max: 9 }).chain((max) => fc.integer({ min, max }).map((preferred) => ({ min, max, preferred }))));
  // Required starters are the exception, so most pools can form groups without them.
  const starters = fc
    .oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) })
    .chain((min) =>
      fc.record({ min: fc.constant(min), max: fc.integer({ min, max: 3 }), requireSharedExperience: fc.boolean() }),
    );
  const neverMix = fc.array(fc.tuple(fc.constantFrom(...v.problems), fc.constantFrom(...v.problems)), { maxLength: 2 });
  return fc
    .record({
      groupSize: opt(groupSize, 6),
      age: opt(
        fc.record({ maxSpan: fc.integer({ min: 5, max: 40 }), maximum: rare(fc.integer({ min: 40, max: 90 }), 4) }).map(compact),
        6,
      ),
      gender: opt(
        fc.record({
          mix: fc.constantFrom("prefer" as const, "ignore" as const, "require" as const),
          singleGenderProblems: opt(fc.constantFrom<string[]>([], ["breast-cancer"], ["breast-cancer", "sexual-abuse"]), 2),
        }).map(compact),
        4,
      ),
      problem: opt(fc.record({ mode: fc.constantFrom("shared" as const, "cross" as const), neverMix }), 6),
      roles: opt(fc.record({ separate: fc.boolean() }), 3),
      relatives: opt(
        fc
          .record({
            roles: opt(fc.subarray([...ROLES]), 2),
            byRelation: fc.boolean(),
            // Off, on for every problem area, or a list (the default is ["stroke"]).
            byPatientSetting: opt(fc.oneof(fc.boolean(), fc.subarray(["stroke", "dementia"])), 3),
          })
          .map(compact),
        3,
      ),
      events: opt(fc.record({ shared: fc.boolean() }), 3),
      keepApart: opt(fc.boolean(), 3),
      slots: opt(
        fc.record({ required: fc.boolean(), offered: opt(fc.subarray(v.slots, { minLength: 1 }), 2) }).map(compact),
        4,
      ),
      travel: opt(fc.record({ defaultMaxKm: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 15, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 15 }) }) }), 6),
      starters: opt(starters, 6),
    })
    .map(compact);
}

/** Options for `poolArbitrary`. */
export interface PoolArbitraryOptions {
  /** Largest candidate list generated (default 60). */
  maxCandidates?: number;
}

/**
 * A fast-check arbitrary of valid compose inputs: up to `maxCandidates` candidates drawn from
 * small label pools (so compatible people are common), 0–3 venues, 0–6 starters, 0–2 existing
 * groups, an occasional distance table, and a random but consistent policy.
 *
 * Every value passes `ComposeInputSchema` and the cross-reference rules: unique ids, `knows`,
 * `together`, group members and group venues referring to existing ids, no self-references,
 * disjoint existing groups, and no person who must be kept apart from someone in their own
 * `together` unit.
 */
export function poolArbitrary(options: PoolArbitraryOptions = {}): fc.Arbitrary<ComposeInput> {
  const maxCandidates = Math.max(0, Math.floor(options.maxCandidates ?? 60));
  return fc
    .record({
      v: vocabularyArb,
      n: fc.integer({ min: 0, max: maxCandidates }),
      venueCount: fc.integer({ min: 0, max: 3 }),
      starterCount: fc.integer({ min: 0, max: 6 }),
    })
    .chain(({ v, n, venueCount, starterCount }) => {
      // Pair arbitraries need at least two candidates to draw distinct ends.
      const pair = n >= 2 ? fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()) : null;
      const pairs = (maxLength: number): fc.Arbitrary<[number, number, boolean][]> =>
        pair ? fc.array(pair, { maxLength }) : fc.constant([]);
      const indices = Array.from({ length: n }, (_, i) => i);
      const muniNames = v.municipalities.map((m) => m.name);
      return fc.record({
        v: fc.constant(v),
        bodies: fc.array(candidateBodyArb(v), { minLength: n, maxLength: n }),
        knows: pairs(Math.min(12, n)),
        together: pairs(Math.min(2, Math.floor(n / 8))),
        venues: fc.array(venueBodyArb(v), { minLength: venueCount, maxLength: venueCount }),
        starters: fc.array(starterBodyArb(v), { minLength: starterCount, maxLength: starterCount }),
        groupMembers: fc.shuffledSubarray(indices, { maxLength: Math.min(n, 12) }),
        groups: fc.array(
          fc.record({
            size: fc.integer({ min: 1, max: 6 }),
            closed: opt(fc.boolean(), 2),
            slot: opt(fc.constantFrom(...v.slots), 2),
            venue: venueCount > 0 ? opt(fc.nat(venueCount - 1), 2) : fc.constant(undefined),
            municipality: opt(fc.constantFrom(...muniNames), 3),
          }),
          { maxLength: 2 },
        ),
        distances: opt(
          fc.array(
            fc.record({ from: fc.constantFrom(...muniNames), to: fc.constantFrom(...muniNames), km: fc.integer({ min: 0, max: 40 }) }),
            { minLength: 1, maxLength: 4 },
          ),
          2,
        ),
        policy: policyArb(v),
      });
    })
    .map(({ bodies, knows, together, venues, starters, groupMembers, groups, distances, policy }) => {
      const n = bodies.length;
      const id = (i: number): string => `c${i + 1}`;
      const tog = linkLists(n, together);
      const root = togetherRoots(n, tog.kept);
      // A keep-apart link inside a together unit contradicts itself; the validator rejects it.
      const kno = linkLists(
        n,
        knows.filter(([a, b]) => root(a) !== root(b)),
      );
      const candidates: CandidateInput[] = bodies.map((body, i) => {
        const k = kno.lists.get(i);
        const t = tog.lists.get(i);
        return compact({
          id: id(i),
          ...body,
          knows: k ? [...k].map(id) : undefined,
          together: t ? [...t].map(id) : undefined,
        });
      });
      const venueList: VenueInput[] = venues.map((b, i) => ({ id: `v${i + 1}`, ...b }));
      const starterList: StarterInput[] = starters.map((b, i) => ({ id: `s${i + 1}`, ...b }));
      // Existing groups take consecutive runs of one shuffled subset, so they never overlap.
      const groupList: ExistingGroupInput[] = [];
      let next = 0;
      for (const g of groups) {
        const members = groupMembers.slice(next, next + g.size);
        next += members.length;
        if (members.length === 0) break;
        groupList.push(
          compact({
            id: `g${groupList.length + 1}`,
            members: members.map(id),
            closed: g.closed,
            slot: g.slot,
            venue: g.venue === undefined ? undefined : `v${g.venue + 1}`,
            municipality: g.municipality,
          }),
        );
      }
      const input: ComposeInput = { candidates, policy };
      if (venueList.length > 0) input.venues = venueList;
      if (starterList.length > 0) input.starters = starterList;
      if (groupList.length > 0) input.groups = groupList;
      if (distances !== undefined) input.distances = distances;
      return input;
    });
}

// ---------------------------------------------------------------------------------------------
// generatePool

/** sfc32: a small, fast, seeded PRNG returning floats in [0, 1). */
function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs so nearby seeds diverge.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** What a problem area implies for role, relation and patient setting (003 §6.3.2). */
interface ProblemProfile {
  label: string;
  weight: number;
  /** Share of candidates on this list who are relatives rather than the affected person. */
  relativeShare: number;
  /** Role of the affected person: "self" for most, "bereaved" for grief, "survivor" for disasters. */
  selfRole: "self" | "bereaved" | "survivor";
  relations: readonly Relation[];
  hasSetting: boolean;
  femaleShare: number;
  ages: readonly [number, number];
  /** The shared event, for disaster support groups (000). */
  event?: string;
}

const PROFILES: readonly ProblemProfile[] = [
  { label: "depression", weight: 22, relativeShare: 0.1, selfRole: "self", relations: ["partner", "parent", "child"], hasSetting: false, femaleShare: 0.62, ages: [18, 80] },
  { label: "anxiety", weight: 20, relativeShare: 0.05, selfRole: "self", relations: ["parent", "partner"], hasSetting: false, femaleShare: 0.66, ages: [18, 70] },
  { label: "dementia", weight: 12, relativeShare: 1, selfRole: "self", relations: ["partner", "child", "child", "sibling"], hasSetting: true, femaleShare: 0.7, ages: [40, 88] },
  { label: "grief", weight: 12, relativeShare: 0, selfRole: "bereaved", relations: [], hasSetting: false, femaleShare: 0.65, ages: [20, 85] },
  { label: "breast-cancer", weight: 8, relativeShare: 0.1, selfRole: "self", relations: ["partner", "child"], hasSetting: false, femaleShare: 0.99, ages: [30, 80] },
  { label: "stroke", weight: 7, relativeShare: 0.85, selfRole: "self", relations: ["partner", "child"], hasSetting: true, femaleShare: 0.6, ages: [35, 85] },
  { label: "addiction", weight: 10, relativeShare: 0.5, selfRole: "self", relations: ["parent", "partner", "child", "sibling"], hasSetting: false, femaleShare: 0.5, ages: [18, 75] },
  { label: "eating-disorder", weight: 4, relativeShare: 0.3, selfRole: "self", relations: ["parent"], hasSetting: false, femaleShare: 0.85, ages: [18, 55] },
  { label: "disaster", weight: 2, relativeShare: 0.3, selfRole: "survivor", relations: ["partner", "parent", "child", "sibling"], hasSetting: false, femaleShare: 0.5, ages: [18, 80], event: "ferry-fire" },
  { label: "sexual-abuse", weight: 3, relativeShare: 0, selfRole: "self", relations: [], hasSetting: false, femaleShare: 0.8, ages: [18, 70] },
];

const GEN_SLOTS = ["mon-evening", "tue-evening", "wed-morning", "wed-evening", "thu-evening", "sat-morning"] as const;
/** Evenings are what most working people can make, so they are drawn more often. */
const SLOT_WEIGHTS = [5, 5, 2, 4, 5, 1] as const;

/** Region origin (south-west of Bergen) and grid spacing for municipality centres (~14 km). */
const ORIGIN = { lat: 59.8, lon: 4.9 } as const;
const STEP = { lat: 0.13, lon: 0.26 } as const;

/**
 * A realistic, deterministic pool of `n` candidates for benchmarks.
 *
 * About one municipality per 50 candidates, laid out on a jittered grid over a region (the region
 * grows with `n`), one venue per ~40 candidates with 2–3 rooms, problem areas with their usual
 * roles, relations and gender mix, 1–3 weekly slots each, sign-up dates in 2025–2026, a few
 * `knows` pairs and couples. Some candidates are under 18, lack an age, coordinates or a location,
 * so every waitlist path is exercised. The policy is the default one.
 *
 * Same `(n, seed)` gives a deep-equal result. n = 50,000 takes well under a second.
 *
 * @param n - number of candidates (0 … 50,000).
 * @param seed - any integer; different seeds give different pools.
 */
export function generatePool(n: number, seed: number): ComposeInput {
  const count = Math.max(0, Math.floor(n));
  const rnd = sfc32(seed);
  const below = (k: number): number => Math.floor(rnd() * k);
  const between = (lo: number, hi: number): number => lo + below(hi - lo + 1);
  const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

  // Municipalities: ~1 per 50 candidates, on a square-ish grid with jitter.
  const muniCount = Math.max(2, Math.round(count / 50));
  const side = Math.ceil(Math.sqrt(muniCount));
  const width = String(muniCount).length;
  const munis = Array.from({ length: muniCount }, (_, i) => ({
    name: `kommune-${String(i + 1).padStart(width, "0")}`,
    lat: round4(ORIGIN.lat + Math.floor(i / side) * STEP.lat + (rnd() - 0.5) * STEP.lat * 0.4),
    lon: round4(ORIGIN.lon + (i % side) * STEP.lon + (rnd() - 0.5) * STEP.lon * 0.4),
    // Bigger towns hold more of the list, as the seeds say small places rarely fill a group.
    weight: 0.3 + rnd() * rnd() * 3,
  }));
  const muniCumulative = cumulative(munis.map((m) => m.weight));
  const profileCumulative = cumulative(PROFILES.map((p) => p.weight));
  const slotCumulative = cumulative([...SLOT_WEIGHTS]);
  const pickWeighted = (cum: readonly number[]): number => {
    const total = cum[cum.length - 1] ?? 0;
    const x = rnd() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  // Dates: the list grew over 2025 and early 2026.
  const dayCount = 420;
  const dates = Array.from({ length: dayCount }, (_, d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
  const idWidth = Math.max(3, String(count).length);
  const ids = Array.from({ length: count }, (_, i) => `c${String(i + 1).padStart(idWidth, "0")}`);

  const candidates: CandidateInput[] = new Array<CandidateInput>(count);
  const muniOf = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const p = PROFILES[pickWeighted(profileCumulative)] ?? PROFILES[0];
    if (p === undefined) throw new Error("no problem profiles");
    const mi = pickWeighted(muniCumulative);
    muniOf[i] = mi;
    const m = munis[mi];
    if (m === undefined) throw new Error("municipality index out of range");
    const c: CandidateInput = { id: ids[i] ?? `c${i + 1}` };
    const r = rnd();
    // ~1.5% under 18 and ~2% with no age recorded: both must wait.
    if (r < 0.015) c.age = between(15, 17);
    else if (r >= 0.035) c.age = between(p.ages[0], p.ages[1]);
    if (rnd() < 0.97) c.gender = rnd() < p.femaleShare ? "female" : rnd() < 0.97 ? "male" : "other";
    c.problem = p.label;
    if (rnd() < p.relativeShare) {
      c.role = "relative";
      const rel = p.relations[below(p.relations.length)];
      if (rel !== undefined) c.relation = rel;
      if (p.hasSetting) c.patientSetting = rnd() < 0.65 ? "home" : "institution";
    } else c.role = p.selfRole;
    if (p.event !== undefined) c.event = p.event;
    const loc = rnd();
    // ~0.5% without a location (can reach nothing), ~3% without coordinates.
    if (loc >= 0.005) {
      c.location =
        loc < 0.035
          ? { municipality: m.name }
          : { municipality: m.name, lat: round4(m.lat + (rnd() - 0.5) * STEP.lat * 0.6), lon: round4(m.lon + (rnd() - 0.5) * STEP.lon * 0.6) };
    }
    if (rnd() < 0.25) c.maxTravelKm = [10, 15, 20, 40][below(4)] ?? 20;
    const slots = new Set<string>();
    const k = 1 + below(3);
    for (let s = 0; s < k; s++) slots.add(GEN_SLOTS[pickWeighted(slotCumulative)] ?? "mon-evening");
    c.availability = GEN_SLOTS.filter((s) => slots.has(s));
    const needRoll = rnd();
    if (needRoll < 0.06) c.needs = ["step-free"];
    else if (needRoll < 0.1) c.needs = ["childcare"];
    c.expectation = EXPECTATIONS[below(3)] ?? "change";
    c.waitingSince = dates[below(dayCount)] ?? "2025-01-01";
    candidates[i] = c;
  }

  // Couples (~0.5%): two relatives on the same list who asked to join together.
  const together = new Set<string>();
  const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const coupleCount = Math.floor(count * 0.0025);
  for (let t = 0; t < coupleCount; t++) {
    const a = below(count);
    const b = a + 1 < count ? a + 1 : a - 1;
    const ca = candidates[a];
    const cb = candidates[b];
    // One couple per person keeps units small; the partner takes the same list, place and slots.
    if (b < 0 || ca === undefined || cb === undefined || ca.role !== "relative" || ca.together || cb.together) continue;
    const partner: CandidateInput = { ...ca, id: cb.id };
    if (ca.age !== undefined && ca.age >= 18) partner.age = Math.max(18, ca.age + between(-4, 4));
    partner.gender = ca.gender === "female" ? "male" : "female";
    if (ca.location !== undefined) partner.location = { ...ca.location };
    if (ca.availability !== undefined) partner.availability = [...ca.availability];
    delete partner.needs;
    candidates[b] = partner;
    ca.together = [partner.id];
    partner.together = [ca.id];
    together.add(pairKey(a, b));
  }

  // Acquaintances (~1%): neighbours or colleagues, found near each other in the list.
  const knowsCount = Math.floor(count * 0.01);
  for (let t = 0; t < knowsCount; t++) {
    const a = below(count);
    const b = Math.min(count - 1, a + 2 + below(20));
    if (a === b || together.has(pairKey(a, b))) continue;
    const ca = candidates[a];
    const cb = candidates[b];
    if (ca === undefined || cb === undefined || ca.knows?.includes(cb.id) || cb.knows?.includes(ca.id)) continue;
    (ca.knows ??= []).push(cb.id);
    if (rnd() < 0.5) (cb.knows ??= []).push(ca.id);
  }

  // Venues: ~1 per 40 candidates, spread round-robin so every municipality gets at least one.
  const venueCount = Math.max(1, Math.round(count / 40));
  const venueKinds = ["bibliotek", "frivilligsentral", "kirkestue", "skole"] as const;
  const vWidth = String(venueCount).length;
  const venues: VenueInput[] = [];
  for (let v = 0; v < venueCount; v++) {
    const m = munis[v % muniCount];
    if (m === undefined) continue;
    const kind = venueKinds[below(venueKinds.length)] ?? "bibliotek";
    const slots = GEN_SLOTS.filter((s) => s !== "sat-morning" || rnd() < 0.2).filter(() => rnd() < 0.75);
    const offers: string[] = [];
    if (kind !== "kirkestue" || rnd() < 0.3) offers.push("step-free");
    if (kind === "frivilligsentral" || rnd() < 0.15) offers.push("childcare");
    venues.push({
      id: `v${String(v + 1).padStart(vWidth, "0")}-${kind}`,
      location: { municipality: m.name, lat: round4(m.lat + (rnd() - 0.5) * 0.02), lon: round4(m.lon + (rnd() - 0.5) * 0.04) },
      slots: slots.length > 0 ? slots : ["tue-evening"],
      offers,
      capacity: between(8, 12),
      rooms: between(2, 3),
    });
  }

  return { policy: {}, venues, candidates };
}

/** Running sums of weights, for weighted picks by binary search. */
function cumulative(weights: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const w of weights) out.push((sum += w));
  return out;
}

/**
 * Small pools in which most people could share a group (one problem area, one role, no
 * relations or events), with the same random policies, venues and existing groups as
 * `poolArbitrary`: for exhaustive checks that need groups to be possible, not just valid.
 */
export function densePoolArbitrary(maxCandidates = 9): fc.Arbitrary<ComposeInput> {
  return poolArbitrary({ maxCandidates }).map((input) => ({
    ...input,
    candidates: input.candidates.map((candidate) => {
      const { relation: _relation, patientSetting: _setting, event: _event, ...rest } = candidate;
      return { ...rest, problem: "anxiety", role: "self" };
    }),
  }));
}

/**
 * A course list: `generatePool(n, seed)` with everyone in the first candidate's problem area as
 * someone with the problem themselves (no relation, setting or event), the usual case of 10–40
 * people signing up after a course at one coping centre. For the exact-method benchmark and
 * tests, where pools must be groupable to say anything.
 */
export function coursePool(n: number, seed: number): ComposeInput {
  const input = generatePool(n, seed);
  const problem = input.candidates[0]?.problem ?? "anxiety";
  return {
    ...input,
    candidates: input.candidates.map((candidate) => {
      const { relation: _relation, patientSetting: _setting, event: _event, ...rest } = candidate;
      return { ...rest, problem, role: "self" };
    }),
  };
}

/** What `themedPoolArbitrary` lays over each candidate and the policy. */
export interface PoolTheme {
  /** Fields drawn for each candidate, laid over a random candidate. */
  candidate: fc.Arbitrary<Partial<CandidateInput>>;
  /** Policy fields laid over the random policy. */
  policy: fc.Arbitrary<PolicyInput>;
  /** Largest candidate list (default 24). */
  maxCandidates?: number;
}

/**
 * Pools about one theme (bereaved after a disaster, relatives of stroke and dementia patients,
 * a mixed-gender programme): random pools whose people are adults of one generation who live
 * near one another and can mostly make a common slot, with the theme's fields laid over them,
 * so groups form often and the theme's rules decide who shares one.
 */
export function themedPoolArbitrary(theme: PoolTheme): fc.Arbitrary<ComposeInput> {
  const max = theme.maxCandidates ?? 24;
  return poolArbitrary({ maxCandidates: max }).chain((input) =>
    fc
      .record({
        overlays: fc.array(theme.candidate, { minLength: input.candidates.length, maxLength: input.candidates.length }),
        policy: theme.policy,
      })
      .map(({ overlays, policy }) => ({
        ...input,
        candidates: input.candidates.map((c, i) => {
          const { maxTravelKm: _limit, needs: _needs, availability, ...rest } = c;
          return compact({
            ...rest,
            age: c.age === undefined || c.age < 18 ? 40 + (i % 12) : 35 + (c.age % 15),
            location: { municipality: "bergen", lat: 60.39 + (i % 3) / 100, lon: 5.32 + (i % 4) / 100 },
            availability: i % 2 === 0 ? undefined : availability,
            ...overlays[i],
          });
        }),
        policy: { ...input.policy, groupSize: { min: 3, preferred: 4, max: 6 }, travel: { defaultMaxKm: 30 }, starters: { min: 0 }, ...policy },
      })),
  );
}

/**
 * Small groupable pools where the relatives', event and gender rules bind (RULES.md 6-9, 16):
 * bereaved, survivors and relatives of stroke, dementia and grief, with relations, patient
 * settings, events and genders each sometimes unrecorded, roles kept apart or not, patient
 * setting split for all, none or stroke only, and a mixed gender preferred, required or ignored.
 * For the oracle tests (search and exact against brute force).
 */
export function rulesPoolArbitrary(maxCandidates = 9): fc.Arbitrary<ComposeInput> {
  return themedPoolArbitrary({
    maxCandidates,
    candidate: fc.record({
      problem: fc.constantFrom("stroke", "stroke", "dementia", "grief"),
      role: fc.constantFrom<CandidateInput["role"]>("relative", "relative", "bereaved", "bereaved", "survivor", undefined),
      relation: fc.constantFrom<CandidateInput["relation"]>("partner", "partner", "parent", undefined),
      patientSetting: fc.constantFrom<CandidateInput["patientSetting"]>("home", "home", "institution", undefined),
      event: fc.constantFrom<CandidateInput["event"]>("ferry-fire", undefined, undefined),
      gender: fc.constantFrom<CandidateInput["gender"]>("female", "female", "male", "other", undefined),
    }),
    policy: fc.record({
      groupSize: fc.integer({ min: 2, max: 3 }).map((min) => ({ min, preferred: min + 1, max: min + 2 })),
      gender: fc.record({ mix: fc.constantFrom("prefer" as const, "require" as const, "require" as const, "ignore" as const) }),
      problem: fc.record({ mode: fc.constantFrom("shared" as const, "cross" as const) }),
      roles: fc.record({ separate: fc.boolean() }),
      relatives: fc.record({
        roles: fc.constantFrom<("self" | "relative" | "bereaved" | "survivor")[]>(["relative", "bereaved"], ["relative"], ["relative", "bereaved", "survivor"]),
        byRelation: fc.boolean(),
        byPatientSetting: fc.constantFrom<boolean | string[]>(true, false, ["stroke"], ["stroke"]),
      }),
      events: fc.record({ shared: fc.boolean() }),
    }),
  });
}
