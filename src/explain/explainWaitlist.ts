import type { CompiledPool } from "../compile/compilePool.js";
import { unitObstacle } from "../compile/unitObstacle.js";
import type { Suggestion, WaitlistEntry, WaitReason, WaitReasonCode } from "../model/result.js";

/** What the solver knows about why someone was left out, beyond what explain can recompute. */
export interface WaitContext {
  /** Candidates who could meet somewhere, but with no starter free to start their group. */
  lackedStarter: ReadonlySet<number>;
  /** Whether every room of an option is taken in the final composition. */
  optionFull(option: number): boolean;
}

const MESSAGES: Record<WaitReasonCode, string> = {
  below_minimum_age: "Below the policy's minimum age; groups are for adults.",
  above_maximum_age: "Above the policy's maximum age.",
  age_unknown: "Age is not recorded, so the age rules cannot be checked.",
  no_reachable_venue: "No meeting place they can reach (within their travel distance) meets their needs.",
  no_common_slot: "No weekly slot they can make is open at a place they can reach.",
  too_few_compatible: "Too few people in the pool could share a group with them.",
  together_incompatible: "They must join together with someone, and the two cannot be placed in one group.",
  no_starter_available: "No starter who could start their group (reach its place, make its slot, share its experience where required) is free.",
  no_room_left: "Every room they could meet in is taken in the slots they can make.",
  not_selected:
    "Compatible people exist, but not enough of them could form a full group with a shared slot and place once the others were placed.",
};

/** The rules a coordinator may relax, with the question a suggestion answers. */
const RELAXABLE: Record<string, string> = {
  "age.maxSpan": "a wider age span",
  "problem.mode": "cross-problem groups",
  "problem.neverMix": "allowing the listed problem areas to mix",
  "roles.separate": "mixing roles (affected and relatives)",
  "relatives.byRelation": "mixing relatives of different relations",
  "relatives.byPatientSetting": "mixing relatives of people at home and in institutions",
  "events.shared": "mixing events",
};

/**
 * Says, for every waiting candidate, why they wait (structured codes, counts) and what
 * would let them start. Reads the solution; never changes it.
 */
export function explainWaitlist(pool: CompiledPool, placed: Uint8Array, context: WaitContext): WaitlistEntry[] {
  const entries: WaitlistEntry[] = [];
  const need = pool.sizeMin - 1;
  const peers = new PeerIndex(pool);
  for (let i = 0; i < pool.n; i++) {
    if (placed[i]) continue;
    const reasons: WaitReason[] = [];
    const suggestions: Suggestion[] = [];
    const early = earlyReason(pool, i);
    if (early) reasons.push(reason(early));
    if (context.lackedStarter.has(i)) {
      reasons.push(reason("no_starter_available"));
      suggestions.push({ kind: "add_starter", message: "A starter who can reach their group's place in its slot would let the group start." });
    }
    if (!early && reasons.length === 0) {
      const sharing = peers.sharingOption(i, null, need);
      const pairwise = sharing >= need ? need : peers.pairwise(i, need);
      if (pairwise < need) {
        reasons.push({ ...reason("too_few_compatible"), missing: need - pairwise, compatible: pairwise });
        suggestions.push(...shortageSuggestions(pool, peers, i, need - pairwise));
      } else if (sharing < need) {
        const code = peers.sharingPlace(i) < need ? "no_reachable_venue" : "no_common_slot";
        reasons.push({ ...reason(code), missing: need - sharing, compatible: sharing });
        suggestions.push({
          kind: "more_candidates",
          count: need - sharing,
          message: `${need - sharing} more compatible people who can make one of their slots at a place they reach would let a group start.`,
        });
      } else if (pool.meeting.byCandidate[i]!.every((o) => !pool.meeting.opensGroups(o) || context.optionFull(o))) {
        reasons.push(reason("no_room_left"));
        suggestions.push({ kind: "add_venue", message: "Another room or venue in one of their slots would let a group start." });
      } else {
        reasons.push(reason("not_selected"));
        suggestions.push({
          kind: "more_candidates",
          count: 1,
          message: "One or two more compatible people would let a new group start; they are first in line for the next group.",
        });
      }
    }
    if (early === "no_reachable_venue") {
      suggestions.push({ kind: "add_venue", message: "A venue within their travel distance that meets their needs would let them join." });
    }
    entries.push({ candidateId: pool.ids[i]!, reasons, suggestions });
  }
  return entries;
}

