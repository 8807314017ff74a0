import { EngineAssertionError } from "./errors.js";
import { meetsMinDistinct } from "./minDistinct.js";
import type { PoolModel } from "./poolModel.js";

/** One group slot of the state; a closed slot (`alive` false) may be reused. */
export interface GroupSlot {
  /** Items, pinned members first. */
  members: number[];
  /** Movable units in the group. */
  units: number[];
  /** Pinned group index, or -1 for a new group. */
  pinned: number;
  /** False for closed pinned groups and pinned groups that can take nobody. */
  accepting: boolean;
  option: number;
  score: number;
  component: number;
  alive: boolean;
}

/** A proposed new content for one group slot; `slot` -1 opens a new one. */
export interface GroupChange {
  slot: number;
  /** Component the group belongs to (needed when the change opens a slot). */
  component: number;
  members: number[];
  units: number[];
  option: number;
  score: number;
}

/** A fully evaluated move: new contents for the groups it touches, and the objective change. */
export interface Move {
  changes: GroupChange[];
  delta: number;
}

const NO_RESOURCES = new Int32Array(0);
const NO_SLOTS: readonly number[] = [];

export const WAITING = -1;
export const NEVER = -2;

/**
 * The engine's state: which group each unit is in, each group's option and score, and the
 * room bookings. Every move is evaluated by rebuilding only the groups it touches, so its
 * cost is proportional to their size, never to the pool.
 */
export class PoolState {
  readonly groups: GroupSlot[] = [];
  /** Group slot of each unit, WAITING, or NEVER for units that cannot be placed. */
  readonly groupOfUnit: Int32Array;
  total = 0;
  /** Objective per component (pinned groups outside every component are not counted). */
  componentTotal = new Float64Array(0);
  /** Groups holding each resource (rooms, starters) now. */
  private readonly held: Int32Array;
  /** The slots of the groups holding each resource, kept by `apply` (never by trial rebookings). */
  private readonly holders: number[][] = [];
  /** Per option: added to a group's travel when it chooses among options, never to its score. */
  optionBias: Float64Array | null = null;
  private readonly free: number[] = [];

  constructor(readonly model: PoolModel) {
    this.groupOfUnit = new Int32Array(model.units.length).fill(NEVER);
    this.held = new Int32Array(model.resourceCount);
  }

  /** Adds a pinned group as it stands (its recorded option booked). */
  addPinned(index: number, component: number, accepting: boolean): number {
    const spec = this.model.pinned[index]!;
    const members = [...spec.members];
    const slot = this.groups.length;
    const option = spec.recordedOption;
    this.groups.push({ members, units: [], pinned: index, accepting, option, score: this.model.groupScore(members, option), component, alive: true });
    if (option >= 0) {
      this.book(option, 1);
      this.hold(option, slot, true);
    }
    this.total += this.groups[slot]!.score;
    if (component >= 0) this.componentTotal[component]! += this.groups[slot]!.score;
    return slot;
  }

  /**
   * Applies a move's changes (rooms, unit positions, scores) and returns, per change, the
   * slot it landed in and the slot's previous content, so the move can be undone.
   */
  apply(move: Move): GroupChange[] {
    const undo: GroupChange[] = [];
    for (const change of move.changes) {
      let slot = change.slot;
      if (slot < 0) slot = this.openSlot(change.component);
      const group = this.groups[slot]!;
      const wasAlive = group.alive;
      undo.push({
        slot,
        component: group.component,
        members: wasAlive ? group.members : [],
        units: wasAlive ? group.units : [],
        option: group.option,
        score: wasAlive ? group.score : 0,
      });
      for (const u of group.units) if (this.groupOfUnit[u] === slot) this.setUnit(u, WAITING);
      if (group.option >= 0 && group.alive) {
        this.book(group.option, -1);
        this.hold(group.option, slot, false);
      }
      this.total -= group.alive ? group.score : 0;
      if (group.alive && group.component >= 0) this.componentTotal[group.component]! -= group.score;
      // A closing slot stays listed under the component it leaves (slots are reused across components).
      if (change.members.length > 0) group.component = change.component;
      group.members = change.members;
      group.units = change.units;
      group.option = change.option;
      group.score = change.score;
      group.alive = change.members.length > 0;
      if (group.alive) {
        if (group.option >= 0) {
          this.book(group.option, 1);
          this.hold(group.option, slot, true);
        }
        this.total += group.score;
        if (group.component >= 0) this.componentTotal[group.component]! += group.score;
        for (const u of group.units) this.setUnit(u, slot);
      } else if (group.pinned < 0) this.free.push(slot);
      if (group.alive !== wasAlive) this.listeners.aliveChanged?.(slot, group.alive);
    }
    return undo.reverse();
  }

