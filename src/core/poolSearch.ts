import { Budget, type BudgetOptions, type StopReason } from "./budget.js";
import { decompose, unitOptions } from "./decompose.js";
import type { PoolModel } from "./poolModel.js";
import { ChainOpener } from "./chainOpener.js";
import { cachedCompatibility } from "./compatibilityCache.js";
import { EngineAssertionError } from "./errors.js";
import { improveOptions } from "./finalOptions.js";
import { hopelessUnits } from "./hopelessUnits.js";
import { GroupOpener, type SearchView, SWEEP_JITTER, UNKNOWN_AGE } from "./groupOpener.js";
import { without } from "./sortedLists.js";
import { listAdd, listRemove } from "./indexedList.js";
import { contains, PoolState, WAITING, type GroupChange, type Move } from "./poolState.js";
import { Random } from "./random.js";

/** How a pool search runs. */
export interface PoolSearchOptions extends BudgetOptions {
  seed: number;
  /** Recompute the objective from scratch after every accepted move and throw on drift. */
  assert?: boolean;
  /** Stop once the search has gone this long without improving (default true). */
  stopWhenIdle?: boolean;
  /** Told when each stage starts, for progress reports; never steers the search. */
  onPhase?: (phase: PoolSearchPhase) => void;
}

/** The stages of a pool search: the first solution, local search, the exact room pass. */
export type PoolSearchPhase = "first-composition" | "search" | "rooms";

/** A group of the best solution found. */
export interface FoundGroup {
  members: number[];
  option: number;
  /** The pinned group it continues, or -1. */
  pinned: number;
}

export interface PoolSearchResult {
  groups: FoundGroup[];
  objective: number;
  /** Objective right after construction, before local search. */
  constructed: number;
  iterations: number;
  stoppedBy: StopReason;
  components: number;
}

/** Late acceptance history length: long enough to cross plateaus, short enough to converge. */
const HISTORY = 64;
/** One ruin-and-recreate move in this many iterations. */
const RUIN_EVERY = 240;
/** A component that has not improved for max(STALE_MIN, STALE_PER_UNIT × units) of its iterations gets few more. */
const STALE_MIN = 1000;
const STALE_PER_UNIT = 30;
/** Iterations between refreshes of the lists of units in components still improving. */
const LIVE_REFRESH = 512;
/** Fewest iterations without improvement before an idle stop (small pools are cheap to search on). */
const IDLE_MIN = 50_000;
/**
 * After max(KICK_MIN, KICK_PER_UNIT × movable units) iterations without a new best, a kick: on
 * pools of up to REBUILD_MAX_UNITS movable units KICK_MOVES random moves or a component rebuilt,
 * on larger ones LARGE_KICK_MOVES random moves: a rebuilt large component costs more than the
 * search wins back (pool 1 at n = 1,000, 32 seeds, 400,000 iterations: 682.2k without rebuilds,
 * 681.2k with them).
 */
const KICK_MIN = 1_000;
const KICK_PER_UNIT = 20;
const KICK_MOVES = 3;
const LARGE_KICK_MOVES = 6;
const REBUILD_MAX_UNITS = 64;
/** Of the moves from a placed unit, one in this many splits a new group off around it, and one merges its group into another. */
const SPLIT_EVERY = 64;
const NO_UNITS: readonly number[] = [];
/**
 * Choosing a group's room, each person in the pool who could meet at an option adds this many km
 * of apparent travel per room the option has, so groups take rooms few others could use and
 * leave the most wanted ones free. Scores count real travel only; the bias is dropped once the
 * search has settled, and the last pass gives the final groups their best rooms exactly.
 */
const DEMAND_KM = 2;
/** Cap on the per-unit back-off of top-up opens (tried with probability 1 / (1 + failures)). */
const TOP_UP_BACKOFF = 16;

/**
 * Solves a grouping model: decomposes it into independent sub-pools, builds a first valid
 * solution by sweeping each by the bounded attribute (age), then improves it by late
 * acceptance local search over insert, swap-in, relocate, swap, open and ruin-and-recreate
 * moves. Anytime: the best solution found is returned whenever the budget stops it.
 */
