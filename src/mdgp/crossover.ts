import type { GroupingState } from "./groupingState.js";
import type { Random } from "../core/random.js";

/**
 * Group-preserving crossover for labelled groups with size bounds: alternately from each
 * parent, the still-free group label whose members are most often unplaced is copied
 * (its unplaced members only), so groups both parents agree on survive whole. Items left
 * over go greedily (by gain to the group's current members) to groups below their lower
 * bound first, then to any group with room.
 * @param scratch a state of the same model, used for its size/gamma bookkeeping.
 * @returns the child assignment (a new array is not allocated: `child` is filled).
 */
export function groupCrossover(
  parentA: Int32Array,
  parentB: Int32Array,
  child: Int32Array,
  scratch: GroupingState,
  rng: Random,
): Int32Array {
  const { n, m, lower, upper, d } = scratch;
  const counts = new Int32Array(m);
  const labelUsed = new Uint8Array(m);
  const size = new Int32Array(m);
  child.fill(-1);
  let from = rng.nextInt(2);
  for (let step = 0; step < m; step++) {
    const parent = from === 0 ? parentA : parentB;
    counts.fill(0);
    for (let i = 0; i < n; i++) if (child[i] === -1) counts[parent[i]!]!++;
    let bestLabel = -1;
    let bestCount = -1;
    let ties = 0;
    for (let g = 0; g < m; g++) {
      if (labelUsed[g] === 1) continue;
      const c = counts[g]!;
      if (c > bestCount) {
        bestCount = c;
        bestLabel = g;
        ties = 1;
      } else if (c === bestCount && rng.nextInt(++ties) === 0) bestLabel = g;
    }
    labelUsed[bestLabel] = 1;
    for (let i = 0; i < n; i++) {
      if (child[i] === -1 && parent[i] === bestLabel) {
        child[i] = bestLabel;
        size[bestLabel]!++;
      }
    }
    from = 1 - from;
  }
  // Leftovers: the parent-copy step never exceeds an upper bound (a parent group is feasible).
  const left: number[] = [];
  for (let i = 0; i < n; i++) if (child[i] === -1) left.push(i);
  rng.shuffle(left);
  const gain = (i: number, g: number): number => {
    let s = 0;
    for (let j = 0; j < n; j++) if (child[j] === g) s += d[i * n + j]!;
    return s;
  };
  for (const i of left) {
    let needy = false;
    for (let g = 0; g < m; g++) if (size[g]! < lower[g]!) needy = true;
    let best = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    for (let g = 0; g < m; g++) {
      if (size[g]! >= upper[g]! || (needy && size[g]! >= lower[g]!)) continue;
      const v = gain(i, g);
      if (v > bestGain) {
        bestGain = v;
        best = g;
      }
    }
    child[i] = best;
    size[best]!++;
  }
  // Remaining lower-bound deficits (leftovers ran out): pull items from groups above their lower bound.
  for (let g = 0; g < m; g++) {
    while (size[g]! < lower[g]!) {
      let donor = -1;
      for (let i = 0; i < n && donor < 0; i++) {
        const h = child[i]!;
        if (h !== g && size[h]! > lower[h]!) donor = i;
      }
      const h = child[donor]!;
      size[h]!--;
      child[donor] = g;
      size[g]!++;
    }
  }
  return child;
}
