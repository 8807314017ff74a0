import type { PoolModel } from "./poolModel.js";
import { contains } from "./poolState.js";

/** What the filter needs to know about the search's units. */
export interface UnitView {
  model: PoolModel;
  /** Movable items of each unit. */
  unitItems: readonly (readonly number[])[];
  /** Meeting options every item of a unit can use, sorted. */
  unitOpts: readonly Int32Array[];
  /** The pinned group a unit must join, or -1. */
  target: Int32Array;
  /** Existing groups that take newcomers. */
  openPinned: readonly number[];
  /** Whether every item of `items` may share a group with every item of `members`. */
  fits: (items: readonly number[], members: readonly number[]) => boolean;
  /** Youngest and oldest recorded age of each unit, or `unknownAge`. */
  unitLow: Int32Array;
  unitHigh: Int32Array;
  unknownAge: number;
}

/**
 * Units that can never be placed, so the search need not spend moves on them: a unit needs,
 * at one of its options, enough partners it may share a group with who can use that option to
 * make up the minimum size, or an open existing group it fits. Partners that are themselves
 * hopeless do not count, so the test repeats until nothing changes. It is a necessary
 * condition only: every unit it flags is unplaceable in every valid answer.
 * @param componentUnits the units of each sub-pool (partners are only ever in the same one)
 * @returns a flag per unit, 1 for hopeless
 */
export function hopelessUnits(view: UnitView, componentUnits: readonly (readonly number[])[]): Uint8Array {
  const { model, unitItems, unitOpts, unitLow, unitHigh, unknownAge } = view;
  const span = model.maxSpread;
  const hopeless = new Uint8Array(model.units.length);
  const counts = new Int32Array(unitOpts.reduce((most, o) => Math.max(most, o.length), 0));
  /** Counts `v` at every option it shares with `u` (both lists sorted); true once one has enough people. */
  const enough = (u: number, v: number, need: number): boolean => {
    if (v === u || hopeless[v] === 1 || !view.fits(unitItems[u]!, unitItems[v]!)) return false;
    const opts = unitOpts[u]!;
    const other = unitOpts[v]!;
    for (let a = 0, b = 0; a < opts.length && b < other.length; ) {
      if (opts[a]! < other[b]!) a++;
      else if (opts[a]! > other[b]!) b++;
      else {
        counts[a]! += unitItems[v]!.length;
        if (counts[a]! >= need && model.placeCapacity(model.optionPlace(opts[a]!)) >= model.sizeMin) return true;
        a++;
        b++;
      }
    }
    return false;
  };
  for (const units of componentUnits) {
    // Partners by age: only those within the spread of u's ages can share its group.
    const aged = units.filter((v) => unitLow[v] !== unknownAge).sort((a, b) => unitLow[a]! - unitLow[b]! || a - b);
    const ageless = units.filter((v) => unitLow[v] === unknownAge);
    const hopeful = (u: number): boolean => {
      const need = model.sizeMin - unitItems[u]!.length;
      counts.fill(0, 0, unitOpts[u]!.length);
      for (const v of ageless) if (enough(u, v, need)) return true;
      const known = unitLow[u] !== unknownAge;
      const from = known ? firstAtLeast(aged, unitLow, unitHigh[u]! - span) : 0;
      for (let k = from; k < aged.length; k++) {
        const v = aged[k]!;
        if (known && unitLow[v]! > unitLow[u]! + span) break;
        if (enough(u, v, need)) return true;
      }
      return false;
    };
    const checked = units.filter((u) => model.sizeMin > unitItems[u]!.length && !joinsExisting(view, u));
    for (let changed = true; changed; ) {
      changed = false;
      for (const u of checked) {
        if (hopeless[u] === 1 || hopeful(u)) continue;
        hopeless[u] = 1;
        changed = true;
      }
    }
  }
  return hopeless;
}

/** Index of the first unit in `sorted` (by `low`) whose low is at least `value`. */
function firstAtLeast(sorted: readonly number[], low: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (low[sorted[mid]!]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an open existing group could take unit `u` (its partners do not matter then). */
function joinsExisting(view: UnitView, u: number): boolean {
  const { model, unitItems, unitOpts } = view;
  if (view.target[u]! >= 0) return true;
  return view.openPinned.some((g) => {
    const spec = model.pinned[g]!;
    return spec.members.length + unitItems[u]!.length <= model.sizeMax && spec.allowedOptions.some((o) => contains(unitOpts[u]!, o)) && view.fits(unitItems[u]!, spec.members);
  });
}
