import type { ComposeWarning } from "../model/result.js";

/**
 * The hard rule (or membership invariant) a violation breaks. Each code names one
 * section of RULES.md, so a report can be read against that page.
 */
export type CheckRule =
  | "invalid_input"
  | "group_size"
  | "ineligible_member"
  | "age_span"
  | "shared_problem"
  | "never_mix"
  | "single_gender"
  | "roles_mixed"
  | "relation_mixed"
  | "patient_setting_mixed"
  | "event_mixed"
  | "keep_apart"
  | "gender_mix_required"
  | "together_split"
  | "common_slot"
  | "meeting_place"
  | "unreachable"
  | "venue_needs"
  | "venue_capacity"
  | "venue_rooms"
  | "starter_count"
  | "starter_invalid"
  | "candidate_lost"
  | "candidate_duplicated"
  | "candidate_invented"
  | "existing_member_moved"
  | "closed_group_changed"
  | "duplicate_group_id"
  | "waitlist_without_reason";

/**
 * One broken rule. The message names the rule, ids and computed figures only —
 * never a personal field value from the input (no labels, ages, genders, slots, needs).
 */
export interface Violation {
  /** Which rule is broken. */
  rule: CheckRule;
  /** Plain-language description built from ids and computed figures. */
  message: string;
  /** The result group concerned, when the violation belongs to one group. */
  groupId?: string;
  /** The candidates that cause the violation, when it is about particular people. */
  candidateIds?: string[];
}

/**
 * What `check` returns: `ok` is true exactly when `violations` is empty; `warnings` never
 * change `ok`.
 */
export interface CheckReport {
  /** True when no rule is broken by the composition. */
  ok: boolean;
  /** Every violation found, in a stable order (membership first, then per group). */
  violations: Violation[];
  /**
   * What the input already breaks and the composition left as it was (RULES.md "Warnings"),
   * the same list `compose` returns as `result.warnings`; empty when the input does not parse.
   */
  warnings: ComposeWarning[];
}
