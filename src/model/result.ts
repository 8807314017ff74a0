import type { CheckRule } from "../check/violation.js";
import type { Gender } from "./schemas.js";

/**
 * How a run ended.
 * - `optimal`: proven best composition (only with a proof from the exact method).
 * - `feasible`: every group is valid; no proof that nothing better exists.
 * - `stopped`: the time limit or abort signal cut the search; the best found so far is returned.
 * - `no-groups-possible`: no valid group can be formed from this pool; everyone waits with reasons.
 *
 * Any status may come with `warnings` (what the input already breaks): the status is about the
 * composition sammen made, the warnings about the input it was given.
 */
export type ComposeStatus = "optimal" | "feasible" | "stopped" | "no-groups-possible";

/**
 * Why a person waits. Each code names the hard rule or shortage that stopped them; RULES.md
 * ("Why someone waits") defines each as a condition on the input and the result.
 */
export type WaitReasonCode =
  | "below_minimum_age"
  | "above_maximum_age"
  | "age_unknown"
  | "no_reachable_venue"
  | "no_common_slot"
  | "together_incompatible"
  | "together_partner_blocked"
  | "no_starter_available"
  | "too_few_compatible"
  | "no_room_left"
  | "not_selected";

/** One reason a person waits, with the figures behind it (never a personal value). */
export interface WaitReason {
  /** Which reason this is (RULES.md, "Why someone waits"). */
  code: WaitReasonCode;
  /** Plain-language explanation for the coordinator. */
  message: string;
  /** How many more compatible people a group would need, where that is the obstacle. */
  missing?: number;
  /** `too_few_compatible`: the most people who could share a group with them at any one place and slot they can use. */
  compatible?: number;
  /** `together_partner_blocked`: the partner (by id) whose own obstacle keeps them both waiting, and that obstacle. */
  partnerId?: string;
  partnerReason?: WaitReasonCode;
  /** `not_selected`: people who waited longer, could share a group with them, and were placed. */
  placedLongerWaiting?: number;
}

/**
 * The group a suggestion would let start, as the waiting people in it and where and when it
 * would meet: following the suggestion (its change to the input, and the people it asks for)
 * makes this group valid beside the result's own groups, which stay as they are.
 */
export interface SuggestedGroup {
  /** Waiting candidates (ids) who would be in it, the person explained among them. */
  members: string[];
  /** The venue (null without venues, or for the venue an `add_venue` suggestion asks for). */
  venue: string | null;
  /** The municipality it meets in, without venues. */
  municipality: string | null;
  /** The weekly slot it meets in (null when no slot binds). */
  slot: string | null;
  /** Starters (ids) already in the input who would start it. */
  starters: string[];
}

/**
 * A change to the input that would let a waiting person start in a group, with the group it
 * would let start. The change is the kind's own (a venue, a room, a starter, a relaxed rule, more
 * people), and any suggestion may also ask for `count` more people like `like`, and for
 * `newStarters` more starters, where the group needs them too. RULES.md ("Why someone waits")
 * says how each is followed.
 */
export interface Suggestion {
  /** What the change is: more people like the person, a relaxed rule, a new venue, slot, room or starter. */
  kind: "more_candidates" | "relax_rule" | "add_venue" | "add_slot" | "add_room" | "add_starter";
  /** Plain-language description for the coordinator, in the run's `locale`. */
  message: string;
  /** The policy path a relaxation would change, for `relax_rule`. */
  rule?: string;
  /** The value the relaxed rule would take, for `relax_rule` where one value does it. */
  to?: number;
  /** True when the change goes against the guidance the rule's default comes from (DOMAIN.md). */
  againstGuidance?: boolean;
  /** How many more people the group needs: people like `like` (same age, gender, problem, role, relation, setting, event and needs, living where the group meets), who can make its slot. */
  count?: number;
  /** The candidate (by id) the `count` people should be like: the person explained. */
  like?: string;
  /** A gender one of the `count` people would need to have, where the policy requires a mixed group. */
  oneOfGender?: Gender;
  /** The venue (by id) the change concerns, for `add_room`, `add_slot` and `more_candidates`. */
  venue?: string;
  /** `add_room`: how many more rooms (one for the group, and one for each group the people who waited longer there would fill first). */
  rooms?: number;
  /** `add_slot`: the weekly slot the venue would also open in. */
  slot?: string;
  /** `add_venue`: the candidate (by id) whose location the new venue should be at (or within their reach). */
  near?: string;
  /** `add_venue`: what the new venue would need to offer (the members' needs). */
  offers?: string[];
  /** How many more starters (free in the group's slot, able to reach its place) the group needs. */
  newStarters?: number;
  /** With `newStarters` where shared experience is required: the problem areas the starters' experience must cover. */
  experience?: string[];
  /** The group following the suggestion would let start. */
  group?: SuggestedGroup;
}

/** A person on the waitlist. */
export interface WaitlistEntry {
  /** The waiting candidate's id. */
  candidateId: string;
  /** The most specific true reason first. */
  reasons: WaitReason[];
  /** Changes to the input that would let them start, each with the group it would let start (RULES.md, "Why someone waits"). */
  suggestions: Suggestion[];
  /**
   * True when no composition of this pool could place them (a necessary condition fails: they
   * alone, their partner, or the people they could share a group with); false when they lost out
   * to others. Set on every entry `compose` returns.
   */
  neverInThisPool?: boolean;
}

