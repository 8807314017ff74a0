import type { BestSolution } from "./bestSolution.js";
import type { Budget } from "./budget.js";
import type { LargeMoves } from "./largeMoves.js";
import type { SearchContext } from "./searchContext.js";
import { SearchPart } from "./searchPart.js";

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

/**
 * The acceptance of a pool search: late acceptance hill climbing over random moves, with
 * periodic ruin and recreate, kicks out of long plateaus, and most moves spent on the
 * components still improving.
 */
export class LateAcceptance extends SearchPart {
  /** Best objective each component has reached, and iterations spent on it since. */
  private readonly componentBest: Float64Array;
  private readonly componentSpent: Int32Array;
  /** Iterations without improvement after which a component is mostly left alone. */
  private readonly componentPatience: Int32Array;
  /** Movable and waiting units of components still improving, refreshed every LIVE_REFRESH iterations. */
  private liveMovable: number[] = [];
  private liveWaiting: number[] = [];

  constructor(
    private readonly context: SearchContext,
    private readonly moves: LargeMoves,
    private readonly best: BestSolution,
  ) {
    super(context);
    this.componentBest = new Float64Array(context.componentCount);
    this.componentSpent = new Int32Array(context.componentCount);
    this.componentPatience = Int32Array.from(context.componentUnits, (units) => Math.max(STALE_MIN, STALE_PER_UNIT * units.length));
  }

  /** Movable units, acceptance history and idle count of the search under way (kept across pauses). */
  private movable: readonly number[] = [];
  private history = new Float64Array(HISTORY);
  private idle = 0;

  /** Runs until the budget stops it (or, with `stopWhenIdle`, until it has long stopped improving). */
  improve(budget: Budget, stopWhenIdle: boolean): void {
    this.begin();
    this.run(budget, stopWhenIdle);
  }

  /** Starts a search from the current state (the first composition), noted as the best so far. */
  begin(): void {
    this.movable = this.context.placeable.filter((u) => this.componentOfUnit[u]! >= 0);
    this.history.fill(this.state.total);
    this.idle = 0;
    this.best.note();
    this.componentBest.set(this.state.componentTotal);
  }

  /**
   * The state was replaced by a better composition found elsewhere (`adoptComposition`): it is
   * the best so far, and the search goes on from it with a fresh acceptance history.
   */
  restartFromBest(): void {
    this.history.fill(this.state.total);
    this.idle = 0;
    this.best.note();
    this.componentBest.set(this.state.componentTotal);
  }

  /**
   * Searches until the budget stops it, pauses it (`budget.paused`: call `run` again to go on
   * as if it had not paused) or, with `stopWhenIdle`, the search has long stopped improving.
   */
  run(budget: Budget, stopWhenIdle: boolean): void {
    const { movable, history } = this;
    if (movable.length === 0) {
      budget.complete();
      return;
    }
    const idleLimit = Math.max(IDLE_MIN, 200 * movable.length);
    const kickEvery = Math.max(KICK_MIN, KICK_PER_UNIT * movable.length);
    let idle = this.idle;
    while (!budget.tick()) {
      // Settled for half the idle limit: rooms are chosen by travel alone from here on, so the
      // groupings the search compares last are compared on the objective itself.
      if (idle === idleLimit >> 1) this.state.optionBias = null;
      const before = this.state.total;
      const ruin = budget.iterations % RUIN_EVERY === 0;
      const u = this.pickUnit(movable, ruin, budget.iterations);
      const component = this.componentOfUnit[u]!;
      const undo = ruin ? this.moves.ruinAndRecreate(u) : this.moves.randomMove(u);
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
        this.context.revert(undo);
      } else if (after + 1e-9 < before) {
        this.best.saveBeforeLeaving(undo);
      }
      history[slot] = this.state.total;
      if (this.state.componentTotal[component]! > this.componentBest[component]! + 1e-9) {
        this.componentBest[component] = this.state.componentTotal[component]!;
        this.componentSpent[component] = 0;
      }
      if (this.state.total > this.best.total + 1e-9) {
        this.best.note();
        budget.reportBest(this.best.total);
        idle = 0;
      } else {
        idle += 1;
        if (stopWhenIdle && idle >= idleLimit) break;
        if (idle % kickEvery === 0) this.kick(movable, history);
      }
    }
    this.idle = idle;
    if (!budget.paused) budget.complete();
  }

  /**
   * Stuck for a while: a few random moves, or a component rebuilt in a random order, taken
   * whatever they cost, and the acceptance history reset to the new state, so the search
   * leaves the local optimum (the best stays saved).
   */
  private kick(movable: readonly number[], history: Float64Array): void {
    this.best.saveBeforeKick();
    const small = movable.length <= REBUILD_MAX_UNITS;
    if (small && this.random.nextInt(2) === 1) this.moves.rebuildComponent(this.componentOfUnit[movable[this.random.nextInt(movable.length)]!]!);
    else for (let k = 0; k < (small ? KICK_MOVES : LARGE_KICK_MOVES); k++) this.moves.randomMove(movable[this.random.nextInt(movable.length)]!);
    history.fill(this.state.total);
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
      ? (live && this.liveWaiting.length > 0 ? this.liveWaiting : this.context.allWaiting)
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
    this.liveWaiting = this.context.allWaiting.filter(improving);
  }
}
