/**
 * Reading the input never runs the caller's code unguarded: a getter or Proxy that throws, at
 * any place in the input, becomes an `unreadable_value` issue at its path, and what it threw is
 * never looked at or repeated.
 */
import { describe, expect, it } from "vitest";
import { ValidationError, compose, type ComposeInput, type ComposeOptionsInput } from "../../src/index.js";
import { validateTyped } from "./outcomes.js";
import { allPaths, at, richPool, type Path } from "./richPool.js";
import { thrownByParseAndCompose } from "./thrown.js";

const CANARY = "thrown-canary-5e1d";
const PATHS: Path[] = allPaths(richPool()).filter((path) => path.length > 0);

/** A rich pool whose node at `path` is replaced by whatever `define` puts on the parent. */
function poolWith(path: Path, define: (parent: object, key: string | number) => void): unknown {
  const pool = richPool();
  define(at(pool, path.slice(0, -1)) as object, path[path.length - 1]!);
  return pool;
}

const throwingGetter = (parent: object, key: string | number): void => {
  Object.defineProperty(parent, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error(CANARY);
    },
  });
};

/** A Proxy whose every trap throws, thrown values being a string, an Error, and an object with a throwing getter. */
function hostileProxy(target: object, kind: number): object {
  const thrown = (): unknown => (kind === 0 ? CANARY : kind === 1 ? new Error(CANARY) : { get message(): string { throw new Error(CANARY); } });
  const trap = (): never => {
    throw thrown();
  };
  return new Proxy(target, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Validates, parses and composes; expects unreadable_value at `path` and the canary nowhere. */
function expectUnreadableAt(input: unknown, path: Path, what: string): void {
  const result = validateTyped(input);
  expect(result.success, what).toBe(false);
  if (result.success) return;
  expect(result.issues, what).toContainEqual(expect.objectContaining({ code: "unreadable_value", path }));
  expect(JSON.stringify(result), what).not.toContain(CANARY);
  for (const thrown of thrownByParseAndCompose(input)) {
    expect(thrown, what).toBeInstanceOf(ValidationError);
    const e = thrown as ValidationError;
    expect(`${e.message}\n${e.stack ?? ""}\n${JSON.stringify(e.issues)}`, what).not.toContain(CANARY);
  }
}

describe("unreadableValueIsAnIssue", () => {
  it("a getter that throws, at every place of a valid input (every field, every list entry), is unreadable_value there", () => {
    for (const path of PATHS) expectUnreadableAt(poolWith(path, throwingGetter), path, `getter at ${JSON.stringify(path)}`);
  });

  it("a Proxy whose traps throw (a string, an Error, an object whose message getter throws), at every place, is unreadable_value there", () => {
    for (const path of PATHS) {
      for (const kind of [0, 1, 2]) {
        const input = poolWith(path, (parent, key) => {
          const node = (parent as Record<string | number, unknown>)[key];
          (parent as Record<string | number, unknown>)[key] = hostileProxy(typeof node === "object" && node !== null ? node : {}, kind);
        });
        expectUnreadableAt(input, path, `proxy ${kind} at ${JSON.stringify(path)}`);
      }
    }
  });

  it("a revoked Proxy at every place is unreadable_value there", () => {
    for (const path of PATHS) {
      const input = poolWith(path, (parent, key) => ((parent as Record<string | number, unknown>)[key] = revokedProxy()));
      expectUnreadableAt(input, path, `revoked proxy at ${JSON.stringify(path)}`);
    }
  });

  it("the whole input behind a throwing Proxy, or revoked, is unreadable_value at the root", () => {
    for (const input of [hostileProxy({}, 0), hostileProxy({}, 1), hostileProxy([], 2), revokedProxy()]) expectUnreadableAt(input, [], "root");
  });

  it("a throwing getter beside other faults: every fault is still reported", () => {
    const input = poolWith(["candidates", 2, "age"], throwingGetter) as { candidates: Record<string, unknown>[] };
    input.candidates[0]!.gender = "x";
    input.candidates[1]!.id = "c1";
    const result = validateTyped(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual(
      expect.arrayContaining([
        ["unreadable_value", ["candidates", 2, "age"]],
        ["invalid_value", ["candidates", 0, "gender"]],
        ["duplicate_candidate_id", ["candidates", 1, "id"]],
      ]),
    );
    // The getter's failure is its own issue, not also a type error at the same place.
    expect(result.issues.filter((issue) => JSON.stringify(issue.path) === JSON.stringify(["candidates", 2, "age"]))).toHaveLength(1);
  });

  it("the value under a key that is no field is never read, so its getter never runs", () => {
    let reads = 0;
    const input = poolWith(["candidates", 0, "note"], (parent, key) =>
      Object.defineProperty(parent, key, {
        enumerable: true,
        get() {
          reads += 1;
          throw new Error(CANARY);
        },
      }),
    );
    const result = validateTyped(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.code)).toEqual(["unknown_field"]);
    expect(reads).toBe(0);
  });

  it("compose reads each value once: a getter that throws on its second read cannot break the checker", () => {
    let reads = 0;
    const input = poolWith(["candidates", 0, "age"], (parent, key) =>
      Object.defineProperty(parent, key, {
        enumerable: true,
        get() {
          reads += 1;
          if (reads > 1) throw new Error(CANARY);
          return 41;
        },
      }),
    );
    // compose itself, not composeTyped: that helper checks the result against the raw input again, a second read.
    expect(compose(input as ComposeInput, { seed: 1, maxIterations: 500 }).groups.length).toBeGreaterThan(0);
    expect(reads).toBe(1);
  });

  it("options behind a getter that throws give a ValidationError at options, not the caller's exception", () => {
    const options = Object.defineProperty({}, "seed", {
      enumerable: true,
      get() {
        throw new Error(CANARY);
      },
    }) as ComposeOptionsInput;
    let thrown: unknown;
    try {
      compose(richPool() as ComposeInput, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues).toEqual([expect.objectContaining({ code: "unreadable_value", path: ["options"] })]);
    expect(`${(thrown as Error).message}${(thrown as Error).stack ?? ""}`).not.toContain(CANARY);
  });
});
