import type { CheckContext, GroupView } from "./context.js";
import { canReach } from "./distance.js";
import type { Violation } from "./violation.js";

/** Where one starter is used. */
interface Use {
  groupId: string;
  slot: string | null;
}

/** Count rule: new groups have `starters.min`..`starters.max` starters; existing groups have none. */
function checkCount(view: GroupView, ctx: CheckContext): Violation[] {
  const id = view.group.id;
  const n = new Set(view.group.starters).size;
  const { min, max } = ctx.problem.policy.starters;
  const { texts } = ctx;
  if (view.input !== null) {
    return n === 0 ? [] : [{ rule: "starter_count", groupId: id, message: texts.group(id, texts.existingHasStarters(n)) }];
  }
  if (n >= min && n <= max) return [];
  const detail = n < min ? texts.startersBelowMin(n, min) : texts.startersAboveMax(n, max);
  return [{ rule: "starter_count", groupId: id, message: texts.group(id, detail) }];
}

/** Per-group starter validity: exists, listed once, reaches the place, is available, shares the experience. */
function checkInGroup(view: GroupView, ctx: CheckContext, uses: Map<string, Use[]>): Violation[] {
  const out: Violation[] = [];
  const id = view.group.id;
  const { texts } = ctx;
  const fail = (message: string, candidateIds?: string[]): void => {
    out.push({ rule: "starter_invalid", groupId: id, message: texts.group(id, message), ...(candidateIds ? { candidateIds } : {}) });
  };
  const { policy } = ctx.problem;
  const place = ctx.placeOf(view);
  const seen = new Set<string>();
  for (const sid of view.group.starters) {
    if (seen.has(sid)) {
      fail(texts.starterTwice(sid));
      continue;
    }
    seen.add(sid);
    const starter = ctx.starters.get(sid);
    if (starter === undefined) {
      fail(texts.starterUnknown(sid));
      continue;
    }
    const list = uses.get(sid) ?? [];
    list.push({ groupId: id, slot: view.slot });
    uses.set(sid, list);
    // A missing place is a meeting_place violation; reach cannot be judged without one.
    if (place !== null && !canReach(starter.location, starter.maxTravelKm ?? policy.travel.defaultMaxKm, place, ctx.distances)) {
      fail(texts.starterCannotReach(sid));
    }
    const slot = view.slot;
    if (slot !== null && starter.availability !== undefined && !starter.availability.includes(slot)) {
      fail(texts.starterUnavailable(sid));
    }
    // A starter who records no experience shares none (RULES.md §15).
    if (policy.starters.requireSharedExperience) {
      const experience = new Set(starter.experience ?? []);
      const unshared = view.members.filter((m) => {
        const p = ctx.candidates.get(m)?.problem;
        return p !== undefined && !experience.has(p);
      });
      if (unshared.length > 0) fail(texts.starterLacksExperience(sid, unshared.length), unshared);
    }
  }
  return out;
}

/**
 * Starters (RULES.md rule 15): count per group, then each starter's validity in each group,
 * then across groups: at most `maxGroups` groups and never two groups in the same slot.
 * @param ctx - the checker context
 * @returns `starter_count` and `starter_invalid` violations
 */
export function checkStarters(ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  const uses = new Map<string, Use[]>();
  for (const view of ctx.groups) {
    for (const v of checkCount(view, ctx)) out.push(v);
    for (const v of checkInGroup(view, ctx, uses)) out.push(v);
  }
  for (const [sid, list] of uses) {
    const maxGroups = ctx.starters.get(sid)?.maxGroups ?? 1;
    const ids = list.map((u) => u.groupId);
    if (list.length > maxGroups) {
      out.push({ rule: "starter_invalid", message: ctx.texts.starterOverused(sid, list.length, ctx.texts.ids(ids), maxGroups) });
    }
    const bySlot = new Map<string, string[]>();
    for (const u of list) {
      if (u.slot === null) continue;
      const groups = bySlot.get(u.slot);
      if (groups === undefined) bySlot.set(u.slot, [u.groupId]);
      else groups.push(u.groupId);
    }
    for (const groups of bySlot.values()) {
      if (groups.length > 1) {
        out.push({ rule: "starter_invalid", message: ctx.texts.starterSameSlot(sid, groups.length, ctx.texts.ids(groups)) });
      }
    }
  }
  return out;
}
