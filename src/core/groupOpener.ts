import type { PoolModel } from "./poolModel.js";
import { contains, type GroupChange, type Move, type PoolState, WAITING } from "./poolState.js";
import type { Random } from "./random.js";
import { SearchPart } from "./searchPart.js";
import { sharesOption, without } from "./sortedLists.js";

/** Age bound of a unit without any recorded age: it fits every window. */
export const UNKNOWN_AGE = -1;
/** Largest age jitter a sweep adds to its order (ruin and recreate). */
export const SWEEP_JITTER = 3;
/** Most list entries a randomized open looks at (large sub-pools); groups: an eighth of it. */
const OPEN_SCAN = 1024;
/** Most waiting units an open move considers around its anchor. */
const OPEN_CANDIDATES = 64;
const NO_UNITS: readonly number[] = [];

/** What the parts of a pool search read of it (`SearchContext` holds it): the state, the unit tables and the sub-pool lists (kept up to date by the search). */
export interface SearchView {
  readonly model: PoolModel;
  readonly state: PoolState;
  readonly random: Random;
  /** Existing group a unit must join, or -1. */
  readonly target: Int32Array;
  readonly unitItems: readonly number[][];
  readonly unitOpts: readonly Int32Array[];
  /** Per unit: the option families (`PoolModel.optionFamily`) of its options, sorted. */
  readonly unitFamilies: readonly Int32Array[];
  readonly unitLow: Int32Array;
  readonly unitHigh: Int32Array;
  readonly componentOfUnit: Int32Array;
  readonly waitingOf: readonly number[][];
  readonly slotsOf: readonly number[][];
  /** Option and score of a slot's group with these members (existing groups keep their own rules). */
  evaluateSlot(slot: number, members: number[]): { option: number; score: number } | null;
}

/**
 * The moves that open new groups: from the waiting alone (the fullest age window at a meeting
 * option with a free room), or topped up with spare members of groups that stay large enough.
 */
export class GroupOpener extends SearchPart {
  private readonly unitFamilies: readonly Int32Array[];
  private readonly unitLow: Int32Array;
  private readonly unitHigh: Int32Array;

  constructor(private readonly view: SearchView) {
    super(view);
    this.unitFamilies = view.unitFamilies;
    this.unitLow = view.unitLow;
    this.unitHigh = view.unitHigh;
  }

  /**
   * Opens a new group around waiting unit `anchor` from `pool` (waiting units): the meeting
   * option and age window holding the most people who fit the anchor, then those people,
   * closest in age first (or shuffled), aiming at sizes that split them evenly. With `family`
   * (a place and slot whose room was just freed) the group meets there, as large as it can be:
   * that room is the one there is.
   */
  open(anchor: number, pool: readonly number[], start: number, randomized: boolean, family = -1): Move | null {
    const { model } = this;
    if (this.target[anchor]! >= 0) return null;
    const items = [...this.unitItems[anchor]!];
    const candidates: number[] = [];
    // Sweeps pass `pool` sorted by (jittered) age: past the anchor's reach nobody fits. Random
    // opens scan a bounded stretch from a random point, so large sub-pools stay cheap.
    const reach = this.unitHigh[anchor]! + model.maxSpread + SWEEP_JITTER;
    const scan = !randomized || pool.length - start <= OPEN_SCAN ? pool.length - start : OPEN_SCAN;
    const offset = scan < pool.length - start ? this.random.nextInt(pool.length - start) : 0;
    // Every room or starter the anchor could use is taken: nobody need be looked at.
    if (!this.hasFreeOption(anchor)) return null;
    for (let k = 0; k < scan && candidates.length < OPEN_CANDIDATES; k++) {
      const v = pool[start + ((offset + k) % (pool.length - start))]!;
      if (!randomized && this.unitLow[anchor] !== UNKNOWN_AGE && this.unitLow[v]! > reach) break;
      if (v === anchor || this.state.groupOfUnit[v] !== WAITING || this.target[v]! >= 0) continue;
      if (!this.state.fits(this.unitItems[v]!, items) || !sharesOption(this.unitOpts[anchor]!, this.unitOpts[v]!)) continue;
      candidates.push(v);
    }
    candidates.sort((a, b) => this.unitLow[a]! - this.unitLow[b]! || a - b);
    const window = this.busiestWindow(anchor, candidates, randomized, family);
    if (window === null) return null;
    const at = model.optionFamily(window.option);
    const inWindow = candidates.filter((v) => contains(this.unitFamilies[v]!, at) && this.withinWindow(v, window.low));
    // A freed room is the one there is: the group takes as many as it can.
    const wanted = family >= 0 ? Math.min(window.people, model.sizeMax) : evenGroupSize(window.people, model.sizeMin, model.sizeMax, model.sizePreferred);
    const size = Math.min(wanted, model.placeCapacity(model.optionPlace(window.option)));
    if (size < model.sizeMin) return null;
    const centre = this.unitLow[anchor]!;
    if (randomized) this.random.shuffle(inWindow);
    else inWindow.sort((a, b) => Math.abs(this.unitLow[a]! - centre) - Math.abs(this.unitLow[b]! - centre) || a - b);
    const units = [anchor];
    for (const v of inWindow) {
      if (items.length >= size) break;
      const more = this.unitItems[v]!;
      if (items.length + more.length > size || !this.state.fits(more, items)) continue;
      items.push(...more);
      units.push(v);
    }
    const evaluated = this.state.evaluate(items, -1, null, false);
    if (evaluated === null) return null;
    const change: GroupChange = { slot: -1, component: this.componentOfUnit[anchor]!, members: items, units, ...evaluated };
    return { changes: [change], delta: evaluated.score };
  }

