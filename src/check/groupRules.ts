import type { Candidate, Problem } from "../model/schemas.js";
import type { CheckContext, GroupView } from "./context.js";
import type { ValueField } from "./messages.js";
import type { CheckRule, Violation } from "./violation.js";

/**
 * A rule checked on one result group (RULES.md "Group rules").
 * Rules are data: the checker runs every enabled rule on every group in its scope without
 * branching on which rule it is.
 */
export interface GroupRule {
  /** The rule code reported. */
  rule: CheckRule;
  /** Whether the policy switches this rule on. */
  enabled: boolean;
  /**
   * Which groups it runs on: `"bound"` (default) for new groups and existing groups that
   * received members; `"existing"` for every continued existing group, changed or not.
   */
  scope?: "bound" | "existing";
  /**
   * The group's own field this rule judges, when it judges one: a rule about the slot (or the
   * meeting place) has nothing to judge on an existing group whose input records none, so the
   * warnings about existing groups as given skip it there (`warnings.ts`).
   */
  about?: "slot" | "place";
  /** Every violation of this rule in one group (empty when it holds). */
  check(view: GroupView, ctx: CheckContext): Violation[];
}

/**
 * Whether a rule runs on a group: bound groups for most rules, every continued existing
 * group for the "keeps its slot/place" rules.
 * @param rule - the rule
 * @param view - the group
 */
export function inScope(rule: GroupRule, view: GroupView): boolean {
  return rule.scope === "existing" ? view.input !== null : view.bound;
}

/** Append an id to the list kept under a key. */
function pushTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [id]);
  else ids.push(id);
}

/** Key for an unordered pair of labels or ids. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * "At most one distinct recorded value" (rules 3, 6-9). A value `pick` leaves undefined is a
 * wildcard; fields whose absence is a value of its own map it to one.
 * The offenders are the members outside the most common value, so a coordinator sees who to move.
 */
function atMostOneValue(
  rule: CheckRule,
  field: ValueField,
  enabled: boolean,
  pick: (c: Candidate) => string | undefined,
  among: (c: Candidate) => boolean = () => true,
): GroupRule {
  return {
    rule,
    enabled,
    check(view, ctx) {
      const byValue = new Map<string, string[]>();
      for (const id of view.members) {
        const c = ctx.candidates.get(id);
        if (c === undefined || !among(c)) continue;
        const value = pick(c);
        if (value === undefined) continue;
        pushTo(byValue, value, id);
      }
      if (byValue.size <= 1) return [];
      return [minorityViolation(rule, view, byValue, ctx.texts.group(view.group.id, ctx.texts.distinctValues(byValue.size, field)))];
    },
  };
}

/** Build a violation naming every member outside the largest value class (first seen wins ties). */
function minorityViolation(rule: CheckRule, view: GroupView, byValue: Map<string, string[]>, message: string): Violation {
  let majority: string[] = [];
  for (const ids of byValue.values()) if (ids.length > majority.length) majority = ids;
  const candidateIds = [...byValue.values()].filter((ids) => ids !== majority).flat();
  return { rule, groupId: view.group.id, candidateIds, message };
}

/**
 * The group rules 1-10 and 16 of RULES.md, configured by the input's policy.
 * Rules 11-15 (together, slot, place, reach, starters) live in their own modules.
 * @param problem - the parsed input
 * @returns every group rule, each flagged enabled or not by the policy
 */
