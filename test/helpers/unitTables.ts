import type { PoolModel } from "../../src/core/poolModel.js";

/** Age bound of a unit without any recorded age, as the search marks it. */
export const UNKNOWN_AGE = -1;

/** Youngest and oldest recorded age (spread attribute) of each unit, as the search tabulates them. */
export function unitAgeBounds(model: PoolModel, unitItems: readonly (readonly number[])[]): { unitLow: Int32Array; unitHigh: Int32Array } {
  const unitLow = new Int32Array(unitItems.length).fill(UNKNOWN_AGE);
  const unitHigh = new Int32Array(unitItems.length).fill(UNKNOWN_AGE);
  unitItems.forEach((items, u) => {
    const ages = items.map((i) => model.spread[i]!).filter((a) => a >= 0);
    if (ages.length === 0) return;
    unitLow[u] = Math.min(...ages);
    unitHigh[u] = Math.max(...ages);
  });
  return { unitLow, unitHigh };
}