export function solvePool(model: PoolModel, options: PoolSearchOptions): PoolSearchResult {
  const budget = new Budget(options);
  options.onPhase?.("first-composition");
  const search = new PoolSearch(model, new Random(options.seed), options.assert === true);
  budget.countPlaced = () => search.placedInBest();
  search.construct(() => budget.pulse());
  const constructed = search.state.total;
  budget.reportBest(constructed);
  options.onPhase?.("search");
  search.improve(budget, options.stopWhenIdle !== false);
  options.onPhase?.("rooms");
  return { ...search.best(), constructed, iterations: budget.iterations, stoppedBy: budget.stoppedBy ?? "completed", components: search.componentCount };
}

class PoolSearch {
  readonly state: PoolState;
  readonly componentCount: number;
  private readonly componentOfUnit: Int32Array;
  /** Units that must join a specific pinned group (their `together` partner is in it), or -1. */
  private readonly target: Int32Array;
  private readonly unitOpts: Int32Array[];
  private readonly placeable: number[];
  /** The movable items of each unit (a unit tied to a pinned group loses its pinned part). */
  private readonly unitItems: number[][];
  /** Youngest and oldest recorded age (spread attribute) of each unit, or UNKNOWN_AGE. */
  private readonly unitLow: Int32Array;
  private readonly unitHigh: Int32Array;
  private readonly slotsOf: number[][];
  private readonly slotPos: number[] = [];
  private readonly waitingOf: number[][];
  private readonly waitingPos: Int32Array;
  /** Bumped whenever a component's waiting set changes: a failed open stays failed until then. */
  private readonly waitingVersion: Int32Array;
  private readonly openFailedAt: Int32Array;
  /** Failed top-up and freed-room opens per unit since its last success. */
  private readonly topUpFails: Int32Array;
  /** Every waiting unit of every component, for picking someone to place. */
  private readonly allWaiting: number[] = [];
  private readonly allWaitingPos: Int32Array;
  /** Best objective each component has reached, and iterations spent on it since. */
  private readonly componentBest: Float64Array;
  private readonly componentSpent: Int32Array;
  /** Iterations without improvement after which a component is mostly left alone. */
  private readonly componentPatience: Int32Array;
  private readonly opener: GroupOpener;
  private readonly chains: ChainOpener;
  /** Movable and waiting units of components still improving, refreshed every LIVE_REFRESH iterations. */
  private liveMovable: number[] = [];
  private liveWaiting: number[] = [];
  private bestTotal = Number.NEGATIVE_INFINITY;
  private bestSnapshot: FoundGroup[] | null = null;
  private bestIsCurrent = false;

