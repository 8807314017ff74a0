import type { CompiledPool } from "../compile/compilePool.js";
import type { Suggestion, WaitReasonCode } from "../model/result.js";
import type { ExplainTexts, RelaxableRule } from "./messages.js";
import type { PeerIndex } from "./peers.js";

/** The smallest group the sources do not call fragile (001; 003 §6.2). */
export const GUIDED_MIN_SIZE = 4;

/**
 * The pair rules a coordinator may relax, and whether the relaxation goes against the guidance
 * its default comes from (DOMAIN.md: one generation, relation and setting, one event, affected
 * and relatives apart; cross-problem groups and never-mix pairs are the coordinator's own choice).
 */
const AGAINST_GUIDANCE: Record<RelaxableRule, boolean> = {
  "age.maxSpan": true,
  "problem.mode": false,
  "problem.neverMix": false,
  "roles.separate": true,
  "relatives.byRelation": true,
  "relatives.byPatientSetting": true,
  "events.shared": true,
};

function isRelaxable(rule: string): rule is RelaxableRule {
  return Object.prototype.hasOwnProperty.call(AGAINST_GUIDANCE, rule);
}

/** What would remove an obstacle the person (or their partner) has alone. */
export function obstacleSuggestions(code: WaitReasonCode, texts: ExplainTexts): Suggestion[] {
  switch (code) {
    case "no_reachable_venue":
      return [{ kind: "add_venue", message: texts.addVenueInReach }];
    case "no_common_slot":
      return [{ kind: "add_venue", message: texts.addVenueInSlot }];
    case "no_starter_available":
      return [{ kind: "add_starter", message: texts.addStarter }];
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
  texts: ExplainTexts,
): Suggestion[] {
  const best = Math.max(0, ...compatible);
  const missing = need - best;
  const out: Suggestion[] = [
    {
      kind: "more_candidates",
      count: missing,
      message: texts.moreCandidates(missing),
    },
  ];
  // At each option: who is compatible already (`compatible`), and who one rule alone keeps apart.
  const oneRule = openable.map((o) => peers.blockedByOneRule(unit, o));
  for (const rule of pool.pairRules) {
    const id = rule.id;
    if (!isRelaxable(id)) continue;
    if (!openable.some((_, k) => compatible[k]! + (oneRule[k]!.get(id) ?? 0) >= need)) continue;
    const against = AGAINST_GUIDANCE[id];
    out.push({ kind: "relax_rule", rule: id, againstGuidance: against, message: texts.relaxRule(id, against) });
  }
  const size = best + unit.length;
  if (best >= 1 && size >= 2) {
    const against = size < GUIDED_MIN_SIZE;
    out.push({
      kind: "relax_rule",
      rule: "groupSize.min",
      to: size,
      againstGuidance: against,
      message: texts.minimumSize(size, against, GUIDED_MIN_SIZE),
    });
  }
  return out;
}

/** Every room they could use is taken: one more room where the most compatible people could meet. */
export function roomSuggestion(pool: CompiledPool, peers: PeerIndex, unit: readonly number[], enough: readonly number[], texts: ExplainTexts): Suggestion {
  const busiest = mostPeopleAt(peers, unit, enough, 2 * pool.sizeMax);
  const place = pool.meeting.places[pool.meeting.placeOf(busiest)]!;
  const at = place.id === null ? {} : { venue: place.id };
  return { kind: "add_room", ...at, message: texts.addRoom(place.id !== null) };
}

/** They lost out: the compatible people still waiting at their best place and slot, and how many more would make a group of the waiting alone. */
export function selectionSuggestion(
  pool: CompiledPool,
  peers: PeerIndex,
  placed: Uint8Array,
  unit: readonly number[],
  enough: readonly number[],
  need: number,
  texts: ExplainTexts,
): Suggestion[] {
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
      message: texts.moreAtVenue(count, place.id !== null),
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
