/**
 * `readInput` copies the caller's input into plain data before any parsing: the copy equals the
 * input where it can be read, every place that throws is listed at its own path, a key no schema
 * knows is never read, lists are read only as far as the schema could accept them, and deep
 * nesting is cut. Validation then reports each unreadable place once, and nothing below it.
 */
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { ISSUE_TEXTS } from "../../src/model/issueMessages.js";
import { UNREADABLE, readInput } from "../../src/model/readInput.js";

const BOOM = (): never => {
  throw new Error("boom");
};

/** An object whose `field` throws when read. */
const throwingAt = (field: string, rest: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.defineProperty({ ...rest }, field, { get: BOOM, enumerable: true });

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** `levels` objects nested under `key`, the innermost holding `leaf`. */
function nested(key: string, levels: number, leaf: unknown): unknown {
  let node: unknown = leaf;
  for (let i = 0; i < levels; i++) node = key === "[]" ? [node] : { [key]: node };
  return node;
}

/** How many objects or lists deep `value` goes along its only entry. */
function depthOf(value: unknown): number {
  let depth = 0;
  for (let node = value; typeof node === "object" && node !== null; depth++) node = Array.isArray(node) ? node[0] : Object.values(node)[0];
  return depth;
}

describe("readInput", () => {
  it("the copy of readable input is equal plain data, not the caller's objects, with holes kept as holes", () => {
    // eslint-disable-next-line no-sparse-arrays
    const availability = ["mon", , "tue"];
    const input = { candidates: [{ id: "a", age: 40, availability, location: { municipality: "bergen", lat: 60.4 } }], policy: { keepApart: false } };
    const { value, unreadable } = readInput(input);
    expect(unreadable).toEqual([]);
    expect(value).toEqual(input);
    const copied = (value as typeof input).candidates[0]!;
    expect(copied).not.toBe(input.candidates[0]);
    expect(copied.availability).toHaveLength(3);
    expect(1 in copied.availability).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    const trailing = readInput({ candidates: [{ id: "a", availability: ["mon", ,] }] }).value as typeof input;
    expect(trailing.candidates[0]!.availability).toHaveLength(2);
  });

  it("a getter, a list entry or a Proxy that throws is UNREADABLE there and listed at exactly its path", () => {
    const entries: unknown[] = ["mon"];
    Object.defineProperty(entries, 1, { get: BOOM, enumerable: true });
    const input = {
      candidates: [{ id: "a" }, throwingAt("age", { id: "b" }), { id: "c", location: throwingAt("municipality"), availability: entries }],
      venues: [revoked()],
    };
    const { value, unreadable } = readInput(input);
    expect(unreadable).toEqual([{ path: ["candidates", 1, "age"] }, { path: ["candidates", 2, "location", "municipality"] }, { path: ["candidates", 2, "availability", 1] }, { path: ["venues", 0] }]);
    const plain = value as { candidates: Record<string, unknown>[]; venues: unknown[] };
    expect(plain.candidates[1]).toEqual({ id: "b", age: UNREADABLE });
    expect(plain.candidates[2]!["availability"]).toEqual(["mon", UNREADABLE]);
    expect(plain.venues).toEqual([UNREADABLE]);
  });

  it("a function is UNREADABLE without an entry (no field takes one); primitives and null are kept", () => {
    const { value, unreadable } = readInput({ candidates: [{ id: BOOM, age: null, gender: "male", closed: true }] });
    expect(unreadable).toEqual([]);
    expect(value).toEqual({ candidates: [{ id: UNREADABLE, age: null, gender: "male", closed: true }] });
    expect(readInput(7).value).toBe(7);
    expect(readInput(BOOM).value).toBe(UNREADABLE);
  });

  it("the value under a key that is no field is never read: the key stays, holding null", () => {
    const { value, unreadable } = readInput({ candidates: [throwingAt("fullName", { id: "a" })] });
    expect(unreadable).toEqual([]);
    expect(value).toEqual({ candidates: [{ id: "a", fullName: null }] });
  });

  it("a __proto__ key becomes an own, enumerable, writable property, never the prototype", () => {
    const { value } = readInput(JSON.parse('{"__proto__": {"candidates": []}, "candidates": []}'));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")).toEqual({ value: null, enumerable: true, writable: true, configurable: true });
  });

  it("nesting is cut at 64 levels, through objects and through lists alike", () => {
    expect(depthOf(readInput(nested("location", 63, 1)).value)).toBe(63);
    expect(depthOf(readInput(nested("location", 70, 1)).value)).toBe(64);
    expect(depthOf(readInput({ distances: nested("[]", 70, 1) }).value)).toBe(64);
  });

  it("a list is read to one entry past the longest the schema allows under its name, and a list where none belongs to one", () => {
    const knows = Array.from({ length: 1_500 }, (_, i) => `k${i}`);
    const copied = readInput({ candidates: [{ id: "a", knows }] }).value as { candidates: { knows: string[] }[] };
    expect(copied.candidates[0]!.knows).toHaveLength(1_001);
    expect(readInput(["a", "b", "c"]).value).toEqual(["a"]);
    expect(readInput({ distances: [[["a", "b", "c", "d", "e"]]] }).value).toEqual({ distances: [[["a", "b", "c"]]] });
  });
});

describe("validate on unreadable input", () => {
  const texts = ISSUE_TEXTS.en;

  it("reports unreadable_value once at the place, with its message, and no schema issue at or below it", () => {
    const result = validate({ candidates: [throwingAt("location", { id: "a" }), throwingAt("age", { id: "b" })] });
    expect(result).toEqual({
      success: false,
      issues: [
        { code: "unreadable_value", path: ["candidates", 0, "location"], message: `candidates[0].location: ${texts.unreadable}` },
        { code: "unreadable_value", path: ["candidates", 1, "age"], message: `candidates[1].age: ${texts.unreadable}` },
      ],
    });
  });

  it("a candidates list behind a getter that throws is unreadable there, not too many candidates", () => {
    expect(validate(throwingAt("candidates"))).toEqual({
      success: false,
      issues: [{ code: "unreadable_value", path: ["candidates"], message: `candidates: ${texts.unreadable}` }],
    });
  });

  it("an unreadable place beside a schema fault: both are reported, the fault with its own issue", () => {
    const result = validate({ candidates: [throwingAt("location", { id: "a", age: -1 })] });
    expect(result.success || result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unreadable_value", ["candidates", 0, "location"]],
      ["too_small", ["candidates", 0, "age"]],
    ]);
  });
});
