import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { decompose, unitOptions } from "../../src/core/decompose.js";
import { hopelessUnits } from "../../src/core/hopelessUnits.js";
import type { PoolModel } from "../../src/core/poolModel.js";
import { pairCompatible } from "../../src/core/poolState.js";
import { parse, type ComposeInput } from "../../src/index.js";
import { densePoolArbitrary, poolArbitrary } from "../helpers/pools.js";
import { UNKNOWN_AGE, unitAgeBounds } from "../helpers/unitTables.js";

/**
 * The search drops units it judges hopeless. Judged here by enumeration instead: a flagged
 * unit must fit no group at all, whatever the other people (every subset of them is tried at
 * every option), and no open existing group.
 */
function allCompatible(model: PoolModel, items: readonly number[]): boolean {
  for (let a = 0; a < items.length; a++) for (let b = a + 1; b < items.length; b++) if (!pairCompatible(model, items[a]!, items[b]!)) return false;
  return true;
}

/** Some option every item can use, at a place large enough for them all (a new group only where new groups may open). */
function canMeet(model: PoolModel, items: readonly number[], allowed: Int32Array | null): boolean {
  return [...model.options[items[0]!]!].some(
    (o) =>
      (allowed === null ? model.opensGroups(o) : allowed.includes(o)) &&
      items.every((i) => model.options[i]!.includes(o)) &&
      model.placeCapacity(model.optionPlace(o)) >= items.length,
  );
}

/** Whether unit `u` could be in a valid new group with some of `others`, or join an open existing group. */
function placeable(model: PoolModel, u: number, others: readonly number[], openPinned: readonly number[]): boolean {
  const own = model.units[u]!;
  for (const g of openPinned) {
    const spec = model.pinned[g]!;
    const items = [...spec.members, ...own];
    if (items.length <= model.sizeMax && allCompatible(model, items) && canMeet(model, items, spec.allowedOptions)) return true;
  }
  for (let mask = 0; mask < 1 << others.length; mask++) {
    const items = [...own, ...others.filter((_, k) => (mask >> k) & 1).flatMap((v) => model.units[v]!)];
    if (items.length < model.sizeMin || items.length > model.sizeMax) continue;
    if (allCompatible(model, items) && canMeet(model, items, null)) return true;
  }
  return false;
}

function flaggedAndPlaceable(input: ComposeInput, tally: { flagged: number }): number[] {
  const model = toPoolModel(compilePool(parse(input)));
  const unitItems = model.units.map((items) => items.filter((i) => model.pinnedTo[i]! < 0));
  const unitOpts = model.units.map((items) => unitOptions(model, items));
  const { unitLow, unitHigh } = unitAgeBounds(model, unitItems);
  // Units with no pinned part, as the search takes them (tied units only ever join their group).
  const candidates = model.units.map((_, u) => u).filter((u) => unitItems[u]!.length === model.units[u]!.length && unitItems[u]!.every((i) => model.placeable[i] === 1) && unitOpts[u]!.length > 0);
  const openPinned = model.pinned.map((_, g) => g).filter((g) => !model.pinned[g]!.closed && model.pinned[g]!.members.length < model.sizeMax);
  const fits = (a: readonly number[], b: readonly number[]): boolean => a.every((i) => b.every((j) => pairCompatible(model, i, j)));
  const view = { model, unitItems, unitOpts, target: new Int32Array(model.units.length).fill(-1), openPinned, fits, unitLow, unitHigh, unknownAge: UNKNOWN_AGE };
  const flags = hopelessUnits(view, decompose(model, candidates, openPinned).units);
  const flagged = candidates.filter((u) => flags[u] === 1);
  tally.flagged += flagged.length;
  return flagged.filter((u) => placeable(model, u, candidates.filter((v) => v !== u), openPinned));
}

describe("hopelessUnitsCannotBePlaced", () => {
  it("flags only units that no valid group can hold (random and dense pools of up to nine people)", () => {
    const tally = { flagged: 0 };
    fc.assert(
      fc.property(fc.oneof(poolArbitrary({ maxCandidates: 9 }), densePoolArbitrary(9)), (input) => {
        expect(flaggedAndPlaceable(input, tally)).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
    // The check is not vacuous: the filter does flag people on these pools.
    expect(tally.flagged).toBeGreaterThan(100);
  });
});
