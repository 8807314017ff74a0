import type * as z from "zod/mini";
import { ComposeInputSchema, ComposeOptionsSchema, MAX_CANDIDATES, type ComposeOptions, type Problem } from "./schemas.js";
import { ValidationError, formatPath, type Issue } from "./issues.js";
import { crossReferenceIssues } from "./crossReferences.js";
import { IssueList } from "./issueList.js";
import { readableParts } from "./readableParts.js";
import { readInput, type Path } from "./readInput.js";
import { ISSUE_TEXTS, type IssueTexts, type SizeOrigin } from "./issueMessages.js";
import { DEFAULT_LOCALE, localeOf, type Locale } from "./locale.js";
import { textRuleCodeOf } from "./textRules.js";
import { unknownFieldIssues } from "./unknownFields.js";

/** What `validate` returns: the normalised problem, or every issue found. */
export type ValidateResult = { success: true; data: Problem } | { success: false; issues: Issue[] };

/** How `validate` and `parse` write their messages. */
export interface ValidateOptions {
  /** The language of every issue message (default "en"); codes and paths are the same in each. */
  locale?: Locale;
}

/**
 * Check a compose input against the schema and every cross-reference rule, in one pass.
 *
 * The input is first copied into plain data by a guarded walk, so no getter or Proxy of the
 * caller's runs during parsing and one that throws becomes an `unreadable_value` issue. Then the
 * schema is checked, and the references, duplicate ids and policy contradictions are checked on
 * every part that parsed, even when others did not.
 *
 * @param input - anything; typically parsed JSON from a coordinator's export.
 * @param options - `locale` (default "en"): the language of the messages.
 * @returns `{ success: true, data }` with defaults filled in and labels normalised, or
 *   `{ success: false, issues }` listing every issue with its path and a snake_case code:
 *   reading issues first, then schema issues, then cross-reference issues, without repeats, at
 *   most 1,000 of them and then one `too_many_issues` entry.
 *   Messages name paths, ids and limits, never a personal field's value.
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidateResult {
  return validateInput(input, localeOf(options)).result;
}

/**
 * `validate`, also returning the plain copy of the input it read, so a caller that reads the
 * input again (compose's checker) reads the same data without running the caller's code twice.
 * @internal
 */
export function validateInput(input: unknown, locale: Locale = DEFAULT_LOCALE): { result: ValidateResult; plain: unknown } {
  const texts = ISSUE_TEXTS[locale];
  const oversized = oversizedPoolIssue(input, texts);
  if (oversized) return { result: { success: false, issues: [oversized] }, plain: undefined };
  const { value: plain, unreadable } = readInput(input);
  const parsed = ComposeInputSchema.safeParse(plain);
  // References, duplicates and the policy are checked on the whole problem, or on the parts that parsed.
  const crossIssues = crossReferenceIssues(parsed.success ? parsed.data : readableParts(plain), texts);
  if (parsed.success && crossIssues.length === 0) return { result: { success: true, data: parsed.data }, plain };
  const list = new IssueList(undefined, texts);
  for (const { path } of unreadable) {
    list.add({ code: "unreadable_value", path, message: `${formatPath(path)}: ${texts.unreadable}` });
  }
  if (!parsed.success) {
    const cut = new Set(unreadable.map(({ path }) => JSON.stringify(path)));
    for (const issue of parsed.error.issues) {
      if (!underAny(issue.path, cut)) addSchemaIssue(list, issue, plain, texts);
    }
  }
  for (const issue of crossIssues) list.add(issue);
  return { result: { success: false, issues: list.toArray() }, plain };
}

/**
 * Like `validate`, but throws a `ValidationError` listing every issue.
 * @param options - `locale` (default "en"): the language of the messages.
 * @returns the normalised problem.
 */
export function parse(input: unknown, options: ValidateOptions = {}): Problem {
  const locale = localeOf(options);
  const result = validate(input, { locale });
  if (!result.success) throw new ValidationError(result.issues, locale);
  return result.data;
}

/**
 * Parses `compose` options, filling defaults; throws a `ValidationError` whose paths start at `options`.
 * Options that cannot be read (a getter or Proxy that throws) give one `unreadable_value` issue.
 * The messages are in the options' own `locale` when it is a valid one, else in English.
 */