  /** Whether some option of the anchor may open a new group and has every room and starter it holds free. */
  private hasFreeOption(anchor: number): boolean {
    const { model } = this;
    for (const option of this.unitOpts[anchor]!) if (model.opensGroups(option) && !this.state.full(option, -1)) return true;
    return false;
  }

  /**
   * Over the anchor's options with a free room, the option and age window (as wide as the
   * spread bound, holding the anchor) with the most people among `candidates` (sorted by
   * youngest age; unknown ages fit every window), only at family `only` when it is not -1.
   * Randomized: near-best windows may win.
   */
  private busiestWindow(anchor: number, candidates: readonly number[], randomized: boolean, only: number): { option: number; low: number; people: number } | null {
    const { model } = this;
    const span = model.maxSpread;
    const anchorSize = this.unitItems[anchor]!.length;
    const anchorLow = this.unitLow[anchor]!;
    const anchorHigh = this.unitHigh[anchor]!;
    const known = anchorLow !== UNKNOWN_AGE;
    let best: { option: number; low: number; people: number } | null = null;
    let bestValue = Number.NEGATIVE_INFINITY;
    const lows: number[] = [];
    const sizes: number[] = [];
    let weighed = -1;
    for (const option of this.unitOpts[anchor]!) {
      // A family (a place and slot) is weighed once, at its first option with everything free.
      const family = model.optionFamily(option);
      if (family === weighed || (only >= 0 && family !== only)) continue;
      if (!model.opensGroups(option) || this.state.full(option, -1)) continue;
      if (model.placeCapacity(model.optionPlace(option)) < model.sizeMin) continue;
      weighed = family;
      lows.length = 0;
      sizes.length = 0;
      let anyAge = anchorSize;
      for (const v of candidates) {
        if (!contains(this.unitFamilies[v]!, family)) continue;
        if (this.unitLow[v] === UNKNOWN_AGE) anyAge += this.unitItems[v]!.length;
        else {
          lows.push(this.unitLow[v]!);
          sizes.push(this.unitItems[v]!.length);
        }
      }
      // Slide a window [low, low + span] over the sorted ages; it must hold the anchor.
      let most = 0;
      let mostLow = known ? anchorLow : 0;
      let right = 0;
      let inside = 0;
      let left = 0;
      // The window's youngest member is the anchor or a candidate no older than it.
      const starts = known ? [...lows.filter((a) => a >= anchorHigh - span && a < anchorLow), anchorLow] : lows.length > 0 ? lows : [0];
      for (const low of starts) {
        while (left < lows.length && lows[left]! < low) {
          if (left < right) inside -= sizes[left]!;
          left += 1;
        }
        if (right < left) {
          right = left;
          inside = 0;
        }
        while (right < lows.length && lows[right]! <= low + span) inside += sizes[right++]!;
        if (inside > most) {
          most = inside;
          mostLow = low;
        }
      }
      const people = most + anyAge;
      if (people < model.sizeMin) continue;
      const value = people + (randomized ? 2 * this.random.nextFloat() : 0);
      if (value > bestValue) {
        bestValue = value;
        best = { option, low: mostLow, people };
      }
    }
    return best;
  }

