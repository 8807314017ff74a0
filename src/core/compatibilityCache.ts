import type { PoolModel } from "./poolModel.js";
import { pairCompatible } from "./poolState.js";

/** Largest component whose compatibility is cached as a matrix (bytes = items squared). */
const MATRIX_LIMIT = 6_000;

/**
 * Precomputes which items may share a group, per component: moves ask the same pairs
 * again and again, and a component's matrix is small. Very large components keep asking the rules.
 * @param itemsOf - the items of each component (units' items and pinned members)
 * @returns a drop-in replacement for `pairCompatible`
 */
export function cachedCompatibility(model: PoolModel, itemsOf: readonly (readonly number[])[]): (i: number, j: number) => boolean {
  const componentOfItem = new Int32Array(model.n).fill(-1);
  const local = new Int32Array(model.n);
  const matrices: (Uint8Array | null)[] = itemsOf.map((items, c) => {
    if (items.length > MATRIX_LIMIT) return null;
    const k = items.length;
    const matrix = new Uint8Array(k * k);
    items.forEach((item, a) => {
      componentOfItem[item] = c;
      local[item] = a;
      for (let b = 0; b < a; b++) {
        const ok = pairCompatible(model, item, items[b]!) ? 1 : 0;
        matrix[a * k + b] = ok;
        matrix[b * k + a] = ok;
      }
    });
    return matrix;
  });
  return (i, j) => {
    const c = componentOfItem[i]!;
    const matrix = c >= 0 && componentOfItem[j] === c ? matrices[c] : null;
    if (!matrix) return pairCompatible(model, i, j);
    return matrix[local[i]! * itemsOf[c]!.length + local[j]!] === 1;
  };
}
