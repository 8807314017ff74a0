import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { adoptComposition } from "../../src/core/adoptComposition.js";
import { buildFirstComposition } from "../../src/core/firstComposition.js";
import { GroupOpener } from "../../src/core/groupOpener.js";
import { searchPool, type ExchangeReport, type FoundGroup } from "../../src/core/poolSearch.js";
import { Random } from "../../src/core/random.js";
import { SearchContext } from "../../src/core/searchContext.js";
import { UnitMoves } from "../../src/core/unitMoves.js";
import { parse } from "../../src/index.js";
import { GOLDEN_FIXTURES } from "../goldens/fixtures.js";
import { OPTIMUM_CHECK_SEED } from "../helpers/fixedSeeds.js";

/** Groups as a set: members sorted, groups sorted, so slot order does not matter. */
const canonical = (groups: readonly FoundGroup[]): string[] => groups.map((g) => JSON.stringify([[...g.members].sort((a, b) => a - b), g.option, g.pinned])).sort();

/**
 * A search state handed another search's best (`adoptComposition`) holds exactly that
 * composition: the same groups, rooms and existing groups, the donor's objective, and indexes
 * that a from-scratch recount agrees with (assert mode checks every term after the move). Then
 * the search goes on from it (searchPool answered with the donor's groups), never below it.
 */
describe("adoptedCompositionIsTheDonorsBest", () => {
  for (const name of ["n150-existing-groups", "n500-existing-and-starters"]) {
    it(`${name}: a first composition of seed s + 2 takes seed s + 1's best after 3,000 iterations`, () => {
      const model = toPoolModel(compilePool(parse(GOLDEN_FIXTURES.find((f) => f.name === name)!.input)));
      const options = { maxIterations: 6_000, timeLimitMs: 600_000, stopWhenIdle: false, exchange: { everyIterations: 3_000 } };
      const donor = searchPool(model, { ...options, seed: OPTIMUM_CHECK_SEED + 121 }).next(null).value as ExchangeReport;
      expect(donor.groups.some((g) => g.pinned >= 0)).toBe(true);

      const context = new SearchContext(model, new Random(OPTIMUM_CHECK_SEED + 122), true);
      const moves = new UnitMoves(context);
      buildFirstComposition(context, moves, new GroupOpener(context));
      const alive = (): FoundGroup[] => context.state.groups.filter((g) => g.alive).map((g) => ({ members: g.members, option: g.option, pinned: g.pinned }));
      expect(canonical(alive())).not.toEqual(canonical(donor.groups));
      adoptComposition(context, donor.groups);
      expect(canonical(alive())).toEqual(canonical(donor.groups));
      expect(context.state.total).toBeCloseTo(donor.objective, 6);
      context.assertConsistent();

      const taker = searchPool(model, { ...options, seed: OPTIMUM_CHECK_SEED + 122, assert: true });
      taker.next(null);
      let step = taker.next(donor.groups);
      while (!step.done) step = taker.next(null);
      expect(step.value.objective).toBeGreaterThanOrEqual(donor.objective - 1e-6);
    });
  }
});
