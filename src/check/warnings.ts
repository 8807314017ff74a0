import type { ComposedGroup, ComposeWarning } from "../model/result.js";
import type { ExistingGroup } from "../model/schemas.js";
import type { CheckContext, GroupView } from "./context.js";
import { inScope, type GroupRule } from "./groupRules.js";
import { checkRooms } from "./rooms.js";
import { find, togetherLinks } from "./together.js";
import type { CheckTexts } from "./messages.js";
import type { CheckRule, Violation } from "./violation.js";

/** Figures a synthetic result group needs but no rule reads. */
const NO_METRICS: ComposedGroup["metrics"] = {
  size: 0,
  ageSpan: 0,
  genders: { female: 0, male: 0, other: 0, undisclosed: 0 },
  problems: [],
  maxTravelKm: 0,
  totalTravelKm: 0,
};
const NO_SCORE: ComposedGroup["score"] = { placed: 0, waiting: 0, ageSpan: 0, genderMix: 0, expectation: 0, sizeFromPreferred: 0, travel: 0 };

/**
 * Every input existing group, in the order a coordinator reads the result: the groups the result
 * continues in result order (canonical, whatever the input order), then any it leaves out.
 */
function existingInResultOrder(ctx: CheckContext): { input: ExistingGroup; continued: GroupView | null }[] {
  const out: { input: ExistingGroup; continued: GroupView | null }[] = [];
  const seen = new Set<string>();
  for (const view of ctx.groups) {
    if (view.input === null || seen.has(view.input.id)) continue;
    seen.add(view.input.id);
    out.push({ input: view.input, continued: view });
  }
  for (const g of ctx.existingById.values()) if (!seen.has(g.id)) out.push({ input: g, continued: null });
  return out;
}

/**
 * An existing group exactly as the input gives it, judged as if sammen were placing every member
 * now (all are new, the group rules bind), while the group keeps what its input records: its own
 * slot and place, and the exemptions the rules grant an existing group (it may have shrunk below
 * the minimum size; an unknown age is no bar for its members). Members are listed in the order
 * of the result group that continues it, so warnings do not depend on the input's order.
 */
function asGiven(input: ExistingGroup, continued: GroupView | null): GroupView {
  const order = new Map((continued?.memberIds ?? []).map((id, k) => [id, k]));
  const rank = (id: string): number => order.get(id) ?? Number.POSITIVE_INFINITY;
  // Every member of an input existing group is a known person (`isKnown` counts pinned members), so all count.
  const members = [...new Set(input.members)].sort((a, b) => rank(a) - rank(b));
  const group: ComposedGroup = {
    id: input.id,
    members,
    slot: input.slot ?? null,
    venue: input.venue ?? null,
    // A view's municipality is read only when the input has no venues (the venue is the place otherwise).
    municipality: input.municipality ?? null,
    starters: [],
    existing: input.id,
    newMembers: members,
    metrics: NO_METRICS,
    score: NO_SCORE,
  };
  return { group, input, memberIds: members, members, newMembers: members, bound: true, slot: group.slot, municipality: group.municipality };
}

/** Whether the input records the group field a rule judges (a rule about no field always judges). */
function records(ctx: CheckContext, input: ExistingGroup, about: GroupRule["about"]): boolean {
  if (about === "slot") return input.slot !== undefined;
  if (about === "place") return ctx.problem.venues.length > 0 ? input.venue !== undefined : input.municipality !== undefined;
  return true;
}

/** One warning per (group, rule): the rule's violations of one group merged, each detail kept. */
function breaksRule(groupId: string, rule: CheckRule, violations: readonly Violation[], texts: CheckTexts): ComposeWarning {
  const prefix = texts.group(groupId, "");
  const details = violations.map((v) => (v.message.startsWith(prefix) ? v.message.slice(prefix.length) : v.message));
  const ids = [...new Set(violations.flatMap((v) => v.candidateIds ?? []))];
  return {
    code: "existing_group_breaks_rule",
    groupId,
    ...(ids.length > 0 ? { candidateIds: ids } : {}),
    rule,
    message: texts.existingBreaks(groupId, rule, details),
  };
}

