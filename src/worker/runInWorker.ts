/**
 * The calling thread's side, free of any platform: send one request to a fresh worker, relay
 * progress, turn an abort into the shared cancel flag, and settle with the worker's answer.
 */
import { CompositionError } from "../compose/errors.js";
import { ISSUE_TEXTS } from "../model/issueMessages.js";
import { ValidationError } from "../model/issues.js";
import { localeOf, type Locale } from "../model/locale.js";
import type { ComposeResult } from "../model/result.js";
import type { ComposeInput } from "../model/schemas.js";
import type { ExchangeReport, ExchangeSchedule, FoundGroup } from "../core/poolSearch.js";
import type { CallerMessage, ComposeAsyncOptions, WorkerError, WorkerReply } from "./protocol.js";

/** The little of a Worker this needs: Node's `worker_threads.Worker` and a Web Worker both fit through their adapters. */
export interface WorkerPort {
  postMessage(message: CallerMessage): void;
  terminate(): void;
}

/** A worker's part in a portfolio sharing its best: when its search pauses, and who hears its reports. */
export interface ExchangeLink {
  schedule: ExchangeSchedule;
  /** Told each report; the search waits until `resume` is called (with a composition to go on from, or null). */
  onReport(report: ExchangeReport, resume: (adopt: FoundGroup[] | null) => void): void;
}

/** Starts a worker and wires its messages and errors to the two callbacks. */
export type StartWorker = (onReply: (reply: WorkerReply) => void, onFailure: (error: Error) => void) => WorkerPort;

/** Whether this thread can share memory with a worker (browsers: only in a cross-origin-isolated page). */
export function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === "function" && typeof Atomics === "object" && (typeof crossOriginIsolated === "undefined" || crossOriginIsolated);
}

/**
 * Runs `compose` in a worker started by `start`. With shared memory an abort sets a flag the
 * search reads within about 2 ms; the worker then finishes as `compose` does after a signal
 * (best composition so far, checked) and the promise resolves with it. Without shared memory
 * the worker is terminated and the promise rejects with the signal's reason. `kill` terminates
 * the worker at once and rejects, shared memory or not (a portfolio dropping a worker).
 * `exchange` makes the search pause on its schedule and wait for the portfolio's answer.
 */
export function runInWorker(start: StartWorker, input: ComposeInput, options: ComposeAsyncOptions = {}, kill?: AbortSignal, exchange?: ExchangeLink): Promise<ComposeResult> {
  const { signal, onProgress, ...rest } = options;
  const locale = localeOf(options);
  const unsupported = (["now", "mipSolver"] as const).filter((key) => key in (options as Record<string, unknown>));
  if (unsupported.length > 0) {
    const texts = ISSUE_TEXTS[locale];
    return Promise.reject(new ValidationError(unsupported.map((key) => ({ code: "unknown_field", path: ["options", key], message: texts.cannotSendFunction(key) })), locale));
  }
  if (kill?.aborted === true) return Promise.reject(kill.reason instanceof Error ? kill.reason : new Error("composeAsync dropped this worker"));
  const cancel = canShareMemory() ? new SharedArrayBuffer(4) : null;
  const flag = cancel === null ? null : new Int32Array(cancel);
  return new Promise<ComposeResult>((resolve, reject) => {
    let settled = false;
    let worker: WorkerPort | null = null;
    const finish = (): void => {
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      kill?.removeEventListener("abort", onKill);
      worker?.terminate();
    };
    const onAbort = (): void => {
      if (settled) return;
      if (flag !== null) {
        Atomics.store(flag, 0, 1);
        return;
      }
      finish();
      const reason: unknown = signal?.reason;
      reject(reason instanceof Error ? reason : new Error("composeAsync was aborted"));
    };
    worker = start(
      (reply) => {
        if (settled) return;
        if (reply.type === "progress") {
          onProgress?.(reply.progress);
          return;
        }
        if (reply.type === "exchange") {
          exchange?.onReport(reply.report, (adopt) => !settled && worker?.postMessage({ type: "resume", adopt }));
          return;
        }
        finish();
        if (reply.type === "result") resolve(reply.result);
        else reject(fromWorkerError(reply.error, locale));
      },
      (error) => {
        if (settled) return;
        finish();
        reject(error);
      },
    );
    // `kill` (a portfolio dropping a worker it no longer needs): terminate at once, whatever the flag.
    const onKill = (): void => {
      if (settled) return;
      finish();
      reject(kill?.reason instanceof Error ? kill.reason : new Error("composeAsync dropped this worker"));
    };
    kill?.addEventListener("abort", onKill, { once: true });
    signal?.addEventListener("abort", onAbort);
    worker.postMessage({ type: "compose", input, options: rest, cancel, progress: onProgress !== undefined, abortedAtStart: signal?.aborted === true, exchange: exchange?.schedule ?? null });
  });
}

/** The worker's error as the class `compose` would have thrown. */
function fromWorkerError(error: WorkerError, locale: Locale): Error {
  if ("issues" in error) return new ValidationError(error.issues, locale);
  if ("violations" in error) return new CompositionError(error.violations);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}
