import { compose, type ComposeInput, type ComposeResult } from "../../src/index.js";

/** Compose with a fixed seed and a work bound, so the outcome depends on nothing but the input. */
export function composeForTest(input: ComposeInput, seed = 7): ComposeResult {
  return compose(input, { seed, timeLimitMs: 60_000, maxIterations: 5_000 });
}

/** The result with its one time-dependent figure zeroed, for comparing runs byte for byte. */
export function withoutTiming(result: ComposeResult): string {
  return JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } });
}
