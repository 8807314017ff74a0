import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { ChainOpener } from "../../src/core/chainOpener.js";
import { decompose, unitOptions } from "../../src/core/decompose.js";
import type { SearchView } from "../../src/core/groupOpener.js";
import { PoolState, WAITING, type GroupChange } from "../../src/core/poolState.js";
import { solvePool } from "../../src/core/poolSearch.js";
import { Random } from "../../src/core/random.js";
import { parse } from "../../src/index.js";
import { generatePool } from "../helpers/pools.js";
import { unitAgeBounds } from "../helpers/unitTables.js";

/**
 * The chain open rearranges several groups at once. From states the search left (construction and
 * a few hundred iterations on generated pools), every chain open around someone waiting is applied and judged: the state's
 * from-scratch check holds (sizes, age span, conflicts, options, rooms, objective), the groups it
 * touches keep their size or give up spare members only down to the minimum, the new group is
 * large enough, and strictly more people are placed.
 */
/** Applies and judges every chain open around someone waiting in one state; returns how many there were. */
function checkChainOpens(n: number, poolSeed: number, searchSeed: number, iterations: number): number {
  const model = toPoolModel(compilePool(parse(generatePool(n, poolSeed))));
  const found = solvePool(model, { seed: searchSeed, maxIterations: iterations, timeLimitMs: 60_000, stopWhenIdle: false });
  const unitItems = model.units.map((items) => [...items]);
  const unitOpts = model.units.map((items) => unitOptions(model, items));
  const { unitLow, unitHigh } = unitAgeBounds(model, unitItems);
  const placeable = model.units.map((_, u) => u).filter((u) => model.units[u]!.every((i) => model.placeable[i] === 1) && unitOpts[u]!.length > 0);
  const { componentOfUnit, units } = decompose(model, placeable, []);
  const state = new PoolState(model);
  state.componentTotal = new Float64Array(units.length);
  for (const u of placeable) if (componentOfUnit[u]! >= 0) state.addWaiting(u);
  for (const g of found.groups) {
    const groupUnits = [...new Set(g.members.map((m) => model.unitOf[m]!))];
    const component = componentOfUnit[groupUnits[0]!]!;
    state.apply({ changes: [{ slot: -1, component, members: g.members, units: groupUnits, option: g.option, score: model.groupScore(g.members, g.option) }], delta: 0 });
  }
  const view: SearchView = {
    model,
    state,
    random: new Random(searchSeed),
    target: new Int32Array(model.units.length).fill(-1),
    unitItems,
    unitOpts,
    unitFamilies: unitOpts,
    unitLow,
    unitHigh,
    componentOfUnit,
    waitingOf: units.map(() => []),
    slotsOf: units.map(() => []),
    evaluateSlot: (slot, members) => state.evaluate(members, state.groups[slot]!.option, null, false),
  };
  const chains = new ChainOpener(view);
  const placedCount = (): number => state.groups.reduce((sum, g) => sum + (g.alive ? g.members.length : 0), 0);
  let opens = 0;
  for (const u of placeable) {
    if (componentOfUnit[u]! < 0 || state.groupOfUnit[u] !== WAITING) continue;
    const move = chains.open(u, componentOfUnit[u]!);
    if (move === null) continue;
    opens += 1;
    const before = placedCount();
    const sizes = new Map(move.changes.filter((c) => c.slot >= 0).map((c) => [c.slot, state.groups[c.slot]!.members.length]));
    const totalBefore = state.total;
    const undo: GroupChange[] = state.apply(move);
    state.assertConsistent();
    expect(state.total).toBeCloseTo(totalBefore + move.delta, 6);
    expect(state.groupOfUnit[u]).toBeGreaterThanOrEqual(0);
    expect(placedCount()).toBeGreaterThan(before);
    for (const [slot, size] of sizes) {
      const after = state.groups[slot]!.members.length;
      expect(after === size || (after < size && after >= model.sizeMin)).toBe(true);
    }
    const opened = undo.find((c) => !sizes.has(c.slot));
    expect(opened).toBeDefined();
    expect(state.groups[opened!.slot]!.members.length).toBeGreaterThanOrEqual(model.sizeMin);
    state.apply({ changes: undo, delta: 0 });
  }
  return opens;
}

/** Pool size, pool seed, search seed and search iterations of one state to open chains from. */
const stateCases = fc.tuple(fc.integer({ min: 60, max: 240 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 400 }));

describe("chainOpenPlacesSomeoneWithoutBreakingAGroup", () => {
  it("every chain open from states the search left keeps every group valid and places more people", () => {
    fc.assert(
      fc.property(stateCases, ([n, poolSeed, searchSeed, iterations]) => {
        checkChainOpens(n, poolSeed, searchSeed, iterations);
      }),
      { numRuns: 60 },
    );
  });

  // Not vacuous: on a fixed sample of the same states chain opens succeed (68 of them when written).
  // A random sample's count varies too much to assert on: 60 states gave 5 to 75 over 36 runs.
  it("chain opens succeed on a fixed sample of those states", () => {
    let opens = 0;
    for (const [n, poolSeed, searchSeed, iterations] of fc.sample(stateCases, { numRuns: 120, seed: 20_261_122 })) {
      opens += checkChainOpens(n, poolSeed, searchSeed, iterations);
    }
    expect(opens).toBeGreaterThan(10);
  });
});
