/**
 * Each limit of the input schema from both sides: the value at the limit is accepted, one step
 * past it is one issue with that code at that field's path; every enumeration value is accepted
 * as written; every field a full input sets is kept; every default is the one DOMAIN.md gives.
 */
import { describe, expect, it } from "vitest";
import { parseOptions, validate, type Issue } from "../../src/index.js";

type Json = Record<string, unknown>;
type Path = (string | number)[];

const at = (municipality: string): Json => ({ municipality, lat: 60.39, lon: 5.32 });

/** A pool that sets every field, none to its default, and breaks no cross-reference rule. */
function full(): Json {
  const person = (id: string, extra: Json = {}): Json => ({
    id,
    age: 40,
    gender: "female",
    problem: "anxiety",
    role: "self",
    relation: "partner",
    patientSetting: "home",
    event: "flood",
    location: at("bergen"),
    maxTravelKm: 12,
    availability: ["mon", "tue"],
    needs: ["ramp", "lift"],
    expectation: "change",
    waitingSince: "2025-03-01",
    ...extra,
  });
  return {
    candidates: [person("a", { knows: ["b"], together: ["c"] }), person("b"), person("c"), person("d"), person("e")],
    venues: [{ id: "v", location: at("bergen"), slots: ["mon", "tue"], offers: ["ramp", "lift"], capacity: 10, rooms: 2 }],
    starters: [{ id: "s", location: at("voss"), maxTravelKm: 10, availability: ["mon", "tue"], experience: ["anxiety", "grief"], maxGroups: 2 }],
    groups: [{ id: "g", members: ["b", "d"], slot: "mon", venue: "v", municipality: "bergen", closed: false }],
    distances: [{ from: "bergen", to: "voss", km: 100 }],
    policy: {
      groupSize: { min: 3, max: 9, preferred: 5 },
      age: { minimum: 20, maximum: 90, maxSpan: 30 },
      gender: { mix: "require", singleGenderProblems: ["x", "y"] },
      problem: { mode: "cross", neverMix: [["p", "q"]] },
      roles: { separate: false },
      relatives: { roles: ["self", "relative"], byRelation: false, byPatientSetting: ["stroke", "dementia"] },
      events: { shared: false },
      keepApart: false,
      slots: { required: false, offered: ["mon", "tue"] },
      travel: { defaultMaxKm: 40 },
      starters: { min: 1, max: 3, requireSharedExperience: true },
      asOf: "2026-01-01",
      weights: { placed: 1, waitingPerYear: 2, ageSpan: 3, genderMix: 4, expectation: 5, sizeFromPreferred: 6, travelKm: 7 },
    },
  };
}

