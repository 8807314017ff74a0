import { decompose, unitOptions } from "./decompose.js";
import type { PoolModel } from "./poolModel.js";
import { cachedCompatibility } from "./compatibilityCache.js";
import { EngineAssertionError } from "./errors.js";
import { hopelessUnits } from "./hopelessUnits.js";
import { type SearchView, UNKNOWN_AGE } from "./groupOpener.js";
import { listAdd, listRemove } from "./indexedList.js";
import { indexIn, PoolState, WAITING, type GroupChange, type Move } from "./poolState.js";
import type { Random } from "./random.js";

/**
 * Choosing a group's room, each person in the pool who could meet at an option adds this many km
 * of apparent travel per room the option has, so groups take rooms few others could use and
 * leave the most wanted ones free. Scores count real travel only; the bias is dropped once the
 * search has settled, and the last pass gives the final groups their best rooms exactly.
 */
const DEMAND_KM = 2;
const NO_UNITS: readonly number[] = [];

/**
 * What every part of a pool search shares: the state, the unit tables built from the model
 * (who may be placed, their options, ages and sub-pool), and the sub-pool lists of groups and
 * waiting units, kept up to date through the state's listeners. Moves are applied through it
 * (`commit`, `revert`), so assert mode checks them all.
 */
export class SearchContext implements SearchView {
  readonly state: PoolState;
  readonly componentCount: number;
  readonly componentOfUnit: Int32Array;
  /** The placeable units of each sub-pool. */
  readonly componentUnits: readonly (readonly number[])[];
  /** Units that must join a specific pinned group (their `together` partner is in it), or -1. */
  readonly target: Int32Array;
  readonly unitOpts: Int32Array[];
  readonly unitFamilies: Int32Array[];
  readonly placeable: number[];
  /** The movable items of each unit (a unit tied to a pinned group loses its pinned part). */
  readonly unitItems: number[][];
  /** Youngest and oldest recorded age (spread attribute) of each unit, or UNKNOWN_AGE. */
  readonly unitLow: Int32Array;
  readonly unitHigh: Int32Array;
  readonly slotsOf: number[][];
  private readonly slotPos: number[] = [];
  readonly waitingOf: number[][];
  private readonly waitingPos: Int32Array;
  /** Bumped whenever a component's waiting set changes: a failed open stays failed until then. */
  readonly waitingVersion: Int32Array;
  /** Every waiting unit of every component, for picking someone to place. */
  readonly allWaiting: number[] = [];
  private readonly allWaitingPos: Int32Array;
  /** Waiting units of each sub-pool by option family (a place and slot), keyed `family × componentCount + component`: who could fill a room freed there. */
  private readonly waitingAtFamily = new Map<number, number[]>();
  /** Per unit, its position in the list of each of its families (aligned with `unitFamilies`), -1 when not listed. */
  private readonly familyPos: Int32Array[];

  constructor(
    readonly model: PoolModel,
    readonly random: Random,
    /** Recompute everything from scratch after every applied move and throw on drift. */
    readonly assertMode: boolean,
  ) {
    this.state = new PoolState(model);
    const unitCount = model.units.length;
    this.target = new Int32Array(unitCount).fill(-1);
    this.unitOpts = model.units.map((items) => unitOptions(model, items));
    const openPinned: number[] = [];
    const acceptingPinned = model.pinned.map((spec) => !spec.closed && spec.members.length < model.sizeMax && pinnedConsistent(this.state, spec.members, spec.allowedOptions));
    acceptingPinned.forEach((open, g) => open && openPinned.push(g));

    this.unitItems = model.units.map((items) => items.filter((i) => model.pinnedTo[i]! < 0));
    this.unitLow = new Int32Array(unitCount).fill(UNKNOWN_AGE);
    this.unitHigh = new Int32Array(unitCount).fill(UNKNOWN_AGE);
    this.unitItems.forEach((items, u) => {
      const ages = items.map((i) => model.spread[i]!).filter((a) => a >= 0);
      if (ages.length === 0) return;
      this.unitLow[u] = Math.min(...ages);
      this.unitHigh[u] = Math.max(...ages);
    });
    const placeable: number[] = [];
    model.units.forEach((items, u) => {
      const free = items.filter((i) => model.pinnedTo[i]! < 0);
      if (free.length !== items.length) {
        // A unit tied to a pinned member may only join that member's group.
        const groupsOfUnit = new Set(items.map((i) => model.pinnedTo[i]!).filter((g) => g >= 0));
        const g = [...groupsOfUnit][0]!;
        if (free.length === 0 || groupsOfUnit.size !== 1 || !acceptingPinned[g]) return;
        this.target[u] = g;
      }
      if (free.every((i) => model.placeable[i] === 1) && this.unitOpts[u]!.length > 0) placeable.push(u);
    });

    // Pair answers are cached per sub-pool; units that can never be placed are then dropped (the
    // search would only waste moves on them), which may split sub-pools further.
    const first = decompose(model, placeable, openPinned);
    const componentItems = first.units.map((units) => units.flatMap((u) => this.unitItems[u]!));
    first.componentOfPinned.forEach((c, g) => {
      if (c >= 0) componentItems[c]!.push(...model.pinned[g]!.members);
    });
    this.state.compatible = cachedCompatibility(model, componentItems);
    const view = { model, unitItems: this.unitItems, unitOpts: this.unitOpts, target: this.target, openPinned, fits: (a: readonly number[], b: readonly number[]) => this.state.fits(a, b), unitLow: this.unitLow, unitHigh: this.unitHigh, unknownAge: UNKNOWN_AGE };
    const hopeless = hopelessUnits(view, first.units);
    this.placeable = placeable.filter((u) => hopeless[u] === 0);
    const decomposition = decompose(model, this.placeable, openPinned);
    this.componentOfUnit = decomposition.componentOfUnit;
    this.componentUnits = decomposition.units;
    this.state.optionBias = demandBias(model, this.placeable, this.unitOpts);
    this.componentCount = decomposition.units.length;
    this.slotsOf = decomposition.units.map(() => []);
    this.waitingOf = decomposition.units.map(() => []);
    this.waitingPos = new Int32Array(unitCount).fill(-1);
    this.allWaitingPos = new Int32Array(unitCount).fill(-1);
    this.waitingVersion = new Int32Array(decomposition.units.length);
    this.unitFamilies = this.unitOpts.map((options) => families(model, options));
    this.familyPos = this.unitFamilies.map((list) => new Int32Array(list.length).fill(-1));
    this.state.listeners.aliveChanged = (slot, alive) => this.onAliveChanged(slot, alive);
    this.state.listeners.unitMoved = (unit, from, to) => this.onUnitMoved(unit, from, to);

    this.state.componentTotal = new Float64Array(this.componentCount);
    model.pinned.forEach((_, g) => {
      const component = decomposition.componentOfPinned[g]!;
      const slot = this.state.addPinned(g, component, acceptingPinned[g] === true);
      if (component >= 0) this.onAliveChanged(slot, true);
    });
    for (const u of this.placeable) if (this.componentOfUnit[u]! >= 0) this.state.addWaiting(u);
  }

