/**
 * The size bounds of an MDGP instance as a multiset of intervals. Which group holds which
 * members never changes the objective, so a partition is feasible when its group sizes can be
 * matched one to one onto the bounds (`fits`), not only when group g's size lies in bound g.
 * The search works on that wider space, where an item may join a group that is at its own
 * upper bound whenever another bound can take the grown group over; `labelling` maps a
 * partition back onto the labelled bounds before it leaves the search.
 */
export class SizeProfile {
  readonly m: number;
  /** True when every group has the same bounds: matching is then the per-group check. */
  readonly uniform: boolean;
  private readonly lower: Int32Array;
  private readonly upper: Int32Array;
  /** Bound indices ordered by lower bound (then upper), for the greedy matching. */
  private readonly byLower: Int32Array;
  private readonly minLower: number;
  private readonly maxUpper: number;
  /** Sizes counted by value (index size - minLower), scratch for `fits`. */
  private readonly count: Int32Array;
  private readonly heap: Int32Array;
  private readonly heapBound: Int32Array;
  /** `fillMovable` answers per pair of size values, for the multiset counted in `memoOf`. */
  private readonly memo: Int8Array;
  private readonly memoOf: Int32Array;
  private readonly memoCount: Int32Array;
  private memoValid = false;

  constructor(lower: Int32Array, upper: Int32Array) {
    const m = lower.length;
    this.m = m;
    this.lower = lower;
    this.upper = upper;
    let uniform = true;
    let minLower = Number.POSITIVE_INFINITY;
    let maxUpper = 0;
    for (let g = 0; g < m; g++) {
      if (lower[g] !== lower[0] || upper[g] !== upper[0]) uniform = false;
      minLower = Math.min(minLower, lower[g]!);
      maxUpper = Math.max(maxUpper, upper[g]!);
    }
    this.uniform = uniform;
    this.minLower = m > 0 ? minLower : 0;
    this.maxUpper = maxUpper;
    this.byLower = Int32Array.from({ length: m }, (_, g) => g).sort(
      (a, b) => lower[a]! - lower[b]! || upper[a]! - upper[b]! || a - b,
    );
    this.count = new Int32Array(Math.max(0, this.maxUpper - this.minLower + 1));
    this.heap = new Int32Array(m);
    this.heapBound = new Int32Array(m);
    const span = this.count.length;
    this.memo = new Int8Array(span * span);
    this.memoOf = new Int32Array(span);
    this.memoCount = new Int32Array(span);
  }

  /** Whether the sizes can be matched one to one onto the bounds. */
  fits(size: ArrayLike<number>): boolean {
    if (this.uniform) {
      for (let g = 0; g < this.m; g++) if (size[g]! < this.lower[0]! || size[g]! > this.upper[0]!) return false;
      return true;
    }
    const { count, minLower, maxUpper } = this;
    count.fill(0);
    for (let g = 0; g < this.m; g++) {
      const s = size[g]!;
      if (s < minLower || s > maxUpper) return false;
      count[s - minLower]!++;
    }
    return this.match(null, null);
  }

  /**
   * Whether one item may leave group `from` for group `to` with the sizes still fitting.
   * Only the two sizes' values matter, so callers may cache the answer per pair of sizes.
   */
  canShift(size: Int32Array, from: number, to: number): boolean {
    if (from === to) return false;
    const a = size[from]!;
    const b = size[to]!;
    if (this.uniform) return a > this.lower[0]! && b < this.upper[0]!;
    // The grown group takes the shrunk group's size: the multiset is unchanged.
    if (a === b + 1) return true;
    const { count, minLower } = this;
    count.fill(0);
    for (let g = 0; g < this.m; g++) count[size[g]! - minLower]!++;
    return this.shiftFits(count, a, b);
  }

  /** Whether the multiset `counted` (by value), with one a turned into a - 1 and one b into b + 1, fits. */
  private shiftFits(counted: Int32Array, a: number, b: number): boolean {
    if (a === b + 1) return true;
    if (a - 1 < this.minLower || b + 1 > this.maxUpper) return false;
    const { count, minLower } = this;
    if (counted !== count) count.set(counted);
    count[a - minLower]!--;
    count[a - 1 - minLower]!++;
    count[b - minLower]!--;
    count[b + 1 - minLower]!++;
    return this.match(null, null);
  }

