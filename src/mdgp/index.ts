/**
 * The Maximally Diverse Grouping Problem solver: the engine's second client (budget, seeded
 * random, errors from `src/core/`), with a state and search of its own, by which the engine is
 * measured against published results (bench/mdgp.ts). Explicit named exports only.
 */
export { GroupingState, closeEnough } from "./groupingState.js";
export type { GroupingModel } from "./groupingState.js";
export { defaultMdgpTuning, randomFeasibleAssignment, solveMdgp, validateMdgpInstance } from "./solveMdgp.js";
export type { MdgpInstance, MdgpOptions, MdgpResult, MdgpTuning } from "./solveMdgp.js";
