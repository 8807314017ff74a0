/**
 * A portfolio of seeds: `workers` workers each run `compose` with its own seed, in parallel, and
 * the best result is kept. Free of any platform, like runInWorker.
 */
import { ISSUE_TEXTS } from "../model/issueMessages.js";
import { ValidationError } from "../model/issues.js";
import { localeOf } from "../model/locale.js";
import type { ComposeResult } from "../model/result.js";
import type { ComposeInput, Progress } from "../model/schemas.js";
import type { ComposeAsyncOptions } from "./protocol.js";
import { canShareMemory, runInWorker, type StartWorker } from "./runInWorker.js";

/** The default never starts more workers than this, however many cores there are. */
export const MAX_DEFAULT_WORKERS = 4;
/** The most workers one call may ask for. */
export const MAX_WORKERS = 64;

/** The default `workers` for a machine reporting `cores` (undefined or 0 when it does not say). */
export function defaultWorkers(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_DEFAULT_WORKERS, Math.floor(cores ?? 1)));
}

/** Seed `k` of a portfolio starting at `seed`, kept within the seed's range (0 .. 2^32 - 1). */
export function portfolioSeed(seed: number, k: number): number {
  return (seed + k) >>> 0;
}

/**
 * Runs the portfolio: worker k composes with `portfolioSeed(seed, k)`. Progress comes from
 * worker 0 (its phases in order), the best objective any worker has reported so far in each
 * report, and one `done` for the result returned. An abort stops every worker's search; with
 * shared memory the one that last reported the best objective finishes and the others are
 * terminated (without, all are, and the promise rejects). The first failure stops the others
 * and rejects.
 */
export function runPortfolio(start: StartWorker, input: ComposeInput, options: ComposeAsyncOptions, cores: number | undefined): Promise<ComposeResult> {
  const { workers, onProgress, signal, ...rest } = options;
  const count = workers ?? defaultWorkers(cores);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS) {
    const locale = localeOf(options);
    return Promise.reject(new ValidationError([{ code: "invalid_value", path: ["options", "workers"], message: ISSUE_TEXTS[locale].workersOutOfRange(MAX_WORKERS) }], locale));
  }
  if (count === 1) return runInWorker(start, input, { ...rest, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });
  // One controller for all: the caller's abort, or the first failure, stops every worker.
  const all = new AbortController();
  const best = new Array<number>(count).fill(Number.NEGATIVE_INFINITY);
  // After an abort only the worker with the best composition so far is worth finishing (its rooms,
  // explanations and check): the others are terminated, so it has the cores to itself.
  const kills = Array.from({ length: count }, () => new AbortController());
  const relay = (): void => {
    if (canShareMemory()) {
      const keep = best.indexOf(Math.max(...best));
      kills.forEach((kill, k) => k !== keep && kill.abort());
    }
    all.abort(signal?.reason);
  };
  if (signal?.aborted === true) relay();
  else signal?.addEventListener("abort", relay, { once: true });
  const progressOf = (k: number) => (progress: Progress): void => {
    best[k] = Math.max(best[k]!, progress.bestObjective);
    if (progress.phase === "done") return;
    if (k === 0) onProgress?.({ ...progress, bestObjective: Math.max(...best) });
  };
  const seed = rest.seed ?? 1;
  const runs = Array.from({ length: count }, (_, k) =>
    runInWorker(start, input, { ...rest, seed: portfolioSeed(seed, k), signal: all.signal, onProgress: progressOf(k) }, kills[k]!.signal).catch((error: unknown) => {
      if (kills[k]!.signal.aborted) return null;
      all.abort(error);
      throw error;
    }),
  );
  return Promise.all(runs)
    .then((settled) => {
      // The highest objective; on a tie, the first seed (workers dropped after an abort left out).
      const results = settled.filter((result) => result !== null);
      const winner = results.reduce((a, b) => (b.stats.objective > a.stats.objective ? b : a));
      const { stats } = winner;
      onProgress?.({ phase: "done", elapsedMs: stats.elapsedMs, iterations: stats.iterations, bestObjective: stats.objective, placed: stats.placed });
      return winner;
    })
    .finally(() => signal?.removeEventListener("abort", relay));
}
