/**
 * Personal values stay where the caller put them: canaries planted in every personal field
 * never reach the console, the process's streams, the network, the file system, a child
 * process, an issue message, an error, or any result field other than their own.
 */
import { describe, expect, it } from "vitest";
import { ValidationError, check, compose, validate, type ComposeInput, type ComposeResult } from "../../src/index.js";
import { underWatch } from "./sideEffects.js";

const TAG = "canary-7f3a";

/** Label canaries: normalised labels keep them intact (lowercase, hyphens). */
const C = {
  problem: `${TAG}-problem`,
  event: `${TAG}-event`,
  municipality: `${TAG}-municipality`,
  slot: `${TAG}-slot`,
  need: `${TAG}-need`,
  venueMunicipality: `${TAG}-venue-municipality`,
  venueSlot: `${TAG}-venue-slot`,
  offer: `${TAG}-offer`,
  starterMunicipality: `${TAG}-starter-municipality`,
  starterSlot: `${TAG}-starter-slot`,
  experience: `${TAG}-experience`,
  groupMunicipality: `${TAG}-group-municipality`,
  neverMix: `${TAG}-never-mix`,
  singleGender: `${TAG}-single-gender`,
  offeredExtra: `${TAG}-offered-extra`,
} as const;

/** Dates and numbers a person gave, distinctive enough to be found in any text. */
const WAITING_SINCE = "2024-02-29";
const LAT = 60.3912345678;
const LON = 5.3212345678;
const MAX_TRAVEL_KM = 23.4567891;
const NUMBER_CANARIES = [LAT, LON, MAX_TRAVEL_KM];
const TEXT_CANARIES = [TAG, WAITING_SINCE, ...NUMBER_CANARIES.map(String)];

/** Where a canary may appear in a result: only the field that carries it by design. */
const ALLOWED: { canary: string; at: RegExp }[] = [
  { canary: C.slot, at: /^groups\.\d+\.slot$/ },
  { canary: C.venueSlot, at: /^groups\.\d+\.slot$/ },
  { canary: C.municipality, at: /^groups\.\d+\.municipality$/ },
  { canary: C.venueMunicipality, at: /^groups\.\d+\.municipality$/ },
  { canary: C.problem, at: /^groups\.\d+\.metrics\.problems\.\d+$/ },
  // Policy labels that the broken-groups pool also gives people as their problem.
  { canary: C.neverMix, at: /^groups\.\d+\.metrics\.problems\.\d+$/ },
  { canary: C.singleGender, at: /^groups\.\d+\.metrics\.problems\.\d+$/ },
  // A suggestion names the change and the group it would let start in the same fields.
  ...[C.slot, C.venueSlot, C.starterSlot, C.offeredExtra].flatMap((canary) => [
    { canary, at: /^waitlist\.\d+\.suggestions\.\d+\.group\.slot$/ },
    { canary, at: /^waitlist\.\d+\.suggestions\.\d+\.slot$/ },
  ]),
  ...[C.municipality, C.venueMunicipality, `${TAG}-far-away`].map((canary) => ({ canary, at: /^waitlist\.\d+\.suggestions\.\d+\.group\.municipality$/ })),
  { canary: C.need, at: /^waitlist\.\d+\.suggestions\.\d+\.offers\.\d+$/ },
  { canary: C.problem, at: /^waitlist\.\d+\.suggestions\.\d+\.experience\.\d+$/ },
];

function person(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `p${i}`,
    age: 40 + (i % 9),
    gender: i % 2 === 0 ? "female" : "male",
    problem: C.problem,
    role: "bereaved",
    event: C.event,
    location: { municipality: C.municipality, lat: LAT, lon: LON },
    maxTravelKm: MAX_TRAVEL_KM,
    availability: [C.slot, C.venueSlot],
    needs: [C.need],
    expectation: "social",
    waitingSince: WAITING_SINCE,
    ...extra,
  };
}

/** Valid input with a canary in every personal field; some people wait, so waitlist text is produced too. */
function canaryPool(): Record<string, unknown> {
  return {
    candidates: [
      person(1, { knows: ["p2"] }),
      person(2),
      person(3, { together: ["p4"] }),
      person(4, { together: ["p3"] }),
      person(5, { role: "relative", relation: "parent", patientSetting: "institution" }),
      person(6),
      person(7, { age: 12 }),
      person(8, { age: 90 }),
      person(9, { location: { municipality: `${TAG}-far-away`, lat: 69.6, lon: 18.9 }, maxTravelKm: 1 }),
    ],
    venues: [
      {
        id: "v1",
        location: { municipality: C.venueMunicipality, lat: LAT, lon: LON },
        slots: [C.slot, C.venueSlot],
        offers: [C.need, C.offer],
        capacity: 8,
        rooms: 1,
      },
    ],
    starters: [
      {
        id: "s1",
        location: { municipality: C.starterMunicipality, lat: LAT, lon: LON },
        maxTravelKm: MAX_TRAVEL_KM,
        availability: [C.starterSlot, C.slot],
        experience: [C.experience, C.problem],
      },
    ],
    groups: [{ id: "g1", members: ["p6"], slot: C.slot, venue: "v1", municipality: C.groupMunicipality, closed: false }],
    distances: [{ from: C.municipality, to: C.starterMunicipality, km: 3 }],
    policy: {
      groupSize: { min: 2, max: 6, preferred: 4 },
      gender: { singleGenderProblems: [C.singleGender] },
      problem: { neverMix: [[C.problem, C.neverMix]] },
      slots: { required: true, offered: [C.slot, C.venueSlot, C.starterSlot, C.offeredExtra] },
      asOf: "2026-06-01",
    },
  };
}

