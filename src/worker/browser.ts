/**
 * `sammen/worker` in browsers and bundlers: `composeAsync` runs `compose` in a module Web
 * Worker. The worker is created as `new Worker(new URL("./browserWorker.js", import.meta.url),
 * { type: "module" })`, the form Vite, webpack 5, Parcel and Rollup's worker plugins recognise
 * and bundle. A cancel reaches the search through a SharedArrayBuffer, which a browser offers
 * only to a cross-origin-isolated page (COOP `same-origin` and COEP `require-corp` headers);
 * elsewhere an abort terminates the worker and the promise rejects with the signal's reason.
 */
import type { ComposeResult } from "../model/result.js";
import type { ComposeInput } from "../model/schemas.js";
import type { ComposeAsyncOptions, CallerMessage, WorkerReply } from "./protocol.js";
import { runPortfolio } from "./portfolio.js";

export type { ComposeAsyncOptions } from "./protocol.js";

/**
 * Composes groups off the calling thread: `compose` in fresh Web Workers, `workers` of them
 * (default: one fewer than `navigator.hardwareConcurrency`, at least 1 and at most 4), each
 * searching with its own seed and sharing its best with the others during the search; the one
 * holding the best at the end finishes. With `workers: 1` the result is `compose`'s for the same
 * seed and `maxIterations` (byte for byte, apart from `stats.elapsedMs`); with more, under
 * `maxIterations`, the same for the same `workers`.
 *
 * @param input - as for `compose`.
 * @param options - as for `compose`, less `now` and `mipSolver`, plus `workers`. `signal` cancels: in a
 *   cross-origin-isolated page the search stops within a few milliseconds and the promise
 *   resolves with the best composition so far; elsewhere the worker is terminated and the
 *   promise rejects with the signal's reason. `onProgress` receives reports with their `phase`.
 * @returns a promise for the result.
 * @throws (rejects with) ValidationError or CompositionError, as `compose` throws them.
 */
export function composeAsync(input: ComposeInput, options: ComposeAsyncOptions = {}): Promise<ComposeResult> {
  return runPortfolio(
    (onReply, onFailure) => {
      const worker = new Worker(new URL("./browserWorker.js", import.meta.url), { type: "module" });
      worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data);
      worker.onerror = (event) => onFailure(new Error(`the sammen worker failed: ${event.message}`));
      return { postMessage: (message: CallerMessage) => worker.postMessage(message), terminate: () => worker.terminate() };
    },
    input,
    options,
    globalThis.navigator?.hardwareConcurrency,
  );
}
