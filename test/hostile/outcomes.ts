/**
 * Runs `validate` and `compose` on anything and says what came out, failing on anything other
 * than a typed result or one of sammen's own error classes.
 */
import { expect } from "vitest";
import { check } from "../../src/check/check.js";
import {
  CompositionError,
  ValidationError,
  compose,
  validate,
  type ComposeInput,
  type ComposeResult,
  type ComposeOptionsInput,
  type IssueCode,
  type ValidateResult,
} from "../../src/index.js";

/** Every issue code, checked against the `IssueCode` type so a new code cannot be forgotten here. */
const ISSUE_CODES: Record<IssueCode, true> = {
  invalid_type: true,
  invalid_value: true,
  invalid_format: true,
  invalid_union: true,
  invalid_key: true,
  invalid_element: true,
  unknown_field: true,
  too_big: true,
  too_small: true,
  not_multiple_of: true,
  custom: true,
  malformed_unicode: true,
  looks_like_personal_number: true,
  invisible_character: true,
  unreadable_value: true,
  too_many_issues: true,
  too_many_candidates: true,
  duplicate_candidate_id: true,
  duplicate_venue_id: true,
  duplicate_starter_id: true,
  duplicate_group_id: true,
  unknown_candidate_ref: true,
  unknown_venue_ref: true,
  self_reference: true,
  member_in_two_groups: true,
  conflicting_relationship: true,
  contradictory_policy: true,
};

const SNAKE_CASE = /^[a-z]+(?:_[a-z]+)*$/;

/** Small pools, a work bound and a time bound: every hostile compose call stays quick. */
export const QUICK: ComposeOptionsInput = { seed: 1, maxIterations: 2_000, timeLimitMs: 2_000 };

/** Asserts that a `validate` result is one of the two typed shapes, with well-formed issues. */
export function expectTypedResult(result: ValidateResult): void {
  expect(typeof result.success).toBe("boolean");
  if (result.success) {
    expect(Array.isArray(result.data.candidates)).toBe(true);
    return;
  }
  expect(Array.isArray(result.issues)).toBe(true);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.code).toMatch(SNAKE_CASE);
    expect(Object.prototype.hasOwnProperty.call(ISSUE_CODES, issue.code), issue.code).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const part of issue.path) expect(["string", "number"]).toContain(typeof part);
    expect(typeof issue.message).toBe("string");
  }
}

/** `validate`, asserted to return a typed result rather than throw. */
export function validateTyped(input: unknown): ValidateResult {
  const result = validate(input);
  expectTypedResult(result);
  return result;
}

/** What a hostile input may lead to: a composition the checker accepts, or typed validation issues. */
export type ComposeOutcome = "composed" | "invalid";

/**
 * `compose`, asserted to return a result the independent checker accepts or to throw
 * `ValidationError` with well-formed issues. A `CompositionError` (the checker rejected what the
 * solver made) is a bug in sammen whatever the input, so it fails the test naming the rules; any
 * other exception (TypeError, RangeError, a bare string) is rethrown so the test fails with it.
 */
export function composeTyped(input: unknown, options: unknown = QUICK): ComposeOutcome {
  let result: ComposeResult;
  try {
    result = compose(input as ComposeInput, options as ComposeOptionsInput);
  } catch (error) {
    if (error instanceof ValidationError) {
      expectTypedResult({ success: false, issues: error.issues });
      return "invalid";
    }
    if (error instanceof CompositionError) expect.fail(`compose made a composition its checker rejects: ${JSON.stringify(error.violations)}`);
    throw error;
  }
  // The value is judged, not discarded: the checker, run here on the same input, accepts it.
  const report = check(input, result);
  expect(report.violations).toEqual([]);
  return "composed";
}
