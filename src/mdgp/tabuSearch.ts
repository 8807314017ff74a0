import type { Budget } from "../core/budget.js";
import { EngineAssertionError } from "../core/errors.js";
import type { GroupingState } from "./groupingState.js";
import { closeEnough } from "./groupingState.js";
import type { Random } from "../core/random.js";

/** Keeps the best assignment seen anywhere in a solve (the anytime answer). */
export class Incumbent {
  objective = Number.NEGATIVE_INFINITY;
  readonly groupOf: Int32Array;
  /** Iteration count when the incumbent last improved. */
  foundAtIteration = 0;
  /** Budget clock time (ms) when the incumbent last improved; reporting only. */
  foundAtMs = 0;
  constructor(n: number) {
    this.groupOf = new Int32Array(n);
  }
  /** Takes the state's assignment when it is strictly better; returns whether it did. */
  offer(state: GroupingState, budget: Budget): boolean {
    if (!(state.objective > this.objective + improvementEpsilon(this.objective))) return false;
    this.objective = state.objective;
    this.groupOf.set(state.groupOf);
    this.foundAtIteration = budget.iterations;
    this.foundAtMs = budget.elapsedMs();
    budget.reportBest(state.objective);
    return true;
  }
}

/** Smallest gain counted as an improvement, so float noise never looks like progress. */
export function improvementEpsilon(objective: number): number {
  return Number.isFinite(objective) ? 1e-9 * Math.max(1, Math.abs(objective)) : 0;
}

/** Tuning of one tabu search run. */
export interface TabuSearchOptions {
  /** Stop after this many consecutive iterations without improving the run's best. */
  depth: number;
  /** Tabu tenure = tenureBase + uniform integer in [0, tenureSpread). */
  tenureBase: number;
  tenureSpread: number;
  /** Recompute and compare everything after each move (slow). */
  assert: boolean;
}

const NONE = -1;

/**
 * Tabu search over the union of the relocate (where sizes allow) and swap neighbourhoods,
 * best admissible move each iteration, attribute tabu (an item may not return to the group
 * it left for `tenure` iterations) with aspiration by the run's best.
 *
 * Swap moves are scanned per group pair and each pair's best non-tabu and best tabu move
 * is cached: a move changes gamma only in the two groups it touches, so only pairs with
 * one of those groups, or whose tabu status may have expired, are rescanned.
 */
export class TabuSearch {
  private readonly m: number;
  private readonly tabu: Int32Array;
  private readonly pairNonTabuDelta: Float64Array;
  private readonly pairNonTabuI: Int32Array;
  private readonly pairNonTabuJ: Int32Array;
  private readonly pairTabuDelta: Float64Array;
  private readonly pairTabuI: Int32Array;
  private readonly pairTabuJ: Int32Array;
  /** Iteration at which some tabu move in the pair becomes free (rescan then). */
  private readonly pairExpiry: Int32Array;
  private readonly pairDirty: Uint8Array;
  private readonly scratchB: Float64Array;
  private readonly scratchBTabu: Int32Array;
  private readonly scratchMembers: Int32Array;
  private readonly scratchA: Float64Array;
  private readonly scratchATabu: Int32Array;
  private readonly d2: Float64Array;
  /** Smallest off-diagonal 2*d, for the row bound of the swap scan. */
  private readonly d2Min: number;
  /** The best assignment of the current run. */
  readonly runBest: Int32Array;
  private readonly hasRelocate: boolean;
  /** `movable[from * m + to]`: one item may go from group `from` to `to` (sizes still fit). */
  private readonly movable: Uint8Array;
  /** Whether group g may give an item to some group. */
  private readonly canGive: Uint8Array;
  private iter = 0;

  constructor(
    private readonly state: GroupingState,
    private readonly rng: Random,
    private readonly budget: Budget,
    private readonly incumbent: Incumbent,
  ) {
    const { n, m } = state;
    this.m = m;
    this.tabu = new Int32Array(n * m);
    const pairs = m * m;
    this.pairNonTabuDelta = new Float64Array(pairs);
    this.pairNonTabuI = new Int32Array(pairs);
    this.pairNonTabuJ = new Int32Array(pairs);
    this.pairTabuDelta = new Float64Array(pairs);
    this.pairTabuI = new Int32Array(pairs);
    this.pairTabuJ = new Int32Array(pairs);
    this.pairExpiry = new Int32Array(pairs);
    this.pairDirty = new Uint8Array(pairs);
    let maxSize = 0;
    for (let g = 0; g < m; g++) maxSize = Math.max(maxSize, Math.min(state.upper[g]!, n));
    this.scratchB = new Float64Array(maxSize);
    this.scratchBTabu = new Int32Array(maxSize);
    this.scratchMembers = new Int32Array(maxSize);
    this.scratchA = new Float64Array(maxSize);
    this.scratchATabu = new Int32Array(maxSize);
    // 2*d once, so the inner swap loop does one load and no multiply.
    this.d2 = new Float64Array(state.d.length);
    let d2Min = Number.POSITIVE_INFINITY;
    for (let k = 0; k < state.d.length; k++) {
      this.d2[k] = 2 * state.d[k]!;
      if (k % (n + 1) !== 0 && this.d2[k]! < d2Min) d2Min = this.d2[k]!;
    }
    this.d2Min = Number.isFinite(d2Min) ? d2Min : 0;
    this.runBest = new Int32Array(n);
    let room = false;
    for (let g = 0; g < m; g++) if (state.lower[g]! < state.upper[g]!) room = true;
    // Unequal bounds always allow moving an item from a group of size s + 1 to one of size s.
    if (!state.profile.uniform) room = true;
    this.hasRelocate = room;
    this.movable = new Uint8Array(m * m);
    this.canGive = new Uint8Array(m);
  }

