import type { SearchView } from "./groupOpener.js";
import type { PoolModel } from "./poolModel.js";
import type { PoolState } from "./poolState.js";
import type { Random } from "./random.js";

/**
 * A part of the pool search (opening groups, moves, acceptance): the view's tables it reads on
 * every move, held in fields of its own so the hot paths read them one step away.
 */
export abstract class SearchPart {
  protected readonly model: PoolModel;
  protected readonly state: PoolState;
  protected readonly random: Random;
  /** Existing group a unit must join, or -1. */
  protected readonly target: Int32Array;
  protected readonly unitItems: readonly number[][];
  protected readonly unitOpts: readonly Int32Array[];
  protected readonly componentOfUnit: Int32Array;
  protected readonly waitingOf: readonly number[][];
  protected readonly slotsOf: readonly number[][];

  constructor(view: SearchView) {
    this.model = view.model;
    this.state = view.state;
    this.random = view.random;
    this.target = view.target;
    this.unitItems = view.unitItems;
    this.unitOpts = view.unitOpts;
    this.componentOfUnit = view.componentOfUnit;
    this.waitingOf = view.waitingOf;
    this.slotsOf = view.slotsOf;
  }
}
