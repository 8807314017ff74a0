import { intersectSorted, unitOptions } from "./decompose.js";
import type { PoolModel } from "./poolModel.js";

/** Passes of the clean-up; trades between two groups only in answers of at most TRADE_LIMIT groups. */
const PASSES = 4;
const TRADE_LIMIT = 300;

/** A group of an answer as the clean-up sees it: members, option, and the existing group it continues (-1 if new). */
export interface OptionedGroup {
  members: number[];
  option: number;
  pinned: number;
}

/**
 * A last pass over an answer: each new group, and each existing group newcomers joined, moves
 * to the cheapest meeting option its members share (within an existing group's own) that still
 * has a free room, and, in small answers, two groups trade so one gets a room the other holds
 * (rooms freed late in the search are not left unused). Large answers get one pass: the search
 * has re-chosen their options all along, and this runs past its budget.
 * @returns the objective gained; `groups` are updated in place.
 */
export function improveOptions(model: PoolModel, groups: OptionedGroup[]): number {
  const held = new Map<number, number>();
  for (const g of groups) if (g.option >= 0) held.set(g.option, (held.get(g.option) ?? 0) + 1);
  const movable = groups.filter((g) => g.option >= 0 && (g.pinned < 0 || joined(model, g)));
  const valid = movable.map((g) => meetingOptions(model, g));
  const free = (option: number): boolean => (held.get(option) ?? 0) < model.optionRooms(option);
  const move = (g: OptionedGroup, to: number): void => {
    held.set(g.option, held.get(g.option)! - 1);
    held.set(to, (held.get(to) ?? 0) + 1);
    g.option = to;
  };
  let gained = 0;
  const passes = movable.length <= TRADE_LIMIT ? PASSES : 1;
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    movable.forEach((g, k) => {
      const now = model.groupScore(g.members, g.option);
      let best = g.option;
      let bestScore = now;
      for (const o of valid[k]!) {
        if (o === g.option || !free(o)) continue;
        const score = model.groupScore(g.members, o);
        if (score > bestScore + 1e-9) {
          best = o;
          bestScore = score;
        }
      }
      if (best === g.option) return;
      move(g, best);
      gained += bestScore - now;
      improved = true;
    });
    if (movable.length <= TRADE_LIMIT) {
      movable.forEach((a, k) => {
        const trade = bestTrade(model, movable, valid, k, free);
        if (trade === null) return;
        // b first: counts may pass a room's limit for a moment, never after both moves.
        move(trade.b, trade.to);
        move(a, trade.take);
        gained += trade.gain;
        improved = true;
      });
    }
    if (!improved) break;
  }
  return gained;
}

/**
 * For group `k`: a full option it would gain by, and a holder `b` of it that moves to the
 * room `k` leaves or to a free one, when the trade gains overall; else null.
 */
function bestTrade(
  model: PoolModel,
  groups: readonly OptionedGroup[],
  valid: readonly Int32Array[],
  k: number,
  free: (option: number) => boolean,
): { take: number; b: OptionedGroup; to: number; gain: number } | null {
  const a = groups[k]!;
  const scoreA = model.groupScore(a.members, a.option);
  for (const o of valid[k]!) {
    if (o === a.option || free(o)) continue;
    const gainA = model.groupScore(a.members, o) - scoreA;
    if (gainA <= 1e-9) continue;
    for (let j = 0; j < groups.length; j++) {
      const b = groups[j]!;
      if (b === a || b.option !== o) continue;
      const scoreB = model.groupScore(b.members, o);
      let to = -1;
      let toScore = Number.NEGATIVE_INFINITY;
      for (const p of valid[j]!) {
        if (p === o || (p !== a.option && !free(p))) continue;
        const score = model.groupScore(b.members, p);
        if (score > toScore) {
          to = p;
          toScore = score;
        }
      }
      if (to >= 0 && gainA + toScore - scoreB > 1e-9) return { take: o, b, to, gain: gainA + toScore - scoreB };
    }
  }
  return null;
}

/** An existing group that newcomers joined chooses among its own options, as the search lets it. */
function joined(model: PoolModel, g: OptionedGroup): boolean {
  return g.members.length > model.pinned[g.pinned]!.members.length;
}

/** Options a group may meet at: shared by its members, within an existing group's own, with room for all. */
function meetingOptions(model: PoolModel, g: OptionedGroup): Int32Array {
  const shared = unitOptions(model, g.members);
  const own = g.pinned < 0 ? shared : intersectSorted(shared, model.pinned[g.pinned]!.allowedOptions);
  return own.filter((o) => canMeetAt(model, g.members, o));
}

/** Whether a group of `members` may meet at `option` as far as capacity and the host rule go. */
function canMeetAt(model: PoolModel, members: readonly number[], option: number): boolean {
  const place = model.optionPlace(option);
  if (model.placeCapacity(place) < members.length) return false;
  return model.homePlace === null || members.some((m) => model.homePlace![m] === place);
}
