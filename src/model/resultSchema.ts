import * as z from "zod";
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
  missing: z.number().optional(),
  compatible: z.number().optional(),
  partnerId: z.string().optional(),
  partnerReason: WaitReasonCodeSchema.optional(),
  placedLongerWaiting: z.number().optional(),
});

export const SuggestionSchema = z.strictObject({
  kind: z.enum(["more_candidates", "relax_rule", "add_venue", "add_slot", "add_room", "add_starter"]),
  message: z.string(),
  rule: z.string().optional(),
  to: z.number().optional(),
  againstGuidance: z.boolean().optional(),
  count: z.number().optional(),
  like: z.string().optional(),
  oneOfGender: z.enum(["female", "male", "other"]).optional(),
  venue: z.string().optional(),
  rooms: z.number().optional(),
  slot: z.string().optional(),
  near: z.string().optional(),
  offers: z.array(z.string()).optional(),
  newStarters: z.number().optional(),
  experience: z.array(z.string()).optional(),
  group: z
    .strictObject({
      members: z.array(z.string()),
      venue: z.string().nullable(),
      municipality: z.string().nullable(),
      slot: z.string().nullable(),
      starters: z.array(z.string()),
    })
    .optional(),
});

export const WaitlistEntrySchema = z.strictObject({
  candidateId: z.string(),
  reasons: z.array(WaitReasonSchema),
  suggestions: z.array(SuggestionSchema),
  neverInThisPool: z.boolean().optional(),
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
  slot: z.string().nullable(),
  venue: z.string().nullable(),
  municipality: z.string().nullable(),
  starters: z.array(z.string()),
  existing: z.string().nullable(),
  newMembers: z.array(z.string()),
  metrics: GroupMetricsSchema,
  score: ScoreBreakdownSchema,
});

const ExactReportSchema = z.strictObject({
  solver: z.string(),
  outcome: z.enum(["proven", "limit", "not_linearised", "too_large", "no_answer", "no_time"]),
  rule: z.literal("overbooked_rooms").optional(),
  improvedSearch: z.boolean(),
});

export const ComposeStatsSchema = z.strictObject({
  objective: z.number(),
  score: ScoreBreakdownSchema,
  bound: z.number().optional(),
  gap: z.number().optional(),
  method: z.enum(["construct", "search", "exact"]),
  exact: ExactReportSchema.optional(),
  seed: z.number(),
  iterations: z.number(),
  stoppedBy: z.enum(["completed", "iterations", "time", "signal"]),
  placed: z.number(),
  waiting: z.number(),
  elapsedMs: z.number(),
});

export const ComposeWarningSchema = z.strictObject({
  code: z.enum(WARNING_CODES),
  groupId: z.string().optional(),
  candidateIds: z.array(z.string()).optional(),
  rule: z.enum(CHECK_RULES).optional(),
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