  // ---------------------------------------------------------------- indexes

  private onAliveChanged(slot: number, alive: boolean): void {
    const component = this.state.groups[slot]!.component;
    if (component < 0) return;
    if (alive) listAdd(this.slotsOf[component]!, this.slotPos, slot);
    else listRemove(this.slotsOf[component]!, this.slotPos, slot);
  }

  private onUnitMoved(unit: number, from: number, to: number): void {
    const component = this.componentOfUnit[unit]!;
    if (component < 0) return;
    this.waitingVersion[component]! += 1;
    if (to === WAITING && from !== WAITING) {
      listAdd(this.waitingOf[component]!, this.waitingPos, unit);
      listAdd(this.allWaiting, this.allWaitingPos, unit);
      this.listAtFamilies(unit, component);
    } else if (from === WAITING && to !== WAITING) {
      listRemove(this.waitingOf[component]!, this.waitingPos, unit);
      listRemove(this.allWaiting, this.allWaitingPos, unit);
      this.unlistAtFamilies(unit, component);
    }
  }

  /** The waiting units of sub-pool `component` who can meet at option family `family`, in no particular order. */
  waitingAt(component: number, family: number): readonly number[] {
    return this.waitingAtFamily.get(family * this.componentCount + component) ?? NO_UNITS;
  }

  private listAtFamilies(unit: number, component: number): void {
    const families = this.unitFamilies[unit]!;
    const pos = this.familyPos[unit]!;
    for (let k = 0; k < families.length; k++) {
      const key = families[k]! * this.componentCount + component;
      const list = this.waitingAtFamily.get(key) ?? this.waitingAtFamily.set(key, []).get(key)!;
      pos[k] = list.length;
      list.push(unit);
    }
  }

  private unlistAtFamilies(unit: number, component: number): void {
    const families = this.unitFamilies[unit]!;
    const pos = this.familyPos[unit]!;
    for (let k = 0; k < families.length; k++) {
      const list = this.waitingAtFamily.get(families[k]! * this.componentCount + component)!;
      const last = list.pop()!;
      if (last !== unit) {
        list[pos[k]!] = last;
        this.familyPos[last]![indexIn(this.unitFamilies[last]!, families[k]!)] = pos[k]!;
      }
      pos[k] = -1;
    }
  }

  // ---------------------------------------------------------------- ages

  /** Mean of the members' recorded spread attribute (age), for relating groups. */
  middleAge(members: readonly number[]): number {
    let sum = 0;
    let count = 0;
    for (const m of members) {
      const a = this.model.spread[m]!;
      if (a >= 0) {
        sum += a;
        count += 1;
      }
    }
    return count > 0 ? sum / count : 0;
  }

  youngest(u: number): number {
    let y = Number.POSITIVE_INFINITY;
    for (const i of this.unitItems[u]!) if (this.model.spread[i]! >= 0) y = Math.min(y, this.model.spread[i]!);
    return y;
  }