  /** Hooks for indexes kept outside the state (component group lists, waiting lists). */
  readonly listeners: {
    aliveChanged?: (slot: number, alive: boolean) => void;
    unitMoved?: (unit: number, from: number, to: number) => void;
  } = {};

  private setUnit(unit: number, slot: number): void {
    const from = this.groupOfUnit[unit]!;
    if (from === slot) return;
    this.groupOfUnit[unit] = slot;
    this.listeners.unitMoved?.(unit, from, slot);
  }

  /** Marks a placeable unit as waiting (before any group holds it). */
  addWaiting(unit: number): void {
    this.setUnit(unit, WAITING);
  }

  private openSlot(component: number): number {
    // Lazy deletion: an undo may have revived a slot that is still listed as free.
    for (let reused = this.free.pop(); reused !== undefined; reused = this.free.pop()) {
      const group = this.groups[reused]!;
      if (group.alive) continue;
      group.component = component;
      return reused;
    }
    this.groups.push({ members: [], units: [], pinned: -1, accepting: true, option: -1, score: 0, component, alive: false });
    return this.groups.length - 1;
  }

  private book(option: number, by: number): void {
    for (const r of this.model.optionResources(option)) this.held[r]! += by;
  }

  /** Records slot `slot` as holding (or no longer holding) each resource of `option`: a few groups per resource, so a list will do. */
  private hold(option: number, slot: number, holds: boolean): void {
    for (const r of this.model.optionResources(option)) {
      const list = (this.holders[r] ??= []);
      if (holds) list.push(slot);
      else list.splice(list.lastIndexOf(slot), 1);
    }
  }

  /** The slots of the groups that hold `resource` now, in no particular order. */
  holdersOf(resource: number): readonly number[] {
    return this.holders[resource] ?? NO_SLOTS;
  }

  /** Evaluates `fn` as if one group had moved from option `from` to `to` (for two-group moves). */
  withRebooking<T>(from: number, to: number, fn: () => T): T {
    if (from >= 0) this.book(from, -1);
    if (to >= 0) this.book(to, 1);
    try {
      return fn();
    } finally {
      if (to >= 0) this.book(to, -1);
      if (from >= 0) this.book(from, 1);
    }
  }

  /** Evaluates `fn` as if every group in `moves` had moved from its option to the new one. */
  withRebookings<T>(moves: readonly (readonly [from: number, to: number])[], fn: () => T, k = 0): T {
    if (k >= moves.length) return fn();
    const [from, to] = moves[k]!;
    return this.withRebooking(from, to, () => this.withRebookings(moves, fn, k + 1));
  }

  /**
   * Whether some resource of `option` is taken to its capacity by groups other than one
   * meeting at `current` (-1 for none), so no further group may meet there.
   */
  full(option: number, current: number): boolean {
    const { model } = this;
    const mine = current >= 0 ? model.optionResources(current) : NO_RESOURCES;
    for (const r of model.optionResources(option)) {
      const others = this.held[r]! - (mine.includes(r) ? 1 : 0);
      if (others >= model.resourceCapacity(r)) return true;
    }
    return false;
  }

  /** Resources of `option` that are taken to capacity by groups other than one at `current`. */
  fullResources(option: number, current: number): number[] {
    const { model } = this;
    const mine = current >= 0 ? model.optionResources(current) : NO_RESOURCES;
    return Array.from(model.optionResources(option)).filter((r) => this.held[r]! - (mine.includes(r) ? 1 : 0) >= model.resourceCapacity(r));
  }