  /**
   * Runs tabu search from the state's current assignment until `depth` iterations pass
   * without improving the run's best, or the budget stops it. Leaves the run's best
   * assignment in `runBest` (the state itself ends at the last visited solution).
   * @returns the run's best objective.
   */
  run(options: TabuSearchOptions): number {
    const state = this.state;
    const { m } = this;
    const { budget, rng, incumbent } = this;
    this.tabu.fill(0);
    this.pairDirty.fill(1);
    this.iter = 1;
    let best = state.objective;
    this.runBest.set(state.groupOf);
    if (this.hasRelocate) this.refreshMovable();
    incumbent.offer(state, budget);
    let sinceImprovement = 0;
    while (sinceImprovement < options.depth) {
      if (budget.tick()) break;
      const iter = this.iter;
      const aspiration = best - state.objective + improvementEpsilon(best);

      // Swap candidates: refresh stale pairs, then pick the best admissible one.
      let moveDelta = Number.NEGATIVE_INFINITY;
      let moveI = NONE;
      let moveJ = NONE; // >= 0: swap partner; < 0: relocate to group -(moveJ+2)
      let ties = 0;
      for (let ga = 0; ga < m; ga++) {
        for (let gb = ga + 1; gb < m; gb++) {
          const p = ga * m + gb;
          if (this.pairDirty[p] === 1 || this.pairExpiry[p]! <= iter) this.scanPair(ga, gb, p);
          let delta = this.pairNonTabuDelta[p]!;
          let i = this.pairNonTabuI[p]!;
          let j = this.pairNonTabuJ[p]!;
          const td = this.pairTabuDelta[p]!;
          if (td > delta && td > aspiration) {
            delta = td;
            i = this.pairTabuI[p]!;
            j = this.pairTabuJ[p]!;
          }
          if (i === NONE) continue;
          if (delta > moveDelta) {
            moveDelta = delta;
            moveI = i;
            moveJ = j;
            ties = 1;
          } else if (delta === moveDelta && rng.nextInt(++ties) === 0) {
            moveI = i;
            moveJ = j;
          }
        }
      }

      if (this.hasRelocate) {
        const { n, gamma, groupOf } = state;
        const { tabu, movable, canGive } = this;
        for (let i = 0; i < n; i++) {
          const from = groupOf[i]!;
          if (canGive[from] === 0) continue;
          const base = i * m;
          const row = from * m;
          const gFrom = gamma[base + from]!;
          for (let g = 0; g < m; g++) {
            if (movable[row + g] === 0) continue;
            const delta = gamma[base + g]! - gFrom;
            if (delta < moveDelta) continue;
            if (tabu[base + g]! > iter && !(delta > aspiration)) continue;
            if (delta > moveDelta) {
              moveDelta = delta;
              moveI = i;
              moveJ = -(g + 2);
              ties = 1;
            } else if (rng.nextInt(++ties) === 0) {
              moveI = i;
              moveJ = -(g + 2);
            }
          }
        }
      }

      if (moveI === NONE) break;
      if (options.assert) this.assertCacheMatchesFullScan(moveDelta, aspiration, iter);
      const ga = state.groupOf[moveI]!;
      if (moveJ >= 0) {
        const gb = state.groupOf[moveJ]!;
        state.applySwap(moveI, moveJ);
        this.tabu[moveI * m + ga] = iter + options.tenureBase + rng.nextInt(options.tenureSpread);
        this.tabu[moveJ * m + gb] = iter + options.tenureBase + rng.nextInt(options.tenureSpread);
        this.markGroupsDirty(ga, gb);
      } else {
        const gb = -moveJ - 2;
        state.applyRelocate(moveI, gb);
        this.tabu[moveI * m + ga] = iter + options.tenureBase + rng.nextInt(options.tenureSpread);
        this.markGroupsDirty(ga, gb);
        this.refreshMovable();
      }
      if (options.assert) state.assertConsistent(`after iteration ${budget.iterations}`);
      this.iter = iter + 1;

      if (state.objective > best + improvementEpsilon(best)) {
        best = state.objective;
        this.runBest.set(state.groupOf);
        incumbent.offer(state, budget);
        sinceImprovement = 0;
      } else {
        sinceImprovement++;
      }
    }
    return best;
  }

