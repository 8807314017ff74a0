import { BestSolution, type FoundGroup } from "./bestSolution.js";
import { Budget, type BudgetOptions, type StopReason } from "./budget.js";
import { ChainOpener } from "./chainOpener.js";
import { buildFirstComposition } from "./firstComposition.js";
import { GroupOpener } from "./groupOpener.js";
import { LargeMoves } from "./largeMoves.js";
import { LateAcceptance } from "./lateAcceptance.js";
import type { PoolModel } from "./poolModel.js";
import { Random } from "./random.js";
import { RoomMoves } from "./roomMoves.js";
import { SearchContext } from "./searchContext.js";
import { UnitMoves } from "./unitMoves.js";

export type { FoundGroup } from "./bestSolution.js";

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

export interface PoolSearchResult {
  groups: FoundGroup[];
  objective: number;
  /** Objective right after construction, before local search. */
  constructed: number;
  iterations: number;
  stoppedBy: StopReason;
  components: number;
}

/**
 * Solves a grouping model: decomposes it into independent sub-pools (`SearchContext`), builds a
 * first valid solution by sweeping each by the bounded attribute, age (`buildFirstComposition`),
 * then improves it by late acceptance local search (`LateAcceptance`) over insert, swap-in,
 * relocate, swap and merge moves (`UnitMoves`), room moves (`RoomMoves`), group opens (`GroupOpener`, `ChainOpener`),
 * ejection chains, freed rooms and ruin-and-recreate (`LargeMoves`). Anytime: the best solution
 * found (`BestSolution`) is returned whenever the budget stops it.
 */
export function solvePool(model: PoolModel, options: PoolSearchOptions): PoolSearchResult {
  const budget = new Budget(options);
  options.onPhase?.("first-composition");
  const context = new SearchContext(model, new Random(options.seed), options.assert === true);
  const unitMoves = new UnitMoves(context);
  const opener = new GroupOpener(context);
  const largeMoves = new LargeMoves(context, unitMoves, opener, new ChainOpener(context), new RoomMoves(context));
  const best = new BestSolution(context);
  budget.countPlaced = () => best.placed();
  buildFirstComposition(context, unitMoves, opener, () => budget.pulse());
  const constructed = context.state.total;
  budget.reportBest(constructed);
  options.onPhase?.("search");
  new LateAcceptance(context, largeMoves, best).improve(budget, options.stopWhenIdle !== false);
  options.onPhase?.("rooms");
  return { ...best.result(), constructed, iterations: budget.iterations, stoppedBy: budget.stoppedBy ?? "completed", components: context.componentCount };
}
