import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePool, type CompiledPool } from "../../src/compile/compilePool.js";
import { compose, parse, type ComposeInput, type ComposeResult, type WaitlistEntry, type WaitReasonCode } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";
import { scarceStartersPoolArbitrary } from "../helpers/starterPools.js";

/**
 * Every reason on the waitlist is true, judged here without src/explain/: each code's condition
 * (RULES.md, "Why someone waits") is recomputed by brute force over the whole pool from the
 * compiled facts (who may meet where, which pairs may share a group) and the result's groups.
 */

/** People free to be placed (eligible, in no existing group) who can meet at `option` and may share a group with everyone in `unit`. */
function compatibleAt(pool: CompiledPool, unit: readonly number[], option: number): number {
  let count = 0;
  for (let j = 0; j < pool.n; j++) {
    if (unit.includes(j) || pool.ineligible[j] || pool.pinnedTo[j]! >= 0) continue;
    if (!pool.meeting.byCandidate[j]!.includes(option)) continue;
    if (unit.every((i) => pool.compatible(i, j))) count += 1;
  }
  return count;
}

/** The resources each result group holds, counted from its venue (or municipality), slot and starters. */
function heldByResult(pool: CompiledPool, result: ComposeResult): Int32Array {
  const { meeting } = pool;
  const held = new Int32Array(meeting.resourceCapacity.length);
  const starterIndex = new Map(pool.problem.starters.map((s, k) => [s.id, k]));
  for (const group of result.groups) {
    const place = meeting.places.findIndex((p) => (p.id === null ? p.municipality === group.municipality : p.id === group.venue));
    const slot = meeting.slots.indexOf(group.slot);
    if (place < 0 || slot < 0) continue;
    // Existing groups keep their own room and need no starter.
    const starters = group.existing === null ? group.starters.map((id) => starterIndex.get(id)!) : [];
    for (const r of meeting.heldBy(place, slot, starters)) held[r]! += 1;
  }
  return held;
}

/** Whether the free part of a unit could join this open existing group as the input gives it. */
function fitsExisting(pool: CompiledPool, free: readonly number[], g: number, options: readonly number[]): boolean {
  const group = pool.pinned[g]!;
  if (group.closed || group.members.length + free.length > pool.sizeMax) return false;
  if (!group.members.every((m) => free.every((f) => pool.compatible(m, f)))) return false;
  return Array.from(group.allowedOptions).some((o) => options.includes(o) && group.members.every((m) => pool.meeting.byCandidate[m]!.includes(o)));
}

