import { EngineAssertionError } from "../core/errors.js";
import { SizeProfile } from "./sizeProfile.js";

/**
 * The plain grouping model the engine optimises: `n` items, `m` groups, a symmetric
 * pairwise score matrix `d` (row-major n*n, zero diagonal) and per-group size bounds.
 * The objective is the sum of `d[i][j]` over pairs in the same group, maximised.
 */
export interface GroupingModel {
  n: number;
  /** Row-major n*n, symmetric, zero diagonal. */
  d: Float64Array;
  /** Minimum size per group (length m). */
  lower: Int32Array;
  /** Maximum size per group (length m). */
  upper: Int32Array;
}

/**
 * A complete assignment of items to groups with incrementally maintained aggregates:
 * group sizes, member lists, the gain matrix `gamma[i*m+g] = Σ_{j in g} d[i][j]`
 * and the objective. Relocate and swap deltas are O(1); applying a move is O(n).
 *
 * Extension points (kept for domain terms later, not used by the MDGP): the `*Delta`
 * and `apply*` methods are the single place a move is valued and performed, so a
 * subclass can add per-group terms or pinned items by overriding them; the hot
 * neighbourhood scan in `tabuSearch.ts` reads the same arrays.
 */
export class GroupingState {
  readonly n: number;
  readonly m: number;
  readonly d: Float64Array;
  readonly lower: Int32Array;
  readonly upper: Int32Array;
  /** Group of each item. */
  readonly groupOf: Int32Array;
  /** Current size of each group. */
  readonly size: Int32Array;
  /** Members of group g at `members[memberStart[g] + k]`, k < size[g]. */
  readonly members: Int32Array;
  /** Offset of each group's slice in `members` (room for the largest size any bound allows). */
  readonly memberStart: Int32Array;
  /** Position of each item inside its group's slice. */
  readonly position: Int32Array;
  /** `gamma[i*m+g]`: sum of d[i][j] over members j of group g (j ≠ i). */
  readonly gamma: Float64Array;
  /** Sum of d over same-group pairs, maintained incrementally. */
  objective = 0;
  /** The bounds as a multiset: sizes are feasible when they match onto it (see SizeProfile). */
  readonly profile: SizeProfile;

  constructor(model: GroupingModel) {
    this.n = model.n;
    this.m = model.lower.length;
    this.d = model.d;
    this.lower = model.lower;
    this.upper = model.upper;
    this.groupOf = new Int32Array(this.n);
    this.size = new Int32Array(this.m);
    this.profile = new SizeProfile(this.lower, this.upper);
    let maxUpper = 0;
    for (let g = 0; g < this.m; g++) maxUpper = Math.max(maxUpper, this.upper[g]!);
    this.memberStart = new Int32Array(this.m + 1);
    for (let g = 0; g < this.m; g++) {
      // Any group may take any bound's size; a slice never needs more than n slots.
      this.memberStart[g + 1] = this.memberStart[g]! + Math.min(maxUpper, this.n);
    }
    this.members = new Int32Array(this.memberStart[this.m]!);
    this.position = new Int32Array(this.n);
    this.gamma = new Float64Array(this.n * this.m);
  }

  /**
   * Loads a full assignment and rebuilds every aggregate from scratch (O(n²)).
   * The caller guarantees it respects the size bounds.
   */
  load(groupOf: ArrayLike<number>): void {
    const { n, m, d, gamma } = this;
    this.size.fill(0);
    for (let i = 0; i < n; i++) {
      const g = groupOf[i]!;
      this.groupOf[i] = g;
      const k = this.size[g]!;
      this.members[this.memberStart[g]! + k] = i;
      this.position[i] = k;
      this.size[g] = k + 1;
    }
    gamma.fill(0);
    let obj = 0;
    for (let i = 0; i < n; i++) {
      const row = i * n;
      const gi = this.groupOf[i]!;
      for (let j = i + 1; j < n; j++) {
        const dij = d[row + j]!;
        const gj = this.groupOf[j]!;
        gamma[i * m + gj] = gamma[i * m + gj]! + dij;
        gamma[j * m + gi] = gamma[j * m + gi]! + dij;
        if (gi === gj) obj += dij;
      }
    }
    this.objective = obj;
  }

  /** Copies another state's assignment and aggregates (same model), O(n·m). */
  copyFrom(other: GroupingState): void {
    this.groupOf.set(other.groupOf);
    this.size.set(other.size);
    this.members.set(other.members);
    this.position.set(other.position);
    this.gamma.set(other.gamma);
    this.objective = other.objective;
  }

  /** Whether item i may leave its group and join g with the sizes still matching the bounds. */
  canRelocate(i: number, g: number): boolean {
    return this.profile.canShift(this.size, this.groupOf[i]!, g);
  }

