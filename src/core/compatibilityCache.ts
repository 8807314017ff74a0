import type { PoolModel } from "./poolModel.js";
import { pairCompatible } from "./poolState.js";

/** Largest component whose compatibility is cached as a matrix (bytes = items squared). */
const MATRIX_LIMIT = 6_000;
/** Matrix entries: not asked yet, may share a group, may not. */
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/**
 * Remembers which items may share a group, per component: moves ask the same pairs again and
 * again, and a component's matrix is small. Each pair is worked out the first time it is asked,
 * so the setup costs nothing for the many pairs no move ever looks at (people far apart in age).
 * Very large components keep asking the rules.
 * @param itemsOf - the items of each component (units' items and pinned members)
 * @returns a drop-in replacement for `pairCompatible`
 */
export function cachedCompatibility(model: PoolModel, itemsOf: readonly (readonly number[])[]): (i: number, j: number) => boolean {
  const componentOfItem = new Int32Array(model.n).fill(-1);
  const local = new Int32Array(model.n);
  const matrices: (Uint8Array | null)[] = itemsOf.map((items, c) => {
    if (items.length > MATRIX_LIMIT) return null;
    items.forEach((item, a) => {
      componentOfItem[item] = c;
      local[item] = a;
    });
    return new Uint8Array(items.length * items.length);
  });
  return (i, j) => {
    const c = componentOfItem[i]!;
    const matrix = c >= 0 && componentOfItem[j] === c ? matrices[c] : null;
    if (!matrix) return pairCompatible(model, i, j);
    const k = itemsOf[c]!.length;
    const at = local[i]! * k + local[j]!;
    const known = matrix[at]!;
    if (known !== UNKNOWN) return known === YES;
    const ok = pairCompatible(model, i, j);
    matrix[at] = ok ? YES : NO;
    matrix[local[j]! * k + local[i]!] = ok ? YES : NO;
    return ok;
  };
}
