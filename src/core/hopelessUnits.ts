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
  const { model, unitItems, unitLow, unknownAge } = view;
  const hopeless = new Uint8Array(model.units.length);
  for (const units of componentUnits) {
    // Partners by age: only those within the spread of u's ages can share its group.
    const aged = units.filter((v) => unitLow[v] !== unknownAge).sort((a, b) => unitLow[a]! - unitLow[b]! || a - b);
    const partners = new PartnersByOption(view, aged, units.filter((v) => unitLow[v] === unknownAge), hopeless);
    const checked = units.filter((u) => model.sizeMin > unitItems[u]!.length && !joinsExisting(view, u));
    for (let changed = true; changed; ) {
      changed = false;
      for (const u of checked) {
        if (hopeless[u] === 1 || partners.enough(u, model.sizeMin - unitItems[u]!.length)) continue;
        hopeless[u] = 1;
        changed = true;
      }
    }
  }
  return hopeless;
}

const NOBODY: readonly number[] = [];
const NOBODY_AGED: { readonly units: readonly number[]; readonly sizes: readonly number[] } = { units: [], sizes: [0] };

/**
 * A sub-pool's units listed per option (those of known age youngest first, with running sums of
 * their sizes), so a unit's possible partners at an option are looked at one option at a time
 * and an option whose age window holds too few people, whoever they are, costs a binary search.
 */
class PartnersByOption {
  private readonly aged = new Map<number, { units: number[]; sizes: number[] }>();
  private readonly ageless = new Map<number, number[]>();

  constructor(
    private readonly view: UnitView,
    agedUnits: readonly number[],
    agelessUnits: readonly number[],
    private readonly hopeless: Uint8Array,
  ) {
    for (const v of agedUnits) {
      const size = view.unitItems[v]!.length;
      for (const o of view.unitOpts[v]!) {
        let list = this.aged.get(o);
        if (list === undefined) this.aged.set(o, (list = { units: [], sizes: [0] }));
        list.units.push(v);
        list.sizes.push(list.sizes[list.sizes.length - 1]! + size);
      }
    }
    for (const v of agelessUnits) {
      for (const o of view.unitOpts[v]!) {
        const list = this.ageless.get(o);
        if (list === undefined) this.ageless.set(o, [v]);
        else list.push(v);
      }
    }
  }

  /** Whether at one of `u`'s options, `need` people it may share a group with (none of them hopeless) could join it. */
  enough(u: number, need: number): boolean {
    const { model, unitLow, unitHigh, unknownAge } = this.view;
    const span = model.maxSpread;
    const known = unitLow[u] !== unknownAge;
    for (const o of this.view.unitOpts[u]!) {
      if (!model.opensGroups(o) || model.placeCapacity(model.optionPlace(o)) < model.sizeMin) continue;
      const ageless = this.ageless.get(o) ?? NOBODY;
      const list = this.aged.get(o) ?? NOBODY_AGED;
      // Everyone in u's age window at this option: the ages of a group's members differ by at most the spread.
      const from = known ? firstAtLeast(list.units, unitLow, unitHigh[u]! - span) : 0;
      const to = known ? firstAtLeast(list.units, unitLow, unitLow[u]! + span + 1) : list.units.length;
      // Too few even if nobody conflicted (u itself may be among them).
      if (list.sizes[to]! - list.sizes[from]! + ageless.length * model.sizeMax < need) continue;
      let people = 0;
      for (const v of ageless) if ((people += this.partnerSize(u, v)) >= need) return true;
      for (let k = from; k < to; k++) if ((people += this.partnerSize(u, list.units[k]!)) >= need) return true;
    }
    return false;
  }

  /** People `v` brings to a group around `u`: 0 unless it is another unit, not hopeless, that may share u's group. */
  private partnerSize(u: number, v: number): number {
    const { unitItems } = this.view;
    if (v === u || this.hopeless[v] === 1 || !this.view.fits(unitItems[u]!, unitItems[v]!)) return 0;
    return unitItems[v]!.length;
  }
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
