import { describe, expect, it } from "vitest";
import { nationalPool } from "../../bench/nationalPool.js";
import { check, compose, parse } from "../../src/index.js";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { GroupOpener } from "../../src/core/groupOpener.js";
import { Random } from "../../src/core/random.js";
import { fillScarceRooms } from "../../src/core/scarceRooms.js";
import { SearchContext } from "../../src/core/searchContext.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";

/**
 * Giving scarce rooms to the largest groups first (before the age sweep, on national lists) opens
 * valid groups: in assert mode the engine's from-scratch check runs after each (sizes, age span,
 * conflicts, options, rooms, objective), and the composition built on them passes the checker.
 */
describe("scarceRoomsKeepCompositionValid", () => {
  it("the groups opened in scarce rooms are valid and the composition passes the checker", () => {
    let opened = 0;
    for (let k = 138; k <= 139; k++) {
      const input = nationalPool(2_000, OPTIMUM_CHECK_SEED + k, "one-room");
      const model = toPoolModel(compilePool(parse(input)));
      const context = new SearchContext(model, new Random(1), true);
      const before = context.state.groups.filter((g) => g.alive).length;
      fillScarceRooms(context, new GroupOpener(context));
      const groups = context.state.groups.filter((g) => g.alive);
      for (const g of groups.slice(before)) expect(g.members.length).toBeGreaterThanOrEqual(model.sizeMin);
      opened += groups.length - before;
      const result = compose(input, { seed: 1, maxIterations: 200, assert: true, method: "search" });
      expect(check(input, result).violations).toEqual([]);
    }
    // Not vacuous: these lists have scarce rooms (14 groups opened when written).
    expect(opened).toBeGreaterThan(0);
  });
});
