import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { IssueList, MAX_ISSUES } from "../../src/model/issueList.js";
import { ISSUE_TEXTS } from "../../src/model/issueMessages.js";
import { UNDER_MUTATION } from "../helpers/mutationRuns.js";

/** Unknown keys on one object: a tenth under mutation, where every static mutant re-runs this (the cap is the same). */
const UNKNOWN_KEYS = UNDER_MUTATION ? 20_000 : 200_000;

describe("the issue list", () => {
  it(`lists at most ${MAX_ISSUES} issues and ends with one too_many_issues entry counting the rest`, () => {
    const candidates = Array.from({ length: 1_500 }, (_, i) => ({ id: `c${i}`, age: -1 }));
    const result = validate({ candidates });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues.slice(0, MAX_ISSUES).every((issue) => issue.code === "too_small")).toBe(true);
    expect(result.issues[MAX_ISSUES]).toEqual({
      code: "too_many_issues",
      path: [],
      message: `(root): 500 more issues were found and not listed (at most ${MAX_ISSUES} are); fix these and validate again`,
    });
  });

  it(`an object with ${UNKNOWN_KEYS} unknown keys gives a capped list without building a message for each`, () => {
    const candidate: Record<string, unknown> = { id: "a" };
    for (let i = 0; i < UNKNOWN_KEYS; i++) candidate[`k${i}`] = i;
    const result = validate({ candidates: [candidate] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues[MAX_ISSUES]).toEqual({ code: "too_many_issues", path: [], message: ISSUE_TEXTS.en.tooManyIssues(UNKNOWN_KEYS - MAX_ISSUES, MAX_ISSUES) });
    expect(result.issues[MAX_ISSUES]?.message).toContain(`${UNKNOWN_KEYS - MAX_ISSUES} more issues`);
  });

  it("keeps the first of exact repeats (same code, path and message), in the order found", () => {
    const list = new IssueList(3);
    const issue = { code: "invalid_type" as const, path: ["a"], message: "a: expected string" };
    list.add(issue);
    list.add({ ...issue });
    list.add({ ...issue, path: ["b"] });
    expect(list.toArray()).toEqual([issue, { ...issue, path: ["b"] }]);
  });

  it("fewer issues than the cap come without a too_many_issues entry", () => {
    const result = validate({ candidates: [{ id: "a", age: -1 }] });
    expect(result.success || result.issues.map((issue) => issue.code)).toEqual(["too_small"]);
  });
});