/** A copy of `input` with the value at `path` replaced. */
function withValue(input: Json, path: Path, value: unknown): Json {
  const copy = structuredClone(input);
  let node = copy as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

function issuesOf(input: unknown): Issue[] {
  const result = validate(input);
  return result.success ? [] : result.issues;
}

/** The one issue a value past a limit gives: its code and path, nothing else. */
function expectOnly(input: unknown, code: string, path: Path): void {
  expect(issuesOf(input).map((i) => [i.code, i.path])).toEqual([[code, path]]);
}

/** Numbers with both limits; `int` when a fraction is refused too. Policy limits are set on a policy that stays consistent. */
const NUMBERS: { path: Path; min: number; max: number; int: boolean }[] = [
  { path: ["candidates", 0, "age"], min: 0, max: 130, int: true },
  { path: ["candidates", 0, "location", "lat"], min: -90, max: 90, int: false },
  { path: ["candidates", 0, "location", "lon"], min: -180, max: 180, int: false },
  { path: ["candidates", 0, "maxTravelKm"], min: 0, max: 20_000, int: false },
  { path: ["venues", 0, "location", "lat"], min: -90, max: 90, int: false },
  { path: ["venues", 0, "capacity"], min: 1, max: 1_000, int: true },
  { path: ["venues", 0, "rooms"], min: 1, max: 100, int: true },
  { path: ["starters", 0, "maxTravelKm"], min: 0, max: 20_000, int: false },
  { path: ["starters", 0, "maxGroups"], min: 1, max: 50, int: true },
  { path: ["distances", 0, "km"], min: 0, max: 20_000, int: false },
  { path: ["policy", "age", "maxSpan"], min: 0, max: 130, int: true },
  { path: ["policy", "travel", "defaultMaxKm"], min: 0, max: 20_000, int: false },
  ...(["placed", "waitingPerYear", "ageSpan", "genderMix", "expectation", "sizeFromPreferred", "travelKm"] as const).map((w) => ({
    path: ["policy", "weights", w],
    min: 0,
    max: 1e6,
    int: false,
  })),
];

describe("the input schema's limits", () => {
  it("a pool that sets every field is accepted and keeps every value", () => {
    const input = full();
    const result = validate(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(input);
  });

  it.each(NUMBERS.map((n) => [n.path.join("."), n] as const))("%s: both limits accepted, one step past each refused there", (_name, { path, min, max, int }) => {
    const step = int ? 1 : 0.5;
    expect(issuesOf(withValue(full(), path, min))).toEqual([]);
    expect(issuesOf(withValue(full(), path, max))).toEqual([]);
    expectOnly(withValue(full(), path, min - step), "too_small", path);
    expectOnly(withValue(full(), path, max + step), "too_big", path);
    if (int) expect(issuesOf(withValue(full(), path, min + 0.5)).map((i) => i.path)).toEqual([path]);
  });

  it("policy limits: group size 2..100, age 0..130, starters 0..10, each accepted at both ends and refused past them", () => {
    const policy = (part: string, value: Json): Json => withValue(full(), ["policy", part], value);
    for (const v of [2, 100]) expect(issuesOf(policy("groupSize", { min: v, max: v, preferred: v }))).toEqual([]);
    for (const field of ["min", "max", "preferred"]) {
      const low = { min: 2, max: 2, preferred: 2, [field]: 1 };
      const high = { min: 100, max: 100, preferred: 100, [field]: 101 };
      expect(issuesOf(policy("groupSize", low)).map((i) => [i.code, i.path])).toContainEqual(["too_small", ["policy", "groupSize", field]]);
      expect(issuesOf(policy("groupSize", high)).map((i) => [i.code, i.path])).toContainEqual(["too_big", ["policy", "groupSize", field]]);
    }
    for (const v of [0, 130]) expect(issuesOf(policy("age", { minimum: v, maximum: v }))).toEqual([]);
    expectOnly(policy("age", { minimum: -1 }), "too_small", ["policy", "age", "minimum"]);
    expectOnly(policy("age", { maximum: 131 }), "too_big", ["policy", "age", "maximum"]);
    for (const v of [0, 10]) expect(issuesOf(policy("starters", { min: v, max: v }))).toEqual([]);
    expectOnly(policy("starters", { min: -1 }), "too_small", ["policy", "starters", "min"]);
    expectOnly(policy("starters", { max: 11 }), "too_big", ["policy", "starters", "max"]);
  });

  it("a list at its longest is accepted and one entry more is refused at the list's path", () => {
    const lists: [Path, number, (k: number) => unknown][] = [
      [["candidates", 0, "needs"], 50, (k) => `n${k}`],
      [["candidates", 0, "together"], 50, () => "c"],
      [["venues", 0, "offers"], 50, (k) => `o${k}`],
      [["starters", 0, "experience"], 50, (k) => `e${k}`],
      [["policy", "relatives", "roles"], 4, (k) => ["self", "relative", "bereaved", "survivor"][k % 4]],
    ];
    for (const [path, longest, entry] of lists) {
      expect(issuesOf(withValue(full(), path, Array.from({ length: longest }, (_, k) => entry(k)))), path.join(".")).toEqual([]);
      expectOnly(withValue(full(), path, Array.from({ length: longest + 1 }, (_, k) => entry(k))), "too_big", path);
    }
    expectOnly(withValue(full(), ["groups", 0, "members"], []), "too_small", ["groups", 0, "members"]);
  });

  it("an id is 1 to 256 characters and a label 1 to 200, and the text rules judge them up to that length", () => {
    const id = ["candidates", 4, "id"];
    const label = ["candidates", 0, "problem"];
    expect(issuesOf(withValue(full(), id, "d".repeat(256)))).toEqual([]);
    expect(issuesOf(withValue(full(), label, "p".repeat(200)))).toEqual([]);
    expectOnly(withValue(full(), id, ""), "too_small", id);
    expectOnly(withValue(full(), label, ""), "too_small", label);
    // At the longest length the rules still run; one past it only the length is reported.
    const number = "12345678901";
    expectOnly(withValue(full(), id, number.padStart(256, "d")), "looks_like_personal_number", id);
    expectOnly(withValue(full(), id, number.padStart(257, "d")), "too_big", id);
    expectOnly(withValue(full(), label, number.padStart(200, "p")), "looks_like_personal_number", label);
    expectOnly(withValue(full(), label, number.padStart(201, "p")), "too_big", label);
    expectOnly(withValue(full(), id, "\ud800".padStart(256, "d")), "malformed_unicode", id);
    expectOnly(withValue(full(), id, "\ud800".padStart(257, "d")), "too_big", id);
    expectOnly(withValue(full(), label, "\ud800".padStart(200, "p")), "malformed_unicode", label);
    expectOnly(withValue(full(), label, "\ud800".padStart(201, "p")), "too_big", label);
    expectOnly(withValue(full(), id, "\u200b".padStart(256, "d")), "invisible_character", id);
    expectOnly(withValue(full(), id, "\u200b".padStart(257, "d")), "too_big", id);
    // A label may hold a format character: it is normalised, never compared as written.
    expect(issuesOf(withValue(full(), label, "p\u200bq"))).toEqual([]);
  });

  it("every enumeration value is accepted as written, and a value outside is invalid_value at its path", () => {
    const enums: [Path, string[]][] = [
      [["candidates", 0, "gender"], ["female", "male", "other"]],
      [["candidates", 0, "role"], ["self", "relative", "bereaved", "survivor"]],
      [["candidates", 0, "relation"], ["partner", "parent", "child", "sibling", "other"]],
      [["candidates", 0, "patientSetting"], ["home", "institution"]],
      [["candidates", 0, "expectation"], ["change", "combined", "social"]],
      [["policy", "gender", "mix"], ["prefer", "require", "ignore"]],
      [["policy", "problem", "mode"], ["shared", "cross"]],
    ];
    for (const [path, values] of enums) {
      for (const value of values) {
        const result = validate(withValue(full(), path, value));
        expect(result.success, `${path.join(".")} = ${value}`).toBe(true);
      }
      expectOnly(withValue(full(), path, "zz"), "invalid_value", path);
    }
    for (const value of [true, false]) expect(issuesOf(withValue(full(), ["policy", "relatives", "byPatientSetting"], value))).toEqual([]);
    expectOnly(withValue(full(), ["candidates", 0, "waitingSince"], "2025-02-30"), "invalid_format", ["candidates", 0, "waitingSince"]);
    expectOnly(withValue(full(), ["policy", "asOf"], "01.01.2026"), "invalid_format", ["policy", "asOf"]);
  });

  it("every default is the one DOMAIN.md gives", () => {
    const result = validate({ candidates: [{ id: "a" }], venues: [{ id: "v", location: { municipality: "m" } }], starters: [{ id: "s", location: { municipality: "m" } }], groups: [{ id: "g", members: ["a"] }] });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const { policy, venues, starters, groups, distances } = result.data;
    expect(policy).toEqual({
      groupSize: { min: 4, max: 8, preferred: 6 },
      age: { minimum: 18, maxSpan: 15 },
      gender: { mix: "prefer", singleGenderProblems: ["breast-cancer", "sexual-abuse"] },
      problem: { mode: "shared", neverMix: [] },
      roles: { separate: true },
      relatives: { roles: ["relative", "bereaved"], byRelation: true, byPatientSetting: ["stroke"] },
      events: { shared: true },
      keepApart: true,
      slots: { required: true },
      travel: { defaultMaxKm: 30 },
      starters: { min: 0, max: 2, requireSharedExperience: false },
      weights: { placed: 1_000, waitingPerYear: 200, ageSpan: 4, genderMix: 30, expectation: 10, sizeFromPreferred: 20, travelKm: 0.5 },
    });
    expect(venues[0]?.rooms).toBe(1);
    expect(starters[0]?.maxGroups).toBe(1);
    expect(groups[0]?.closed).toBe(true);
    expect(distances).toEqual([]);
    const empty = validate({ candidates: [] });
    expect(empty.success && [empty.data.venues, empty.data.starters, empty.data.groups, empty.data.distances]).toEqual([[], [], [], []]);
  });
});

describe("the options schema", () => {
  it("fills every default and accepts each limit, method, locale and callback", () => {
    expect(parseOptions({})).toEqual({ seed: 1, timeLimitMs: 2_000, method: "auto", stopWhenIdle: true, assert: false, locale: "en" });
    expect(parseOptions(undefined)).toEqual(parseOptions({}));
    for (const seed of [0, 2 ** 32 - 1]) expect(parseOptions({ seed }).seed).toBe(seed);
    for (const timeLimitMs of [0, 3_600_000]) expect(parseOptions({ timeLimitMs }).timeLimitMs).toBe(timeLimitMs);
    expect(parseOptions({ maxIterations: 0 }).maxIterations).toBe(0);
    for (const method of ["auto", "exact", "search"] as const) expect(parseOptions({ method }).method).toBe(method);
    expect(parseOptions({ locale: "nb" }).locale).toBe("nb");
    const mipSolver = { name: "m", solve: () => null };
    const signal = new AbortController().signal;
    const fn = (): number => 0;
    expect(parseOptions({ mipSolver, signal, onProgress: fn, now: fn })).toEqual(expect.objectContaining({ mipSolver, signal, onProgress: fn, now: fn }));
  });

  it("refuses each value past a limit or of the wrong kind, at its path under options", () => {
    const refused = (options: unknown): Path[] => {
      try {
        parseOptions(options);
      } catch (error) {
        return (error as { issues: Issue[] }).issues.map((i) => i.path);
      }
      return [];
    };
    const cases: [Json, Path][] = [
      [{ seed: -1 }, ["options", "seed"]],
      [{ seed: 2 ** 32 }, ["options", "seed"]],
      [{ seed: 1.5 }, ["options", "seed"]],
      [{ timeLimitMs: -1 }, ["options", "timeLimitMs"]],
      [{ timeLimitMs: 3_600_001 }, ["options", "timeLimitMs"]],
      [{ maxIterations: -1 }, ["options", "maxIterations"]],
      [{ method: "fast" }, ["options", "method"]],
      [{ locale: "fr" }, ["options", "locale"]],
      [{ mipSolver: { name: "m", solve: 1 } }, ["options", "mipSolver"]],
      [{ mipSolver: { name: 1, solve: () => null } }, ["options", "mipSolver"]],
      [{ mipSolver: null }, ["options", "mipSolver"]],
      [{ signal: {} }, ["options", "signal"]],
      [{ onProgress: 1 }, ["options", "onProgress"]],
      [{ now: 1 }, ["options", "now"]],
      [{ stopWhenIdle: "yes" }, ["options", "stopWhenIdle"]],
      [{ assert: 1 }, ["options", "assert"]],
    ];
    for (const [options, path] of cases) expect(refused(options), JSON.stringify(options)).toEqual([path]);
  });
});