export function groupRules(problem: Problem): GroupRule[] {
  const { policy } = problem;
  const singleGender = new Set(policy.gender.singleGenderProblems);
  const neverMix = new Set<string>();
  // A pair [a, a] means nothing, so only distinct pairs are kept.
  for (const [a, b] of policy.problem.neverMix) if (a !== b) neverMix.add(pairKey(a, b));

  const size: GroupRule = {
    rule: "group_size",
    enabled: true,
    check(view, ctx) {
      const n = view.memberIds.length;
      const { min, max } = policy.groupSize;
      // An existing group may have shrunk below min before it received members.
      const tooSmall = view.input === null && n < min;
      if (!tooSmall && n <= max) return [];
      const detail = tooSmall ? ctx.texts.sizeBelowMin(n, min) : ctx.texts.sizeAboveMax(n, max);
      return [{ rule: "group_size", groupId: view.group.id, message: ctx.texts.group(view.group.id, detail) }];
    },
  };

  const eligibility: GroupRule = {
    rule: "ineligible_member",
    enabled: true,
    check(view, ctx) {
      const unknown: string[] = [];
      const young: string[] = [];
      const old: string[] = [];
      const { minimum, maximum } = policy.age;
      for (const id of view.newMembers) {
        const age = ctx.candidates.get(id)?.age;
        // An unknown age is no bar for a member of an existing group (kept as they are); a recorded
        // age out of range counts wherever the member is judged as placed (RULES.md "Warnings").
        if (age === undefined && ctx.pinnedIn.has(id)) continue;
        if (age === undefined) unknown.push(id);
        else if (age < minimum) young.push(id);
        else if (maximum !== undefined && age > maximum) old.push(id);
      }
      const candidateIds = [...unknown, ...young, ...old];
      if (candidateIds.length === 0) return [];
      const counts = { unknown: unknown.length, young: young.length, old: old.length };
      const { texts } = ctx;
      return [
        {
          rule: "ineligible_member",
          groupId: view.group.id,
          candidateIds,
          message: texts.group(view.group.id, texts.notEligible(texts.ids(candidateIds), counts, minimum, maximum)),
        },
      ];
    },
  };

  const ageSpan: GroupRule = {
    rule: "age_span",
    enabled: true,
    check(view, ctx) {
      let young: { id: string; age: number } | null = null;
      let old: { id: string; age: number } | null = null;
      for (const id of view.members) {
        const age = ctx.candidates.get(id)?.age;
        if (age === undefined) continue;
        if (young === null || age < young.age) young = { id, age };
        if (old === null || age > old.age) old = { id, age };
      }
      if (young === null || old === null) return [];
      const span = old.age - young.age;
      if (span <= policy.age.maxSpan) return [];
      return [
        {
          rule: "age_span",
          groupId: view.group.id,
          candidateIds: [young.id, old.id],
          message: ctx.texts.group(view.group.id, ctx.texts.ageSpan(span, policy.age.maxSpan, young.id, old.id)),
        },
      ];
    },
  };

  const mix: GroupRule = {
    rule: "never_mix",
    enabled: neverMix.size > 0,
    check(view, ctx) {
      const byProblem = new Map<string, string[]>();
      for (const id of view.members) {
        const p = ctx.candidates.get(id)?.problem;
        if (p !== undefined) pushTo(byProblem, p, id);
      }
      const present = [...byProblem.keys()];
      const offending = new Set<string>();
      let pairs = 0;
      // Distinct problems in one group are few, so the pairwise scan is O(group size²).
      for (let i = 0; i < present.length; i++) {
        for (let j = i + 1; j < present.length; j++) {
          const a = present[i] as string;
          const b = present[j] as string;
          if (!neverMix.has(pairKey(a, b))) continue;
          pairs += 1;
          for (const id of [...(byProblem.get(a) ?? []), ...(byProblem.get(b) ?? [])]) offending.add(id);
        }
      }
      if (pairs === 0) return [];
      const candidateIds = view.members.filter((id) => offending.has(id));
      return [
        {
          rule: "never_mix",
          groupId: view.group.id,
          candidateIds,
          message: ctx.texts.group(view.group.id, ctx.texts.neverMixPairs(pairs)),
        },
      ];
    },
  };

  const gender: GroupRule = {
    rule: "single_gender",
    enabled: singleGender.size > 0,
    check(view, ctx) {
      const members = view.members.map((id) => ({ id, c: ctx.candidates.get(id) }));
      if (!members.some(({ c }) => c?.problem !== undefined && singleGender.has(c.problem))) return [];
      const byGender = new Map<string, string[]>();
      for (const { id, c } of members) {
        // Absent gender is its own value here: undisclosed only joins undisclosed.
        const g = c?.gender ?? "undisclosed";
        pushTo(byGender, g, id);
      }
      if (byGender.size <= 1) return [];
      return [minorityViolation("single_gender", view, byGender, ctx.texts.group(view.group.id, ctx.texts.singleGenderValues(byGender.size)))];
    },
  };

  // Not recorded, per field (RULES.md "Not recorded"): an absent role is "self".
  const roleOf = (c: Candidate): string => c.role ?? "self";
  const relativeRoles = new Set<string>(policy.relatives.roles);
  const isRelative = (c: Candidate): boolean => relativeRoles.has(roleOf(c));
  const setting = policy.relatives.byPatientSetting;
  const settingProblems = new Set(Array.isArray(setting) ? setting : []);
  const settingBinds = (c: Candidate): boolean => isRelative(c) && (setting === true || (c.problem !== undefined && settingProblems.has(c.problem)));

  const requiredMix: GroupRule = {
    rule: "gender_mix_required",
    enabled: policy.gender.mix === "require",
    check(view, ctx) {
      const genders = new Set<string>();
      for (const id of view.members) {
        const c = ctx.candidates.get(id);
        // A group that needs a single gender may not mix, so the requirement does not reach it.
        if (c?.problem !== undefined && singleGender.has(c.problem)) return [];
        if (c?.gender !== undefined) genders.add(c.gender);
      }
      if (genders.size >= 2) return [];
      return [
        {
          rule: "gender_mix_required",
          groupId: view.group.id,
          candidateIds: [...view.members],
          message: ctx.texts.group(view.group.id, ctx.texts.gendersRecorded(genders.size)),
        },
      ];
    },
  };

  const keepApart: GroupRule = {
    rule: "keep_apart",
    enabled: policy.keepApart,
    check(view, ctx) {
      const inGroup = new Set(view.members);
      const pairs = new Set<string>();
      const offending = new Set<string>();
      for (const id of view.members) {
        for (const other of ctx.candidates.get(id)?.knows ?? []) {
          if (other === id || !inGroup.has(other)) continue;
          pairs.add(pairKey(id, other));
          offending.add(id);
          offending.add(other);
        }
      }
      if (pairs.size === 0) return [];
      return [
        {
          rule: "keep_apart",
          groupId: view.group.id,
          candidateIds: view.members.filter((id) => offending.has(id)),
          message: ctx.texts.group(view.group.id, ctx.texts.pairsWhoKnowEachOther(pairs.size)),
        },
      ];
    },
  };

  return [
    size,
    eligibility,
    ageSpan,
    atMostOneValue("shared_problem", "problem", policy.problem.mode === "shared", (c) => c.problem),
    mix,
    gender,
    atMostOneValue("roles_mixed", "role", policy.roles.separate, roleOf),
    atMostOneValue("relation_mixed", "relation", policy.relatives.byRelation, (c) => c.relation, isRelative),
    atMostOneValue("patient_setting_mixed", "patientSetting", setting !== false, (c) => c.patientSetting, settingBinds),
    // No event is its own value ("not affected by a disaster"); a NUL never occurs in a label.
    atMostOneValue("event_mixed", "event", policy.events.shared, (c) => c.event ?? "\u0000none"),
    keepApart,
    requiredMix,
  ];
}
