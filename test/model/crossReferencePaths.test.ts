/**
 * Every cross-reference rule, asserted by its issues' codes, paths and messages (not codes
 * alone), from both sides: the case that breaks the rule is reported where it is, the case that
 * just meets it is accepted.
 */
import { describe, expect, it } from "vitest";
import { ValidationError, validate, type Issue } from "../../src/index.js";
import { formatPath } from "../../src/model/issues.js";

const person = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id, age: 40, ...extra });
const place = { municipality: "bergen" };

function issuesOf(input: unknown): Issue[] {
  const result = validate(input);
  return result.success ? [] : result.issues;
}

describe("cross-reference issues name where they are", () => {
  it("a repeated id is reported at the later entry's id, naming the first entry, for each list", () => {
    for (const [list, code, item] of [
      ["candidates", "duplicate_candidate_id", (id: string) => person(id)],
      ["venues", "duplicate_venue_id", (id: string) => ({ id, location: place })],
      ["starters", "duplicate_starter_id", (id: string) => ({ id, location: place })],
    ] as const) {
      const input = { candidates: list === "candidates" ? [] : [person("p")], [list]: [item("x"), item("y"), item("x")] };
      expect(issuesOf(input), list).toEqual([{ code, path: [list, 2, "id"], message: `${list}[2].id: id "x" is already used at ${list}[0]` }]);
    }
    const groups = { candidates: [person("a"), person("b")], groups: [{ id: "g", members: ["a"] }, { id: "g", members: ["b"] }] };
    expect(issuesOf(groups)).toEqual([{ code: "duplicate_group_id", path: ["groups", 1, "id"], message: 'groups[1].id: id "g" is already used at groups[0]' }]);
    // Ids that differ only by Unicode normalisation collide; ids that differ are accepted.
    expect(issuesOf({ candidates: [], venues: [{ id: "\u00e5", location: place }, { id: "a\u030a", location: place }] }).map((i) => i.path)).toEqual([["venues", 1, "id"]]);
    expect(issuesOf({ candidates: [person("a"), person("b")] })).toEqual([]);
  });

  it("an unknown or self reference in knows and together is reported at the entry, quoting the id", () => {
    const input = { candidates: [person("a", { knows: ["b", "a", "zz"], together: ["a", "yy"] }), person("b")], policy: { keepApart: false } };
    expect(issuesOf(input)).toEqual([
      { code: "self_reference", path: ["candidates", 0, "knows", 1], message: 'candidates[0].knows[1]: candidate "a" refers to themself' },
      { code: "unknown_candidate_ref", path: ["candidates", 0, "knows", 2], message: 'candidates[0].knows[2]: refers to id "zz", which is not a candidate' },
      { code: "self_reference", path: ["candidates", 0, "together", 0], message: 'candidates[0].together[0]: candidate "a" refers to themself' },
      { code: "unknown_candidate_ref", path: ["candidates", 0, "together", 1], message: 'candidates[0].together[1]: refers to id "yy", which is not a candidate' },
    ]);
  });

  it("a long id is quoted whole up to 64 characters and cut to 61 and an ellipsis beyond", () => {
    const at64 = "k".repeat(64);
    const at65 = "m".repeat(65);
    const messages = issuesOf({ candidates: [person("a", { knows: [at64, at65] })] }).map((i) => i.message);
    expect(messages).toEqual([
      `candidates[0].knows[0]: refers to id "${at64}", which is not a candidate`,
      `candidates[0].knows[1]: refers to id "${"m".repeat(61)}...", which is not a candidate`,
    ]);
  });

  it("group members: unknown, listed twice in one group, listed in two groups; the venue must exist", () => {
    const input = {
      candidates: [person("a"), person("b")],
      venues: [{ id: "v", location: place }],
      groups: [
        { id: "g1", members: ["a", "a", "zz"], venue: "v" },
        { id: "g2", members: ["b", "a"], venue: "nowhere" },
      ],
    };
    expect(issuesOf(input)).toEqual([
      { code: "member_in_two_groups", path: ["groups", 0, "members", 1], message: 'groups[0].members[1]: member "a" is listed twice in this group' },
      { code: "unknown_candidate_ref", path: ["groups", 0, "members", 2], message: 'groups[0].members[2]: member "zz" is not a candidate' },
      { code: "member_in_two_groups", path: ["groups", 1, "members", 1], message: 'groups[1].members[1]: member "a" is listed also in group "g1"' },
      { code: "unknown_venue_ref", path: ["groups", 1, "venue"], message: 'groups[1].venue: venue "nowhere" is not in venues' },
    ]);
  });

  it("a keep-apart pair joined through together is reported at the knows entry, only while keepApart holds", () => {
    const input = { candidates: [person("a", { together: ["b"] }), person("b", { together: ["c"] }), person("c", { knows: ["a", "d"] }), person("d")] };
    expect(issuesOf(input)).toEqual([
      { code: "conflicting_relationship", path: ["candidates", 2, "knows", 0], message: 'candidates[2].knows[0]: candidate "c" must both join and be kept apart from "a" (through together)' },
    ]);
    expect(issuesOf({ ...input, policy: { keepApart: false } })).toEqual([]);
  });

  it("the policy's contradictions, each at its field, and the limits that just agree accepted", () => {
    const policyIssues = (policy: Record<string, unknown>) => issuesOf({ candidates: [], policy });
    expect(policyIssues({ groupSize: { min: 9, max: 8, preferred: 8 } })).toEqual([
      { code: "contradictory_policy", path: ["policy", "groupSize", "min"], message: "policy.groupSize.min: min (9) is above max (8)" },
    ]);
    expect(policyIssues({ groupSize: { min: 4, max: 8, preferred: 9 } })).toEqual([
      { code: "contradictory_policy", path: ["policy", "groupSize", "preferred"], message: "policy.groupSize.preferred: preferred (9) is outside min..max (4..8)" },
    ]);
    expect(policyIssues({ groupSize: { min: 4, max: 8, preferred: 3 } }).map((i) => i.path)).toEqual([["policy", "groupSize", "preferred"]]);
    expect(policyIssues({ starters: { min: 3, max: 2 } })).toEqual([
      { code: "contradictory_policy", path: ["policy", "starters", "min"], message: "policy.starters.min: min (3) is above max (2)" },
    ]);
    expect(policyIssues({ age: { minimum: 30, maximum: 29 } })).toEqual([
      { code: "contradictory_policy", path: ["policy", "age", "maximum"], message: "policy.age.maximum: maximum (29) is below minimum (30)" },
    ]);
    expect(policyIssues({ slots: { required: true, offered: [] } }).map((i) => [i.code, i.path])).toEqual([["contradictory_policy", ["policy", "slots", "offered"]]]);
    for (const agreeing of [
      { groupSize: { min: 5, max: 5, preferred: 5 } },
      { groupSize: { min: 4, max: 8, preferred: 4 } },
      { groupSize: { min: 4, max: 8, preferred: 8 } },
      { starters: { min: 2, max: 2 } },
      { age: { minimum: 30, maximum: 30 } },
      { slots: { required: false, offered: [] } },
      { slots: { required: true, offered: ["mon"] } },
    ]) {
      expect(policyIssues(agreeing), JSON.stringify(agreeing)).toEqual([]);
    }
  });

  it("cross references are checked on the parts that parse even when others do not", () => {
    const input = { candidates: [person("a", { age: "x", knows: ["zz"] }), person("a")], policy: { groupSize: { min: 9, max: 8 }, age: { minimum: "x" } } };
    expect(issuesOf(input).map((i) => [i.code, i.path])).toEqual([
      ["invalid_type", ["candidates", 0, "age"]],
      ["invalid_type", ["policy", "age", "minimum"]],
      ["duplicate_candidate_id", ["candidates", 1, "id"]],
      ["unknown_candidate_ref", ["candidates", 0, "knows", 0]],
      ["contradictory_policy", ["policy", "groupSize", "min"]],
    ]);
  });
  it("a group entry that is no object is skipped by the reference checks; the entries after it are still checked", () => {
    const input = { candidates: [person("a")], groups: [5, null, { id: "g", members: ["a", "zz"] }] };
    expect(issuesOf(input).map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", ["groups", 0]],
      ["invalid_type", ["groups", 1]],
      ["unknown_candidate_ref", ["groups", 2, "members", 1]],
    ]);
  });

  it("together with ids that are no candidates joins nobody: a knows between two such candidates is no conflict", () => {
    const input = { candidates: [person("a", { together: ["zz"], knows: ["b"] }), person("b", { together: ["yy"] })] };
    expect(issuesOf(input).map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_candidate_ref", ["candidates", 0, "together", 0]],
      ["unknown_candidate_ref", ["candidates", 1, "together", 0]],
    ]);
  });
});

describe("paths and the error's summary", () => {
  it("a path is written with dots for fields and brackets for indices, and the root as (root)", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["candidates", 3, "knows", 0])).toBe("candidates[3].knows[0]");
    expect(formatPath(["policy", "age", "maximum"])).toBe("policy.age.maximum");
    expect(formatPath([2, "x"])).toBe("[2].x");
  });

  it("ValidationError says how many issues and where the first is, in the locale asked for", () => {
    const issues: Issue[] = [
      { code: "too_big", path: ["candidates", 20, "age"], message: "m" },
      { code: "too_small", path: ["x"], message: "m" },
    ];
    const error = new ValidationError(issues);
    expect(error.message).toBe("Invalid input: 2 issue(s); first at candidates[20].age (too_big)");
    expect(error.name).toBe("ValidationError");
    expect(error.issues).toBe(issues);
    expect(new ValidationError(issues, "nb").message).toBe("Ugyldige data: 2 feil; den første i candidates[20].age (too_big)");
    expect(new ValidationError([]).message).toBe("Invalid input: 0 issue(s); first at (root) (unknown)");
  });
});
