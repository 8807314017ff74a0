import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anyJson, anyValue } from "./arbitraries.js";
import { composeTyped, validateTyped } from "./outcomes.js";
import { inheritedPlants, watchPrototypes } from "./prototypes.js";
import { HOSTILE_KEYS, brokenPoolArbitrary, objectPaths, replaced, richPool, type Path } from "./richPool.js";
import { formatPath } from "../../src/model/issues.js";

/** What a pollution payload plants: harmless-looking keys that would change defaults if inherited. */
const PAYLOAD = { polluted: true, isAdmin: true, keepApart: false, min: 1, max: 1, candidates: [], policy: {} };

/** The rich pool with `key` planted at `path` as JSON.parse makes it: an own property, never a prototype. */
const plantedPool = (path: Path, key: string, value: unknown): unknown => replaced([...path, key], value);

describe("objectPrototypeIsUnchanged", () => {
  let changes: () => string[];
  beforeEach(() => {
    changes = watchPrototypes();
  });
  afterEach(() => {
    expect(changes()).toEqual([]);
    expect(inheritedPlants()).toEqual([]);
  });

  const places = objectPaths(richPool());
  const payloads: [string, unknown][] = [
    ["an object payload", PAYLOAD],
    ["a constructor.prototype payload", { prototype: PAYLOAD, constructor: { prototype: PAYLOAD } }],
    ["a __proto__ chain", JSON.parse('{"__proto__":{"__proto__":{"polluted":true}}}') as unknown],
  ];

  for (const key of ["__proto__", "constructor", "prototype"] as const) {
    for (const [what, payload] of payloads) {
      it(`a ${key} key with ${what} at every level (top, candidate, location, policy, venue, ...) is rejected as unknown_field`, () => {
        for (const path of places) {
          const input = plantedPool(path, key, payload);
          const result = validateTyped(input);
          expect(result.success, formatPath(path)).toBe(false);
          if (!result.success) {
            expect(result.issues, formatPath(path)).toContainEqual(expect.objectContaining({ code: "unknown_field", path }));
          }
          expect(composeTyped(input)).toBe("invalid");
        }
      });
    }
  }

  it("a __proto__ key written by JSON.parse at the top level does not become the prototype of the parsed input", () => {
    const input = JSON.parse('{"__proto__":{"candidates":[{"id":"x"}]},"candidates":[]}') as unknown;
    expect(validateTyped(input).success).toBe(false);
  });

  it("for any JSON value or JS value planted under a hostile key anywhere in a valid pool", () => {
    const planted = fc
      .tuple(fc.constantFrom(...places), fc.constantFrom(...HOSTILE_KEYS), fc.oneof(anyJson, anyValue))
      .map(([path, key, value]) => plantedPool(path, key, value));
    fc.assert(
      fc.property(fc.oneof(planted, brokenPoolArbitrary(anyValue)), (input) => {
        validateTyped(input);
        composeTyped(input);
        expect(changes()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the prototype watcher itself", () => {
  it("notices a property planted on Object.prototype, so its silence above means something", () => {
    const changes = watchPrototypes();
    Object.defineProperty(Object.prototype, "pollutedForTheWatcherTest", { value: 1, configurable: true });
    try {
      expect(changes()).toEqual(["Object.prototype: own property pollutedForTheWatcherTest added"]);
    } finally {
      Reflect.deleteProperty(Object.prototype, "pollutedForTheWatcherTest");
    }
    expect(changes()).toEqual([]);
  });
});
