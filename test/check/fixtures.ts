import type { ComposedGroup, ComposeResult, ComposeStats, WaitlistEntry, WaitReasonCode } from "../../src/model/result.js";
import type { CandidateInput, ComposeInput } from "../../src/model/schemas.js";

/** A hand-made input with a result that breaks no rule; tests tamper with fresh copies. */
export interface Fixture {
  input: ComposeInput;
  result: ComposeResult;
}

/** Canary personal values: none may ever appear in a violation message. */
export const CANARY = {
  problem: "canary-problem-zzq",
  otherProblem: "canary-problem-b-zzq",
  town: "canary-town-zzq",
  village: "canary-village-zzq",
  slot: "canary-slot-zzq",
  need: "canary-need-zzq",
  event: "canary-event-zzq",
  otherEvent: "canary-event-b-zzq",
  /** Ages that are recorded in fixtures and must never be printed. */
  ages: [83, 85, 88, 97],
} as const;

/** Another slot label, also a personal value. */
const MON = "canary-mon-zzq";
const TUE = "canary-tue-zzq";

/** Candidates of a fixture, so a result's metrics can be filled plausibly from them. */
function metricsFor(members: string[], people: readonly CandidateInput[]): ComposedGroup["metrics"] {
  const byId = new Map(people.map((c) => [c.id, c]));
  const ages = members.flatMap((m) => (byId.get(m)?.age === undefined ? [] : [byId.get(m)?.age ?? 0]));
  const genders = { female: 0, male: 0, other: 0, undisclosed: 0 };
  for (const m of members) genders[byId.get(m)?.gender ?? "undisclosed"] += 1;
  const problems = [...new Set(members.flatMap((m) => (byId.get(m)?.problem === undefined ? [] : [byId.get(m)?.problem ?? ""])))];
  return {
    size: members.length,
    ageSpan: ages.length === 0 ? 0 : Math.max(...ages) - Math.min(...ages),
    genders,
    problems,
    maxTravelKm: 1,
    totalTravelKm: members.length,
  };
}

/** A result group; `existing` and `newMembers` follow the input. */
function group(
  people: readonly CandidateInput[],
  g: { id: string; members: string[]; slot: string | null; venue: string | null; municipality: string | null; starters?: string[]; existing?: string; newMembers?: string[] },
): ComposedGroup {
  return {
    id: g.id,
    members: g.members,
    slot: g.slot,
    venue: g.venue,
    municipality: g.municipality,
    starters: g.starters ?? [],
    existing: g.existing ?? null,
    newMembers: g.newMembers ?? g.members,
    metrics: metricsFor(g.members, people),
    score: { placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 },
  };
}

/** A waitlist entry with one reason. */
export function waiting(candidateId: string, code: WaitReasonCode = "not_selected"): WaitlistEntry {
  return { candidateId, reasons: [{ code, message: "waits" }], suggestions: [] };
}

/** Plausible stats for a result with these counts. */
function stats(placed: number, waitingCount: number): ComposeStats {
  return {
    objective: placed * 1_000 - 12.5,
    score: { placed: placed * 1_000, waiting: 0, ageSpan: -8, genderMix: 0, expectation: 0, sizeFromPreferred: -4.5, travel: 0 },
    method: "construct",
    seed: 1,
    iterations: 0,
    stoppedBy: "completed",
    placed,
    waiting: waitingCount,
    elapsedMs: 3,
  };
}

