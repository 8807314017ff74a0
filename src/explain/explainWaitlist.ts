import type { CompiledPool } from "../compile/compilePool.js";
import { intersectSorted } from "../core/decompose.js";
import type { Suggestion, WaitlistEntry, WaitReason, WaitReasonCode } from "../model/result.js";
import type { Locale } from "../model/locale.js";
import { EXPLAIN_TEXTS, type ExplainTexts } from "./messages.js";
import { PeerIndex } from "./peers.js";
import { Planner } from "./plans.js";
import { Suggester } from "./suggestions.js";

/** What the final composition holds, beyond who is placed: the groups at each resource (rooms, starters). */
export interface WaitContext {
  held: Int32Array;
}

/**
 * Says, for every waiting candidate, why they wait and what would let them start. Each reason
 * is a condition on the input and the result (RULES.md, "Why someone waits"), tried from the most
 * specific (the person alone) to the least (they lost out to others); the first that holds is
 * given, with a second where two hold at one level. Reads the solution; never changes it.
 * @param placed - 1 for each candidate (canonical index) in some group of the result
 * @param locale - the language of the reasons' and suggestions' messages
 */
export function explainWaitlist(pool: CompiledPool, placed: Uint8Array, context: WaitContext, locale: Locale): WaitlistEntry[] {
  const explainer = new Explainer(pool, placed, context, EXPLAIN_TEXTS[locale]);
  const entries: WaitlistEntry[] = [];
  for (let i = 0; i < pool.n; i++) if (!placed[i]) entries.push(explainer.explain(i));
  return entries;
}

/** One person's reasons, suggestions and whether they could ever be placed in this pool. */
export class Explainer {
  private readonly peers: PeerIndex;
  private readonly suggester: Suggester;
  /** Per option, the open existing groups that may meet there with all their members (listed once, not per person). */
  private readonly openGroupsAt = new Map<number, number[]>();

  constructor(
    private readonly pool: CompiledPool,
    private readonly placed: Uint8Array,
    private readonly context: WaitContext,
    private readonly texts: ExplainTexts,
  ) {
    this.peers = new PeerIndex(pool);
    this.suggester = new Suggester(pool, this.peers, new Planner(pool, this.peers, placed, context.held), texts);
    pool.pinned.forEach((group, g) => {
      if (group.closed) return;
      for (const o of group.allowedOptions) {
        if (!group.members.every((m) => pool.meeting.byCandidate[m]!.includes(o))) continue;
        const list = this.openGroupsAt.get(o);
        if (list) list.push(g);
        else this.openGroupsAt.set(o, [g]);
      }
    });
  }

  explain(i: number): WaitlistEntry {
    const { pool, suggester } = this;
    const id = pool.ids[i]!;
    const unit = pool.units[pool.unitOf[i]!]!;
    const free = unit.filter((m) => pool.pinnedTo[m]! < 0);
    const tiedTo = new Set(unit.filter((m) => pool.pinnedTo[m]! >= 0).map((m) => pool.pinnedTo[m]!));
    // A new venue or group serves a unit none of whom is in an existing group.
    const opening = tiedTo.size === 0;
    const own = this.alone(i);
    if (own !== null) {
      const suggestions = opening && isPlaceObstacle(own) ? this.placeFor(i, free, i, own) : [];
      return { candidateId: id, reasons: [this.reason(own)], suggestions, neverInThisPool: true };
    }
    for (const m of unit) {
      const theirs = m === i || pool.pinnedTo[m]! >= 0 ? null : this.alone(m);
      if (theirs === null) continue;
      const partner: WaitReason = { ...this.reason("together_partner_blocked"), partnerId: pool.ids[m]!, partnerReason: theirs };
      const suggestions = opening && isPlaceObstacle(theirs) ? this.placeFor(i, free, m, theirs) : [];
      return { candidateId: id, reasons: [partner], suggestions, neverInThisPool: true };
    }
    const options = sharedOptions(pool, free);
    const joinable = this.joinableGroups(free, options, tiedTo);
    if (!this.unitHolds(free, options, tiedTo, joinable)) {
      return { candidateId: id, reasons: [this.reason("together_incompatible")], suggestions: [], neverInThisPool: true };
    }
    // Partners in an existing group tie them to it: they can only join that one.
    const openable: number[] = opening ? Array.from(options).filter((o) => pool.meeting.opensGroups(o)) : [];
    if (openable.length === 0 && joinable.length === 0) {
      const suggestions = opening ? suggester.newStarter(i, free, options) : [];
      return { candidateId: id, reasons: [this.reason("no_starter_available")], suggestions, neverInThisPool: true };
    }
    const need = pool.sizeMin - free.length;
    const counts = openable.map((o) => this.peers.atOption(free, o, need));
    const best = Math.max(0, ...counts);
    if (best < need && joinable.length === 0) {
      const shortage: WaitReason = { ...this.reason("too_few_compatible"), compatible: best, missing: need - best };
      return { candidateId: id, reasons: [shortage], suggestions: suggester.shortage(i, free, openable), neverInThisPool: true };
    }
    const enough = openable.filter((_, k) => counts[k]! >= need);
    if (joinable.length === 0 && enough.every((o) => this.blocked(o) !== null)) {
      const reasons: WaitReason[] = [];
      if (enough.some((o) => this.blocked(o) === "room")) reasons.push(this.reason("no_room_left"));
      if (enough.some((o) => this.blocked(o) === "starter")) reasons.push(this.reason("no_starter_available"));
      const suggestions = suggester.taken(i, free, enough, (o) => this.blocked(o) === "room");
      return { candidateId: id, reasons, suggestions, neverInThisPool: false };
    }
    const longer = this.peers.anyOf(free, options, (j) => this.placed[j] === 1 && pool.waitYears[j]! > pool.waitYears[i]!);
    const lost: WaitReason = { ...this.reason("not_selected"), placedLongerWaiting: longer };
    return { candidateId: id, reasons: [lost], suggestions: suggester.lostOut(i, free, enough), neverInThisPool: false };
  }

