/**
 * The page side of the library's Chromium tests, bundled by esbuild with the library (the sources
 * under test) and loaded from a localhost page. It exposes a few calls on `window.sammenTest`;
 * the test drives them with `page.evaluate` and judges what comes back in Node.
 */
import highsModule from "highs";
import { compose, highsSolver, loadHighsSolver, type ComposeInput, type ComposeOptionsInput, type ComposeResult, type Progress } from "../../../src/index.js";
import { composeAsync } from "../../../src/worker/browser.js";
import type { ComposeAsyncOptions } from "../../../src/worker/protocol.js";

/** What a worker run gives back to the test: the result (or the rejection) and every progress phase seen. */
export interface WorkerRun {
  result: ComposeResult | null;
  rejected: { name: string; message: string } | null;
  phases: string[];
}

/** One timed abort: from `abort()` to the first report after the search, and to the settled promise. */
export interface AbortTrial {
  stopMs: number;
  settleMs: number;
  result: ComposeResult;
}

/**
 * The loader, `import loadHighs from "highs"` in an app. This repository type-checks with NodeNext,
 * which reads highs's types.d.ts as CommonJS (its package type) and so types the default import as
 * the whole module; under a bundler's resolution, and at run time (its ESM build), it is the loader.
 */
const loadHighs = highsModule as unknown as typeof highsModule.default;

/** What a page sees when it tries `loadHighsSolver()`, the route for Node: the error's name and message. */
export interface LoadAttempt {
  loaded: boolean;
  name: string;
  message: string;
}

export interface SammenTest {
  crossOriginIsolated: boolean;
  composeHere(input: ComposeInput, options: { seed: number; maxIterations: number; timeLimitMs: number; locale?: "en" | "nb" }): ComposeResult;
  composeInWorker(input: ComposeInput, options: Omit<ComposeAsyncOptions, "signal" | "onProgress">, abortAfterSearchMs?: number): Promise<WorkerRun>;
  abortTrial(input: ComposeInput, seed: number, waitMs: number): Promise<AbortTrial>;
  /** The README's browser route: the app imports `highs`, which finds `highs.wasm` at `wasmUrl`. */
  composeWithHighs(input: ComposeInput, options: Omit<ComposeOptionsInput, "mipSolver" | "now" | "signal" | "onProgress">, wasmUrl: string): Promise<ComposeResult>;
  tryLoadHighsSolver(): Promise<LoadAttempt>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const api: SammenTest = {
  crossOriginIsolated: globalThis.crossOriginIsolated,
  composeHere: (input, options) => compose(input, options),
  async composeInWorker(input, options, abortAfterSearchMs) {
    const phases: string[] = [];
    const controller = new AbortController();
    let searching: () => void = () => {};
    const inSearch = new Promise<void>((resolve) => (searching = resolve));
    const onProgress = (progress: Progress): void => {
      phases.push(progress.phase ?? "none");
      if (progress.phase === "search") searching();
    };
    const pending = composeAsync(input, { ...options, signal: controller.signal, onProgress });
    if (abortAfterSearchMs !== undefined) {
      void inSearch.then(() => sleep(abortAfterSearchMs)).then(() => controller.abort());
    }
    try {
      return { result: await pending, rejected: null, phases };
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      return { result: null, rejected: { name, message }, phases };
    }
  },
  async abortTrial(input, seed, waitMs) {
    const controller = new AbortController();
    let abortedAt = Number.NaN;
    let stoppedAt = Number.NaN;
    let searching: () => void = () => {};
    const inSearch = new Promise<void>((resolve) => (searching = resolve));
    const onProgress = (progress: Progress): void => {
      if (progress.phase === "search") searching();
      else if (Number.isFinite(abortedAt) && Number.isNaN(stoppedAt)) stoppedAt = performance.now();
    };
    const pending = composeAsync(input, { seed, workers: 1, timeLimitMs: 600_000, stopWhenIdle: false, signal: controller.signal, onProgress });
    await inSearch;
    await sleep(waitMs);
    abortedAt = performance.now();
    controller.abort();
    const result = await pending;
    return { stopMs: stoppedAt - abortedAt, settleMs: performance.now() - abortedAt, result };
  },
  async composeWithHighs(input, options, wasmUrl) {
    const mipSolver = highsSolver(await loadHighs({ locateFile: () => wasmUrl }));
    return compose(input, { ...options, mipSolver });
  },
  async tryLoadHighsSolver() {
    try {
      await loadHighsSolver();
      return { loaded: true, name: "", message: "" };
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      return { loaded: false, name, message };
    }
  },
};

(globalThis as unknown as { sammenTest: SammenTest }).sammenTest = api;
