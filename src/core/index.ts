/**
 * The domain-free grouping engine: it sees items, groups and pairwise scores as integers
 * and typed arrays, never people. Explicit named exports only. The MDGP solver, its second
 * client, is in `src/mdgp/`.
 */
export { Budget } from "./budget.js";
export type { BudgetOptions, BudgetProgress, StopReason } from "./budget.js";
export { CoreInputError, EngineAssertionError } from "./errors.js";
export type { CoreIssue } from "./errors.js";
export { Random } from "./random.js";
export { solvePool } from "./poolSearch.js";
export type { FoundGroup, PoolSearchOptions, PoolSearchResult } from "./poolSearch.js";
export type { PinnedGroupSpec, PoolModel } from "./poolModel.js";
export { meetsMinDistinct } from "./minDistinct.js";
export type { MinDistinct } from "./minDistinct.js";
export { decompose } from "./decompose.js";
export type { Decomposition } from "./decompose.js";