  /** Objective change of moving item i to group g. */
  relocateDelta(i: number, g: number): number {
    const base = i * this.m;
    return this.gamma[base + g]! - this.gamma[base + this.groupOf[i]!]!;
  }

  /** Objective change of exchanging items i and j (in different groups). */
  swapDelta(i: number, j: number): number {
    const { m, gamma } = this;
    const gi = this.groupOf[i]!;
    const gj = this.groupOf[j]!;
    return (
      gamma[i * m + gj]! - gamma[i * m + gi]! + gamma[j * m + gi]! - gamma[j * m + gj]! - 2 * this.d[i * this.n + j]!
    );
  }

  /** Moves item i to group g (bounds are the caller's responsibility), O(n). */
  applyRelocate(i: number, g: number): void {
    const from = this.groupOf[i]!;
    this.objective += this.relocateDelta(i, g);
    const { n, m, d, gamma } = this;
    const row = i * n;
    for (let k = 0; k < n; k++) {
      const dik = d[row + k]!;
      gamma[k * m + from] = gamma[k * m + from]! - dik;
      gamma[k * m + g] = gamma[k * m + g]! + dik;
    }
    this.detach(i);
    this.attach(i, g);
  }

  /** Exchanges items i and j (in different groups), O(n). */
  applySwap(i: number, j: number): void {
    const gi = this.groupOf[i]!;
    const gj = this.groupOf[j]!;
    this.objective += this.swapDelta(i, j);
    const { n, m, d, gamma } = this;
    const ri = i * n;
    const rj = j * n;
    for (let k = 0; k < n; k++) {
      const diff = d[rj + k]! - d[ri + k]!;
      gamma[k * m + gi] = gamma[k * m + gi]! + diff;
      gamma[k * m + gj] = gamma[k * m + gj]! - diff;
    }
    // Exchange slots directly: sizes are unchanged.
    const pi = this.position[i]!;
    const pj = this.position[j]!;
    this.members[this.memberStart[gi]! + pi] = j;
    this.members[this.memberStart[gj]! + pj] = i;
    this.position[j] = pi;
    this.position[i] = pj;
    this.groupOf[i] = gj;
    this.groupOf[j] = gi;
  }

  /** The objective recomputed from the assignment alone (O(n²)), for checks. */
  recomputeObjective(): number {
    const { n, d, groupOf } = this;
    let obj = 0;
    for (let i = 0; i < n; i++) {
      const gi = groupOf[i]!;
      const row = i * n;
      for (let j = i + 1; j < n; j++) if (groupOf[j] === gi) obj += d[row + j]!;
    }
    return obj;
  }

  /**
   * Assert mode: recomputes the objective, sizes and a sample of gamma from scratch and
   * throws `EngineAssertionError` on any drift beyond 1e-6 relative.
   */
  assertConsistent(context = ""): void {
    const full = this.recomputeObjective();
    if (!closeEnough(this.objective, full)) {
      throw new EngineAssertionError("pairwise", this.objective, full, context);
    }
    const counts = new Int32Array(this.m);
    for (let i = 0; i < this.n; i++) {
      const g = this.groupOf[i]!;
      counts[g]!++;
      if (this.members[this.memberStart[g]! + this.position[i]!] !== i) {
        throw new EngineAssertionError("membership", i, -1, context);
      }
    }
    for (let g = 0; g < this.m; g++) {
      if (counts[g] !== this.size[g]) throw new EngineAssertionError("size", this.size[g]!, counts[g]!, context);
    }
    if (!this.profile.fits(counts)) throw new EngineAssertionError("sizeBounds", -1, -1, `${context}: sizes match no bounds`);
    for (let i = 0; i < this.n; i++) {
      for (let g = 0; g < this.m; g++) {
        let s = 0;
        const start = this.memberStart[g]!;
        for (let k = 0; k < this.size[g]!; k++) {
          const j = this.members[start + k]!;
          if (j !== i) s += this.d[i * this.n + j]!;
        }
        if (!closeEnough(this.gamma[i * this.m + g]!, s)) {
          throw new EngineAssertionError("gamma", this.gamma[i * this.m + g]!, s, `${context} item ${i} group ${g}`);
        }
      }
    }
  }

  private detach(i: number): void {
    const g = this.groupOf[i]!;
    const start = this.memberStart[g]!;
    const last = this.size[g]! - 1;
    const p = this.position[i]!;
    const moved = this.members[start + last]!;
    this.members[start + p] = moved;
    this.position[moved] = p;
    this.size[g] = last;
  }

  private attach(i: number, g: number): void {
    const k = this.size[g]!;
    this.members[this.memberStart[g]! + k] = i;
    this.position[i] = k;
    this.size[g] = k + 1;
    this.groupOf[i] = g;
  }
}

/** True when a and b agree within 1e-6 relative (absolute near zero). */
export function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}