/** Find a candidate in a fixture's input for tampering. */
export function person(f: Fixture, id: string): CandidateInput {
  const c = f.input.candidates.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no candidate ${id} in fixture`);
  return c;
}

/** Find a group in a fixture's result for tampering. */
export function groupOf(f: Fixture, id: string): ComposedGroup {
  const g = f.result.groups.find((x) => x.id === id);
  if (g === undefined) throw new Error(`no group ${id} in result`);
  return g;
}

/**
 * Two new groups meeting at venues with starters: g1 (a1-a4, venue v1, canary slot, starter s1)
 * and g2 (b1-b4, venue v2, slot TUE, starter s2); w1 waits, too young.
 */
export function withVenues(): Fixture {
  const town = CANARY.town;
  const candidates: CandidateInput[] = [
    { id: "a1", age: 83, gender: "female", problem: CANARY.problem, role: "self", location: { municipality: town, lat: 59.91, lon: 10.75 }, availability: [CANARY.slot, MON], needs: [CANARY.need] },
    { id: "a2", age: 85, gender: "male", problem: CANARY.problem, role: "self", location: { municipality: town, lat: 59.92, lon: 10.76 }, availability: [CANARY.slot] },
    { id: "a3", age: 88, gender: "female", problem: CANARY.problem, role: "self", location: { municipality: town, lat: 59.9, lon: 10.74 } },
    { id: "a4", age: 97, gender: "other", problem: CANARY.problem, role: "self", location: { municipality: town } },
    { id: "b1", age: 40, gender: "female", problem: "grief", location: { municipality: town, lat: 59.911, lon: 10.751 }, availability: [CANARY.slot, TUE] },
    { id: "b2", age: 42, gender: "male", problem: "grief", location: { municipality: town, lat: 59.912, lon: 10.752 }, availability: [CANARY.slot, TUE] },
    { id: "b3", age: 45, problem: "grief", location: { municipality: town } },
    { id: "b4", age: 50, gender: "male", problem: "grief", location: { municipality: town, lat: 59.913, lon: 10.749 } },
    { id: "w1", age: 16, problem: CANARY.problem, location: { municipality: town } },
  ];
  const input: ComposeInput = {
    candidates,
    policy: { groupSize: { min: 3, max: 4, preferred: 4 }, starters: { min: 1, max: 2 } },
    venues: [
      { id: "v1", location: { municipality: town, lat: 59.915, lon: 10.752 }, offers: [CANARY.need], capacity: 6, rooms: 1 },
      { id: "v2", location: { municipality: town, lat: 59.905, lon: 10.745 } },
    ],
    starters: [
      { id: "s1", location: { municipality: town, lat: 59.91, lon: 10.75 }, availability: [CANARY.slot], experience: [CANARY.problem], maxGroups: 1 },
      { id: "s2", location: { municipality: town } },
    ],
  };
  const result: ComposeResult = {
    status: "feasible",
    groups: [
      group(candidates, { id: "g1", members: ["a1", "a2", "a3", "a4"], slot: CANARY.slot, venue: "v1", municipality: town, starters: ["s1"] }),
      group(candidates, { id: "g2", members: ["b1", "b2", "b3", "b4"], slot: TUE, venue: "v2", municipality: town, starters: ["s2"] }),
    ],
    waitlist: [waiting("w1", "below_minimum_age")],
    warnings: [],
    stats: stats(8, 1),
  };
  return { input, result };
}

/**
 * No venues: h1 (m1-m4) meets in the town; m4 lives in the village, 12 km away by the
 * distance table (listed twice, the smaller entry counts).
 */
export function withoutVenues(): Fixture {
  const { town, village } = CANARY;
  const candidates: CandidateInput[] = [
    { id: "m1", age: 30, gender: "female", problem: CANARY.problem, location: { municipality: town, lat: 59.91, lon: 10.75 }, availability: [CANARY.slot] },
    { id: "m2", age: 35, gender: "male", problem: CANARY.problem, location: { municipality: town, lat: 59.92, lon: 10.76 } },
    { id: "m3", age: 40, problem: CANARY.problem, location: { municipality: town } },
    { id: "m4", age: 33, gender: "female", problem: CANARY.problem, location: { municipality: village }, maxTravelKm: 20 },
  ];
  const input: ComposeInput = {
    candidates,
    policy: { groupSize: { min: 3, max: 5, preferred: 4 } },
    distances: [
      { from: village, to: town, km: 12 },
      { from: town, to: village, km: 50 },
    ],
  };
  const result: ComposeResult = {
    status: "optimal",
    groups: [group(candidates, { id: "h1", members: ["m1", "m2", "m3", "m4"], slot: CANARY.slot, venue: null, municipality: town })],
    waitlist: [],
    warnings: [],
    stats: stats(4, 0),
  };
  return { input, result };
}

/**
 * Existing groups: open e1 (x1, x2) receives x3 and stays below min, which is fine for an
 * existing group; closed c1 (y1-y4) is returned unchanged. z1 waits. Starter s1 is unused.
 */
export function withExistingGroups(): Fixture {
  const town = CANARY.town;
  const at = (lat: number, lon: number) => ({ municipality: town, lat, lon });
  const candidates: CandidateInput[] = [
    { id: "x1", age: 40, gender: "female", problem: CANARY.problem, location: at(59.91, 10.75), availability: [CANARY.slot] },
    { id: "x2", age: 44, gender: "male", problem: CANARY.problem, location: at(59.912, 10.75), availability: [CANARY.slot] },
    { id: "x3", age: 47, gender: "male", problem: CANARY.problem, location: at(59.914, 10.75), availability: [CANARY.slot] },
    { id: "y1", age: 60, gender: "female", problem: CANARY.problem, location: at(59.91, 10.76), availability: [MON] },
    { id: "y2", age: 62, gender: "female", problem: CANARY.problem, location: at(59.91, 10.76), availability: [MON] },
    { id: "y3", age: 65, gender: "male", problem: CANARY.problem, location: at(59.91, 10.76), availability: [MON] },
    { id: "y4", age: 66, gender: "male", problem: CANARY.problem, location: at(59.91, 10.76), availability: [MON] },
    { id: "z1", age: 63, gender: "male", problem: CANARY.problem, location: at(59.91, 10.76) },
  ];
  const input: ComposeInput = {
    candidates,
    policy: { groupSize: { min: 4, max: 5, preferred: 5 }, starters: { min: 1, max: 2 } },
    venues: [{ id: "v1", location: at(59.913, 10.752), rooms: 1 }],
    starters: [{ id: "s1", location: at(59.913, 10.752) }],
    groups: [
      { id: "e1", members: ["x1", "x2"], slot: CANARY.slot, venue: "v1", closed: false },
      { id: "c1", members: ["y1", "y2", "y3", "y4"], slot: MON, venue: "v1" },
    ],
  };
  const result: ComposeResult = {
    status: "feasible",
    groups: [
      group(candidates, { id: "e1", members: ["x1", "x2", "x3"], slot: CANARY.slot, venue: "v1", municipality: town, existing: "e1", newMembers: ["x3"] }),
      group(candidates, { id: "c1", members: ["y1", "y2", "y3", "y4"], slot: MON, venue: "v1", municipality: town, existing: "c1", newMembers: [] }),
    ],
    waitlist: [waiting("z1", "no_room_left")],
    warnings: [],
    stats: stats(7, 1),
  };
  return { input, result };
}

/** Slot labels used by the fixtures, for tampering. */
export const SLOTS = { mon: MON, tue: TUE } as const;
