import type { ChainOpener } from "./chainOpener.js";
import { unitOptions } from "./decompose.js";
import { type GroupOpener, SWEEP_JITTER } from "./groupOpener.js";
import { contains, WAITING, type GroupChange, type Move } from "./poolState.js";
import type { RoomMoves } from "./roomMoves.js";
import { LOCAL_SHARE } from "./scarceRooms.js";
import type { SearchContext } from "./searchContext.js";
import { SearchPart } from "./searchPart.js";
import type { UnitMoves } from "./unitMoves.js";

/**
 * Of the moves from a placed unit, one in this many splits a new group off around it, one merges
 * its group into another, and one tries a room move first (`RoomMoves`).
 */
const SPLIT_EVERY = 64;
/** Cap on the per-unit back-off of top-up opens (tried with probability 1 / (1 + failures)). */
const TOP_UP_BACKOFF = 16;
const NO_UNITS: readonly number[] = [];

/**
 * The moves a pool search applies: a random one from a unit (placing someone waiting, a cheap
 * move, a room move, a split or a merge), and the large neighbourhood moves that reshape several groups at
 * once (ejection chains, freeing a room, ruin and recreate, rebuilding a sub-pool). Each is
 * applied as it is built and returns its undo list, or null when nothing changed.
 */
export class LargeMoves extends SearchPart {
  private readonly waitingVersion: Int32Array;
  private readonly openFailedAt: Int32Array;
  /** Failed top-up and freed-room opens per unit since its last success. */
  private readonly topUpFails: Int32Array;

  constructor(
    private readonly context: SearchContext,
    private readonly moves: UnitMoves,
    private readonly opener: GroupOpener,
    private readonly chains: ChainOpener,
    private readonly rooms: RoomMoves,
  ) {
    super(context);
    this.waitingVersion = context.waitingVersion;
    const unitCount = context.model.units.length;
    this.openFailedAt = new Int32Array(unitCount).fill(-1);
    this.topUpFails = new Int32Array(unitCount);
  }

  /** Applies one random move from unit `u`; returns its undo list, or null when the move was not possible. */
  randomMove(u: number): GroupChange[] | null {
    const component = this.componentOfUnit[u]!;
    const slots = this.slotsOf[component]!;
    const where = this.state.groupOfUnit[u]!;
    if (where === WAITING) return this.placeWaiting(u, component);
    let move: Move | null = null;
    const rare = where >= 0 ? this.random.nextInt(SPLIT_EVERY) : -1;
    if (rare === 0) {
      move = this.opener.openStealing(u, component);
    } else if (rare === 1 && slots.length > 1) {
      move = this.moves.mergeMove(where, slots[this.random.nextInt(slots.length)]!);
    } else if (where >= 0 && slots.length > 1) {
      const slot = slots[this.random.nextInt(slots.length)]!;
      // A room move where one improves; else a unit move with the same group (no draw spent on the room move).
      if (rare === 2) move = this.rooms.reroomMove(where) ?? this.rooms.swapRoomsMove(where, slot);
      const units = this.state.groups[slot]!.units;
      if (move !== null) return this.context.commit(move);
      if (this.random.nextInt(2) === 0 || units.length === 0) move = this.moves.relocateMove(u, slot);
      else move = this.moves.swapMove(u, units[this.random.nextInt(units.length)]!);
    }
    return move ? this.context.commit(move) : null;
  }

  /**
   * Tries to place waiting unit `u`: in a random group of its component; else by an
   * ejection chain (it takes the place of the one member it clashes with, who is then
   * placed elsewhere, possibly displacing one more); else in a new group around it.
   */
  private placeWaiting(u: number, component: number): GroupChange[] | null {
    const slots = this.slotsOf[component]!;
    if (slots.length > 0 && this.random.nextInt(4) > 0) {
      const slot = slots[this.random.nextInt(slots.length)]!;
      const insert = this.moves.insertMove(u, slot);
      if (insert) return this.context.commit(insert);
      const chain = this.ejectionChain(u, slot, 2);
      if (chain) return chain;
    }
    // Opening costs more and mostly fails once the search settles: back off per person.
    const fails = this.topUpFails[u]!;
    if (fails > 0 && this.random.nextInt(1 + fails) !== 0) return null;
    // Whether a group can open around someone from the waiting alone depends only on who waits in their component.
    if (this.openFailedAt[u] !== this.waitingVersion[component]) {
      const open = this.opener.open(u, this.waitingOf[component]!, 0, true);
      if (open) {
        this.topUpFails[u] = 0;
        return this.context.commit(open);
      }
      this.openFailedAt[u] = this.waitingVersion[component]!;
    }
    const stealing = this.opener.openStealing(u, component) ?? this.chains.open(u, component);
    const done = stealing ? this.context.commit(stealing) : this.openInFreedRoom(u, component);
    this.topUpFails[u] = done ? 0 : Math.min(TOP_UP_BACKOFF, fails + 1);
    return done;
  }

