import * as z from "zod/mini";
import type { CheckRule } from "../check/violation.js";
import type { WaitReasonCode, WarningCode } from "./result.js";

/**
 * The result of `compose` as a zod schema: what `result.json` holds, for apps that read a result
 * back (the command line's `check` and `explain`) and for the JSON Schema shipped as
 * `sammen/schema/result.json`. The TypeScript types in `result.ts` stay the source of truth; a
 * compile-time test (`test/model/resultSchema.test.ts`) fails when the two drift apart.
 */

const WAIT_REASON_CODES = [
  "below_minimum_age",
  "above_maximum_age",
  "age_unknown",
  "no_reachable_venue",
  "no_common_slot",
  "together_incompatible",
  "together_partner_blocked",
  "no_starter_available",
  "too_few_compatible",
  "no_room_left",
  "not_selected",
] as const satisfies readonly WaitReasonCode[];

const CHECK_RULES = [
  "invalid_input",
  "group_size",
  "ineligible_member",
  "age_span",
  "shared_problem",
  "never_mix",
  "single_gender",
  "roles_mixed",
  "relation_mixed",
  "patient_setting_mixed",
  "event_mixed",
  "keep_apart",
  "gender_mix_required",
  "together_split",
  "common_slot",
  "meeting_place",
  "unreachable",
  "venue_needs",
  "venue_capacity",
  "venue_rooms",
  "starter_count",
  "starter_invalid",
  "candidate_lost",
  "candidate_duplicated",
  "candidate_invented",
  "existing_member_moved",
  "closed_group_changed",
  "duplicate_group_id",
  "waitlist_without_reason",
] as const satisfies readonly CheckRule[];

const WARNING_CODES = ["existing_group_breaks_rule", "together_split_by_input"] as const satisfies readonly WarningCode[];

const WaitReasonCodeSchema = z.enum(WAIT_REASON_CODES);

export const WaitReasonSchema = z.strictObject({
  code: WaitReasonCodeSchema,
  message: z.string(),
  missing: z.optional(z.number()),
  compatible: z.optional(z.number()),
  partnerId: z.optional(z.string()),
  partnerReason: z.optional(WaitReasonCodeSchema),
  placedLongerWaiting: z.optional(z.number()),
});

export const SuggestionSchema = z.strictObject({
  kind: z.enum(["more_candidates", "relax_rule", "add_venue", "add_slot", "add_room", "add_starter"]),
  message: z.string(),
  rule: z.optional(z.string()),
  to: z.optional(z.number()),
  againstGuidance: z.optional(z.boolean()),
  count: z.optional(z.number()),
  like: z.optional(z.string()),
  oneOfGender: z.optional(z.enum(["female", "male", "other"])),
  venue: z.optional(z.string()),
  rooms: z.optional(z.number()),
  slot: z.optional(z.string()),
  near: z.optional(z.string()),
  offers: z.optional(z.array(z.string())),
  newStarters: z.optional(z.number()),
  experience: z.optional(z.array(z.string())),
  group: z.optional(
    z.strictObject({
      members: z.array(z.string()),
      venue: z.nullable(z.string()),
      municipality: z.nullable(z.string()),
      slot: z.nullable(z.string()),
      starters: z.array(z.string()),
    }),
  ),
});

export const WaitlistEntrySchema = z.strictObject({
  candidateId: z.string(),
  reasons: z.array(WaitReasonSchema),
  suggestions: z.array(SuggestionSchema),
  neverInThisPool: z.optional(z.boolean()),
});

const ScoreBreakdownSchema = z.strictObject({
  placed: z.number(),
  waiting: z.number(),
  ageSpan: z.number(),
  genderMix: z.number(),
  expectation: z.number(),
  sizeFromPreferred: z.number(),
  travel: z.number(),
});

export const GroupMetricsSchema = z.strictObject({
  size: z.number(),
  ageSpan: z.number(),
  genders: z.strictObject({ female: z.number(), male: z.number(), other: z.number(), undisclosed: z.number() }),
  problems: z.array(z.string()),
  maxTravelKm: z.number(),
  totalTravelKm: z.number(),
});

export const ComposedGroupSchema = z.strictObject({
  id: z.string(),
  members: z.array(z.string()),
  slot: z.nullable(z.string()),
  venue: z.nullable(z.string()),
  municipality: z.nullable(z.string()),
  starters: z.array(z.string()),
  existing: z.nullable(z.string()),
  newMembers: z.array(z.string()),
  metrics: GroupMetricsSchema,
  score: ScoreBreakdownSchema,
});

const ExactReportSchema = z.strictObject({
  solver: z.string(),
  outcome: z.enum(["proven", "limit", "not_linearised", "too_large", "no_answer", "no_time"]),
  rule: z.optional(z.literal("overbooked_rooms")),
  improvedSearch: z.boolean(),
});

export const ComposeStatsSchema = z.strictObject({
  objective: z.number(),
  score: ScoreBreakdownSchema,
  bound: z.optional(z.number()),
  gap: z.optional(z.number()),
  method: z.enum(["construct", "search", "exact"]),
  exact: z.optional(ExactReportSchema),
  seed: z.number(),
  iterations: z.number(),
  stoppedBy: z.enum(["completed", "iterations", "time", "signal"]),
  placed: z.number(),
  waiting: z.number(),
  elapsedMs: z.number(),
});

export const ComposeWarningSchema = z.strictObject({
  code: z.enum(WARNING_CODES),
  groupId: z.optional(z.string()),
  candidateIds: z.optional(z.array(z.string())),
  rule: z.optional(z.enum(CHECK_RULES)),
  message: z.string(),
});

/** What `compose` returns, as data: the shape of `result.json`. */
export const ComposeResultSchema = z.strictObject({
  status: z.enum(["optimal", "feasible", "stopped", "no-groups-possible"]),
  groups: z.array(ComposedGroupSchema),
  waitlist: z.array(WaitlistEntrySchema),
  warnings: z.array(ComposeWarningSchema),
  stats: ComposeStatsSchema,
});