function reason(code: WaitReasonCode): WaitReason {
  return { code, message: MESSAGES[code] };
}

/** Reasons that hold for the person alone, before anyone else is considered. */
function earlyReason(pool: CompiledPool, i: number): WaitReasonCode | null {
  const obstacle = unitObstacle(pool, i);
  if (obstacle) return obstacle;
  // Tied to a member of an existing group that could not take them.
  if (pool.units[pool.unitOf[i]!]!.some((m) => pool.pinnedTo[m]! >= 0)) return "together_incompatible";
  return null;
}

/**
 * Counts the eligible, unpinned people who could share a group with someone. Counting
 * through the option index keeps the common case (someone sharing an option) away from
 * a scan of the whole pool.
 */
class PeerIndex {
  private readonly byOption = new Map<number, number[]>();
  private readonly byPlace = new Map<number, number[]>();
  private readonly stamp: Int32Array;
  private round = 0;

  constructor(private readonly pool: CompiledPool) {
    this.stamp = new Int32Array(pool.n);
    for (let j = 0; j < pool.n; j++) {
      if (pool.ineligible[j] || pool.pinnedTo[j]! >= 0) continue;
      let lastPlace = -1;
      for (const o of pool.meeting.byCandidate[j]!) {
        push(this.byOption, o, j);
        const place = pool.meeting.placeOf(o);
        if (place !== lastPlace) push(this.byPlace, place, j);
        lastPlace = place;
      }
    }
  }

  /** People compatible with `i` (ignoring one rule, if named) who share one of `i`'s options, counted up to `enough`. */
  sharingOption(i: number, ignoredRule: string | null, enough = Number.POSITIVE_INFINITY): number {
    return this.countVia(this.byOption, this.pool.meeting.byCandidate[i]!, i, ignoredRule, enough);
  }

  /** People compatible with `i` who can reach one of the places `i` can use. */
  sharingPlace(i: number): number {
    const places = new Set(Array.from(this.pool.meeting.byCandidate[i]!, (o) => this.pool.meeting.placeOf(o)));
    return this.countVia(this.byPlace, places, i, null, Number.POSITIVE_INFINITY);
  }

  /** People compatible with `i` wherever they live or whenever they can meet, counted up to `enough` (a scan of the pool). */
  pairwise(i: number, enough: number): number {
    let count = 0;
    for (let j = 0; j < this.pool.n; j++) {
      if (j !== i && !this.pool.ineligible[j] && this.pool.pinnedTo[j]! < 0 && this.compatible(i, j, null) && ++count >= enough) break;
    }
    return count;
  }

  private countVia(index: ReadonlyMap<number, number[]>, keys: Iterable<number>, i: number, ignoredRule: string | null, enough: number): number {
    this.round += 1;
    this.stamp[i] = this.round;
    let count = 0;
    for (const key of keys) {
      for (const j of index.get(key) ?? []) {
        if (this.stamp[j] === this.round) continue;
        this.stamp[j] = this.round;
        if (this.compatible(i, j, ignoredRule) && ++count >= enough) return count;
      }
    }
    return count;
  }

  private compatible(i: number, j: number, ignoredRule: string | null): boolean {
    for (const rule of this.pool.pairRules) if (rule.id !== ignoredRule && rule.conflicts(i, j)) return false;
    return true;
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** For a shortage of compatible people: how many more, and which single relaxation would do. */
function shortageSuggestions(pool: CompiledPool, peers: PeerIndex, i: number, missing: number): Suggestion[] {
  const suggestions: Suggestion[] = [
    {
      kind: "more_candidates",
      count: missing,
      message: `${missing} more ${missing === 1 ? "person" : "people"} who could share a group with them would let a group start.`,
    },
  ];
  const need = pool.sizeMin - 1;
  for (const rule of pool.pairRules) {
    const what = RELAXABLE[rule.id];
    if (what === undefined) continue;
    if (peers.sharingOption(i, rule.id, need) >= need) {
      suggestions.push({ kind: "relax_rule", rule: rule.id, message: `Allowing ${what} (policy ${rule.id}) would give them enough people for a group.` });
    }
  }
  const sharing = peers.sharingOption(i, null);
  if (sharing >= 1 && sharing + 1 < pool.sizeMin) {
    suggestions.push({
      kind: "relax_rule",
      rule: "groupSize.min",
      message: `A smaller minimum group size (policy groupSize.min ${sharing + 1}) would let a group start.`,
    });
  }
  return suggestions;
}
