import { javascriptLpSolver } from "../exact/jsLpSolver.js";
import type { ComposeResult } from "../model/result.js";
import type { ComposeInput, ComposeOptionsInput } from "../model/schemas.js";
import { composeWithHooks } from "./compose.js";

// `sammen`'s compose: the pipeline with the bundled MIP solver (javascript-lp-solver), in a
// module of its own so that `sammen/lean` (composeLean.ts) bundles without it.

/**
 * Composes groups from a list of people who want one, and says why each of the others waits.
 *
 * The pipeline: parse → compile → search (→ exact proof) → extra starters → build → explain → check.
 *
 * @param input - candidates, policy, venues, starters, existing groups and distances.
 * @param options - `seed` (default 1), `timeLimitMs` (default 2000; the whole call, but a first
 *   composition is always completed, so a limit shorter than reading, building and checking
 *   takes that long instead), `maxIterations`,
 *   `signal`, `onProgress`, `method` (default "auto": search, then a proof attempt on small
 *   pools), `mipSolver` (e.g. `await loadHighsSolver()`; default the bundled solver),
 *   `stopWhenIdle` (default true), `assert` (default false), `now` (the clock used for time limits).
 * @returns groups, a waitlist with a reason for every waiting person, warnings about what the input
 *   already breaks and sammen left as it was (existing groups as given), and run statistics.
 * @throws ValidationError when the input or options are invalid (every issue listed, no personal values).
 * @throws CompositionError if the independent checker rejects the composition (a bug in sammen).
 */
export function compose(input: ComposeInput, options: ComposeOptionsInput = {}): ComposeResult {
  return composeWithHooks(input, options, { bundledSolver: javascriptLpSolver });
}

