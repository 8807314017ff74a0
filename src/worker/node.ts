/**
 * `sammen/worker` in Node: `composeAsync` runs `compose` in a `worker_threads` worker, so the
 * calling thread stays free and an `AbortSignal` really cancels. The only place besides
 * `nodeWorker.ts` where sammen touches a Node built-in (the lint rules allow it here alone).
 */
import type { ComposeResult } from "../model/result.js";
import type { ComposeInput } from "../model/schemas.js";
import { availableParallelism } from "node:os";
import { startNodeWorker } from "./nodeStart.js";
import { runPortfolio } from "./portfolio.js";
import type { ComposeAsyncOptions } from "./protocol.js";

export type { ComposeAsyncOptions } from "./protocol.js";

/**
 * Composes groups off the calling thread: `compose` in fresh worker threads, `workers` of them
 * (default: one fewer than the cores `os.availableParallelism()` reports, at least 1 and at most
 * 4), each searching with its own seed and sharing its best with the others during the search;
 * the one holding the best at the end finishes (`stats.seed`). With `workers: 1` the result is
 * `compose`'s for the same seed and `maxIterations`, byte for byte apart from `stats.elapsedMs`;
 * with more, under `maxIterations`, the same for the same `workers`.
 *
 * @param input - as for `compose`.
 * @param options - as for `compose`, less `now` and `mipSolver` (functions cannot cross to the
 *   worker), plus `workers`. `signal` cancels: the search stops within a few milliseconds and the promise
 *   resolves with the best composition so far, checked (`stats.stoppedBy: "signal"`).
 *   `onProgress` receives the worker's reports, each with its `phase`.
 * @returns a promise for the result.
 * @throws (rejects with) ValidationError or CompositionError, as `compose` throws them.
 */
export function composeAsync(input: ComposeInput, options: ComposeAsyncOptions = {}): Promise<ComposeResult> {
  return runPortfolio(startNodeWorker(new URL("./nodeWorker.js", import.meta.url)), input, options, availableParallelism());
}
