import { ISSUE_TEXTS } from "./issueMessages.js";
import { DEFAULT_LOCALE, type Locale } from "./locale.js";

/**
 * Issue codes `validate` can report: reading the input (`unreadable_value`), then schema codes,
 * then cross-reference codes, and `too_many_issues` last when the list was cut.
 */
export type IssueCode =
  | "unreadable_value"
  | "invalid_type"
  | "invalid_value"
  | "invalid_format"
  | "invalid_union"
  | "invalid_key"
  | "invalid_element"
  | "unknown_field"
  | "too_big"
  | "too_small"
  | "not_multiple_of"
  | "custom"
  | "malformed_unicode"
  | "looks_like_personal_number"
  | "invisible_character"
  | "too_many_candidates"
  | "duplicate_candidate_id"
  | "duplicate_venue_id"
  | "duplicate_starter_id"
  | "duplicate_group_id"
  | "unknown_candidate_ref"
  | "unknown_venue_ref"
  | "self_reference"
  | "member_in_two_groups"
  | "conflicting_relationship"
  | "contradictory_policy"
  | "too_many_issues";

/**
 * One problem with the input: where it is and what kind it is.
 * `message` names fields, ids and limits — never a personal field's value.
 */
export interface Issue {
  code: IssueCode;
  path: (string | number)[];
  message: string;
}

/** Thrown by the throwing entry points (`parse`, `compose`) when the input is invalid. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  readonly issues: Issue[];

  /**
   * @param issues - every issue found
   * @param locale - the language of the summary message (default "en"); the issues carry their own
   */
  constructor(issues: Issue[], locale: Locale = DEFAULT_LOCALE) {
    super(ISSUE_TEXTS[locale].invalidInput(issues.length, formatPath(issues[0]?.path ?? []), issues[0]?.code ?? "unknown"));
    this.issues = issues;
  }
}

/** `candidates[3].knows[0]`-style path, for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}