  /**
   * The best option and score for a group of these members, or null when no option is valid.
   * `current` is the option the group holds (its own booking does not block it); `allowed`
   * restricts a pinned group to its own slot and place. Cost: O(members × options of the
   * most constrained member).
   */
  evaluate(members: readonly number[], current: number, allowed: Int32Array | null, pinned: boolean): { option: number; score: number } | null {
    const { model } = this;
    if (members.length === 0) return { option: -1, score: 0 };
    if (members.length > model.sizeMax || (!pinned && members.length < model.sizeMin)) return null;
    if (!meetsMinDistinct(model, members)) return null;
    let narrowest = model.options[members[0]!]!;
    for (const m of members) if (model.options[m]!.length < narrowest.length) narrowest = model.options[m]!;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const option of narrowest) {
      if (allowed !== null && !contains(allowed, option)) continue;
      if (!pinned && !model.opensGroups(option)) continue;
      const place = model.optionPlace(option);
      if (model.placeCapacity(place) < members.length) continue;
      if (this.full(option, current)) continue;
      let cost = 0;
      let everyone = true;
      let host = model.homePlace === null;
      for (const m of members) {
        const at = indexIn(model.options[m]!, option);
        if (at < 0) {
          everyone = false;
          break;
        }
        cost += model.optionCosts[m]![at]!;
        if (!host && model.homePlace![m] === place) host = true;
      }
      if (!everyone || !host) continue;
      if (this.optionBias !== null) cost += this.optionBias[option] ?? 0;
      if (cost < bestCost || best < 0) {
        best = option;
        bestCost = cost;
      }
    }
    if (best < 0) return null;
    return { option: best, score: model.groupScore(members, best) };
  }

  /** Whether every item of `items` may share a group with every item of `members`. */
  fits(items: readonly number[], members: readonly number[]): boolean {
    for (const i of items) for (const m of members) if (!this.compatible(i, m)) return false;
    return true;
  }

  /** Whether two items may share a group: no conflict and within the spread. Replaceable by a cache. */
  compatible = (i: number, j: number): boolean => pairCompatible(this.model, i, j);

  /** Allowed options of a slot: a pinned group's own, or any. */
  allowedOf(slot: number): Int32Array | null {
    const pinned = this.groups[slot]!.pinned;
    return pinned >= 0 ? this.model.pinned[pinned]!.allowedOptions : null;
  }

  /**
   * Assert mode: recomputes the objective and every group's validity from scratch and
   * throws an EngineAssertionError naming the term that drifted.
   */
  assertConsistent(): void {
    const { model } = this;
    let total = 0;
    const held = new Int32Array(model.resourceCount);
    // Existing groups in the room the input records for them, which the input may already overbook.
    const recorded = new Int32Array(model.resourceCount);
    this.groups.forEach((group, slot) => {
      if (!group.alive) return;
      const scratch = model.groupScore(group.members, group.option);
      if (!close(scratch, group.score)) throw new EngineAssertionError("groupScore", group.score, scratch, `group slot ${slot}`);
      total += scratch;
      if (group.option >= 0) for (const r of model.optionResources(group.option)) held[r]! += 1;
      if (group.option >= 0 && group.pinned >= 0 && group.option === model.pinned[group.pinned]!.recordedOption) {
        for (const r of model.optionResources(group.option)) recorded[r]! += 1;
      }
      for (const u of group.units) {
        if (this.groupOfUnit[u] !== slot) throw new EngineAssertionError("unitPosition", this.groupOfUnit[u]!, slot, `unit ${u}`);
      }
      if (group.pinned < 0 || group.units.length > 0) this.assertValidGroup(group, slot);
    });
    if (!close(total, this.total)) throw new EngineAssertionError("total", this.total, total);
    for (let r = 0; r < model.resourceCount; r++) {
      const count = held[r]!;
      if (this.held[r] !== count) throw new EngineAssertionError("rooms", this.held[r]!, count, `resource ${r}`);
      const listed = this.holdersOf(r);
      if (listed.length !== count || listed.some((slot) => !this.groups[slot]!.alive || !model.optionResources(this.groups[slot]!.option).includes(r))) {
        throw new EngineAssertionError("holders", listed.length, count, `resource ${r}`);
      }
      // Consistent bookings can still be too many: a move that placed two groups in one room.
      // Only existing groups kept where the input put them may exceed a room's limit.
      const limit = Math.max(model.resourceCapacity(r), recorded[r]!);
      if (count > limit) throw new EngineAssertionError("roomLimit", limit, count, `resource ${r}`);
    }
  }

  private assertValidGroup(group: GroupSlot, slot: number): void {
    const { members } = group;
    for (let a = 0; a < members.length; a++) {
      if (!this.fits([members[a]!], members.slice(a + 1))) throw new EngineAssertionError("conflicts", 1, 0, `group slot ${slot}`);
    }
    const size = members.length;
    if (size > this.model.sizeMax || (group.pinned < 0 && size < this.model.sizeMin)) {
      throw new EngineAssertionError("size", size, this.model.sizeMin, `group slot ${slot}`);
    }
    if (!meetsMinDistinct(this.model, members)) throw new EngineAssertionError("minDistinct", 0, this.model.minDistinct?.count ?? 0, `group slot ${slot}`);
    for (const m of members) {
      if (!contains(this.model.options[m]!, group.option)) throw new EngineAssertionError("option", group.option, -1, `group slot ${slot}`);
    }
    if (group.pinned < 0 && !this.model.opensGroups(group.option)) throw new EngineAssertionError("option", group.option, -1, `group slot ${slot} (no new group may meet there)`);
  }
}

/** The pair rules and the spread bound, straight from the model. */
export function pairCompatible(model: PoolModel, i: number, j: number): boolean {
  const a = model.spread[i]!;
  const b = model.spread[j]!;
  if (a >= 0 && b >= 0 && Math.abs(a - b) > model.maxSpread) return false;
  return !model.conflicts(i, j);
}

/** Binary search in a sorted Int32Array. */
export function contains(sorted: Int32Array, value: number): boolean {
  return indexIn(sorted, value) >= 0;
}

/** Position of `value` in a sorted Int32Array, or -1. */
export function indexIn(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid]!;
    if (x === value) return mid;
    if (x < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}
