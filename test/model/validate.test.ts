import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, ValidationError, parse, validate, type ComposeInput, type IssueCode } from "../../src/index.js";

const person = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  age: 40,
  problem: "anxiety",
  location: { municipality: "bergen" },
  ...extra,
});

function codesOf(input: unknown): IssueCode[] {
  const result = validate(input);
  if (result.success) return [];
  return result.issues.map((issue) => issue.code);
}

function issuesOf(input: unknown) {
  const result = validate(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.issues;
}

describe("validate", () => {
  it("accepts a minimal pool and fills every policy default from DOMAIN.md", () => {
    const result = validate({ candidates: [person("a")] });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const { policy } = result.data;
    expect(policy.groupSize).toEqual({ min: 4, max: 8, preferred: 6 });
    expect(policy.age.minimum).toBe(18);
    expect(policy.age.maxSpan).toBe(15);
    expect(policy.gender.mix).toBe("prefer");
    expect(policy.gender.singleGenderProblems).toEqual(["breast-cancer", "sexual-abuse"]);
    expect(policy.problem.mode).toBe("shared");
    expect(policy.relatives.byRelation).toBe(true);
    expect(policy.relatives.roles).toEqual(["relative", "bereaved"]);
    expect(policy.relatives.byPatientSetting).toEqual(["stroke"]);
    expect(policy.events.shared).toBe(true);
    expect(policy.keepApart).toBe(true);
    expect(policy.slots.required).toBe(true);
  });

  it("reads relatives.byPatientSetting as a switch or a list of normalised problem areas, and a required gender mix", () => {
    const parsed = (policy: object) => validate({ candidates: [person("a")], policy });
    const list = parsed({ relatives: { byPatientSetting: [" Stroke ", "Dementia_Care"] }, gender: { mix: "require" } });
    expect(list.success && list.data.policy.relatives.byPatientSetting).toEqual(["stroke", "dementia-care"]);
    expect(list.success && list.data.policy.gender.mix).toBe("require");
    const on = parsed({ relatives: { byPatientSetting: true } });
    expect(on.success && on.data.policy.relatives.byPatientSetting).toBe(true);
    expect(parsed({ relatives: { roles: ["cousin"] } }).success).toBe(false);
  });

  it("normalises labels so spelling variants name one problem area", () => {
    const result = validate({ candidates: [person("a", { problem: " Breast_Cancer " })] });
    expect(result.success && result.data.candidates[0]?.problem).toBe("breast-cancer");
  });

  it("does not reject under-age candidates: they are reported as not placed instead", () => {
    expect(validate({ candidates: [person("a", { age: 15 })] }).success).toBe(true);
  });

  it("reports invalid_type for a wrong type, with its path", () => {
    const issues = issuesOf({ candidates: [person("a", { age: "forty" })] });
    expect(issues).toContainEqual(expect.objectContaining({ code: "invalid_type", path: ["candidates", 0, "age"] }));
  });

  it("reports invalid_type for NaN and for Infinity", () => {
    expect(codesOf({ candidates: [person("a", { maxTravelKm: Number.NaN })] })).toContain("invalid_type");
    expect(codesOf({ candidates: [person("a", { maxTravelKm: Number.POSITIVE_INFINITY })] })).toContain("invalid_type");
  });

  it("reports unknown_field for a misspelt field", () => {
    const issues = issuesOf({ candidates: [person("a", { agee: 40 })] });
    expect(issues).toContainEqual(expect.objectContaining({ code: "unknown_field", path: ["candidates", 0] }));
  });

  it("reports invalid_value for a value outside an enumeration", () => {
    expect(codesOf({ candidates: [person("a", { gender: "f" })] })).toContain("invalid_value");
  });

  it("reports invalid_format for a malformed date", () => {
    expect(codesOf({ candidates: [person("a", { waitingSince: "2025-13-40" })] })).toContain("invalid_format");
  });

  it("reports too_small and too_big for out-of-range numbers", () => {
    expect(codesOf({ candidates: [person("a", { maxTravelKm: -1 })] })).toContain("too_small");
    expect(codesOf({ candidates: [person("a", { age: 131 })] })).toContain("too_big");
  });

  it("reports too_many_candidates before any per-candidate work", () => {
    // Entries are not even objects: the size check must come first and alone.
    const candidates = new Array<number>(MAX_CANDIDATES + 1).fill(0);
    const issues = issuesOf({ candidates });
    expect(issues).toEqual([expect.objectContaining({ code: "too_many_candidates", path: ["candidates"] })]);
  });

  it("reports duplicate_candidate_id, also for ids that differ only by Unicode normalisation", () => {
    expect(codesOf({ candidates: [person("a"), person("a")] })).toEqual(["duplicate_candidate_id"]);
    expect(codesOf({ candidates: [person("\u00e5se"), person("a\u030ase")] })).toEqual(["duplicate_candidate_id"]);
  });

  it("reports duplicate ids of venues, starters and existing groups", () => {
    const location = { municipality: "bergen" };
    expect(codesOf({ candidates: [], venues: [{ id: "v", location }, { id: "v", location }] })).toEqual(["duplicate_venue_id"]);
    expect(codesOf({ candidates: [], starters: [{ id: "s", location }, { id: "s", location }] })).toEqual(["duplicate_starter_id"]);
    expect(
      codesOf({ candidates: [person("a"), person("b")], groups: [{ id: "g", members: ["a"] }, { id: "g", members: ["b"] }] }),
    ).toEqual(["duplicate_group_id"]);
  });

  it("reports unknown_candidate_ref in knows, together and group members", () => {
    const issues = issuesOf({
      candidates: [person("a", { knows: ["x"], together: ["y"] })],
      groups: [{ id: "g", members: ["z"] }],
    });
    expect(issues.map((i) => i.path)).toEqual([
      ["candidates", 0, "knows", 0],
      ["candidates", 0, "together", 0],
      ["groups", 0, "members", 0],
    ]);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["unknown_candidate_ref"]));
  });

  it("reports unknown_venue_ref for an existing group at a venue that is not listed", () => {
    expect(codesOf({ candidates: [person("a")], groups: [{ id: "g", members: ["a"], venue: "nowhere" }] })).toEqual([
      "unknown_venue_ref",
    ]);
  });

  it("reports self_reference when someone knows themself", () => {
    expect(codesOf({ candidates: [person("a", { knows: ["a"] })] })).toEqual(["self_reference"]);
  });

  it("reports member_in_two_groups for a person in two existing groups", () => {
    const issues = issuesOf({
      candidates: [person("a"), person("b")],
      groups: [
        { id: "g1", members: ["a", "b"] },
        { id: "g2", members: ["b"] },
      ],
    });
    expect(issues).toEqual([expect.objectContaining({ code: "member_in_two_groups", path: ["groups", 1, "members", 0] })]);
  });

  it("reports conflicting_relationship when a together unit contains a keep-apart pair", () => {
    const input = {
      candidates: [person("a", { together: ["b"] }), person("b", { together: ["c"] }), person("c", { knows: ["a"] })],
    };
    expect(codesOf(input)).toEqual(["conflicting_relationship"]);
    expect(validate({ ...input, policy: { keepApart: false } }).success).toBe(true);
  });

  it("reports contradictory_policy for each contradiction", () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ groupSize: { min: 9, max: 8 } }, ["policy", "groupSize", "min"]],
      [{ groupSize: { min: 4, max: 8, preferred: 3 } }, ["policy", "groupSize", "preferred"]],
      [{ starters: { min: 2, max: 1 } }, ["policy", "starters", "min"]],
      [{ age: { minimum: 30, maximum: 20 } }, ["policy", "age", "maximum"]],
    ];
    for (const [policy, path] of cases) {
      expect(issuesOf({ candidates: [], policy })).toEqual([expect.objectContaining({ code: "contradictory_policy", path })]);
    }
  });

  it("lists every issue, not only the first", () => {
    const issues = issuesOf({ candidates: [person("a", { age: -1, gender: "x" }), person("a")] });
    expect(issues.length).toBeGreaterThanOrEqual(2);
  });

  it("parse throws a ValidationError carrying the same issues", () => {
    const bad = { candidates: [person("a"), person("a")] } as unknown as ComposeInput;
    expect(() => parse(bad)).toThrow(ValidationError);
    try {
      parse(bad);
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.code)).toEqual(["duplicate_candidate_id"]);
    }
  });
});
