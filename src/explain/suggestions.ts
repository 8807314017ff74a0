import type { CompiledPool } from "../compile/compilePool.js";
import type { Suggestion, WaitReasonCode } from "../model/result.js";
import type { PeerIndex } from "./peers.js";

/** The smallest group the sources do not call fragile (001; 003 §6.2). */
const GUIDED_MIN_SIZE = 4;

/**
 * The pair rules a coordinator may relax, with what the relaxation allows and whether it goes
 * against the guidance its default comes from (DOMAIN.md: one generation, relation and setting,
 * one event, affected and relatives apart; cross-problem groups and never-mix pairs are the
 * coordinator's own choice).
 */
const RELAXABLE: Record<string, { what: string; againstGuidance: boolean }> = {
  "age.maxSpan": { what: "a wider age span", againstGuidance: true },
  "problem.mode": { what: "cross-problem groups", againstGuidance: false },
  "problem.neverMix": { what: "the listed problem areas to mix", againstGuidance: false },
  "roles.separate": { what: "affected people and relatives in one group", againstGuidance: true },
  "relatives.byRelation": { what: "relatives of different relations in one group", againstGuidance: true },
  "relatives.byPatientSetting": { what: "relatives of people at home and in institutions in one group", againstGuidance: true },
  "events.shared": { what: "people from different events in one group", againstGuidance: true },
};

/** What would remove an obstacle the person (or their partner) has alone. */
export function obstacleSuggestions(code: WaitReasonCode): Suggestion[] {
  switch (code) {
    case "no_reachable_venue":
      return [{ kind: "add_venue", message: "A venue within their travel distance that meets their needs would let them join a group." }];
    case "no_common_slot":
      return [{ kind: "add_venue", message: "A venue they can reach that is open in a weekly slot they can make would let them join a group." }];
    case "no_starter_available":
      return [{ kind: "add_starter", message: "A starter who can reach a place they can use, in a slot they can make (with their experience, where that is required), would let a group start." }];
    default:
      return [];
  }
}

/**
 * For a shortage of compatible people: how many more, which single pair rule's relaxation
 * would give them enough somewhere, and the minimum size that would (flagged below guidance).
 * @param compatible - per openable option, the people there who may share a group with the unit (all below `need`)
 */
export function shortageSuggestions(
  pool: CompiledPool,
  peers: PeerIndex,
  unit: readonly number[],
  openable: readonly number[],
  compatible: readonly number[],
  need: number,
): Suggestion[] {
  const best = Math.max(0, ...compatible);
  const missing = need - best;
  const out: Suggestion[] = [
    {
      kind: "more_candidates",
      count: missing,
      message: `${missing} more ${missing === 1 ? "person" : "people"} who could share a group with them, at a place and slot they can use, would let a group start.`,
    },
  ];
  // At each option: who is compatible already (`compatible`), and who one rule alone keeps apart.
  const oneRule = openable.map((o) => peers.blockedByOneRule(unit, o));
  for (const rule of pool.pairRules) {
    const relaxable = RELAXABLE[rule.id];
    if (relaxable === undefined) continue;
    if (!openable.some((_, k) => compatible[k]! + (oneRule[k]!.get(rule.id) ?? 0) >= need)) continue;
    out.push({
      kind: "relax_rule",
      rule: rule.id,
      againstGuidance: relaxable.againstGuidance,
      message: `Allowing ${relaxable.what} (policy ${rule.id}) would give them enough people for a group${relaxable.againstGuidance ? ", against the guidance the rule comes from" : ""}.`,
    });
  }
  const size = best + unit.length;
  if (best >= 1 && size >= 2) {
    const against = size < GUIDED_MIN_SIZE;
    out.push({
      kind: "relax_rule",
      rule: "groupSize.min",
      to: size,
      againstGuidance: against,
      message: `A minimum group size of ${size} (policy groupSize.min) would let a group start${against ? `; groups under ${GUIDED_MIN_SIZE} are fragile, so this goes against the guidance` : ""}.`,
    });
  }
  return out;
}

/** Every room they could use is taken: one more room where the most compatible people could meet. */
export function roomSuggestion(pool: CompiledPool, peers: PeerIndex, unit: readonly number[], enough: readonly number[]): Suggestion {
  const busiest = mostPeopleAt(peers, unit, enough, 2 * pool.sizeMax);
  const place = pool.meeting.places[pool.meeting.placeOf(busiest)]!;
  const at = place.id === null ? {} : { venue: place.id };
  return {
    kind: "add_room",
    ...at,
    message: `One more room${place.id === null ? "" : " at the venue named"} in a slot they can make (or a starter, where the starters are taken) would let a group start; a venue without \`rooms\` counts as one room, so record how many it has.`,
  };
}

/** They lost out: the compatible people still waiting at their best place and slot, and how many more would make a group of the waiting alone. */
export function selectionSuggestion(pool: CompiledPool, peers: PeerIndex, placed: Uint8Array, unit: readonly number[], enough: readonly number[], need: number): Suggestion[] {
  if (enough.length === 0) return [];
  let best = enough[0]!;
  let bestWaiting = -1;
  for (const o of enough) {
    // More than a group needs still waiting changes nothing: stop counting there.
    const waiting = peers.countAt(unit, o, (j) => placed[j] === 0, need);
    if (waiting > bestWaiting) {
      best = o;
      bestWaiting = waiting;
    }
  }
  const count = Math.max(1, need - bestWaiting);
  const place = pool.meeting.places[pool.meeting.placeOf(best)]!;
  return [
    {
      kind: "more_candidates",
      count,
      ...(place.id === null ? {} : { venue: place.id }),
      message: `${count} more ${count === 1 ? "person" : "people"} who could share a group with them${place.id === null ? "" : " at the venue named"}, with those still waiting there, would let a new group start.`,
    },
  ];
}

function mostPeopleAt(peers: PeerIndex, unit: readonly number[], options: readonly number[], enough: number): number {
  let best = options[0]!;
  let most = -1;
  for (const o of options) {
    const count = peers.atOption(unit, o, enough);
    if (count > most) {
      best = o;
      most = count;
    }
  }
  return best;
}
