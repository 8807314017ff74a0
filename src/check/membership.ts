import type { ComposeResult } from "../model/result.js";
import type { CheckContext } from "./context.js";
import type { CheckTexts } from "./messages.js";
import type { Violation } from "./violation.js";

/**
 * Group identity: no two result groups share an `id`, and no input existing group is
 * continued by two result groups.
 * @param result - the result under check
 * @param texts - the texts of the caller's locale
 */
export function checkGroupIds(result: ComposeResult, texts: CheckTexts): Violation[] {
  const out: Violation[] = [];
  const count = (values: Iterable<string>): Map<string, number> => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  for (const [id, n] of count(result.groups.map((g) => g.id))) {
    if (n > 1) out.push({ rule: "duplicate_group_id", groupId: id, message: texts.groupIdReused(id, n) });
  }
  const continued = result.groups.flatMap((g) => (g.existing == null ? [] : [g.existing]));
  for (const [id, n] of count(continued)) {
    if (n > 1) out.push({ rule: "duplicate_group_id", groupId: id, message: texts.existingContinuedTwice(id, n) });
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
  const { texts } = ctx;
  const out: Violation[] = [];
  // Where each id appears: a group's id, or null for the waitlist.
  const where = new Map<string, (string | null)[]>();
  const seen = (id: string, place: string | null): void => {
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
      out.push({ rule: "candidate_invented", groupId: g.id, candidateIds: ids, message: texts.group(g.id, texts.invented(ids.length, texts.ids(ids))) });
    }
  }
  const inventedWaiting = new Set<string>();
  const reasonless: string[] = [];
  for (const entry of result.waitlist) {
    seen(entry.candidateId, null);
    if (!ctx.isKnown(entry.candidateId)) inventedWaiting.add(entry.candidateId);
    if (entry.reasons.length === 0) reasonless.push(entry.candidateId);
  }
  if (inventedWaiting.size > 0) {
    const ids = [...inventedWaiting];
    out.push({ rule: "candidate_invented", candidateIds: ids, message: texts.inventedWaiting(ids.length, texts.ids(ids)) });
  }
  for (const [id, places] of where) {
    if (places.length > 1) {
      const named = places.map((p) => p ?? texts.waitlist);
      out.push({ rule: "candidate_duplicated", candidateIds: [id], message: texts.duplicated(id, places.length, texts.ids(named)) });
    }
  }
  const lost: string[] = [];
  for (const id of ctx.candidates.keys()) if (!where.has(id)) lost.push(id);
  if (lost.length > 0) {
    out.push({ rule: "candidate_lost", candidateIds: lost, message: texts.lost(lost.length, texts.ids(lost)) });
  }
  if (reasonless.length > 0) {
    out.push({ rule: "waitlist_without_reason", candidateIds: reasonless, message: texts.withoutReason(reasonless.length, texts.ids(reasonless)) });
  }
  return out;
}

/**
 * Existing groups: every member stays in the result group that continues their group
 * (pinned), and a closed group has exactly its original members.
 * @param ctx - the checker context
 */
export function checkExisting(ctx: CheckContext): Violation[] {
  const { texts } = ctx;
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
      const message = now === undefined ? texts.existingNotContinued(g.id, moved.length) : texts.existingLostMembers(g.id, moved.length);
      out.push({ rule: "existing_member_moved", groupId, candidateIds: moved, message });
    }
    if (!g.closed) continue;
    const original = new Set(g.members);
    const added = now === undefined ? [] : [...now].filter((m) => !original.has(m));
    if (now !== undefined && added.length === 0 && moved.length === 0) continue;
    const message = now === undefined ? texts.closedMissing(g.id) : texts.closedChanged(g.id, added.length, moved.length);
    out.push({ rule: "closed_group_changed", groupId, candidateIds: [...added, ...moved], message });
  }
  return out;
}
