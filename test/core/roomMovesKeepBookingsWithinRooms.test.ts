import { describe, expect, it } from "vitest";
import { check, compose, parse, type ComposeInput } from "../../src/index.js";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { buildGroups } from "../../src/compose/buildGroups.js";
import { buildFirstComposition } from "../../src/core/firstComposition.js";
import { GroupOpener } from "../../src/core/groupOpener.js";
import { Random } from "../../src/core/random.js";
import { RoomMoves } from "../../src/core/roomMoves.js";
import { SearchContext } from "../../src/core/searchContext.js";
import { UnitMoves } from "../../src/core/unitMoves.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";
import { generatePool } from "../helpers/pools.js";

/**
 * Room moves (a group moves to a room freed since, two groups exchange rooms) change only where
 * groups meet. From first compositions on lists where every venue has one room in one slot,
 * every improving room move is applied (the engine's from-scratch check runs after each: rooms,
 * options, sizes, objective), and the groups as they then meet are judged by the checker, with
 * the same people placed and waiting as before.
 */
function oneRoomPool(n: number, seed: number): ComposeInput {
  const base = generatePool(n, seed);
  return { ...base, venues: (base.venues ?? []).map((v) => ({ ...v, rooms: 1, slots: (v.slots ?? []).slice(0, 1) })) };
}

/** Applies every improving room move to a first composition of `input`; returns how many, and the checker's verdict on the groups after them. */
function applyRoomMoves(input: ComposeInput, seed: number): { moves: number; violations: string[] } {
  const pool = compilePool(parse(input));
  const model = toPoolModel(pool);
  const context = new SearchContext(model, new Random(seed), true);
  buildFirstComposition(context, new UnitMoves(context), new GroupOpener(context));
  const rooms = new RoomMoves(context);
  const { groups } = context.state;
  let moves = 0;
  for (let a = 0; a < groups.length; a++) {
    const reroom = rooms.reroomMove(a);
    if (reroom !== null) {
      context.commit(reroom);
      moves += 1;
    }
    for (let b = a + 1; b < groups.length; b++) {
      const swap = rooms.swapRoomsMove(a, b);
      if (swap === null) continue;
      const held = [groups[a]!.option, groups[b]!.option].sort();
      context.commit(swap);
      expect([groups[a]!.option, groups[b]!.option].sort()).toEqual(held);
      moves += 1;
    }
  }
  // The people placed by the engine's first composition, as `compose` reports them, meeting where the room moves put their groups.
  const drafts = groups.filter((g) => g.alive).map((g) => ({ members: [...g.members], option: g.option, pinned: g.pinned }));
  const composed = compose(input, { seed, maxIterations: 0, method: "search" });
  const placed = (ids: readonly string[][]): string[] => ids.map((m) => [...m].sort().join(",")).sort();
  const result = { ...composed, groups: buildGroups(pool, drafts, drafts.map(() => [])) };
  expect(placed(result.groups.map((g) => g.members))).toEqual(placed(composed.groups.map((g) => g.members)));
  return { moves, violations: check(input, result).violations.map((v) => v.rule) };
}

describe("roomMovesKeepBookingsWithinRooms", () => {
  it("every improving room move keeps each venue's bookings within its rooms, as the checker judges", () => {
    let moves = 0;
    for (let k = 130; k <= 135; k++) {
      const applied = applyRoomMoves(oneRoomPool(300, OPTIMUM_CHECK_SEED + k), 1);
      expect(applied.violations).toEqual([]);
      moves += applied.moves;
    }
    // Not vacuous: rooms are exchanged on these lists.
    expect(moves).toBeGreaterThan(0);
  });
});