/**
 * The canary pool with existing groups that break every rule they can as given, so `warnings`
 * is full of messages: two in one room and slot, more members than the maximum and the venue's
 * capacity, a child, an age span, two problems, two events, two roles and relations and
 * settings, a keep-apart pair, a single-gender problem beside two genders, a need the venue does
 * not meet, a member who cannot reach it or make its slot, and a together pair split between them.
 */
function brokenGroupsPool(): Record<string, unknown> {
  const pool = canaryPool() as Pool;
  const extra = [
    person(10, { age: 12, knows: ["p11"], together: ["p20"] }),
    person(11, { age: 70, problem: C.neverMix, event: `${TAG}-other-event`, gender: "male" }),
    person(12, { role: "relative", relation: "partner", patientSetting: "home", problem: C.singleGender }),
    person(13, { role: "relative", relation: "child", patientSetting: "institution", needs: [`${TAG}-unmet-need`] }),
    person(14, { maxTravelKm: 0, location: { municipality: `${TAG}-far-away`, lat: 69.6, lon: 18.9 }, availability: [C.starterSlot] }),
    person(15),
    person(16),
    person(20),
    person(21),
  ];
  pool.candidates.push(...extra);
  (pool.venues as Record<string, unknown>[])[0]!.capacity = 3;
  pool.groups = [
    { id: "g2", members: ["p10", "p11", "p12", "p13", "p14", "p15", "p16"], slot: C.slot, venue: "v1", closed: true },
    { id: "g3", members: ["p20", "p21"], slot: C.slot, venue: "v1", closed: true },
  ];
  pool.policy.groupSize = { min: 2, max: 6, preferred: 4 };
  pool.policy.problem = { mode: "shared", neverMix: [[C.problem, C.neverMix]] };
  pool.policy.relatives = { byRelation: true, byPatientSetting: true };
  return pool;
}

type Pool = ReturnType<typeof canaryPool> & { candidates: Record<string, unknown>[]; policy: Record<string, unknown> };

/** Invalid versions of the canary pool, each still full of canaries. */
function invalidPools(): [string, unknown][] {
  const variant = (name: string, change: (pool: Pool) => void): [string, unknown] => {
    const pool = canaryPool() as Pool;
    change(pool);
    return [name, pool];
  };
  return [
    variant("duplicate id", (p) => (p.candidates[1]!.id = "p1")),
    variant("unknown reference", (p) => (p.candidates[0]!.knows = ["nobody"])),
    variant("bad enum holding a canary", (p) => (p.candidates[0]!.gender = `${TAG}-gender`)),
    variant("bad date holding a canary", (p) => (p.candidates[0]!.waitingSince = `${TAG}-date`)),
    variant("too long label", (p) => (p.candidates[0]!.problem = `${C.problem}${"x".repeat(300)}`)),
    variant("lone surrogate in a label", (p) => (p.candidates[0]!.event = `${C.event}\uD800`)),
    variant("number as a string", (p) => (p.candidates[0]!.maxTravelKm = String(MAX_TRAVEL_KM))),
    variant("latitude out of range", (p) => (p.candidates[0]!.location = { municipality: C.municipality, lat: 1000 + LAT })),
    variant("canary under an unknown key", (p) => (p.candidates[0]!.note = `${TAG}-free-text`)),
    variant("personal-number id", (p) => (p.candidates[8]!.id = "01017012345")),
    variant("contradictory policy", (p) => (p.policy.groupSize = { min: 7, max: 3 })),
    variant("labels where a list belongs", (p) => (p.candidates[0]!.availability = C.slot)),
    variant("neverMix pair of three", (p) => (p.policy.problem = { neverMix: [[C.problem, C.neverMix, C.event]] })),
    ["not an object", `${TAG}-whole-input`],
    ["array of canaries", [C.problem, LAT, WAITING_SINCE]],
  ];
}

/** Every canary found in `text`. */
function canariesIn(text: string): string[] {
  return TEXT_CANARIES.filter((canary) => text.includes(canary));
}

/** Every place in the result holding a canary where the input did not put it. */
function misplaced(result: ComposeResult): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === "string") {
      for (const canary of canariesIn(value)) {
        const allowed = ALLOWED.some((rule) => value === rule.canary && rule.at.test(path));
        if (!allowed) out.push(`${path}: ${canary}`);
      }
    } else if (typeof value === "number") {
      if (NUMBER_CANARIES.includes(value)) out.push(`${path}: number canary`);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, path === "" ? String(i) : `${path}.${i}`));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (canariesIn(key).length > 0) out.push(`${path} key ${key}`);
        walk(item, path === "" ? key : `${path}.${key}`);
      }
    }
  };
  walk(result, "");
  return out;
}

