/**
 * How many cases a property runs. Under mutation testing (`SAMMEN_MUTATION=1`, set by
 * vitest.mutation.config.ts) every static mutant re-runs every selected test, so the tests that
 * judge validation run a tenth of their cases or fewer, on fixed seeds so that a re-run gives the same
 * verdict (TESTING.md, "Mutation"). `npm test` runs them in full, on random seeds.
 */
import { OPTIMUM_CHECK_SEED } from "./fixedSeeds.js";

/** True inside a Stryker run (vitest.mutation.config.ts sets the variable). */
export const UNDER_MUTATION = process.env.SAMMEN_MUTATION === "1";

/** The smallest number of cases a property runs under mutation. */
const MUTATION_MIN_RUNS = 30;

/**
 * fast-check parameters for a property of `numRuns` cases: all of them with a random seed, or
 * under mutation `mutationRuns` of them (default a tenth, at least 30) with the fixed seed
 * `OPTIMUM_CHECK_SEED + k`, k in 90..99.
 */
export function propertyRuns(numRuns: number, k: number, mutationRuns = Math.max(MUTATION_MIN_RUNS, Math.ceil(numRuns / 10))): { numRuns: number; seed?: number } {
  if (!UNDER_MUTATION) return { numRuns };
  if (!Number.isInteger(k) || k < 90 || k > 99) throw new RangeError(`mutation seed offset ${k} is outside 90..99`);
  return { numRuns: Math.min(numRuns, mutationRuns), seed: OPTIMUM_CHECK_SEED + k };
}
