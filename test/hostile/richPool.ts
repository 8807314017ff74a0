/**
 * A small valid pool that uses every field of every schema, and arbitraries that break it at
 * one place: hostile values reach every path the validator walks, not only the top level.
 */
import fc from "fast-check";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const person = (id: string, age: number, gender: string, extra: Record<string, Json> = {}): Record<string, Json> => ({
  id,
  age,
  gender,
  problem: "grief",
  role: "bereaved",
  event: "ferry-fire",
  location: { municipality: "bergen", lat: 60.39, lon: 5.32 },
  maxTravelKm: 25,
  availability: ["tue-evening", "thu-evening"],
  needs: ["step-free"],
  expectation: "change",
  waitingSince: "2025-01-15",
  ...extra,
});

/** Valid input with every field of candidates, venues, starters, groups, distances and policy. */
export function richPool(): Record<string, Json> {
  return {
    candidates: [
      person("c1", 41, "female", { knows: ["c5"], together: ["c2"] }),
      person("c2", 44, "male", { together: ["c1"] }),
      person("c3", 39, "other"),
      person("c4", 47, "female", { role: "relative", relation: "partner", patientSetting: "home" }),
      person("c5", 50, "male"),
      person("c6", 36, "female", { location: { municipality: "askøy" } }),
    ],
    venues: [
      {
        id: "v1",
        location: { municipality: "bergen", lat: 60.39, lon: 5.33 },
        slots: ["tue-evening", "thu-evening"],
        offers: ["step-free"],
        capacity: 12,
        rooms: 2,
      },
    ],
    starters: [
      {
        id: "s1",
        location: { municipality: "bergen" },
        maxTravelKm: 40,
        availability: ["tue-evening"],
        experience: ["grief"],
        maxGroups: 2,
      },
    ],
    groups: [{ id: "g1", members: ["c3"], slot: "tue-evening", venue: "v1", municipality: "bergen", closed: false }],
    distances: [{ from: "bergen", to: "askøy", km: 12 }],
    policy: {
      groupSize: { min: 2, max: 8, preferred: 4 },
      age: { minimum: 18, maximum: 90, maxSpan: 20 },
      gender: { mix: "prefer", singleGenderProblems: ["breast-cancer"] },
      problem: { mode: "shared", neverMix: [["grief", "anxiety"]] },
      roles: { separate: false },
      relatives: { byRelation: true, byPatientSetting: false },
      events: { shared: true },
      keepApart: true,
      slots: { required: true, offered: ["tue-evening", "thu-evening"] },
      travel: { defaultMaxKm: 30 },
      starters: { min: 0, max: 2, requireSharedExperience: false },
      asOf: "2026-01-01",
      weights: { placed: 1000, waitingPerYear: 200, ageSpan: 4, genderMix: 30, expectation: 10, sizeFromPreferred: 20, travelKm: 0.5 },
    },
  };
}

export type Path = (string | number)[];

/** Every path in a JSON value, the root included. */
export function allPaths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...at, i])));
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...at, k]));
  }
  return out;
}

/** Paths to every object (not array) in a JSON value, where a new key can be planted. */
export function objectPaths(value: unknown): Path[] {
  return allPaths(value).filter((path) => {
    const node = at(value, path);
    return typeof node === "object" && node !== null && !Array.isArray(node);
  });
}

/** The node at `path`. */
export function at(value: unknown, path: Path): unknown {
  let node = value;
  for (const part of path) node = (node as Record<string | number, unknown>)[part];
  return node;
}

/** A fresh rich pool with the node at `path` replaced by `replacement` (the root itself when the path is empty). */
export function replaced(path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const pool = richPool();
  const parent = at(pool, path.slice(0, -1)) as Record<string | number, unknown>;
  // defineProperty, not assignment, so a key such as "__proto__" becomes an own property as JSON.parse would make it.
  Object.defineProperty(parent, path[path.length - 1]!, { value: replacement, enumerable: true, writable: true, configurable: true });
  return pool;
}

const PATHS = allPaths(richPool());
const OBJECT_PATHS = objectPaths(richPool());

/** Dangerous and ordinary key names to plant in an object. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "length", "then"] as const;

/** A rich pool with one node replaced by `values`, or with a new key holding one of them. */
export function brokenPoolArbitrary(values: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const replace = fc.tuple(fc.constantFrom(...PATHS), values).map(([path, value]) => replaced(path, value));
  const plant = fc
    .tuple(fc.constantFrom(...OBJECT_PATHS), fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string()), values)
    .map(([path, key, value]) => replaced([...path, key], value));
  return fc.oneof(replace, plant);
}

const LEAF_PATHS = PATHS.filter((path) => {
  const node = at(richPool(), path);
  return path.length > 0 && (typeof node !== "object" || node === null);
});

/** A value of the same JSON type as `leaf`, often still valid: odd text, edge numbers, flipped flags. */
function sameTypeAs(leaf: unknown): fc.Arbitrary<unknown> {
  if (typeof leaf === "string") return fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }), fc.constantFrom("c1", "c2", "v1", "g1", "tue-evening", "grief", "bergen"));
  if (typeof leaf === "number") return fc.oneof(fc.integer({ min: 0, max: 130 }), fc.constantFrom(-0, 0.5, 2, 1e6, 20_000, 90, -90, 180));
  return fc.boolean();
}

/**
 * A rich pool with one to four leaves replaced by values of the same type: mostly still
 * schema-shaped, so many of these reach the solver and the checker, not only the validator.
 */
export function bentPoolArbitrary(): fc.Arbitrary<unknown> {
  const bend = fc.constantFrom(...LEAF_PATHS).chain((path) => sameTypeAs(at(richPool(), path)).map((value) => [path, value] as const));
  return fc.array(bend, { minLength: 1, maxLength: 4 }).map((bends) => {
    const pool = richPool();
    for (const [path, value] of bends) (at(pool, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = value;
    return pool;
  });
}