  /**
   * Opens a group around unit `anchor` that the waiting alone cannot fill: the age window and
   * option holding the most waiting people, topped up to the minimum size with members of
   * groups that stay large enough without them (those groups keep their options). A placed
   * anchor splits off from its own group this way.
   */
  openStealing(anchor: number, component: number): Move | null {
    const { model } = this;
    if (this.target[anchor]! >= 0) return null;
    // A placed anchor splits off from its group, which must stay large enough.
    const home = this.state.groupOfUnit[anchor]!;
    if (home >= 0 && !this.spare(this.state.groups[home]!, anchor)) return null;
    const anchorItems = this.unitItems[anchor]!;
    const anchorOpts = this.unitOpts[anchor]!;
    const takers: number[] = [];
    const fitsAnchor = (v: number): boolean => this.target[v]! < 0 && this.state.fits(this.unitItems[v]!, anchorItems) && sharesOption(anchorOpts, this.unitOpts[v]!);
    const waiting = this.waitingOf[component]!;
    const slots = this.slotsOf[component]!;
    // Large sub-pools: a bounded stretch of each list, from a random point.
    const fromWaiting = waiting.length > OPEN_SCAN ? this.random.nextInt(waiting.length) : 0;
    const fromSlot = slots.length > OPEN_SCAN / 8 ? this.random.nextInt(slots.length) : 0;
    if (!this.hasFreeOption(anchor)) return null;
    for (let k = 0; k < Math.min(waiting.length, OPEN_SCAN); k++) {
      const v = waiting[(fromWaiting + k) % waiting.length]!;
      if (v !== anchor && fitsAnchor(v)) takers.push(v);
    }
    for (let k = 0; k < Math.min(slots.length, OPEN_SCAN / 8); k++) {
      const group = this.state.groups[slots[(fromSlot + k) % slots.length]!]!;
      for (const v of group.units) if (v !== anchor && this.spare(group, v) && fitsAnchor(v)) takers.push(v);
    }
    takers.sort((a, b) => this.unitLow[a]! - this.unitLow[b]! || a - b);
    // Best option and window: most waiting people, provided the spare members make up the minimum.
    let best = -1;
    let bestLow = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    const span = model.maxSpread;
    const known = this.unitLow[anchor] !== UNKNOWN_AGE;
    let weighed = -1;
    for (const option of anchorOpts) {
      const family = model.optionFamily(option);
      if (family === weighed) continue;
      if (!model.opensGroups(option) || this.state.full(option, -1)) continue;
      if (model.placeCapacity(model.optionPlace(option)) < model.sizeMin) continue;
      weighed = family;
      const families = this.unitFamilies;
      const starts = known ? [this.unitLow[anchor]!] : [];
      for (const v of takers) {
        const low = this.unitLow[v]!;
        if (low !== UNKNOWN_AGE && contains(families[v]!, family) && (!known || (low >= this.unitHigh[anchor]! - span && low < this.unitLow[anchor]!))) starts.push(low);
      }
      for (const low of known ? starts : [...starts, 0]) {
        let waiting = home >= 0 ? 0 : anchorItems.length;
        let people = anchorItems.length;
        for (const v of takers) {
          if (!contains(families[v]!, family) || !this.withinWindow(v, low)) continue;
          const size = this.unitItems[v]!.length;
          people += size;
          if (this.state.groupOfUnit[v] === WAITING) waiting += size;
        }
        if (people < model.sizeMin || waiting >= model.sizeMin) continue;
        const value = waiting + 2 * this.random.nextFloat();
        if (value > bestValue) {
          bestValue = value;
          best = option;
          bestLow = low;
        }
      }
    }
    if (best < 0) return null;
    const bestFamily = model.optionFamily(best);
    const inWindow = takers.filter((v) => contains(this.unitFamilies[v]!, bestFamily) && this.withinWindow(v, bestLow));
    // Waiting people first, then spare members closest in age to the anchor (in random order
    // when splitting, so repeated splits try different partners).
    const centre = this.unitLow[anchor]!;
    const placed = (v: number): number => Number(this.state.groupOfUnit[v] !== WAITING);
    if (home >= 0) this.random.shuffle(inWindow).sort((a, b) => placed(a) - placed(b));
    else inWindow.sort((a, b) => placed(a) - placed(b) || Math.abs(this.unitLow[a]! - centre) - Math.abs(this.unitLow[b]! - centre) || a - b);
    const items = [...anchorItems];
    const units = [anchor];
    const losing = new Map<number, number[]>(home >= 0 ? [[home, [anchor]]] : []);
    for (const v of inWindow) {
      if (items.length >= model.sizeMin) break;
      const more = this.unitItems[v]!;
      if (items.length + more.length > model.sizeMax || !this.state.fits(more, items)) continue;
      const from = this.state.groupOfUnit[v]!;
      if (from !== WAITING) {
        const lost = losing.get(from) ?? [];
        const group = this.state.groups[from]!;
        if (!this.spare(group, v, lost)) continue;
        lost.push(v);
        losing.set(from, lost);
      }
      items.push(...more);
      units.push(v);
    }
    const changed = [...losing].map(([slot, lost]) => {
      const group = this.state.groups[slot]!;
      return { slot, members: without(group.members, lost.flatMap((v) => this.unitItems[v]!)), units: without(group.units, lost) };
    });
    return regroupAndOpen(this.view, changed, component, { members: items, units });
  }