  constructor(
    private readonly model: PoolModel,
    private readonly random: Random,
    private readonly assertMode: boolean,
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
    this.state.optionBias = demandBias(model, this.placeable, this.unitOpts);
    this.componentCount = decomposition.units.length;
    this.slotsOf = decomposition.units.map(() => []);
    this.waitingOf = decomposition.units.map(() => []);
    this.waitingPos = new Int32Array(unitCount).fill(-1);
    this.allWaitingPos = new Int32Array(unitCount).fill(-1);
    this.waitingVersion = new Int32Array(decomposition.units.length);
    this.openFailedAt = new Int32Array(unitCount).fill(-1);
    this.topUpFails = new Int32Array(unitCount);
    this.state.listeners.aliveChanged = (slot, alive) => this.onAliveChanged(slot, alive);
    this.state.listeners.unitMoved = (unit, from, to) => this.onUnitMoved(unit, from, to);

    this.state.componentTotal = new Float64Array(this.componentCount);
    this.componentBest = new Float64Array(this.componentCount);
    this.componentSpent = new Int32Array(this.componentCount);
    this.componentPatience = Int32Array.from(decomposition.units, (units) => Math.max(STALE_MIN, STALE_PER_UNIT * units.length));
    model.pinned.forEach((_, g) => {
      const component = decomposition.componentOfPinned[g]!;
      const slot = this.state.addPinned(g, component, acceptingPinned[g] === true);
      if (component >= 0) this.onAliveChanged(slot, true);
    });
    for (const u of this.placeable) if (this.componentOfUnit[u]! >= 0) this.state.addWaiting(u);
    const searchView: SearchView = {
      model,
      state: this.state,
      random,
      target: this.target,
      unitItems: this.unitItems,
      unitOpts: this.unitOpts,
      unitFamilies: this.unitOpts.map((options) => families(model, options)),
      unitLow: this.unitLow,
      unitHigh: this.unitHigh,
      componentOfUnit: this.componentOfUnit,
      waitingOf: this.waitingOf,
      slotsOf: this.slotsOf,
      evaluateSlot: (slot, members) => this.evaluateSlot(slot, members),
    };
    this.opener = new GroupOpener(searchView);
    this.chains = new ChainOpener(searchView);
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
    } else if (from === WAITING && to !== WAITING) {
      listRemove(this.waitingOf[component]!, this.waitingPos, unit);
      listRemove(this.allWaiting, this.allWaitingPos, unit);
    }
  }

  // ---------------------------------------------------------------- construction

  /** Pinned partners first, then each component swept by age (smallest first), then leftovers inserted where they add most. */
  /** Builds the first solution; `pulse` is called once per unit placed or tried (for progress only). */
  construct(pulse: () => void = () => {}): void {
    for (const u of this.placeable) {
      pulse();
      const g = this.target[u]!;
      if (g < 0 || this.componentOfUnit[u]! < 0) continue;
      const slot = this.state.groups.findIndex((group) => group.pinned === g);
      const move = this.insertMove(u, slot);
      if (move) this.commit(move);
    }
    // Small sub-pools first: they have the fewest ways around a room someone else took.
    const components = Array.from({ length: this.componentCount }, (_, c) => c).sort((a, b) => this.waitingOf[a]!.length - this.waitingOf[b]!.length || a - b);
    for (const c of components) {
      const order = [...this.waitingOf[c]!].sort((a, b) => this.compareUnits(a, b));
      for (let k = 0; k < order.length; k++) {
        const u = order[k]!;
        pulse();
        if (this.state.groupOfUnit[u] !== WAITING || this.target[u]! >= 0) continue;
        const move = this.opener.open(u, order, k + 1, false);
        if (move) this.commit(move);
      }
      const leftovers = [...this.waitingOf[c]!].sort((a, b) => this.model.priority[this.unitItems[b]![0]!]! - this.model.priority[this.unitItems[a]![0]!]! || a - b);
      for (const u of leftovers) {
        pulse();
        const move = this.bestInsert(u);
        if (move && move.delta > 0) this.commit(move);
      }
    }
  }

  private compareUnits(a: number, b: number): number {
    return this.youngest(a) - this.youngest(b) || this.model.priority[this.unitItems[b]![0]!]! - this.model.priority[this.unitItems[a]![0]!]! || a - b;
  }

  /** Mean of the members' recorded spread attribute (age), for relating groups. */
  private middleAge(members: readonly number[]): number {
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

  private youngest(u: number): number {
    let y = Number.POSITIVE_INFINITY;
    for (const i of this.unitItems[u]!) if (this.model.spread[i]! >= 0) y = Math.min(y, this.model.spread[i]!);
    return y;
  }

  // ---------------------------------------------------------------- moves

  /** Adds waiting unit `u` to group `slot`. */
  private insertMove(u: number, slot: number): Move | null {
    const group = this.state.groups[slot]!;
    if (!group.alive || !group.accepting || !this.mayJoin(u, slot)) return null;
    const items = this.unitItems[u]!;
    if (group.members.length + items.length > this.model.sizeMax) return null;
    if (!this.state.fits(items, group.members)) return null;
    return this.single(slot, [...group.members, ...items], [...group.units, u]);
  }

  /** Waiting unit `u` takes the place of unit `v` in its group; `v` waits. */
  private swapInMove(u: number, v: number): Move | null {
    const slot = this.state.groupOfUnit[v]!;
    const group = this.state.groups[slot]!;
    if (!this.mayJoin(u, slot)) return null;
    const members = without(group.members, this.unitItems[v]!);
    if (!this.state.fits(this.unitItems[u]!, members)) return null;
    return this.single(slot, [...members, ...this.unitItems[u]!], [...without(group.units, [v]), u]);
  }

  /** Moves placed unit `u` to group `to` (its old group may close if it empties). */
  private relocateMove(u: number, to: number): Move | null {
    const from = this.state.groupOfUnit[u]!;
    const target = this.state.groups[to]!;
    if (from === to || !target.alive || !target.accepting || !this.mayJoin(u, to)) return null;
    const items = this.unitItems[u]!;
    if (target.members.length + items.length > this.model.sizeMax || !this.state.fits(items, target.members)) return null;
    const source = this.state.groups[from]!;
    return this.pair(from, without(source.members, items), without(source.units, [u]), to, [...target.members, ...items], [...target.units, u]);
  }

  /** Exchanges placed units `u` and `v` between their groups. */
  private swapMove(u: number, v: number): Move | null {
    const a = this.state.groupOfUnit[u]!;
    const b = this.state.groupOfUnit[v]!;
    if (a === b || !this.mayJoin(u, b) || !this.mayJoin(v, a)) return null;
    const ga = this.state.groups[a]!;
    const gb = this.state.groups[b]!;
    const restA = without(ga.members, this.unitItems[u]!);
    const restB = without(gb.members, this.unitItems[v]!);
    if (!this.state.fits(this.unitItems[v]!, restA) || !this.state.fits(this.unitItems[u]!, restB)) return null;
    return this.pair(
      a, [...restA, ...this.unitItems[v]!], [...without(ga.units, [u]), v],
      b, [...restB, ...this.unitItems[u]!], [...without(gb.units, [v]), u],
    );
  }

  /** Everyone in new group `from` joins group `to`; `from` closes. */
  private mergeMove(from: number, to: number): Move | null {
    const source = this.state.groups[from]!;
    const target = this.state.groups[to]!;
    if (from === to || source.pinned >= 0 || !target.alive || !target.accepting) return null;
    if (source.members.length + target.members.length > this.model.sizeMax) return null;
    if (!source.units.every((v) => this.mayJoin(v, to)) || !this.state.fits(source.members, target.members)) return null;
    return this.pair(from, [], [], to, [...target.members, ...source.members], [...target.units, ...source.units]);
  }

  /** The insert of waiting unit `u` that adds most, over every group of its component. */
  private bestInsert(u: number): Move | null {
    let best: Move | null = null;
    const target = this.target[u]!;
    for (const slot of this.slotsOf[this.componentOfUnit[u]!]!) {
      if (target >= 0 && this.state.groups[slot]!.pinned !== target) continue;
      const move = this.insertMove(u, slot);
      if (move && (best === null || move.delta > best.delta)) best = move;
    }
    return best;
  }

  private mayJoin(u: number, slot: number): boolean {
    const target = this.target[u]!;
    return target < 0 || this.state.groups[slot]!.pinned === target;
  }

  private single(slot: number, members: number[], units: number[]): Move | null {
    const group = this.state.groups[slot]!;
    const evaluated = this.evaluateSlot(slot, members);
    if (evaluated === null) return null;
    return { changes: [{ slot, component: group.component, members, units, ...evaluated }], delta: evaluated.score - group.score };
  }

  private pair(a: number, membersA: number[], unitsA: number[], b: number, membersB: number[], unitsB: number[]): Move | null {
    const ga = this.state.groups[a]!;
    const gb = this.state.groups[b]!;
    const ea = this.evaluateSlot(a, membersA);
    if (ea === null) return null;
    const eb = this.state.withRebooking(ga.option, ea.option, () => this.evaluateSlot(b, membersB));
    if (eb === null) return null;
    return {
      changes: [
        { slot: a, component: ga.component, members: membersA, units: unitsA, ...ea },
        { slot: b, component: gb.component, members: membersB, units: unitsB, ...eb },
      ],
      delta: ea.score + eb.score - ga.score - gb.score,
    };
  }

  /** A pinned group back to its own members returns to its recorded option. */
  private evaluateSlot(slot: number, members: number[]): { option: number; score: number } | null {
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

  private commit(move: Move): GroupChange[] {
    const undo = this.state.apply(move);
    if (this.assertMode) this.assertConsistent();
    return undo;
  }

  /** Assert mode: the state, and the search's own indexes (group and waiting lists, component totals). */
  private assertConsistent(): void {
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
      }
    }
  }

  // ---------------------------------------------------------------- local search

  /** Late acceptance hill climbing over random moves, with periodic ruin and recreate. */
  improve(budget: Budget, stopWhenIdle: boolean): void {
    const movable = this.placeable.filter((u) => this.componentOfUnit[u]! >= 0);
    if (movable.length === 0) {
      this.noteBest();
      budget.complete();
      return;
    }
    const history = new Float64Array(HISTORY).fill(this.state.total);
    const idleLimit = Math.max(IDLE_MIN, 200 * movable.length);
    const kickEvery = Math.max(KICK_MIN, KICK_PER_UNIT * movable.length);
    let idle = 0;
    this.noteBest();
    this.componentBest.set(this.state.componentTotal);
    while (!budget.tick()) {
      // Settled for half the idle limit: rooms are chosen by travel alone from here on, so the
      // groupings the search compares last are compared on the objective itself.
      if (idle === idleLimit >> 1) this.state.optionBias = null;
      const before = this.state.total;
      const ruin = budget.iterations % RUIN_EVERY === 0;
      const u = this.pickUnit(movable, ruin, budget.iterations);
      const component = this.componentOfUnit[u]!;
      const undo = ruin ? this.ruinAndRecreate(u) : this.randomMove(u);
      this.componentSpent[component]! += 1;
      if (undo === null) {
        idle += 1;
        if (stopWhenIdle && idle >= idleLimit) break;
        if (idle % kickEvery === 0) this.kick(movable, history);
        continue;
      }
      const after = this.state.total;
      const slot = budget.iterations % HISTORY;
      if (after + 1e-9 < before && after + 1e-9 < history[slot]!) {
        this.revert(undo);
      } else if (after + 1e-9 < before) {
        this.saveBestBeforeLeaving(undo);
      }
      history[slot] = this.state.total;
      if (this.state.componentTotal[component]! > this.componentBest[component]! + 1e-9) {
        this.componentBest[component] = this.state.componentTotal[component]!;
        this.componentSpent[component] = 0;
      }
      if (this.state.total > this.bestTotal + 1e-9) {
        this.noteBest();
        budget.reportBest(this.bestTotal);
        idle = 0;
      } else {
        idle += 1;
        if (stopWhenIdle && idle >= idleLimit) break;
        if (idle % kickEvery === 0) this.kick(movable, history);
      }
    }
    budget.complete();
  }

  /**
   * Stuck for a while: a few random moves, or a component rebuilt in a random order, taken
   * whatever they cost, and the acceptance history reset to the new state, so the search
   * leaves the local optimum (the best stays saved).
   */
  private kick(movable: readonly number[], history: Float64Array): void {
    if (this.bestIsCurrent) {
      this.bestSnapshot = this.snapshot();
      this.bestIsCurrent = false;
    }
    const small = movable.length <= REBUILD_MAX_UNITS;
    if (small && this.random.nextInt(2) === 1) this.rebuildComponent(this.componentOfUnit[movable[this.random.nextInt(movable.length)]!]!);
    else for (let k = 0; k < (small ? KICK_MOVES : LARGE_KICK_MOVES); k++) this.randomMove(movable[this.random.nextInt(movable.length)]!);
    history.fill(this.state.total);
  }

  /** Dissolves every group of a component (existing ones lose their newcomers) and builds it again in a random order. */
  private rebuildComponent(component: number): void {
    for (const slot of [...this.slotsOf[component]!]) this.dissolve(slot);
    const freed = this.random.shuffle([...this.waitingOf[component]!]);
    for (const w of freed) {
      if (this.state.groupOfUnit[w] !== WAITING) continue;
      const move = this.bestInsert(w) ?? this.opener.open(w, freed, 0, true) ?? this.opener.openStealing(w, component);
      if (move) this.commit(move);
    }
  }

  /**
   * The unit a move starts from: half the time someone waiting (placing people is what the
   * objective values most); components that have long stopped improving are mostly skipped.
   */
  private pickUnit(movable: readonly number[], ruin: boolean, iteration: number): number {
    if (iteration % LIVE_REFRESH === 0) this.refreshLive(movable);
    const live = this.random.nextInt(8) > 0;
    const fromWaiting = !ruin && this.random.nextInt(2) === 0;
    const list = fromWaiting
      ? (live && this.liveWaiting.length > 0 ? this.liveWaiting : this.allWaiting)
      : (live && this.liveMovable.length > 0 ? this.liveMovable : movable);
    if (list.length === 0) return movable[this.random.nextInt(movable.length)]!;
    return list[this.random.nextInt(list.length)]!;
  }

  /** The units of components still improving (a list of waiting ones may go out of date until the next refresh). */
  private refreshLive(movable: readonly number[]): void {
    const improving = (u: number): boolean => {
      const c = this.componentOfUnit[u]!;
      return this.componentSpent[c]! < this.componentPatience[c]!;
    };
    this.liveMovable = movable.filter(improving);
    this.liveWaiting = this.allWaiting.filter(improving);
  }

  /** Applies one random move from unit `u`; returns its undo list, or null when the move was not possible. */
  private randomMove(u: number): GroupChange[] | null {
    const component = this.componentOfUnit[u]!;
    const slots = this.slotsOf[component]!;
    const where = this.state.groupOfUnit[u]!;
    if (where === WAITING) return this.placeWaiting(u, component);
    let move: Move | null = null;
    const rare = where >= 0 ? this.random.nextInt(SPLIT_EVERY) : -1;
    if (rare === 0) {
      move = this.opener.openStealing(u, component);
    } else if (rare === 1 && slots.length > 1) {
      move = this.mergeMove(where, slots[this.random.nextInt(slots.length)]!);
    } else if (where >= 0 && slots.length > 1) {
      const slot = slots[this.random.nextInt(slots.length)]!;
      const units = this.state.groups[slot]!.units;
      if (this.random.nextInt(2) === 0 || units.length === 0) move = this.relocateMove(u, slot);
      else move = this.swapMove(u, units[this.random.nextInt(units.length)]!);
    }
    return move ? this.commit(move) : null;
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
      const insert = this.insertMove(u, slot);
      if (insert) return this.commit(insert);
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
        return this.commit(open);
      }
      this.openFailedAt[u] = this.waitingVersion[component]!;
    }
    const stealing = this.opener.openStealing(u, component) ?? this.chains.open(u, component);
    const done = stealing ? this.commit(stealing) : this.openInFreedRoom(u, component);
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
    const holders: number[] = [];
    this.state.groups.forEach((group, slot) => {
      if (!group.alive || !uses(group.option)) return;
      if (group.pinned < 0 || (group.units.length > 0 && !uses(this.model.pinned[group.pinned]!.recordedOption))) holders.push(slot);
    });
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
    const freed = this.commit({ changes: [change], delta: change.score - group.score });
    const open = this.opener.open(u, this.waitingOf[component]!, 0, true) ?? this.opener.openStealing(u, component) ?? this.bestInsert(u);
    if (open === null) {
      this.revert(freed);
      return null;
    }
    const undo = [...this.commit(open), ...freed];
    for (const v of displaced) {
      if (this.state.groupOfUnit[v] !== WAITING) continue;
      const again = this.bestInsert(v) ?? this.opener.open(v, this.waitingOf[this.componentOfUnit[v]!]!, 0, false) ?? this.opener.openStealing(v, this.componentOfUnit[v]!);
      if (again) undo.unshift(...this.commit(again));
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
    const swap = this.swapInMove(u, ejected);
    if (swap === null) return null;
    const undo = this.commit(swap);
    const onward = this.bestInsert(ejected);
    if (onward) undo.unshift(...this.commit(onward));
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
    const back = this.evaluateSlot(slot, own);
    return back === null ? null : { slot, component: group.component, members: own, units: [], ...back };
  }

  /** Dissolves group `slot` as `dissolved` says; returns the undo list (empty when it stays). */
  private dissolve(slot: number): GroupChange[] {
    const dissolved = this.dissolved(slot);
    return dissolved === null ? [] : this.commit({ changes: [dissolved], delta: dissolved.score - this.state.groups[slot]!.score });
  }

  /**
   * Dissolves a few groups of one component (existing ones lose their newcomers), then re-runs
   * the age sweep over their units and the component's waiting ones, in a shuffled-then-sorted
   * order.
   */
  private ruinAndRecreate(u: number): GroupChange[] | null {
    const component = this.componentOfUnit[u]!;
    const slots = this.slotsOf[component]!.filter((s) => this.state.groups[s]!.pinned < 0 || this.state.groups[s]!.units.length > 0);
    if (slots.length === 0) return null;
    // Related removal: a random group and the groups nearest it in age, whose people could mix.
    this.random.shuffle(slots);
    const centre = this.middleAge(this.state.groups[slots[0]!]!.members);
    const distance = new Map(slots.map((slot) => [slot, Math.abs(this.middleAge(this.state.groups[slot]!.members) - centre)]));
    slots.sort((a, b) => distance.get(a)! - distance.get(b)!);
    const undo: GroupChange[] = [];
    for (const slot of slots.slice(0, 2 + this.random.nextInt(5))) undo.unshift(...this.dissolve(slot));
    // The waiting of that age band, a bounded number whatever the component size.
    const band = 2 * this.model.maxSpread;
    const near = this.waitingOf[component]!.filter((w) => Math.abs(this.youngest(w) - centre) <= band);
    const freed = near.length <= 64 ? near : this.random.shuffle(near).slice(0, 64);
    // Jitter the ages so each recreate tries a different sweep.
    const jitter = new Map(freed.map((w) => [w, this.youngest(w) + this.random.nextInt(SWEEP_JITTER + 1)]));
    freed.sort((a, b) => jitter.get(a)! - jitter.get(b)! || a - b);
    for (let k = 0; k < freed.length; k++) {
      const w = freed[k]!;
      if (this.state.groupOfUnit[w] !== WAITING) continue;
      const move = this.opener.open(w, freed, k + 1, false);
      if (move) undo.unshift(...this.commit(move));
    }
    for (const w of freed) {
      if (this.state.groupOfUnit[w] !== WAITING) continue;
      const move = this.bestInsert(w) ?? this.opener.openStealing(w, component) ?? this.chains.open(w, component);
      if (move && move.delta > 0) undo.unshift(...this.commit(move));
    }
    return undo;
  }

  private revert(undo: GroupChange[]): void {
    this.state.apply({ changes: undo, delta: 0 });
    if (this.assertMode) this.assertConsistent();
  }

  // ---------------------------------------------------------------- best solution

  private noteBest(): void {
    this.bestTotal = this.state.total;
    this.bestIsCurrent = true;
    this.bestSnapshot = null;
  }

  /** The state is about to get worse: if it is the best so far, copy it first. */
  private saveBestBeforeLeaving(undo: GroupChange[]): void {
    if (!this.bestIsCurrent) return;
    // The move is already applied: undo it, snapshot, redo it.
    const redo = this.state.apply({ changes: undo, delta: 0 });
    this.bestSnapshot = this.snapshot();
    this.state.apply({ changes: redo, delta: 0 });
    if (this.assertMode) this.assertConsistent();
    this.bestIsCurrent = false;
  }

  private snapshot(): FoundGroup[] {
    return this.state.groups
      .filter((g) => g.alive)
      .map((g) => ({ members: [...g.members], option: g.option, pinned: g.pinned }));
  }

  /** People in groups in the best solution so far (for progress reports; O(groups)). */
  placedInBest(): number {
    let placed = 0;
    if (this.bestIsCurrent || this.bestSnapshot === null) {
      for (const g of this.state.groups) if (g.alive) placed += g.members.length;
    } else {
      for (const g of this.bestSnapshot) placed += g.members.length;
    }
    return placed;
  }

  best(): { groups: FoundGroup[]; objective: number } {
    const current = this.state.total > this.bestTotal + 1e-9 || this.bestIsCurrent || this.bestSnapshot === null;
    const groups = (current ? this.snapshot() : this.bestSnapshot!).map((g) => ({ ...g }));
    const objective = current ? this.state.total : this.bestTotal;
    return { groups, objective: objective + improveOptions(this.model, groups) };
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
