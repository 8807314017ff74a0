/**
 * `composeAsync` over the TypeScript sources: the real worker entry (`src/worker/nodeWorker.ts`)
 * in a real worker thread, started through the tsx loader shim, so the worker tests need no build.
 */
import type { ComposeInput, ComposeResult } from "../../src/index.js";
import { availableParallelism } from "node:os";
import { startNodeWorker } from "../../src/worker/nodeStart.js";
import { runPortfolio } from "../../src/worker/portfolio.js";
import type { ComposeAsyncOptions } from "../../src/worker/protocol.js";

const SHIM = new URL("../goldens/tsWorker.mjs", import.meta.url);
const ENTRY = new URL("../../src/worker/nodeWorker.ts", import.meta.url).href;

/** What `sammen/worker`'s `composeAsync` does in Node, with the worker running the sources. */
export function composeAsyncFromSources(input: ComposeInput, options: ComposeAsyncOptions = {}): Promise<ComposeResult> {
  return runPortfolio(startNodeWorker(SHIM, { entry: ENTRY }), input, options, availableParallelism());
}

/** `sammen/worker`'s export, as the README's examples import it. */
export const composeAsync = composeAsyncFromSources;