  /** Whether unit `v` can leave `group` (after `gone` left) and the group stays large enough. */
  spare(group: { members: number[]; pinned: number }, v: number, gone: readonly number[] = NO_UNITS): boolean {
    let size = group.members.length - this.unitItems[v]!.length;
    for (const w of gone) size -= this.unitItems[w]!.length;
    return group.pinned >= 0 ? size >= this.model.pinned[group.pinned]!.members.length : size >= this.model.sizeMin;
  }

  /** Whether every recorded age of unit `v` lies in the window starting at `low`. */
  private withinWindow(v: number, low: number): boolean {
    if (this.unitLow[v] === UNKNOWN_AGE) return true;
    return this.unitLow[v]! >= low && this.unitHigh[v]! <= low + this.model.maxSpread;
  }
}

/** New contents for an existing group slot. */
export interface Regrouping {
  slot: number;
  members: number[];
  units: number[];
}

/**
 * The move that gives each changed group its new contents, then opens a group of `component`
 * with `opened`. Each group is evaluated with the rooms the earlier ones move to already
 * booked: a group that loses someone may change room, and must not land in the one the new
 * group takes. Null when one of them cannot meet.
 */
export function regroupAndOpen(view: SearchView, changed: readonly Regrouping[], component: number, opened: { members: number[]; units: number[] }): Move | null {
  const { state } = view;
  const changes: GroupChange[] = [];
  let delta = 0;
  const moves: [from: number, to: number][] = [];
  for (const { slot, members, units } of changed) {
    const group = state.groups[slot]!;
    const evaluated = state.withRebookings(moves, () => view.evaluateSlot(slot, members));
    if (evaluated === null) return null;
    moves.push([group.option, evaluated.option]);
    changes.push({ slot, component: group.component, members, units, ...evaluated });
    delta += evaluated.score - group.score;
  }
  const fresh = state.withRebookings(moves, () => state.evaluate(opened.members, -1, null, false));
  if (fresh === null) return null;
  changes.push({ slot: -1, component, members: opened.members, units: opened.units, ...fresh });
  return { changes, delta: delta + fresh.score };
}

/**
 * The size that splits `people` into the fewest even groups near the preferred size;
 * 0 when they are too few for even one group.
 */
function evenGroupSize(people: number, min: number, max: number, preferred: number): number {
  const fewest = Math.ceil(people / max);
  const most = Math.floor(people / min);
  if (most < 1) return 0;
  const count = Math.min(most, Math.max(fewest, Math.round(people / preferred), 1));
  return Math.min(max, Math.ceil(people / count));
}