  /**
   * Fills `movable[from * m + to]` with `canShift(size, from, to)` for every pair, checking
   * each pair of distinct size values once.
   */
  fillMovable(size: Int32Array, movable: Uint8Array): void {
    const m = this.m;
    if (this.uniform) {
      const lo = this.lower[0]!;
      const hi = this.upper[0]!;
      for (let a = 0; a < m; a++) {
        for (let b = 0; b < m; b++) movable[a * m + b] = a !== b && size[a]! > lo && size[b]! < hi ? 1 : 0;
      }
      return;
    }
    // The answer per pair of size values depends on the multiset only, which a move from a
    // group of size s + 1 to one of size s leaves as it is: keep the answers until it changes.
    const span = this.count.length;
    const seen = this.memoCount;
    seen.fill(0);
    for (let g = 0; g < m; g++) seen[size[g]! - this.minLower]!++;
    let same = this.memoValid;
    for (let v = 0; v < span && same; v++) if (seen[v] !== this.memoOf[v]) same = false;
    if (!same) {
      this.memo.fill(-1);
      this.memoOf.set(seen);
      this.memoValid = true;
    }
    const memo = this.memo;
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        if (a === b) {
          movable[a * m + b] = 0;
          continue;
        }
        const va = size[a]!;
        const vb = size[b]!;
        const key = (va - this.minLower) * span + (vb - this.minLower);
        let ok = memo[key]!;
        if (ok < 0) {
          ok = this.shiftFits(seen, va, vb) ? 1 : 0;
          memo[key] = ok;
        }
        movable[a * m + b] = ok;
      }
    }
  }

  /**
   * A bound for every group (`label[g]`), each used once, with lower <= size[g] <= upper;
   * a group keeps its own bound when the sizes already fit them as labelled.
   * @returns null when the sizes do not fit.
   */
  labelling(size: ArrayLike<number>): Int32Array | null {
    const m = this.m;
    const label = Int32Array.from({ length: m }, (_, g) => g);
    let asIs = true;
    for (let g = 0; g < m && asIs; g++) if (size[g]! < this.lower[g]! || size[g]! > this.upper[g]!) asIs = false;
    if (asIs) return label;
    if (!this.fits(size)) return null;
    // Groups by size; each takes, among the bounds opened so far, the one that closes first.
    const groups = Int32Array.from({ length: m }, (_, g) => g).sort((a, b) => size[a]! - size[b]! || a - b);
    this.match(groups, label, size);
    return label;
  }

  /**
   * Earliest-deadline greedy: sizes in increasing order, each matched to the open bound
   * (lower <= size) with the smallest upper. With `groups` it records the matching in `label`.
   */
  private match(groups: Int32Array | null, label: Int32Array | null, size?: ArrayLike<number>): boolean {
    const { byLower, lower, upper, heap, heapBound, count, minLower } = this;
    let heapSize = 0;
    let next = 0;
    let k = 0;
    for (let v = minLower; v <= this.maxUpper; v++) {
      while (next < this.m && lower[byLower[next]!]! <= v) {
        const bound = byLower[next++]!;
        // Sift up by upper bound.
        let at = heapSize++;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          if (heap[parent]! <= upper[bound]!) break;
          heap[at] = heap[parent]!;
          heapBound[at] = heapBound[parent]!;
          at = parent;
        }
        heap[at] = upper[bound]!;
        heapBound[at] = bound;
      }
      const here = groups === null ? count[v - minLower]! : countAt(groups, size!, k, v);
      for (let c = 0; c < here; c++) {
        if (heapSize === 0 || heap[0]! < v) return false;
        if (label !== null && groups !== null) label[groups[k]!] = heapBound[0]!;
        k++;
        // Pop the root and sift the last element down.
        heapSize--;
        const lastUpper = heap[heapSize]!;
        const lastBound = heapBound[heapSize]!;
        let at = 0;
        for (;;) {
          let child = 2 * at + 1;
          if (child >= heapSize) break;
          if (child + 1 < heapSize && heap[child + 1]! < heap[child]!) child++;
          if (heap[child]! >= lastUpper) break;
          heap[at] = heap[child]!;
          heapBound[at] = heapBound[child]!;
          at = child;
        }
        heap[at] = lastUpper;
        heapBound[at] = lastBound;
      }
    }
    return true;
  }
}

/** How many of `groups` (sorted by size), from position k on, have size v. */
function countAt(groups: Int32Array, size: ArrayLike<number>, k: number, v: number): number {
  let c = 0;
  while (k + c < groups.length && size[groups[k + c]!] === v) c++;
  return c;
}
