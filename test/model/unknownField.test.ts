import { describe, expect, it } from "vitest";
import { ValidationError, compose, validate, type ComposeOptionsInput, type Issue } from "../../src/index.js";
import { ISSUE_TEXTS } from "../../src/model/issueMessages.js";

const person = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id, age: 40, location: { municipality: "bergen" }, ...extra });

function issuesOf(input: unknown): Issue[] {
  const result = validate(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.issues;
}

describe("unknown fields", () => {
  it("a known misspelling is named with the field it stands for, at its object's path", () => {
    const cases: [unknown, (string | number)[], string, string][] = [
      [{ candidates: [person("a", { waiting_since: "2025-01-01" })] }, ["candidates", 0], "waiting_since", "waitingSince"],
      [{ candidates: [person("a", { alder: 40 })] }, ["candidates", 0], "alder", "age"],
      [{ candidates: [person("a", { location: { municipalty: "bergen" } })] }, ["candidates", 0, "location"], "municipalty", "municipality"],
      [{ candidates: [], venues: [{ id: "v", location: { kommune: "bergen" } }] }, ["venues", 0, "location"], "kommune", "municipality"],
      [{ candidates: [], policy: { group_size: { min: 4 } } }, ["policy"], "group_size", "groupSize"],
      [{ kandidater: [] }, [], "kandidater", "candidates"],
    ];
    for (const [input, path, key, field] of cases) {
      const issues = issuesOf(input).filter((issue) => issue.code === "unknown_field");
      expect(issues).toEqual([expect.objectContaining({ code: "unknown_field", path })]);
      expect(issues[0]?.message).toContain(`unknown field "${key}"; did you mean "${field}"?`);
    }
  });

  it("a known misspelling where its field does not belong is not suggested: only its position is given", () => {
    // "kommune" and "sted" stand for "municipality" and "location", neither of which the policy has.
    for (const key of ["kommune", "sted"]) {
      expect(issuesOf({ candidates: [], policy: { keepApart: true, [key]: 1 } })).toEqual([
        { code: "unknown_field", path: ["policy"], message: `policy: ${ISSUE_TEXTS.en.unknownField(2, 2)}` },
      ]);
    }
  });

  it("any other key is never repeated: the message gives its position among the object's keys", () => {
    for (const key of ["01017012345", "zq-canary-note", "Kari Nordmann", "agee", "ålder", "x\uD800"]) {
      const issues = issuesOf({ candidates: [person("a", { [key]: 1 })] });
      expect(issues).toEqual([expect.objectContaining({ code: "unknown_field", path: ["candidates", 0] })]);
      expect(issues[0]?.message).toBe("candidates[0]: field 4 of 4 is not a known field (its name is not repeated); check the spelling against the schema");
    }
  });

  it("a misspelling of a field that does not belong to this object is not named either", () => {
    const issues = issuesOf({ candidates: [], venues: [{ id: "v", location: { municipality: "bergen" }, alder: 3 }] });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).not.toContain("alder");
  });

  it("each unknown key is one issue", () => {
    const issues = issuesOf({ candidates: [person("a", { note: 1, waiting_since: "2025-01-01", other: 2 })] });
    expect(issues.map((issue) => issue.message)).toEqual([
      "candidates[0]: field 4 of 6 is not a known field (its name is not repeated); check the spelling against the schema",
      'candidates[0]: unknown field "waiting_since"; did you mean "waitingSince"?',
      "candidates[0]: field 6 of 6 is not a known field (its name is not repeated); check the spelling against the schema",
    ]);
  });

  it("unknown options are reported the same way", () => {
    let thrown: unknown;
    try {
      compose({ candidates: [] }, { time_limit_ms: 10, secret: 1 } as unknown as ComposeOptionsInput);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues.map((issue) => issue.message)).toEqual([
      'options: unknown field "time_limit_ms"; did you mean "timeLimitMs"?',
      "options: field 2 of 2 is not a known field (its name is not repeated); check the spelling against the schema",
    ]);
  });
});