  /** Recomputes which groups may give an item to which (after a size change). */
  private refreshMovable(): void {
    const m = this.m;
    this.state.profile.fillMovable(this.state.size, this.movable);
    for (let a = 0; a < m; a++) {
      let any = 0;
      for (let b = 0; b < m && any === 0; b++) any = this.movable[a * m + b]!;
      this.canGive[a] = any;
    }
  }

  private markGroupsDirty(ga: number, gb: number): void {
    const m = this.m;
    for (let g = 0; g < m; g++) {
      this.pairDirty[g < ga ? g * m + ga : ga * m + g] = 1;
      this.pairDirty[g < gb ? g * m + gb : gb * m + g] = 1;
    }
  }

  /** Best non-tabu and best tabu swap between groups ga < gb, cached under index p. */
  private scanPair(ga: number, gb: number, p: number): void {
    const { n, gamma, members, memberStart, size } = this.state;
    const { m, tabu, d2, scratchB, scratchBTabu, rng } = this;
    const iter = this.iter;
    const startA = memberStart[ga]!;
    const startB = memberStart[gb]!;
    const sa = size[ga]!;
    const sb = size[gb]!;
    let expiry = 0x7fffffff;
    let maxB = Number.NEGATIVE_INFINITY;
    const mb = this.scratchMembers;
    for (let kb = 0; kb < sb; kb++) {
      const j = members[startB + kb]!;
      mb[kb] = j;
      const bj = gamma[j * m + ga]! - gamma[j * m + gb]!;
      scratchB[kb] = bj;
      if (bj > maxB) maxB = bj;
      const t = tabu[j * m + ga]!;
      if (t > iter) {
        scratchBTabu[kb] = 1;
        if (t < expiry) expiry = t;
      } else scratchBTabu[kb] = 0;
    }
    let nb = Number.NEGATIVE_INFINITY;
    let nbI = NONE;
    let nbJ = NONE;
    let nbTies = 0;
    // A tabu move can only pass aspiration with a positive delta, so only those are kept.
    let tb = 0;
    let tbI = NONE;
    let tbJ = NONE;
    // Row values first, so the most promising row is scanned first and tightens the bound.
    const scratchA = this.scratchA;
    const aTabu = this.scratchATabu;
    let first = 0;
    for (let ka = 0; ka < sa; ka++) {
      const i = members[startA + ka]!;
      const ai = gamma[i * m + gb]! - gamma[i * m + ga]!;
      scratchA[ka] = ai;
      if (ai > scratchA[first]!) first = ka;
      const t = tabu[i * m + gb]!;
      if (t > iter) {
        aTabu[ka] = 1;
        if (t < expiry) expiry = t;
      } else aTabu[ka] = 0;
    }
    const cap = maxB - this.d2Min;
    for (let step = 0; step < sa; step++) {
      const ka = step === 0 ? first : step === first ? 0 : step;
      const ai = scratchA[ka]!;
      let lo = nb < tb ? nb : tb;
      // Row bound: no swap of i can beat ai + max(B) - min(2d); skip rows that cannot matter.
      if (ai + cap < lo) continue;
      const i = members[startA + ka]!;
      const iTabu = aTabu[ka] === 1;
      const row = i * n;
      for (let kb = 0; kb < sb; kb++) {
        const delta = ai + scratchB[kb]! - d2[row + mb[kb]!]!;
        if (delta < lo) continue;
        if (iTabu || scratchBTabu[kb] === 1) {
          if (delta > tb) {
            tb = delta;
            tbI = i;
            tbJ = mb[kb]!;
          }
        } else if (delta > nb) {
          nb = delta;
          nbI = i;
          nbJ = mb[kb]!;
          nbTies = 1;
        } else if (delta === nb && rng.nextInt(++nbTies) === 0) {
          nbI = i;
          nbJ = mb[kb]!;
        }
        lo = nb < tb ? nb : tb;
      }
    }
    this.pairNonTabuDelta[p] = nb;
    this.pairNonTabuI[p] = nbI;
    this.pairNonTabuJ[p] = nbJ;
    this.pairTabuDelta[p] = tb;
    this.pairTabuI[p] = tbI;
    this.pairTabuJ[p] = tbJ;
    this.pairExpiry[p] = expiry;
    this.pairDirty[p] = 0;
  }

  /** Assert mode: the cached choice must be as good as a full scan of all admissible moves. */
  private assertCacheMatchesFullScan(chosen: number, aspiration: number, iter: number): void {
    const s = this.state;
    const { n, m } = s;
    let best = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const gi = s.groupOf[i]!;
        const gj = s.groupOf[j]!;
        if (gi === gj) continue;
        const delta = s.swapDelta(i, j);
        const isTabu = this.tabu[i * m + gj]! > iter || this.tabu[j * m + gi]! > iter;
        if (isTabu && !(delta > aspiration)) continue;
        if (delta > best) best = delta;
      }
      for (let g = 0; g < m; g++) {
        if (!s.canRelocate(i, g)) continue;
        const delta = s.relocateDelta(i, g);
        if (this.tabu[i * m + g]! > iter && !(delta > aspiration)) continue;
        if (delta > best) best = delta;
      }
    }
    if (!closeEnough(best, chosen)) throw new EngineAssertionError("swapCache", chosen, best);
  }
}
