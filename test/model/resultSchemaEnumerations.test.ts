/**
 * The result schema accepts every value of every enumeration the ComposeResult type has (the
 * lists are typed by the unions, so a value added to a union without one here is a type error),
 * and refuses a value outside each; the JSON Schemas carry their titles.
 */
import { describe, expect, it } from "vitest";
import { ComposeResultSchema, inputJsonSchema, resultJsonSchema, type CheckRule, type ComposeResult, type ComposeStatus, type WaitReasonCode, type WarningCode } from "../../src/index.js";
import type { ComposeStats, ExactReport, Suggestion } from "../../src/model/result.js";

const keys = <T extends string>(record: Record<T, true>): T[] => Object.keys(record) as T[];

const STATUSES = keys<ComposeStatus>({ optimal: true, feasible: true, stopped: true, "no-groups-possible": true });
const REASONS = keys<WaitReasonCode>({
  below_minimum_age: true, above_maximum_age: true, age_unknown: true, no_reachable_venue: true, no_common_slot: true,
  together_incompatible: true, together_partner_blocked: true, no_starter_available: true, too_few_compatible: true, no_room_left: true, not_selected: true,
});
const KINDS = keys<Suggestion["kind"]>({ more_candidates: true, relax_rule: true, add_venue: true, add_slot: true, add_room: true, add_starter: true });
const METHODS = keys<ComposeStats["method"]>({ construct: true, search: true, exact: true });
const STOPPED_BY = keys<ComposeStats["stoppedBy"]>({ completed: true, iterations: true, time: true, signal: true });
const OUTCOMES = keys<ExactReport["outcome"]>({ proven: true, limit: true, not_linearised: true, too_large: true, no_answer: true, no_time: true });
const WARNINGS = keys<WarningCode>({ existing_group_breaks_rule: true, together_split_by_input: true });
const RULES = keys<CheckRule>({
  invalid_input: true, group_size: true, ineligible_member: true, age_span: true, shared_problem: true, never_mix: true, single_gender: true,
  roles_mixed: true, relation_mixed: true, patient_setting_mixed: true, event_mixed: true, keep_apart: true, gender_mix_required: true,
  together_split: true, common_slot: true, meeting_place: true, unreachable: true, venue_needs: true, venue_capacity: true, venue_rooms: true,
  starter_count: true, starter_invalid: true, candidate_lost: true, candidate_duplicated: true, candidate_invented: true,
  existing_member_moved: true, closed_group_changed: true, duplicate_group_id: true, waitlist_without_reason: true,
});

const score = { placed: 1, waiting: 2, ageSpan: 3, genderMix: 4, expectation: 5, sizeFromPreferred: 6, travel: 7 };

/** A result with every optional field set once. */
function result(): ComposeResult {
  return {
    status: "optimal",
    groups: [
      {
        id: "g", members: ["a"], slot: "mon", venue: "v", municipality: "m", starters: ["s"], existing: null, newMembers: ["a"],
        metrics: { size: 1, ageSpan: 0, genders: { female: 1, male: 0, other: 0, undisclosed: 0 }, problems: ["p"], maxTravelKm: 1, totalTravelKm: 1 },
        score,
      },
    ],
    waitlist: [
      {
        candidateId: "b",
        reasons: [{ code: "not_selected", message: "r", missing: 1, compatible: 2, partnerId: "a", partnerReason: "age_unknown", placedLongerWaiting: 3 }],
        suggestions: [
          {
            kind: "add_venue", message: "s", rule: "x", to: 1, againstGuidance: false, count: 1, like: "a", oneOfGender: "male", venue: "v", slot: "mon",
            near: "a", offers: ["o"], newStarters: 1, experience: ["e"], group: { members: ["b"], venue: null, municipality: null, slot: null, starters: [] },
          },
        ],
        neverInThisPool: true,
      },
    ],
    warnings: [{ code: "existing_group_breaks_rule", groupId: "g", candidateIds: ["a"], rule: "age_span", message: "w" }],
    stats: {
      objective: 1, score, bound: 2, gap: 0, method: "exact", exact: { solver: "lp", outcome: "proven", rule: "overbooked_rooms", improvedSearch: true },
      seed: 1, iterations: 0, stoppedBy: "completed", placed: 1, waiting: 1, elapsedMs: 0,
    },
  };
}

/** A result with one enumerated field set to `value` by `set`. */
function withValue(set: (r: ComposeResult, value: string) => void, value: string): ComposeResult {
  const r = result();
  set(r, value);
  return r;
}

type Setter = (r: ComposeResult, value: string) => void;
const FIELDS: [string, readonly string[], Setter][] = [
  ["status", STATUSES, (r, v) => { r.status = v as ComposeStatus; }],
  ["reason code", REASONS, (r, v) => { r.waitlist[0]!.reasons[0]!.code = v as WaitReasonCode; }],
  ["partner reason", REASONS, (r, v) => { r.waitlist[0]!.reasons[0]!.partnerReason = v as WaitReasonCode; }],
  ["suggestion kind", KINDS, (r, v) => { r.waitlist[0]!.suggestions[0]!.kind = v as Suggestion["kind"]; }],
  ["gender", ["female", "male", "other"], (r, v) => { r.waitlist[0]!.suggestions[0]!.oneOfGender = v as "female"; }],
  ["method", METHODS, (r, v) => { r.stats.method = v as ComposeStats["method"]; }],
  ["stopped by", STOPPED_BY, (r, v) => { r.stats.stoppedBy = v as ComposeStats["stoppedBy"]; }],
  ["exact outcome", OUTCOMES, (r, v) => { r.stats.exact!.outcome = v as ExactReport["outcome"]; }],
  ["warning code", WARNINGS, (r, v) => { r.warnings[0]!.code = v as WarningCode; }],
  ["warning rule", RULES, (r, v) => { r.warnings[0]!.rule = v as CheckRule; }],
];

describe("the result schema's enumerations", () => {
  it("a result with every optional field set parses unchanged", () => {
    expect(ComposeResultSchema.parse(result())).toEqual(result());
  });

  it.each(FIELDS)("%s: every value is accepted and one outside refused", (_name, values, set) => {
    for (const value of values) expect(ComposeResultSchema.safeParse(withValue(set, value)).success, value).toBe(true);
    expect(ComposeResultSchema.safeParse(withValue(set, "zz")).success).toBe(false);
  });

  it("the exact report's rule is overbooked_rooms or absent", () => {
    expect(ComposeResultSchema.safeParse(withValue((r) => { r.stats.exact = { solver: "lp", outcome: "limit", improvedSearch: false }; }, "")).success).toBe(true);
    expect(ComposeResultSchema.safeParse(withValue((r, v) => { r.stats.exact!.rule = v as "overbooked_rooms"; }, "zz")).success).toBe(false);
  });

  it("the JSON Schemas are draft 2020-12 with their titles", () => {
    for (const [schema, title] of [[inputJsonSchema(), "sammen compose input"], [resultJsonSchema(), "sammen compose result"]] as const) {
      expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema["title"]).toBe(title);
      expect(String(schema["description"]).length).toBeGreaterThan(40);
    }
    // Input: defaulted fields are optional; result: every field compose always writes is required.
    expect((inputJsonSchema()["required"] as string[] | undefined) ?? []).toEqual(["candidates"]);
    expect(resultJsonSchema()["required"]).toEqual(["status", "groups", "waitlist", "warnings", "stats"]);
  });
});