/**
 * `existing_group_breaks_rule`: every enabled group rule, and rooms per venue and slot, run on
 * every input existing group as given. Rules are data, so a rule added to `groupRules` or
 * `meetingRules` warns here with no code of its own.
 */
function existingGroupWarnings(ctx: CheckContext, rules: readonly GroupRule[]): ComposeWarning[] {
  const groups = existingInResultOrder(ctx);
  const views = groups.map(({ input, continued }) => asGiven(input, continued));
  const given: CheckContext = { ...ctx, groups: views };
  const found = new Map<string, Map<CheckRule, Violation[]>>();
  const note = (v: Violation): void => {
    if (v.groupId === undefined) return;
    const byRule = found.get(v.groupId) ?? new Map<CheckRule, Violation[]>();
    const list = byRule.get(v.rule) ?? [];
    list.push(v);
    byRule.set(v.rule, list);
    found.set(v.groupId, byRule);
  };
  for (const view of views) {
    for (const rule of rules) {
      if (!inScope(rule, view) || !records(ctx, view.input as ExistingGroup, rule.about)) continue;
      for (const v of rule.check(view, given)) note(v);
    }
  }
  // Only existing groups book rooms here: a new group in a full room is sammen's doing (a violation).
  for (const v of checkRooms(given)) note(v);
  const out: ComposeWarning[] = [];
  for (const view of views) {
    for (const [rule, violations] of found.get(view.group.id) ?? []) out.push(breaksRule(view.group.id, rule, violations, ctx.texts));
  }
  return out;
}

/**
 * `together_split_by_input`: a family linked by `together` (symmetric, transitive) whose members
 * include members of two or more different existing groups. Rule 11 exempts them (the caller
 * split them, and sammen moves nobody out of an existing group); any newcomer in that family can
 * only wait. Families are listed in the order their members appear in the result.
 */
function togetherWarnings(ctx: CheckContext): ComposeWarning[] {
  const { parent, linked } = togetherLinks(ctx);
  if (linked.size === 0) return [];
  const families = new Map<string, { members: string[]; groups: Set<string> }>();
  const visited = new Set<string>();
  const visit = (id: string): void => {
    const g = ctx.pinnedIn.get(id);
    if (g === undefined || !linked.has(id) || visited.has(id)) return;
    visited.add(id);
    const key = find(parent, id);
    const family = families.get(key) ?? { members: [], groups: new Set<string>() };
    family.members.push(id);
    family.groups.add(g.id);
    families.set(key, family);
  };
  for (const { input, continued } of existingInResultOrder(ctx)) {
    for (const id of continued?.memberIds ?? []) visit(id);
    for (const id of input.members) visit(id);
  }
  const out: ComposeWarning[] = [];
  for (const { members, groups } of families.values()) {
    if (groups.size < 2) continue;
    out.push({
      code: "together_split_by_input",
      candidateIds: members,
      rule: "together_split",
      message: ctx.texts.togetherSplitByInput(members.length, ctx.texts.ids(members), groups.size, ctx.texts.ids([...groups])),
    });
  }
  return out;
}

/**
 * What the input already breaks and sammen left as it was (RULES.md "Warnings"): the warnings
 * `check` reports and `compose` returns. Derived from the input alone, never from the result
 * (which only fixes the order of the list), so they say nothing about what sammen did.
 * @param ctx - the checker context
 * @param rules - the enabled group and meeting rules
 * @returns `existing_group_breaks_rule` warnings, one per existing group and rule, then
 *   `together_split_by_input` warnings, one per family
 */
export function inputWarnings(ctx: CheckContext, rules: readonly GroupRule[]): ComposeWarning[] {
  return [...existingGroupWarnings(ctx, rules), ...togetherWarnings(ctx)];
}
