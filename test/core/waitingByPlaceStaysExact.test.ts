import { describe, expect, it } from "vitest";
import { check, compose, type ComposeInput } from "../../src/index.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";
import { generatePool } from "../helpers/pools.js";

/**
 * The search keeps, as people move, the groups holding each room and the waiting of each sub-pool
 * by place and slot (what freeing a room on a national list reads). In assert mode both are
 * recomputed from scratch after every move and compared, so a drift throws; the answer is then
 * judged by the checker. Lists where every venue has one or two rooms in one slot, so rooms are
 * freed often and some are held by two groups.
 */
function fewRoomsPool(n: number, seed: number): ComposeInput {
  const base = generatePool(n, seed);
  return { ...base, venues: (base.venues ?? []).map((v, i) => ({ ...v, rooms: 1 + (i % 2), slots: (v.slots ?? []).slice(0, 1) })) };
}

describe("waitingByPlaceStaysExact", () => {
  it("room holders and the waiting by place and slot equal a from-scratch recount after every move", () => {
    for (let k = 136; k <= 137; k++) {
      const input = fewRoomsPool(400, OPTIMUM_CHECK_SEED + k);
      const result = compose(input, { seed: k, maxIterations: 1_500, assert: true, method: "search" });
      expect(check(input, result).violations).toEqual([]);
    }
  });
});