/** Figures describing one group. */
export interface GroupMetrics {
  /** How many members the group has. */
  size: number;
  /** Oldest minus youngest member, over members whose age is recorded. */
  ageSpan: number;
  /** Members by recorded gender; `undisclosed` counts those without one. */
  genders: Record<Gender | "undisclosed", number>;
  /** The members' recorded problem areas, each once, sorted. */
  problems: string[];
  /** Longest and total straight-line travel to the meeting place, where distances are known. */
  maxTravelKm: number;
  totalTravelKm: number;
}

/** A group in the result: new, or an existing one (possibly with new members). */
export interface ComposedGroup {
  /** The group's id: an existing group keeps its own. */
  id: string;
  /** Member ids in a stable order. */
  members: string[];
  /** The weekly slot, or null when nothing constrains it. */
  slot: string | null;
  /** The venue id, or null when there are no venues. */
  venue: string | null;
  /** The municipality where the group meets. */
  municipality: string | null;
  /** The ids of the starters who attend its first meetings (none for an existing group). */
  starters: string[];
  /** The id of the existing group this continues, if any. */
  existing: string | null;
  /** Members who joined in this run (all of them for a new group). */
  newMembers: string[];
  /** Figures describing the group. */
  metrics: GroupMetrics;
  /** This group's contribution to the objective, by term (they add up to `stats.score`). */
  score: ScoreBreakdown;
}

/** The score broken down by term, so a coordinator can see why one composition beat another. */
export type ScoreBreakdown = Record<
  "placed" | "waiting" | "ageSpan" | "genderMix" | "expectation" | "sizeFromPreferred" | "travel",
  number
>;

/** Figures about the run: its score, what produced the groups, what stopped it. */
export interface ComposeStats {
  /** The total score of the composition (higher is better); the sum of `score`. */
  objective: number;
  /** The objective by term. */
  score: ScoreBreakdown;
  /** Upper bound on the objective, when the exact method produced one. */
  bound?: number;
  /** `(bound - objective) / max(1, |bound|)`, with `bound`; 0 when the composition is proven best. */
  gap?: number;
  /** What produced the groups: the first composition, the local search, or the exact method. */
  method: "construct" | "search" | "exact";
  /** What the exact method did (methods "auto" and "exact"). */
  exact?: ExactReport;
  /** The seed the groups were composed with (with `composeAsync`, the winning worker's). */
  seed: number;
  /** The search's work, in the unit of the `maxIterations` option. */
  iterations: number;
  /** What ended the search. */
  stoppedBy: "completed" | "iterations" | "time" | "signal";
  /** How many candidates are in groups. */
  placed: number;
  /** How many candidates are on the waitlist. */
  waiting: number;
  /** The only figure that may differ between two runs with the same seed. */
  elapsedMs: number;
}

/**
 * The exact method's part in a run. `outcome`:
 * - `proven`: the returned composition is the proven optimum (status "optimal");
 * - `limit`: the MIP solver stopped at its time limit before a proof (`stats.bound` may say how far off);
 * - `not_linearised`: a rule in use has no MIP form yet (`rule`: existing groups that overbook a
 *   room they could leave), so the search's answer stands;
 * - `too_large`: more people than the exact method takes on (12 with the bundled solver in "auto", 40 with HiGHS, 60 in "exact");
 * - `no_answer`: the solver gave up within its budget, or its answer failed the re-check;
 * - `no_time`: no time was left after the search.
 */
export interface ExactReport {
  /** "javascript-lp-solver" (bundled) or the name of `options.mipSolver`, e.g. "highs". */
  solver: string;
  /** What came of it (above). */
  outcome: "proven" | "limit" | "not_linearised" | "too_large" | "no_answer" | "no_time";
  /** With `not_linearised`: the rule that has no MIP form. */
  rule?: "overbooked_rooms";
  /** True when the MIP found a better composition than the search and it is the one returned. */
  improvedSearch: boolean;
}

/**
 * What a warning is about (RULES.md "Warnings"):
 * - `existing_group_breaks_rule`: an existing group, as the input gives it, breaks a hard rule
 *   (`rule`). sammen does not break up a group that already meets, so it is left as it is.
 * - `together_split_by_input`: people linked by `together` are members of different existing
 *   groups (rule 11 exempts them: the caller split them), so they stay apart.
 */
export type WarningCode = "existing_group_breaks_rule" | "together_split_by_input";

/**
 * Something in the input that the run accepted but a coordinator should look at: sammen did not
 * cause it and left it as it was. Unlike a violation (a rule sammen broke, which is never
 * returned), a warning does not make a result wrong, and any `status` may come with warnings.
 * The message carries ids, rule codes and computed figures only, never a personal value.
 */
export interface ComposeWarning {
  /** What kind of warning this is. */
  code: WarningCode;
  /** The existing group concerned (its input id), when the warning is about one group. */
  groupId?: string;
  /** The people concerned, when the rule is about particular people. */
  candidateIds?: string[];
  /** The hard rule concerned, as the checker names it in a violation (RULES.md). */
  rule?: CheckRule;
  /** Plain-language description built from ids, rule codes and computed figures. */
  message: string;
}

/** What `compose` returns. */
export interface ComposeResult {
  /** How the run ended: `"optimal"`, `"feasible"`, `"stopped"` or `"no-groups-possible"`. */
  status: ComposeStatus;
  /** Existing groups first, then new groups by their first member. */
  groups: ComposedGroup[];
  /** Everyone not in a group, each with the reasons and what would let them start. */
  waitlist: WaitlistEntry[];
  /**
   * What the input already breaks and sammen left as it was (e.g. an existing group above the
   * maximum size); empty when there is nothing to look at. The same list as `check(input,
   * result).warnings`. Warnings never make a result wrong: `status` may be "optimal" with warnings.
   */
  warnings: ComposeWarning[];
  /** Figures about the run. */
  stats: ComposeStats;
}
