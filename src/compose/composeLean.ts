import type { ComposeResult } from "../model/result.js";
import type { ComposeInput, ComposeOptionsInput } from "../model/schemas.js";
import { composeWithHooks } from "./compose.js";

/**
 * `compose` from `sammen/lean`: the same as `sammen`'s, but with no bundled MIP solver, so an app's
 * bundle leaves javascript-lp-solver out (about 52 KB minified, 16 KB gzipped). Methods `auto`
 * and `exact` prove with the `mipSolver` given (e.g. HiGHS); without one they return the
 * search's answer, as `method: "search"` does (no `stats.exact`).
 *
 * @param input - candidates, policy, venues, starters, existing groups and distances.
 * @param options - as for `sammen`'s `compose`; `mipSolver` has no default.
 * @returns groups, a waitlist with a reason for every waiting person, warnings about what the input
 *   already breaks and sammen left as it was (existing groups as given), and run statistics.
 * @throws ValidationError when the input or options are invalid (every issue listed, no personal values).
 * @throws CompositionError if the independent checker rejects the composition (a bug in sammen).
 */
export function compose(input: ComposeInput, options: ComposeOptionsInput = {}): ComposeResult {
  return composeWithHooks(input, options, {});
}