  /**
   * Frees a room for `u`: a group on one of `u`'s full meeting options moves to another option
   * its members share, or, when it has none, closes (an existing group lets its newcomers go)
   * and its people are placed again where they can; then a group opens around `u` (or `u`
   * joins one). Undone when nothing opens.
   */
  private openInFreedRoom(u: number, component: number): GroupChange[] | null {
    const full = this.unitOpts[u]!.filter((o) => this.model.opensGroups(o) && this.state.full(o, -1));
    if (full.length === 0) return null;
    const option = full[this.random.nextInt(full.length)]!;
    // The resource to free: a room in that slot, or a starter (a group may change starters without moving).
    const taken = this.state.fullResources(option, -1);
    const resource = taken.length === 1 ? taken[0]! : taken[this.random.nextInt(taken.length)]!;
    const uses = (o: number): boolean => o >= 0 && this.model.optionResources(o).includes(resource);
    // Existing groups hold a room too once newcomers join them; without them they go back to their own.
    // In slot order, so the pick does not depend on the order groups took the resource.
    const holders = this.state.holdersOf(resource).filter((slot) => {
      const group = this.state.groups[slot]!;
      return group.pinned < 0 || (group.units.length > 0 && !uses(this.model.pinned[group.pinned]!.recordedOption));
    });
    holders.sort((a, b) => a - b);
    if (holders.length === 0) return null;
    const slot = holders[this.random.nextInt(holders.length)]!;
    const group = this.state.groups[slot]!;
    const allowed = this.state.allowedOf(slot);
    const elsewhere = unitOptions(this.model, group.members).filter((o) => !uses(o) && (allowed === null || contains(allowed, o)));
    const moved = this.state.evaluate(group.members, group.option, elsewhere, group.pinned >= 0);
    // A group that cannot move gives up the room: its people wait or find places again.
    const change = moved === null ? this.dissolved(slot) : { slot, component: group.component, members: group.members, units: group.units, ...moved };
    if (change === null) return null;
    const displaced = moved === null ? group.units : NO_UNITS;
    const freed = this.context.commit({ changes: [change], delta: change.score - group.score });
    // Where few of the waiting could meet in the freed room (a national list), the new group
    // takes it, from those who can: scanning the others would cost much and find little.
    const waiting = this.waitingOf[component]!;
    const family = this.model.optionFamily(option);
    const local = this.context.waitingAt(component, family);
    const fresh = local.length * LOCAL_SHARE < waiting.length ? this.opener.open(u, local, 0, true, family) : this.opener.open(u, waiting, 0, true);
    const open = fresh ?? this.opener.openStealing(u, component) ?? this.moves.bestInsert(u);
    if (open === null) {
      this.context.revert(freed);
      return null;
    }
    const undo = [...this.context.commit(open), ...freed];
    for (const v of displaced) {
      if (this.state.groupOfUnit[v] !== WAITING) continue;
      const again = this.moves.bestInsert(v) ?? this.opener.open(v, this.waitingOf[this.componentOfUnit[v]!]!, 0, false) ?? this.opener.openStealing(v, this.componentOfUnit[v]!);
      if (again) undo.unshift(...this.context.commit(again));
    }
    return undo;
  }

  /**
   * `u` enters group `slot` in place of the unit it clashes with (a random unit when the
   * group is only full); the ejected unit is then placed where it adds most, or, with
   * `depth` left, pushed on into another group the same way.
   */
  private ejectionChain(u: number, slot: number, depth: number): GroupChange[] | null {
    const group = this.state.groups[slot]!;
    const items = this.unitItems[u]!;
    const clashing = group.units.filter((v) => !this.state.fits(items, this.unitItems[v]!));
    let ejected: number;
    if (clashing.length === 1) ejected = clashing[0]!;
    else if (clashing.length === 0 && group.units.length > 0) ejected = group.units[this.random.nextInt(group.units.length)]!;
    else return null;
    const swap = this.moves.swapInMove(u, ejected);
    if (swap === null) return null;
    const undo = this.context.commit(swap);
    const onward = this.moves.bestInsert(ejected);
    if (onward) undo.unshift(...this.context.commit(onward));
    else if (depth > 1) {
      const slots = this.slotsOf[this.componentOfUnit[ejected]!]!;
      const next = slots[this.random.nextInt(slots.length)]!;
      if (next !== slot) {
        const further = this.ejectionChain(ejected, next, depth - 1);
        if (further) undo.unshift(...further);
      }
    }
    return undo;
  }

