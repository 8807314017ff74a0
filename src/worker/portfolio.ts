/**
 * A portfolio of seeds that share their best: `workers` workers each run `compose`'s pipeline
 * with its own seed, in parallel, exchanging their best compositions during the search
 * (`BestExchange`); the one holding the best at the end finishes. Free of any platform, like
 * runInWorker.
 */
import { ISSUE_TEXTS } from "../model/issueMessages.js";
import { ValidationError } from "../model/issues.js";
import { localeOf } from "../model/locale.js";
import type { ComposeResult } from "../model/result.js";
import type { ComposeInput, Progress } from "../model/schemas.js";
import type { ComposeAsyncOptions } from "./protocol.js";
import { BestExchange } from "./bestExchange.js";
import { canShareMemory, runInWorker, type ExchangeLink, type StartWorker } from "./runInWorker.js";

/** The default never starts more workers than this, however many cores there are. */
export const MAX_DEFAULT_WORKERS = 4;
/** The most workers one call may ask for. */
export const MAX_WORKERS = 64;

/**
 * The default `workers` for a machine reporting `cores` (undefined or 0 when it does not say): one
 * core is left to the calling thread and to the engine's compiler threads, which bring a fresh
 * worker's search up to speed (on 2 cores, two workers of 1,000 people at 1-2 s each searched a
 * fraction of what one did; BENCHMARKS.md, "workers").
 */
export function defaultWorkers(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_DEFAULT_WORKERS, Math.floor(cores ?? 1) - 1));
}

/** Seed `k` of a portfolio starting at `seed`, kept within the seed's range (0 .. 2^32 - 1). */
export function portfolioSeed(seed: number, k: number): number {
  return (seed + k) >>> 0;
}

/** A portfolio's searches pause to share their best every so many iterations under `maxIterations` (the same points on any machine) ... */
export const EXCHANGE_EVERY_ITERATIONS = 20_000;
/** ... and otherwise every so many milliseconds of search. */
export const EXCHANGE_EVERY_MS = 100;

/**
 * Runs the portfolio: worker k searches with `portfolioSeed(seed, k)`, and the workers share
 * their best at each pause of their searches (`BestExchange`: at a barrier under `maxIterations`,
 * else each at once from the latest reports); when all have stopped, the one
 * holding the best finishes and the others are terminated. Progress comes from worker 0 until
 * then (its phases in order), from the finishing worker after, with the best objective any worker
 * has reported so far in each report, and one `done` for the result returned. An abort stops
 * every worker's search; with shared memory the one that last reported the best objective
 * finishes and the others are terminated at once, none waiting for a barrier (without shared
 * memory, all are, and the promise rejects). The first failure stops the others and rejects.
 */
export function runPortfolio(start: StartWorker, input: ComposeInput, options: ComposeAsyncOptions, cores: number | undefined): Promise<ComposeResult> {
  const { workers, onProgress, signal, ...rest } = options;
  const count = workers ?? defaultWorkers(cores);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS) {
    const locale = localeOf(options);
    return Promise.reject(new ValidationError([{ code: "invalid_value", path: ["options", "workers"], message: ISSUE_TEXTS[locale].workersOutOfRange(MAX_WORKERS) }], locale));
  }
  if (count === 1) return runInWorker(start, input, { ...rest, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });
  // One controller for all: the caller's abort stops every worker's search.
  const all = new AbortController();
  const best = new Array<number>(count).fill(Number.NEGATIVE_INFINITY);
  // Workers no longer needed (not the finishing one) are terminated, so it has the cores to itself.
  const kills = Array.from({ length: count }, () => new AbortController());
  let speaker = 0;
  const finishWith = (keep: number): void => {
    speaker = keep;
    kills.forEach((kill, k) => k !== keep && kill.abort());
  };
  const byWork = rest.maxIterations !== undefined;
  // Under maxIterations the exchange is a barrier, so the run is reproducible; by time none waits.
  const exchange = new BestExchange(count, finishWith, byWork);
  const relay = (): void => {
    // The cancel flags first, so the keeper, answered at once, stops its search at its next move.
    all.abort(signal?.reason);
    // The worker with the best so far finishes, or the one already finishing.
    if (canShareMemory()) finishWith(exchange.abort(best.indexOf(Math.max(...best))));
  };
  if (signal?.aborted === true) relay();
  else signal?.addEventListener("abort", relay, { once: true });
  let spokenAt = 0;
  const progressOf = (k: number) => (progress: Progress): void => {
    best[k] = Math.max(best[k]!, progress.bestObjective);
    if (progress.phase === "done" || k !== speaker) return;
    // Each worker's clock starts when it does: the finishing one's may lag worker 0's by a few ms.
    spokenAt = Math.max(spokenAt, progress.elapsedMs);
    onProgress?.({ ...progress, elapsedMs: spokenAt, bestObjective: Math.max(...best) });
  };
  const schedule = byWork ? { everyIterations: EXCHANGE_EVERY_ITERATIONS } : { everyMs: EXCHANGE_EVERY_MS };
  const linkOf = (k: number): ExchangeLink => ({
    schedule,
    onReport: (report, resume) => {
      best[k] = Math.max(best[k]!, report.objective);
      exchange.report(k, report, resume);
    },
  });
  const seed = rest.seed ?? 1;
  const runs = Array.from({ length: count }, (_, k) =>
    runInWorker(start, input, { ...rest, seed: portfolioSeed(seed, k), signal: all.signal, onProgress: progressOf(k) }, kills[k]!.signal, linkOf(k)).catch((error: unknown) => {
      if (kills[k]!.signal.aborted) return null;
      // The others may be waiting at a barrier this one will never reach.
      kills.forEach((kill, j) => j !== k && kill.abort(error));
      throw error;
    }),
  );
  return Promise.all(runs)
    .then((settled) => {
      // The one worker that finished (the others were terminated).
      const winner = settled.find((result) => result !== null)!;
      const { stats } = winner;
      onProgress?.({ phase: "done", elapsedMs: stats.elapsedMs, iterations: stats.iterations, bestObjective: stats.objective, placed: stats.placed });
      return winner;
    })
    .finally(() => signal?.removeEventListener("abort", relay));
}
