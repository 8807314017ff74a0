import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate, type ComposeInput, type IssueCode } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";

type Path = (string | number)[];
type Input = { candidates: Record<string, unknown>[]; groups?: Record<string, unknown>[]; policy?: Record<string, unknown> } & Record<string, unknown>;

/** One fault planted in a valid input, and the issue it must give. */
interface Fault {
  name: string;
  plant: (input: Input) => { code: IssueCode; path: Path };
}

const throwing = (): never => {
  throw new Error("unreadable");
};

/**
 * Faults that do not hide one another: each touches its own candidate (an existing one for a
 * field fault, a newly added one otherwise), its own group or its own part of the policy.
 */
const FAULTS: Fault[] = [
  {
    name: "a number out of range",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push({ id: "fault-age", age: -1 });
      return { code: "too_small", path: ["candidates", k, "age"] };
    },
  },
  {
    name: "a bad field on the first candidate, whom others may refer to",
    plant: (input) => {
      if (input.candidates.length === 0) input.candidates.push({ id: "fault-first" });
      input.candidates[0]!.expectation = "not-an-expectation";
      return { code: "invalid_value", path: ["candidates", 0, "expectation"] };
    },
  },
  {
    name: "a value outside an enumeration",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push({ id: "fault-gender", gender: "unknown-gender" });
      return { code: "invalid_value", path: ["candidates", k, "gender"] };
    },
  },
  {
    name: "a wrong type in a venue",
    plant: (input) => {
      const venues = (input.venues ??= []) as Record<string, unknown>[];
      venues.push({ id: "fault-venue", location: { municipality: 7 } });
      return { code: "invalid_type", path: ["venues", venues.length - 1, "location", "municipality"] };
    },
  },
  {
    name: "a duplicate id",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push({ id: "fault-dup" }, { id: "fault-dup" });
      return { code: "duplicate_candidate_id", path: ["candidates", k + 1, "id"] };
    },
  },
  {
    name: "an unknown reference",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push({ id: "fault-ref", knows: ["nobody-by-this-id"] });
      return { code: "unknown_candidate_ref", path: ["candidates", k, "knows", 0] };
    },
  },
  {
    name: "a self-reference",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push({ id: "fault-self", together: ["fault-self"] });
      return { code: "self_reference", path: ["candidates", k, "together", 0] };
    },
  },
  {
    name: "an unknown venue for an existing group",
    plant: (input) => {
      input.candidates.push({ id: "fault-member" });
      const groups = (input.groups ??= []);
      groups.push({ id: "fault-group", members: ["fault-member"], venue: "no-such-venue" });
      return { code: "unknown_venue_ref", path: ["groups", groups.length - 1, "venue"] };
    },
  },
  {
    name: "a contradictory group size",
    plant: (input) => {
      input.policy = { ...input.policy, groupSize: { min: 9, max: 8, preferred: 8 } };
      return { code: "contradictory_policy", path: ["policy", "groupSize", "min"] };
    },
  },
  {
    name: "a contradictory age range",
    plant: (input) => {
      input.policy = { ...input.policy, age: { minimum: 50, maximum: 30 } };
      return { code: "contradictory_policy", path: ["policy", "age", "maximum"] };
    },
  },
  {
    name: "a misspelt field",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push({ id: "fault-field", waiting_since: "2025-01-01" });
      return { code: "unknown_field", path: ["candidates", k] };
    },
  },
  {
    name: "a personal number in a label",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push({ id: "fault-label", location: { municipality: "bergen 010170 12345" } });
      return { code: "looks_like_personal_number", path: ["candidates", k, "location", "municipality"] };
    },
  },
  {
    name: "an invisible character in an id",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push({ id: "fault-\u202Einvisible" });
      return { code: "invisible_character", path: ["candidates", k, "id"] };
    },
  },
  {
    name: "a getter that throws",
    plant: (input) => {
      const k = input.candidates.length;
      input.candidates.push(Object.defineProperty({ id: "fault-getter" }, "age", { enumerable: true, get: throwing }));
      return { code: "unreadable_value", path: ["candidates", k, "age"] };
    },
  },
];

/** A valid input as a mutable plain copy. */
const copyOf = (input: ComposeInput): Input => structuredClone(input);

describe("everyProblemIsReportedAtOnce", () => {
  it("for a valid pool with several independent faults (schema, references, duplicates, policy, reading), one call reports every one and nothing else", () => {
    fc.assert(
      fc.property(
        poolArbitrary({ maxCandidates: 20 }),
        fc.shuffledSubarray(FAULTS, { minLength: 2 }),
        (valid, faults) => {
          const input = copyOf(valid);
          const expected = faults.map((fault) => ({ name: fault.name, ...fault.plant(input) }));
          const result = validate(input);
          expect(result.success).toBe(false);
          if (result.success) return;
          const found = result.issues.map((issue) => JSON.stringify([issue.code, issue.path]));
          for (const { name, code, path } of expected) expect(found, name).toContain(JSON.stringify([code, path]));
          // And nothing else: a fault in one entry raises no false alarm about references to it.
          expect([...new Set(found)].sort()).toEqual([...new Set(expected.map(({ code, path }) => JSON.stringify([code, path])))].sort());
          expect(new Set(found.map((f, i) => `${f}${result.issues[i]?.message ?? ""}`)).size).toBe(found.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reports a type error and a duplicate id in the same file together (the case that used to take two rounds)", () => {
    const result = validate({ candidates: [{ id: "a", age: "forty" }, { id: "a" }, { id: "b", knows: ["c"] }], policy: { starters: { min: 2, max: 1 } } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", ["candidates", 0, "age"]],
      ["duplicate_candidate_id", ["candidates", 1, "id"]],
      ["unknown_candidate_ref", ["candidates", 2, "knows", 0]],
      ["contradictory_policy", ["policy", "starters", "min"]],
    ]);
  });

  it("schema issues come first, then reference and policy issues", () => {
    const result = validate({ candidates: [{ id: "a", knows: ["zz"] }, { id: "b", age: -3 }] });
    expect(result.success || result.issues.map((issue) => issue.code)).toEqual(["too_small", "unknown_candidate_ref"]);
  });
});
