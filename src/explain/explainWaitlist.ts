import type { CompiledPool } from "../compile/compilePool.js";
import type { Suggestion, WaitlistEntry, WaitReason, WaitReasonCode } from "../model/result.js";

/** What the solver knows about why someone was left out, beyond what explain can recompute. */
export interface WaitContext {
  /** Candidates the solver set aside before forming groups (eligibility, `together` conflicts). */
  setAside: ReadonlyMap<number, WaitReasonCode>;
  /** Candidates whose group was dissolved for want of starters. */
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
  no_starter_available: "Their group could not get the required number of starters.",
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
  for (let i = 0; i < pool.n; i++) {
    if (placed[i]) continue;
    const reasons: WaitReason[] = [];
    const suggestions: Suggestion[] = [];
    const early = context.setAside.get(i) ?? earlyReason(pool, i);
    if (early) reasons.push(reason(early));
    if (context.lackedStarter.has(i)) {
      reasons.push(reason("no_starter_available"));
      suggestions.push({ kind: "add_starter", message: "A starter who can reach their group's place in its slot would let the group start." });
    }
    if (!early && reasons.length === 0) {
      const peers = countPeers(pool, i, null);
      if (peers.pairwise < need) {
        reasons.push({ ...reason("too_few_compatible"), missing: need - peers.pairwise, compatible: peers.pairwise });
        suggestions.push(...shortageSuggestions(pool, i, need - peers.pairwise));
      } else if (peers.sharingOption < need) {
        const code = peers.sharingPlace < need ? "no_reachable_venue" : "no_common_slot";
        reasons.push({ ...reason(code), missing: need - peers.sharingOption, compatible: peers.sharingOption });
        suggestions.push({
          kind: "more_candidates",
          count: need - peers.sharingOption,
          message: `${need - peers.sharingOption} more compatible people who can make one of their slots at a place they reach would let a group start.`,
        });
      } else if (pool.meeting.byCandidate[i]!.every((o) => context.optionFull(o))) {
        reasons.push(reason("no_room_left"));
        suggestions.push({ kind: "add_venue", message: "Another room or venue in one of their slots would let a group start." });
      } else {
        reasons.push({ ...reason("not_selected"), compatible: peers.sharingOption });
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
  const own = pool.ineligible[i];
  if (own) return own;
  const unit = pool.units[pool.unitOf[i]!]!;
  if (unit.length > 1 && unit.some((m) => m !== i && (pool.ineligible[m] || !unitCompatible(pool, unit)))) {
    return "together_incompatible";
  }
  if (unit.some((m) => pool.pinnedTo[m]! >= 0)) return "together_incompatible";
  return pool.meeting.noOptionReason(i);
}

function unitCompatible(pool: CompiledPool, unit: readonly number[]): boolean {
  for (let a = 0; a < unit.length; a++) for (let b = a + 1; b < unit.length; b++) if (!pool.compatible(unit[a]!, unit[b]!)) return false;
  return true;
}

interface PeerCounts {
  pairwise: number;
  sharingPlace: number;
  sharingOption: number;
}

/** Eligible people who could share a group with `i`, optionally ignoring one pair rule. */
function countPeers(pool: CompiledPool, i: number, ignoredRule: string | null): PeerCounts {
  const rules = pool.pairRules.filter((r) => r.id !== ignoredRule);
  const S = pool.meeting.slots.length;
  const mine = pool.meeting.byCandidate[i]!;
  const myOptions = new Set(mine);
  const myPlaces = new Set(Array.from(mine, (o) => Math.floor(o / S)));
  const counts: PeerCounts = { pairwise: 0, sharingPlace: 0, sharingOption: 0 };
  for (let j = 0; j < pool.n; j++) {
    if (j === i || pool.ineligible[j] || pool.pinnedTo[j]! >= 0) continue;
    if (rules.some((rule) => rule.conflicts(i, j))) continue;
    counts.pairwise += 1;
    const theirs = pool.meeting.byCandidate[j]!;
    if (theirs.some((o) => myPlaces.has(Math.floor(o / S)))) counts.sharingPlace += 1;
    if (theirs.some((o) => myOptions.has(o))) counts.sharingOption += 1;
  }
  return counts;
}

/** For a shortage of compatible people: how many more, and which single relaxation would do. */
function shortageSuggestions(pool: CompiledPool, i: number, missing: number): Suggestion[] {
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
    if (countPeers(pool, i, rule.id).sharingOption >= need) {
      suggestions.push({ kind: "relax_rule", rule: rule.id, message: `Allowing ${what} (policy ${rule.id}) would give them enough people for a group.` });
    }
  }
  const peers = countPeers(pool, i, null).sharingOption;
  if (peers >= 1 && peers + 1 < pool.sizeMin) {
    suggestions.push({
      kind: "relax_rule",
      rule: "groupSize.min",
      message: `A smaller minimum group size (policy groupSize.min ${peers + 1}) would let a group start.`,
    });
  }
  return suggestions;
}
