import { adoptComposition } from "./adoptComposition.js";
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
  /** Pause to exchange the best with other searches of the model (`searchPool`); none by default. */
  exchange?: ExchangeSchedule;
}

/**
 * When a search pauses for an exchange: every `everyIterations` iterations (the same points on
 * any machine, so a run bounded by `maxIterations` stays reproducible), or every `everyMs` of
 * the search's clock after the last pause.
 */
export type ExchangeSchedule = { everyIterations: number } | { everyMs: number };

/** What a search says at a pause: its best so far, and whether it goes on after the pause. */
export interface ExchangeReport {
  /** Objective of `groups` (before the room pass). */
  objective: number;
  groups: FoundGroup[];
  iterations: number;
  /** False in the last report: the search has stopped (a limit, a signal, or out of work). */
  searching: boolean;
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
  const steps = searchPool(model, { ...options, exchange: undefined });
  for (;;) {
    const step = steps.next(null);
    if (step.done) return step.value;
  }
}

/**
 * `solvePool` as steps, for searches that share their best. With `options.exchange` the search
 * pauses on its schedule and yields its best (`ExchangeReport`); the caller answers with a
 * better composition to go on from (`adoptComposition`: the search keeps its own random stream)
 * or null. After the search stops it yields once more (`searching: false`) before the room
 * pass, so the caller can let only the best of several searches finish. Without a schedule it
 * never yields, and makes the moves `solvePool` makes.
 */
export function* searchPool(model: PoolModel, options: PoolSearchOptions): Generator<ExchangeReport, PoolSearchResult, FoundGroup[] | null> {
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
  const search = new LateAcceptance(context, largeMoves, best);
  const stopWhenIdle = options.stopWhenIdle !== false;
  const { exchange } = options;
  search.begin();
  if (exchange === undefined) search.run(budget, stopWhenIdle);
  else {
    const report = (searching: boolean): ExchangeReport => ({ ...best.raw(), iterations: budget.iterations, searching });
    for (let epoch = 1; ; epoch++) {
      if ("everyIterations" in exchange) budget.pauseAt(epoch * exchange.everyIterations, Number.POSITIVE_INFINITY);
      // By time, from the end of the pause: the searches resume together and pause together.
      else budget.pauseAt(Number.POSITIVE_INFINITY, budget.elapsedMs() + exchange.everyMs);
      search.run(budget, stopWhenIdle);
      if (!budget.paused) break;
      const shared = yield report(true);
      if (shared !== null) {
        adoptComposition(context, shared);
        search.restartFromBest();
        budget.reportBest(best.total);
      }
      // A signal that came during the pause stops the search before another move.
      budget.shouldStop();
    }
    yield report(false);
  }
  options.onPhase?.("rooms");
  return { ...best.result(), constructed, iterations: budget.iterations, stoppedBy: budget.stoppedBy ?? "completed", components: context.componentCount };
}