export function parseOptions(options: unknown): ComposeOptions {
  const locale = localeOf(options);
  const texts = ISSUE_TEXTS[locale];
  let parsed: ReturnType<typeof ComposeOptionsSchema.safeParse>;
  let keys: string[] = [];
  try {
    parsed = ComposeOptionsSchema.safeParse(options ?? {});
    if (!parsed.success && typeof options === "object" && options !== null) keys = Object.keys(options);
  } catch {
    throw new ValidationError([{ code: "unreadable_value", path: ["options"], message: `options: ${texts.unreadable}` }], locale);
  }
  if (parsed.success) return parsed.data;
  const list = new IssueList(undefined, texts);
  const fields = Object.keys(ComposeOptionsSchema.shape);
  for (const issue of parsed.error.issues) {
    const path = ["options", ...issue.path.map(pathPart)];
    if (issue.code === "unrecognized_keys") for (const one of unknownFieldIssues(path, issue.keys, keys, texts, fields)) list.add(one);
    else list.add(toIssue(issue, path, texts));
  }
  throw new ValidationError(list.toArray(), locale);
}

/** True when `path` is at or below one of the paths in `cut` (each written as JSON). */
function underAny(path: readonly PropertyKey[], cut: ReadonlySet<string>): boolean {
  if (cut.size === 0) return false;
  const parts = path.map(pathPart);
  for (let end = 0; end <= parts.length; end++) if (cut.has(JSON.stringify(parts.slice(0, end)))) return true;
  return false;
}

function pathPart(part: PropertyKey): string | number {
  return typeof part === "number" ? part : String(part);
}

/** Adds a zod issue as ours: unknown keys one by one (never echoed), everything else with our own message. */
function addSchemaIssue(list: IssueList, issue: z.core.$ZodIssue, plain: unknown, texts: IssueTexts): void {
  const path: Path = issue.path.map(pathPart);
  if (issue.code !== "unrecognized_keys") {
    list.add(toIssue(issue, path, texts));
    return;
  }
  const keys = issue.keys.slice(0, list.room);
  list.skip(issue.keys.length - keys.length);
  for (const one of unknownFieldIssues(path, keys, ownKeysAt(plain, path), texts)) list.add(one);
}

/** The keys of the plain object at `path` (plain data: reading it runs no caller code). */
function ownKeysAt(plain: unknown, path: Path): string[] {
  let node = plain;
  for (const part of path) {
    if (typeof node !== "object" || node === null) return [];
    node = (node as Record<string | number, unknown>)[part];
  }
  return typeof node === "object" && node !== null ? Object.keys(node) : [];
}

// Rejected before parsing, so a hostile list costs nothing per candidate.
// A getter or Proxy that throws here is left for the guarded copy to report.
function oversizedPoolIssue(input: unknown, texts: IssueTexts): Issue | null {
  if (typeof input !== "object" || input === null) return null;
  try {
    const candidates: unknown = Object.prototype.hasOwnProperty.call(input, "candidates")
      ? (input as { candidates?: unknown }).candidates
      : undefined;
    if (!Array.isArray(candidates) || candidates.length <= MAX_CANDIDATES) return null;
  } catch {
    return null;
  }
  return { code: "too_many_candidates", path: ["candidates"], message: texts.tooManyCandidates(MAX_CANDIDATES) };
}

/** Rewrites a zod issue with a message of our own, so no input value can leak through. */
function toIssue(issue: z.core.$ZodIssue, path: Path, texts: IssueTexts): Issue {
  const where = formatPath(path);
  const rule = issue.code === "custom" ? textRuleCodeOf(issue.params) : null;
  if (rule) return { code: rule, path, message: `${where}: ${texts.textRule[rule]}` };
  // Unknown keys are expanded one by one before this; the fallback still never names a key.
  if (issue.code === "unrecognized_keys") return { code: "unknown_field", path, message: `${where}: ${texts.unknownFieldSomewhere}` };
  return { code: issue.code, path, message: `${where}: ${describe(issue, texts)}` };
}

function describe(issue: z.core.$ZodIssue, texts: IssueTexts): string {
  switch (issue.code) {
    case "invalid_type":
      return texts.expected(issue.expected);
    case "invalid_value":
      return texts.oneOf(issue.values.map((v) => JSON.stringify(v)).join(", "));
    case "invalid_format":
      return issue.format === "date" ? texts.dateFormat : texts.validFormat(issue.format);
    case "too_big":
      return texts.atMost(sizeOrigin(issue.origin), String(issue.maximum));
    case "too_small":
      return texts.atLeast(sizeOrigin(issue.origin), String(issue.minimum));
    case "not_multiple_of":
      return texts.multipleOf(String(issue.divisor));
    case "invalid_union":
      return texts.noShapeMatches;
    case "invalid_key":
      return texts.invalidKey;
    case "invalid_element":
      return texts.invalidElement;
    default:
      return texts.notValid;
  }
}

/** What a size limit counts: entries of a list, characters of a text, or the value itself. */
function sizeOrigin(origin: string): SizeOrigin {
  return origin === "array" || origin === "string" ? origin : "other";
}
