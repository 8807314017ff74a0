import { contains, type Move } from "./poolState.js";
import type { SearchContext } from "./searchContext.js";
import { SearchPart } from "./searchPart.js";

/**
 * The cheap room moves: a new group moves to a room freed since it chose its own, or two new
 * groups exchange rooms (with their starters). Neither changes who is placed, only where groups
 * meet, so each costs the members of at most two groups. Each is evaluated, not applied: null
 * when it breaks a rule or does not improve the objective.
 */
export class RoomMoves extends SearchPart {
  constructor(context: SearchContext) {
    super(context);
  }

  /** Group `slot` moves to the option it would choose now, when that scores more. */
  reroomMove(slot: number): Move | null {
    const group = this.state.groups[slot]!;
    if (!group.alive || group.pinned >= 0 || group.option < 0) return null;
    const evaluated = this.state.evaluate(group.members, group.option, null, false);
    if (evaluated === null || evaluated.option === group.option || evaluated.score <= group.score + 1e-9) return null;
    return { changes: [{ slot, component: group.component, members: group.members, units: group.units, ...evaluated }], delta: evaluated.score - group.score };
  }

  /**
   * New groups `a` and `b` exchange options, when each can meet at the other's and the sum
   * scores more. Every room and starter stays held by as many groups as before.
   */
  swapRoomsMove(a: number, b: number): Move | null {
    const ga = this.state.groups[a]!;
    const gb = this.state.groups[b]!;
    if (a === b || !ga.alive || !gb.alive || ga.pinned >= 0 || gb.pinned >= 0) return null;
    if (ga.option < 0 || gb.option < 0 || ga.option === gb.option) return null;
    if (!this.canMeet(ga.members, gb.option) || !this.canMeet(gb.members, ga.option)) return null;
    const scoreA = this.model.groupScore(ga.members, gb.option);
    const scoreB = this.model.groupScore(gb.members, ga.option);
    const delta = scoreA + scoreB - ga.score - gb.score;
    if (delta <= 1e-9) return null;
    return {
      changes: [
        { slot: a, component: ga.component, members: ga.members, units: ga.units, option: gb.option, score: scoreA },
        { slot: b, component: gb.component, members: gb.members, units: gb.units, option: ga.option, score: scoreB },
      ],
      delta,
    };
  }

  /** Whether a new group of `members` may meet at `option`, rooms aside (those stay booked as before). */
  private canMeet(members: readonly number[], option: number): boolean {
    const { model } = this;
    if (!model.opensGroups(option)) return false;
    const place = model.optionPlace(option);
    if (model.placeCapacity(place) < members.length) return false;
    let host = model.homePlace === null;
    for (const m of members) {
      if (!contains(model.options[m]!, option)) return false;
      if (!host && model.homePlace![m] === place) host = true;
    }
    return host;
  }
}
