import fc from "fast-check";
import { describe, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { toPoolModel } from "../../src/compile/toPoolModel.js";
import { decompose, intersectSorted, unitOptions } from "../../src/core/decompose.js";
import { pairCompatible } from "../../src/core/poolState.js";
import { parse } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";

describe("decompositionNeverSeparatesPossiblePartners", () => {
  it("two units in different sub-pools are incompatible or share no meeting option", () => {
    fc.assert(
      fc.property(poolArbitrary(), (input) => {
        const model = toPoolModel(compilePool(parse(input)));
        const placeable = model.units.flatMap((items, u) =>
          items.every((i) => model.placeable[i] === 1 && model.pinnedTo[i]! < 0) && unitOptions(model, items).length > 0 ? [u] : [],
        );
        const { componentOfUnit } = decompose(model, placeable, []);
        for (const a of placeable) {
          for (const b of placeable) {
            if (a >= b || componentOfUnit[a] === componentOfUnit[b]) continue;
            const together = model.units[a]!.every((i) => model.units[b]!.every((j) => pairCompatible(model, i, j)));
            const shared = intersectSorted(unitOptions(model, model.units[a]!), unitOptions(model, model.units[b]!)).length > 0;
            if (together && shared) throw new Error(`units ${a} and ${b} could meet but were split`);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