  /** A place and time for a unit that has none: a slot at a venue they reach (when that is what they lack), else a venue where `near` lives. */
  private placeFor(i: number, unit: readonly number[], near: number, obstacle: WaitReasonCode): Suggestion[] {
    // A partner who may not be placed at all keeps them waiting wherever the group meets.
    if (unit.some((m) => this.pool.ineligible[m] !== null)) return [];
    const slot = obstacle === "no_common_slot" ? this.suggester.newSlot(i, unit) : [];
    return slot.length > 0 ? slot : this.suggester.newVenue(i, unit, near, obstacle);
  }

  /** A reason with its text in the run's locale. */
  private reason(code: WaitReasonCode): WaitReason {
    return { code, message: this.texts.reasons[code] };
  }

  /** What keeps this person out whoever else is in the pool: eligibility, a place they reach, a slot there. */
  private alone(i: number): WaitReasonCode | null {
    return this.pool.ineligible[i] ?? this.pool.meeting.noOptionReason(i);
  }

  /**
   * Whether the unit could be in one group at all: its free members agree pairwise and share an
   * option, fit in a group, and any of them already in an existing group is in only one, which can take the rest.
   */
  private unitHolds(free: readonly number[], options: Int32Array, tiedTo: ReadonlySet<number>, joinable: readonly number[]): boolean {
    const { pool } = this;
    if (free.length > pool.sizeMax || options.length === 0) return false;
    for (let a = 0; a < free.length; a++) for (let b = a + 1; b < free.length; b++) if (!pool.compatible(free[a]!, free[b]!)) return false;
    return tiedTo.size === 0 || joinable.length > 0;
  }

  /** Open existing groups the unit fits as the input gives them (the ones it is tied to, if any). */
  private joinableGroups(free: readonly number[], options: Int32Array, tiedTo: ReadonlySet<number>): number[] {
    const { pool } = this;
    if (tiedTo.size > 1) return [];
    const meetHere = new Set<number>();
    for (const o of options) for (const g of this.openGroupsAt.get(o) ?? []) meetHere.add(g);
    return [...meetHere]
      .filter((g) => {
        const group = pool.pinned[g]!;
        if (tiedTo.size === 1 && !tiedTo.has(g)) return false;
        if (group.members.length + free.length > pool.sizeMax) return false;
        return group.members.every((m) => free.every((f) => pool.compatible(m, f)));
      })
      .sort((a, b) => a - b);
  }

  /** Which resource of an option the result has taken to capacity: a room first, else a starter; null when free. */
  private blocked(option: number): "room" | "starter" | null {
    const { meeting } = this.pool;
    let starter = false;
    for (const r of meeting.resourcesOf(option)) {
      if (this.context.held[r]! < meeting.resourceCapacity[r]!) continue;
      if (r < meeting.roomResourceCount) return "room";
      starter = true;
    }
    return starter ? "starter" : null;
  }
}

/** Options every free member of a unit can use (all of their own options for one person). */
function sharedOptions(pool: CompiledPool, free: readonly number[]): Int32Array {
  let shared = pool.meeting.byCandidate[free[0]!]!;
  for (const m of free.slice(1)) shared = intersectSorted(shared, pool.meeting.byCandidate[m]!);
  return shared;
}

function isPlaceObstacle(code: WaitReasonCode): boolean {
  return code === "no_reachable_venue" || code === "no_common_slot";
}
