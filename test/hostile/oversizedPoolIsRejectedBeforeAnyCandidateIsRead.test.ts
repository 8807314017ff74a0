import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, ValidationError, compose, validate, type ComposeInput } from "../../src/index.js";

/** How often a candidate list's elements were touched, by any means a parser could use. */
interface Touches {
  elements: number;
}

const isIndex = (key: PropertyKey): boolean => typeof key === "string" && /^\d+$/.test(key);

/**
 * An array of `length` candidates behind a Proxy that counts every read of an element
 * (get, has, own-property lookups, key listing), so any per-candidate work shows up.
 */
function watchedCandidates(length: number, touches: Touches): unknown[] {
  const target = new Array<unknown>(length);
  return new Proxy(target, {
    get(t, key, receiver) {
      if (isIndex(key)) {
        touches.elements += 1;
        return { id: `c${String(key)}` };
      }
      return Reflect.get(t, key, receiver) as unknown;
    },
    has(t, key) {
      if (isIndex(key)) touches.elements += 1;
      return Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      if (isIndex(key)) touches.elements += 1;
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys(t) {
      touches.elements += 1;
      return Reflect.ownKeys(t);
    },
  });
}

/** A plain array whose every element is a getter that counts its reads. */
function getterCandidates(length: number, touches: Touches): unknown[] {
  const list: unknown[] = [];
  list.length = length;
  for (let i = 0; i < length; i++) {
    Object.defineProperty(list, i, {
      get: () => {
        touches.elements += 1;
        return { id: `c${i}` };
      },
      enumerable: true,
    });
  }
  return list;
}

describe("oversizedPoolIsRejectedBeforeAnyCandidateIsRead", () => {
  for (const [what, make] of [
    ["a Proxy", watchedCandidates],
    ["getters", getterCandidates],
  ] as const) {
    it(`validate rejects ${MAX_CANDIDATES + 1} candidates behind ${what} without touching one`, () => {
      const touches = { elements: 0 };
      const result = validate({ candidates: make(MAX_CANDIDATES + 1, touches) });
      expect(result).toEqual({ success: false, issues: [expect.objectContaining({ code: "too_many_candidates", path: ["candidates"] })] });
      expect(touches.elements).toBe(0);
    });

    it(`compose throws a ValidationError for ${MAX_CANDIDATES + 1} candidates behind ${what} without touching one`, () => {
      const touches = { elements: 0 };
      expect(() => compose({ candidates: make(MAX_CANDIDATES + 1, touches) } as ComposeInput)).toThrow(ValidationError);
      expect(touches.elements).toBe(0);
    });
  }

  it("the counter is live: a pool at the limit is read element by element", () => {
    const touches = { elements: 0 };
    validate({ candidates: watchedCandidates(3, touches) });
    expect(touches.elements).toBeGreaterThanOrEqual(3);
  });
});