  /**
   * A group dissolved: a new one closes, an existing one goes back to its own members and
   * recorded room (null when another group has taken that room since).
   */
  private dissolved(slot: number): GroupChange | null {
    const group = this.state.groups[slot]!;
    if (group.pinned < 0) return { slot, component: group.component, members: [], units: [], option: -1, score: 0 };
    if (group.units.length === 0) return null;
    const own = [...this.model.pinned[group.pinned]!.members];
    const back = this.context.evaluateSlot(slot, own);
    return back === null ? null : { slot, component: group.component, members: own, units: [], ...back };
  }

  /** Dissolves group `slot` as `dissolved` says; returns the undo list (empty when it stays). */
  private dissolve(slot: number): GroupChange[] {
    const dissolved = this.dissolved(slot);
    return dissolved === null ? [] : this.context.commit({ changes: [dissolved], delta: dissolved.score - this.state.groups[slot]!.score });
  }

  /**
   * Dissolves a few groups of one component (existing ones lose their newcomers), then re-runs
   * the age sweep over their units and the component's waiting ones, in a shuffled-then-sorted
   * order.
   */
  ruinAndRecreate(u: number): GroupChange[] | null {
    const component = this.componentOfUnit[u]!;
    const slots = this.slotsOf[component]!.filter((s) => this.state.groups[s]!.pinned < 0 || this.state.groups[s]!.units.length > 0);
    if (slots.length === 0) return null;
    // Related removal: a random group and the groups nearest it in age, whose people could mix.
    this.random.shuffle(slots);
    const centre = this.context.middleAge(this.state.groups[slots[0]!]!.members);
    const distance = new Map(slots.map((slot) => [slot, Math.abs(this.context.middleAge(this.state.groups[slot]!.members) - centre)]));
    slots.sort((a, b) => distance.get(a)! - distance.get(b)!);
    const undo: GroupChange[] = [];
    for (const slot of slots.slice(0, 2 + this.random.nextInt(5))) undo.unshift(...this.dissolve(slot));
    // The waiting of that age band, a bounded number whatever the component size.
    const band = 2 * this.model.maxSpread;
    const near = this.waitingOf[component]!.filter((w) => Math.abs(this.context.youngest(w) - centre) <= band);
    const freed = near.length <= 64 ? near : this.random.shuffle(near).slice(0, 64);
    // Jitter the ages so each recreate tries a different sweep.
    const jitter = new Map(freed.map((w) => [w, this.context.youngest(w) + this.random.nextInt(SWEEP_JITTER + 1)]));
    freed.sort((a, b) => jitter.get(a)! - jitter.get(b)! || a - b);
    for (let k = 0; k < freed.length; k++) {
      const w = freed[k]!;
      if (this.state.groupOfUnit[w] !== WAITING) continue;
      const move = this.opener.open(w, freed, k + 1, false);
      if (move) undo.unshift(...this.context.commit(move));
    }
    for (const w of freed) {
      if (this.state.groupOfUnit[w] !== WAITING) continue;
      const move = this.moves.bestInsert(w) ?? this.opener.openStealing(w, component) ?? this.chains.open(w, component);
      if (move && move.delta > 0) undo.unshift(...this.context.commit(move));
    }
    return undo;
  }

  /** Dissolves every group of a component (existing ones lose their newcomers) and builds it again in a random order. */
  rebuildComponent(component: number): void {
    for (const slot of [...this.slotsOf[component]!]) this.dissolve(slot);
    const freed = this.random.shuffle([...this.waitingOf[component]!]);
    for (const w of freed) {
      if (this.state.groupOfUnit[w] !== WAITING) continue;
      const move = this.moves.bestInsert(w) ?? this.opener.open(w, freed, 0, true) ?? this.opener.openStealing(w, component);
      if (move) this.context.commit(move);
    }
  }
}