/** Every broken reason condition of one waiting person, as text (empty when all hold). */
function falseReasons(pool: CompiledPool, result: ComposeResult, held: Int32Array, entry: WaitlistEntry): string[] {
  const i = pool.index.get(entry.candidateId)!;
  const c = pool.problem.candidates[i]!;
  const { policy } = pool.problem;
  const { meeting } = pool;
  const placed = new Set(result.groups.flatMap((g) => g.members));
  const unit = pool.units[pool.unitOf[i]!]!;
  const free = unit.filter((m) => pool.pinnedTo[m]! < 0);
  const options = meeting.byCandidate[free[0]!]!.filter((o) => free.every((m) => meeting.byCandidate[m]!.includes(o)));
  const tied = new Set(unit.filter((m) => pool.pinnedTo[m]! >= 0).map((m) => pool.pinnedTo[m]!));
  const joinable = pool.pinned.map((_, g) => g).filter((g) => (tied.size === 0 || (tied.size === 1 && tied.has(g))) && fitsExisting(pool, free, g, Array.from(options)));
  const openable = tied.size > 0 ? [] : Array.from(options).filter((o) => meeting.opensGroups(o));
  const need = pool.sizeMin - free.length;
  const counts = openable.map((o) => compatibleAt(pool, free, o));
  const full = (o: number, rooms: boolean): boolean =>
    Array.from(meeting.resourcesOf(o)).some((r) => (r < meeting.roomResourceCount) === rooms && held[r]! >= meeting.resourceCapacity[r]!);
  const enough = openable.filter((_, k) => counts[k]! >= need);
  const wrong: string[] = [];
  const claim = (ok: boolean, what: string): void => {
    if (!ok) wrong.push(`${entry.candidateId}: ${what}`);
  };
  claim(entry.reasons.length > 0, "no reason");
  for (const r of entry.reasons) {
    switch (r.code) {
      case "age_unknown":
        claim(c.age === undefined, r.code);
        break;
      case "below_minimum_age":
        claim(c.age !== undefined && c.age < policy.age.minimum, r.code);
        break;
      case "above_maximum_age":
        claim(c.age !== undefined && policy.age.maximum !== undefined && c.age > policy.age.maximum, r.code);
        break;
      case "no_reachable_venue":
        claim(meeting.byCandidate[i]!.length === 0 && meeting.noOptionReason(i) === "no_reachable_venue", r.code);
        break;
      case "no_common_slot":
        claim(meeting.byCandidate[i]!.length === 0 && meeting.noOptionReason(i) === "no_common_slot", r.code);
        break;
      case "together_partner_blocked": {
        const partner = r.partnerId === undefined ? -1 : pool.index.get(r.partnerId)!;
        claim(partner >= 0 && partner !== i && unit.includes(partner), `${r.code}: partner in the unit`);
        const theirs = partner < 0 ? null : (pool.ineligible[partner] ?? meeting.noOptionReason(partner));
        claim(theirs !== null && theirs === r.partnerReason, `${r.code}: the partner's own obstacle`);
        break;
      }
      case "together_incompatible": {
        const conflict = free.some((a) => free.some((b) => a < b && !pool.compatible(a, b)));
        claim(free.length > pool.sizeMax || conflict || options.length === 0 || (tied.size > 0 && joinable.length === 0), r.code);
        break;
      }
      case "no_starter_available":
        claim(policy.starters.min > 0, `${r.code}: starters are required`);
        claim(joinable.length === 0 && (openable.length === 0 || (enough.length > 0 && enough.every((o) => full(o, true) || full(o, false)) && enough.some((o) => full(o, false)))), r.code);
        break;
      case "too_few_compatible":
        claim(joinable.length === 0 && openable.length > 0, `${r.code}: no existing group to join`);
        claim(r.compatible === Math.max(0, ...counts) && r.compatible < need, `${r.code}: best count ${String(r.compatible)}`);
        claim(r.missing === need - (r.compatible ?? 0), `${r.code}: missing`);
        break;
      case "no_room_left":
        claim(joinable.length === 0 && enough.length > 0 && enough.every((o) => full(o, true) || full(o, false)) && enough.some((o) => full(o, true)), r.code);
        break;
      case "not_selected": {
        claim(joinable.length > 0 || enough.some((o) => !full(o, true) && !full(o, false)), `${r.code}: a place was there`);
        const longer = [...placed].map((id) => pool.index.get(id)!).filter((j) => !free.includes(j) && pool.waitYears[j]! > pool.waitYears[i]! && pool.pinnedTo[j]! < 0 && !pool.ineligible[j]);
        const sharing = longer.filter((j) => free.every((m) => pool.compatible(m, j)) && options.some((o) => meeting.byCandidate[j]!.includes(o)));
        claim(r.placedLongerWaiting === sharing.length, `${r.code}: placedLongerWaiting ${String(r.placedLongerWaiting)} vs ${sharing.length}`);
        break;
      }
    }
  }
  const never = new Set(["age_unknown", "below_minimum_age", "above_maximum_age", "no_reachable_venue", "no_common_slot", "together_partner_blocked", "together_incompatible", "too_few_compatible"]);
  const first = entry.reasons[0]?.code;
  if (first !== undefined && never.has(first)) claim(entry.neverInThisPool === true, "neverInThisPool");
  if (first === "not_selected" || first === "no_room_left") claim(entry.neverInThisPool === false, "neverInThisPool");
  return wrong;
}

function expectTrueReasons(input: ComposeInput): { waiting: number; codes: Set<string> } {
  // Reasons must be true of any answer, good or not: a short search keeps 2,000 pools quick.
  const result = compose(input, { seed: 7, maxIterations: 300, method: "search", timeLimitMs: 60_000 });
  const pool = compilePool(parse(input));
  const held = heldByResult(pool, result);
  const wrong = result.waitlist.flatMap((entry) => falseReasons(pool, result, held, entry));
  expect(wrong).toEqual([]);
  return { waiting: result.waitlist.length, codes: new Set(result.waitlist.flatMap((w) => w.reasons.map((r) => r.code))) };
}

describe("everyWaitReasonIsTrue", () => {
  it("on 2,000 random pools with venues, slots, needs, rooms, starters and together in play", () => {
    const seen = new Set<string>();
    let waiting = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: poolArbitrary({ maxCandidates: 18 }) }, { weight: 1, arbitrary: scarceStartersPoolArbitrary(14) }), (input) => {
        const outcome = expectTrueReasons(input);
        waiting += outcome.waiting;
        for (const code of outcome.codes) seen.add(code);
      }),
      { numRuns: 2_000 },
    );
    // Not vacuous: many people wait, for most of the reasons there are.
    expect(waiting).toBeGreaterThan(2_000);
    const codes: WaitReasonCode[] = [
      "below_minimum_age", "above_maximum_age", "age_unknown", "no_reachable_venue", "no_common_slot", "together_incompatible",
      "together_partner_blocked", "no_starter_available", "too_few_compatible", "no_room_left", "not_selected",
    ];
    // Measured on 2,000 such pools: each code occurs, the rarest (no_room_left) about 30 times.
    for (const code of codes) expect(seen).toContain(code);
  });
});