/** Every text an error offers a reader or a logger: message, stack, String(), JSON, issues. */
function errorTexts(error: unknown): string {
  const e = error as Error;
  return [String(error), e.message, e.stack ?? "", JSON.stringify(error), JSON.stringify((error as { issues?: unknown }).issues ?? null)].join("\n");
}

describe("noLeak", () => {
  it("the canary pool is valid and composes into groups with people waiting", () => {
    const result = compose(canaryPool() as ComposeInput, { seed: 5, maxIterations: 2_000 });
    expect(result.groups.length).toBeGreaterThan(0);
    expect(result.waitlist.length).toBeGreaterThan(0);
  });

  it("validate on valid input makes no outward call", () => {
    const run = underWatch(() => validate(canaryPool()));
    expect(run.thrown).toBeUndefined();
    expect(run.value?.success).toBe(true);
    expect(run.calls).toEqual([]);
  });

  it("compose on valid input makes no outward call, and puts canaries only where the input put them", () => {
    const run = underWatch(() => compose(canaryPool() as ComposeInput, { seed: 5, maxIterations: 2_000 }));
    expect(run.thrown).toBeUndefined();
    expect(run.calls).toEqual([]);
    expect(misplaced(run.value!)).toEqual([]);
  });

  it("check on a valid composition makes no outward call and names no canary", () => {
    const input = canaryPool();
    const result = compose(input as ComposeInput, { seed: 5, maxIterations: 2_000 });
    result.groups[0]!.members.push("p7");
    const run = underWatch(() => check(input, result));
    expect(run.calls).toEqual([]);
    expect(run.value?.ok).toBe(false);
    expect(canariesIn(JSON.stringify(run.value))).toEqual([]);
  });

  it("compose on existing groups that break every rule puts no canary in its warnings, nor check in its report", () => {
    const input = brokenGroupsPool();
    const run = underWatch(() => compose(input as ComposeInput, { seed: 5, maxIterations: 2_000 }));
    expect(run.thrown).toBeUndefined();
    expect(run.calls).toEqual([]);
    const result = run.value!;
    const rules = new Set(result.warnings.map((w) => w.rule));
    // The warnings are there to be read: every kind the pool was built to break is listed.
    for (const rule of ["venue_rooms", "group_size", "venue_capacity", "ineligible_member", "age_span", "shared_problem", "never_mix", "event_mixed", "roles_mixed", "relation_mixed", "patient_setting_mixed", "keep_apart", "single_gender", "venue_needs", "unreachable", "common_slot", "together_split"]) {
      expect(rules, rule).toContain(rule);
    }
    expect(misplaced(result)).toEqual([]);
    expect(canariesIn(JSON.stringify(result.warnings))).toEqual([]);
    expect(canariesIn(JSON.stringify(check(input, result)))).toEqual([]);
  });

  for (const [name, input] of invalidPools()) {
    it(`invalid input (${name}): validate makes no outward call and no issue names a canary`, () => {
      const run = underWatch(() => validate(input));
      expect(run.thrown).toBeUndefined();
      expect(run.calls).toEqual([]);
      expect(run.value?.success).toBe(false);
      expect(canariesIn(JSON.stringify(run.value))).toEqual([]);
    });

    it(`invalid input (${name}): compose makes no outward call and its error names no canary`, () => {
      const run = underWatch(() => compose(input as ComposeInput, { seed: 5, maxIterations: 2_000 }));
      expect(run.calls).toEqual([]);
      expect(run.thrown).toBeInstanceOf(ValidationError);
      expect(canariesIn(errorTexts(run.thrown))).toEqual([]);
    });
  }

  it("the watch is live: it sees console, the output streams, fs, Math.random and Date.now", async () => {
    const { createRequire } = await import("node:module");
    const fs = createRequire(import.meta.url)("fs") as typeof import("node:fs");
    const run = underWatch(() => {
      // eslint-disable-next-line no-console -- the watch must see a real console call
      console.debug("(the no-leak watch checking itself)");
      process.stdout.write("");
      fs.existsSync("/nonexistent-sammen-canary");
      return [Math.random(), Date.now()];
    });
    // arrayContaining: vitest's own console capture reads Date.now too.
    expect(run.calls).toEqual(expect.arrayContaining(["console.debug", "process.stdout.write", "fs.existsSync", "Math.random", "Date.now"]));
  });

  it("the result walk is live: it accepts canaries in their own fields and finds one put anywhere else", () => {
    const result = compose(canaryPool() as ComposeInput, { seed: 5, maxIterations: 2_000 });
    expect(JSON.stringify(result)).toContain(C.problem);
    const planted = structuredClone(result);
    planted.waitlist[0]!.reasons[0]!.message += C.event;
    planted.groups[0]!.metrics.maxTravelKm = MAX_TRAVEL_KM;
    expect(misplaced(planted).sort()).toEqual(["groups.0.metrics.maxTravelKm: number canary", "waitlist.0.reasons.0.message: canary-7f3a"]);
  });
});
