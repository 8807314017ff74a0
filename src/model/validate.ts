import type { z } from "zod";
import { ComposeInputSchema, ComposeOptionsSchema, MAX_CANDIDATES, type ComposeOptions, type Problem } from "./schemas.js";
import { ValidationError, formatPath, type Issue } from "./issues.js";
import { crossReferenceIssues } from "./crossReferences.js";
import { TEXT_RULE_MESSAGES, textRuleCodeOf } from "./textRules.js";

/** What `validate` returns: the normalised problem, or every issue found. */
export type ValidateResult = { success: true; data: Problem } | { success: false; issues: Issue[] };

/**
 * Check a compose input against the schema and every cross-reference rule.
 *
 * @param input - anything; typically parsed JSON from a coordinator's export.
 * @returns `{ success: true, data }` with defaults filled in and labels normalised, or
 *   `{ success: false, issues }` listing every issue with its path and a snake_case code.
 *   Messages name paths, ids and limits, never a personal field's value.
 */
export function validate(input: unknown): ValidateResult {
  const oversized = oversizedPoolIssue(input);
  if (oversized) return { success: false, issues: [oversized] };
  const parsed = ComposeInputSchema.safeParse(input);
  if (!parsed.success) return { success: false, issues: parsed.error.issues.map(toIssue) };
  const issues = crossReferenceIssues(parsed.data);
  return issues.length > 0 ? { success: false, issues } : { success: true, data: parsed.data };
}

/**
 * Like `validate`, but throws a `ValidationError` listing every issue.
 * @returns the normalised problem.
 */
export function parse(input: unknown): Problem {
  const result = validate(input);
  if (!result.success) throw new ValidationError(result.issues);
  return result.data;
}

/**
 * Parses `compose` options, filling defaults; throws a `ValidationError` whose paths start at `options`.
 */
export function parseOptions(options: unknown): ComposeOptions {
  const parsed = ComposeOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  throw new ValidationError(parsed.error.issues.map((issue) => toIssue({ ...issue, path: ["options", ...issue.path] })));
}

// Rejected before parsing, so a hostile list costs nothing per candidate.
function oversizedPoolIssue(input: unknown): Issue | null {
  if (typeof input !== "object" || input === null) return null;
  const candidates: unknown = Object.prototype.hasOwnProperty.call(input, "candidates")
    ? (input as { candidates?: unknown }).candidates
    : undefined;
  if (!Array.isArray(candidates) || candidates.length <= MAX_CANDIDATES) return null;
  return {
    code: "too_many_candidates",
    path: ["candidates"],
    message: `At most ${MAX_CANDIDATES} candidates can be composed in one run; split the pool (for example by region).`,
  };
}

const SAFE_KEY = /^[\w$-]{1,40}$/;

/** Rewrites a zod issue with a message of our own, so no input value can leak through. */
function toIssue(issue: z.core.$ZodIssue): Issue {
  const path = issue.path.map((part) => (typeof part === "number" ? part : String(part)));
  const where = formatPath(path);
  const rule = issue.code === "custom" ? textRuleCodeOf(issue.params) : null;
  if (rule) return { code: rule, path, message: `${where}: ${TEXT_RULE_MESSAGES[rule]}` };
  return { code: issue.code, path, message: `${where}: ${describe(issue)}` };
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return issue.format === "date" ? "must be a date written YYYY-MM-DD" : `must be a valid ${issue.format}`;
    case "too_big":
      return `${issue.origin === "array" ? "must have at most" : "must be at most"} ${String(issue.maximum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " entries" : ""}`;
    case "too_small":
      return `${issue.origin === "array" ? "must have at least" : "must be at least"} ${String(issue.minimum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " entries" : ""}`;
    case "unrecognized_keys": {
      const named = issue.keys.map((key) => (SAFE_KEY.test(key) ? JSON.stringify(key) : "(unprintable key)"));
      return `unknown field${issue.keys.length === 1 ? "" : "s"} ${named.join(", ")}; check the spelling against the schema`;
    }
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "invalid_union":
      return "matches none of the allowed shapes";
    case "invalid_key":
      return "has an invalid key";
    case "invalid_element":
      return "has an invalid element";
    default:
      return "is not valid";
  }
}
