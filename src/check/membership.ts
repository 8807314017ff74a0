import type { ComposeResult } from "../model/result.js";
import type { CheckContext } from "./context.js";
import { formatIds, type Violation } from "./violation.js";

/** Label for the waitlist in messages about where an id appears. */
const WAITLIST = "waitlist";

/**
 * Group identity: no two result groups share an `id`, and no input existing group is
 * continued by two result groups.
 * @param result - the result under check
 */
export function checkGroupIds(result: ComposeResult): Violation[] {
  const out: Violation[] = [];
  const count = (values: Iterable<string>): Map<string, number> => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  for (const [id, n] of count(result.groups.map((g) => g.id))) {
    if (n > 1) out.push({ rule: "duplicate_group_id", groupId: id, message: `group id ${id} is used by ${n} groups` });
  }
  const continued = result.groups.flatMap((g) => (g.existing == null ? [] : [g.existing]));
  for (const [id, n] of count(continued)) {
    if (n > 1) out.push({ rule: "duplicate_group_id", groupId: id, message: `existing group ${id} is continued by ${n} groups` });
  }
  return out;
}

/**
 * Every candidate appears exactly once; no invented or doubled ids; every waitlist entry
 * has a reason (RULES.md "Membership").
 * @param ctx - the checker context
 * @param result - the result under check
 */
export function checkPeople(ctx: CheckContext, result: ComposeResult): Violation[] {
  const out: Violation[] = [];
  const where = new Map<string, string[]>();
  const seen = (id: string, place: string): void => {
    const list = where.get(id);
    if (list === undefined) where.set(id, [place]);
    else list.push(place);
  };
  for (const g of result.groups) {
    const invented = new Set<string>();
    for (const id of g.members) {
      seen(id, g.id);
      if (!ctx.isKnown(id)) invented.add(id);
    }
    if (invented.size > 0) {
      const ids = [...invented];
      out.push({ rule: "candidate_invented", groupId: g.id, candidateIds: ids, message: `group ${g.id}: ${ids.length} member id(s) are not candidates: ${formatIds(ids)}` });
    }
  }
  const inventedWaiting = new Set<string>();
  const reasonless: string[] = [];
  for (const entry of result.waitlist) {
    seen(entry.candidateId, WAITLIST);
    if (!ctx.isKnown(entry.candidateId)) inventedWaiting.add(entry.candidateId);
    if (entry.reasons.length === 0) reasonless.push(entry.candidateId);
  }
  if (inventedWaiting.size > 0) {
    const ids = [...inventedWaiting];
    out.push({ rule: "candidate_invented", candidateIds: ids, message: `waitlist: ${ids.length} id(s) are not candidates: ${formatIds(ids)}` });
  }
  for (const [id, places] of where) {
    if (places.length > 1) {
      out.push({ rule: "candidate_duplicated", candidateIds: [id], message: `candidate ${id} appears ${places.length} times (${formatIds(places)})` });
    }
  }
  const lost: string[] = [];
  for (const id of ctx.candidates.keys()) if (!where.has(id)) lost.push(id);
  if (lost.length > 0) {
    out.push({ rule: "candidate_lost", candidateIds: lost, message: `${lost.length} candidate(s) neither in a group nor waiting: ${formatIds(lost)}` });
  }
  if (reasonless.length > 0) {
    out.push({ rule: "waitlist_without_reason", candidateIds: reasonless, message: `waitlist entries without a reason: ${reasonless.length} (${formatIds(reasonless)})` });
  }
  return out;
}

/**
 * Existing groups: every member stays in the result group that continues their group
 * (pinned), and a closed group has exactly its original members.
 * @param ctx - the checker context
 */
export function checkExisting(ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  const continued = new Map<string, { groupId: string; members: Set<string> }>();
  for (const view of ctx.groups) {
    if (view.input !== null) continued.set(view.input.id, { groupId: view.group.id, members: new Set(view.memberIds) });
  }
  for (const g of ctx.existingById.values()) {
    const match = continued.get(g.id);
    const now = match?.members;
    // Report against the result group that continues it, or the input id when none does.
    const groupId = match?.groupId ?? g.id;
    const moved = [...new Set(g.members)].filter((m) => now === undefined || !now.has(m));
    if (moved.length > 0) {
      const how = now === undefined ? "is not continued in the result" : "lost members";
      out.push({ rule: "existing_member_moved", groupId, candidateIds: moved, message: `existing group ${g.id} ${how}: ${moved.length} member(s) moved` });
    }
    if (!g.closed) continue;
    const original = new Set(g.members);
    const added = now === undefined ? [] : [...now].filter((m) => !original.has(m));
    if (now !== undefined && added.length === 0 && moved.length === 0) continue;
    const what = now === undefined ? "is missing from the result" : `${added.length} added, ${moved.length} removed`;
    out.push({ rule: "closed_group_changed", groupId, candidateIds: [...added, ...moved], message: `closed group ${g.id} changed: ${what}` });
  }
  return out;
}
