import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePool } from "../../src/compile/compilePool.js";
import { SameKeys, type Compatible, type Cut } from "../../src/explain/sameKeys.js";
import { parse } from "../../src/index.js";
import { poolArbitrary } from "../helpers/pools.js";

/** Everyone a cut holds, read to its end. */
function readAll(cut: Cut): number[] {
  const out: number[] = [];
  for (let k = 0, j = cut.at(0); j >= 0; j = cut.at(++k)) out.push(j);
  return out;
}

describe("keyCutsKeepEveryCompatiblePerson", () => {
  it("a list cut by a unit's keys keeps, in order, everyone the pair rules let share a group with the unit, with every rule or all but one", () => {
    fc.assert(
      fc.property(poolArbitrary(), fc.nat(), (input, pick) => {
        const pool = compilePool(parse(input));
        const keys = new SameKeys(pool.pairRules);
        const tests: Compatible[] = [undefined, ...pool.pairRules.map((r) => r.id)].map((relaxed) => {
          const rules = pool.pairRules.filter((r) => r.id !== relaxed);
          return { pair: (i, j) => rules.every((rule) => !rule.conflicts(i, j)), keyed: keys.keyedExcept(relaxed) };
        });
        // Everyone, in a shuffled order a cut must keep, and each unit of the pool.
        const list = Array.from({ length: pool.n }, (_, j) => (j * 7 + pick) % pool.n).filter((j, k, all) => all.indexOf(j) === k);
        for (const compatible of tests) {
          for (const unit of pool.units) {
            const cut = readAll(keys.among(list, unit, compatible));
            const welcome = list.filter((j) => unit.every((m) => m === j || compatible.pair(m, j)));
            // The cut may keep people another rule rejects, never drop one they all accept.
            expect(welcome.every((j) => cut.includes(j))).toBe(true);
            expect(cut).toEqual(list.filter((j) => cut.includes(j)));
            // Asked again (a later person of the same unit tuple), it reads the same.
            expect(readAll(keys.among(list, unit, compatible))).toEqual(cut);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
