/**
 * The messages between `composeAsync` and its worker: one request, then progress reports and
 * one final reply; in a portfolio that shares its best, an exchange report at each of the
 * search's pauses, each answered by a resume. Everything here survives structured cloning (no
 * functions, no classes).
 */
import type { ComposeResult } from "../model/result.js";
import type { ComposeInput, ComposeOptionsInput, Progress } from "../model/schemas.js";
import type { Issue } from "../model/issues.js";
import type { ExchangeReport, ExchangeSchedule, FoundGroup } from "../core/poolSearch.js";

/**
 * The options `composeAsync` takes: those of `compose`, less the two that are functions and so
 * cannot cross to another thread (`now`, `mipSolver`: the worker uses its own clock and the
 * bundled MIP solver). `signal` and `onProgress` stay on the calling thread and reach the
 * worker as a shared cancel flag and as progress messages.
 */
export type ComposeAsyncOptions = Omit<ComposeOptionsInput, "now" | "mipSolver"> & {
  /**
   * How many workers search at once, each with its own seed (`seed`, `seed + 1`, ...). They
   * share their best: every 20,000 iterations under `maxIterations` (else every 100 ms) each
   * reports its best so far, and those behind go on from the best one (the lowest seed on a tie),
   * each with its own random stream; when all have stopped, the one holding the best finishes
   * (rooms, explanations, check; `stats.seed` is its seed, `stats.iterations` its own count).
   * Under `maxIterations` the result is the same for the same `workers`; with 1 it is
   * `compose`'s, byte for byte.
   * @defaultValue one fewer than the cores the machine reports, at least 1 and at most 4
   */
  workers?: number;
};

/** The options that cross to the worker: plain data only. */
export type WorkerOptions = Omit<ComposeAsyncOptions, "signal" | "onProgress" | "workers">;

/** What the calling thread sends, once per worker. */
export interface ComposeRequest {
  type: "compose";
  input: ComposeInput;
  options: WorkerOptions;
  /** One Int32 the caller sets to 1 to cancel (null where SharedArrayBuffer is unavailable). */
  cancel: SharedArrayBuffer | null;
  /** Whether to send progress messages. */
  progress: boolean;
  /** Whether the signal was already aborted when the call was made. */
  abortedAtStart: boolean;
  /** When the search pauses to report its best (a portfolio sharing its best), or null: never. */
  exchange: ExchangeSchedule | null;
}

/** The answer to an exchange report: go on from `adopt` (a better composition) or, when null, from its own. */
export interface ResumeMessage {
  type: "resume";
  adopt: FoundGroup[] | null;
}

/** What the calling thread sends: the request, then a resume for each exchange report. */
export type CallerMessage = ComposeRequest | ResumeMessage;

/** An error as it crosses threads: rebuilt on the calling thread as the same class. */
export type WorkerError =
  | { name: "ValidationError"; message: string; issues: Issue[] }
  | { name: "CompositionError"; message: string; violations: { rule: string; groupId?: string }[] }
  | { name: string; message: string };

/** What the worker sends back: progress reports and exchange reports, then exactly one result or error. */
export type WorkerReply =
  | { type: "progress"; progress: Progress }
  | { type: "exchange"; report: ExchangeReport }
  | { type: "result"; result: ComposeResult }
  | { type: "error"; error: WorkerError };