  // ---------------------------------------------------------------- applying moves

  /** A pinned group back to its own members returns to its recorded option. */
  evaluateSlot(slot: number, members: number[]): { option: number; score: number } | null {
    const group = this.state.groups[slot]!;
    if (group.pinned >= 0) {
      const spec = this.model.pinned[group.pinned]!;
      if (members.length === spec.members.length) {
        const recorded = spec.recordedOption;
        // While it met elsewhere, another group may have taken its recorded room.
        if (recorded >= 0 && this.state.full(recorded, group.option)) return null;
        return { option: recorded, score: this.model.groupScore(members, recorded) };
      }
      return this.state.evaluate(members, group.option, spec.allowedOptions, true);
    }
    return this.state.evaluate(members, group.option, null, false);
  }

  /** Applies a move; returns its undo list. */
  commit(move: Move): GroupChange[] {
    const undo = this.state.apply(move);
    if (this.assertMode) this.assertConsistent();
    return undo;
  }

  revert(undo: GroupChange[]): void {
    this.state.apply({ changes: undo, delta: 0 });
    if (this.assertMode) this.assertConsistent();
  }

  /** Assert mode: the state, and the search's own indexes (group and waiting lists, component totals). */
  assertConsistent(): void {
    this.state.assertConsistent();
    const listed = new Int32Array(this.componentCount);
    const totals = new Float64Array(this.componentCount);
    this.state.groups.forEach((group, slot) => {
      if (!group.alive || group.component < 0) return;
      const c = group.component;
      listed[c]! += 1;
      totals[c]! += group.score;
      const list = this.slotsOf[c]!;
      if (list[this.slotPos[slot]!] !== slot) throw new EngineAssertionError("groupList", -1, slot, `component ${c}`);
    });
    for (let c = 0; c < this.componentCount; c++) {
      if (listed[c] !== this.slotsOf[c]!.length) throw new EngineAssertionError("groupList", this.slotsOf[c]!.length, listed[c]!, `component ${c}`);
      const drift = Math.abs(totals[c]! - this.state.componentTotal[c]!);
      if (drift > 1e-6 * Math.max(1, Math.abs(totals[c]!))) throw new EngineAssertionError("componentTotal", this.state.componentTotal[c]!, totals[c]!, `component ${c}`);
      for (const u of this.waitingOf[c]!) {
        if (this.state.groupOfUnit[u] !== WAITING) throw new EngineAssertionError("waitingList", this.state.groupOfUnit[u]!, WAITING, `unit ${u}`);
        for (const f of this.unitFamilies[u]!) if (!this.waitingAt(c, f).includes(u)) throw new EngineAssertionError("familyList", 0, 1, `unit ${u}`);
      }
      let listedAtFamilies = 0;
      for (const u of this.waitingOf[c]!) listedAtFamilies += this.unitFamilies[u]!.length;
      let familyEntries = 0;
      for (const [key, list] of this.waitingAtFamily) if (key % this.componentCount === c) familyEntries += list.length;
      if (familyEntries !== listedAtFamilies) throw new EngineAssertionError("familyList", familyEntries, listedAtFamilies, `component ${c}`);
    }
  }
}

/**
 * Per option: DEMAND_KM × the people who could hold each of its resources (a room in that slot,
 * a starter), per unit of that resource, summed (0 where nothing is limited).
 */
function demandBias(model: PoolModel, placeable: readonly number[], unitOpts: readonly Int32Array[]): Float64Array {
  let options = 0;
  for (const u of placeable) for (const o of unitOpts[u]!) options = Math.max(options, o + 1);
  const demand = new Float64Array(model.resourceCount);
  const stamp = new Int32Array(model.resourceCount).fill(-1);
  for (const u of placeable) {
    for (const o of unitOpts[u]!) {
      for (const r of model.optionResources(o)) {
        if (stamp[r] === u) continue;
        stamp[r] = u;
        demand[r]! += 1;
      }
    }
  }
  const bias = new Float64Array(options);
  for (let o = 0; o < options; o++) {
    for (const r of model.optionResources(o)) {
      const capacity = model.resourceCapacity(r);
      if (Number.isFinite(capacity) && capacity > 0) bias[o]! += (DEMAND_KM * demand[r]!) / capacity;
    }
  }
  return bias;
}

/** The sorted distinct families of a sorted option list (the list itself when every option is its own family). */
function families(model: PoolModel, options: Int32Array): Int32Array {
  const out = new Set<number>();
  for (const o of options) out.add(model.optionFamily(o));
  return out.size === options.length && options.every((o) => model.optionFamily(o) === o) ? options : Int32Array.from(out).sort();
}

function pinnedConsistent(state: PoolState, members: readonly number[], allowed: Int32Array): boolean {
  for (let a = 0; a < members.length; a++) if (!state.fits([members[a]!], members.slice(a + 1))) return false;
  let options = allowed;
  for (const m of members) options = options.filter((o) => state.model.options[m]!.includes(o));
  return options.length > 0;
}
