/** Why a search stopped. `completed` = it ran out of work before any limit. */
export type StopReason = "completed" | "iterations" | "time" | "signal";

/** What `onProgress` receives. */
export interface BudgetProgress {
  iterations: number;
  elapsedMs: number;
  /** Best objective reported to the budget so far (`-Infinity` before the first). */
  bestObjective: number;
  /** Items in groups in the best solution so far, where the search counts them (`countPlaced`). */
  placed?: number;
}

/** Limits for one search; any subset may be given, the first reached stops the search. */
export interface BudgetOptions {
  /** Maximum number of iterations (deterministic bound). */
  maxIterations?: number;
  /** Wall-clock limit in milliseconds, measured with `now`. */
  timeLimitMs?: number;
  /** Stops the search when aborted. */
  signal?: AbortSignal;
  /**
   * Stops the search once it returns true; read where the signal is. A synchronous search can
   * only be reached this way from another thread: the worker API passes a reader of a
   * SharedArrayBuffer flag that the calling thread sets.
   */
  aborted?: () => boolean;
  /** Deadline clock in milliseconds; default `performance.now()`. Never steers the search. */
  now?: () => number;
  /** Called at most every 100 ms (of `now` time) while the search runs. */
  onProgress?: (progress: BudgetProgress) => void;
  /**
   * Time the caller needs after the search to finish with the best solution so far, given the
   * items it places (`countPlaced`): the search stops that long before `timeLimitMs`. Re-read at
   * most every 20 ms, as the best solution changes what is left to do.
   */
  keepBackMs?: (placed: number | undefined) => number;
}

/** Target spacing of clock/signal checks, in ms: well under the promised 50 ms stop latency. */
const CHECK_SPACING_MS = 2;
const PROGRESS_SPACING_MS = 100;
const KEEP_BACK_SPACING_MS = 20;
const MAX_STRIDE = 1 << 10;

/**
 * Counts iterations and decides when the search must stop. The clock and the signal are
 * read only every `stride` ticks; the stride adapts so a read happens about every 2 ms.
 * Only the decision to stop depends on time, never a search choice, so runs bounded by
 * `maxIterations` alone are deterministic.
 */
export class Budget {
  /** Iterations counted so far. */
  iterations = 0;
  /** Set once a limit is reached; `null` while the search may go on. */
  stoppedBy: StopReason | null = null;
  /** Best objective the search reported (for progress callbacks). */
  bestObjective = Number.NEGATIVE_INFINITY;
  /** Counts the items in groups in the best solution so far; read only when progress is reported. */
  countPlaced: (() => number) | null = null;
  /** Set when the search reached the pause `pauseAt` asked for (not a stop); cleared by `pauseAt`. */
  paused = false;

  private readonly maxIterations: number;
  /** The iteration count at which `tick` pauses or stops: the lower of `maxIterations` and the pause. */
  private iterationLimit: number;
  private pauseMs = Number.POSITIVE_INFINITY;
  private readonly timeLimitMs: number;
  private readonly signal: AbortSignal | undefined;
  private readonly aborted: (() => boolean) | undefined;
  private readonly now: () => number;
  private readonly onProgress: ((progress: BudgetProgress) => void) | undefined;
  private readonly keepBackMs: ((placed: number | undefined) => number) | undefined;
  private readonly start: number;
  private keptBack = 0;
  private lastKeepBack = Number.NEGATIVE_INFINITY;
  private stride = 1;
  private countdown = 1;
  private lastCheck: number;
  private lastProgress: number;

  constructor(options: BudgetOptions = {}) {
    this.maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY;
    this.iterationLimit = this.maxIterations;
    this.timeLimitMs = options.timeLimitMs ?? Number.POSITIVE_INFINITY;
    this.signal = options.signal;
    this.aborted = options.aborted;
    this.now = options.now ?? (() => performance.now());
    this.onProgress = options.onProgress;
    this.keepBackMs = options.keepBackMs;
    this.start = this.now();
    this.lastCheck = this.start;
    this.lastProgress = this.start;
    if (this.maxIterations <= 0) this.stoppedBy = "iterations";
    if (this.signal?.aborted || this.aborted?.() === true) this.stoppedBy = "signal";
    if (this.timeLimitMs <= 0) this.stoppedBy = "time";
  }

  /** Milliseconds since the budget was created, by its clock. */
  elapsedMs(): number {
    return this.now() - this.start;
  }

  /**
   * Counts one iteration and says whether the search must stop now.
   * Cheap: the clock is read only every `stride` calls.
   */
  tick(): boolean {
    if (this.stoppedBy !== null) return true;
    this.iterations++;
    if (this.iterations >= this.iterationLimit) return this.reachLimit();
    if (--this.countdown > 0) return false;
    if (this.check()) return true;
    return this.lastCheck - this.start >= this.pauseMs ? this.pause() : false;
  }

  /**
   * Asks `tick` to pause (return true with `paused` set, no stop) once `iterations` have been
   * counted, or once `elapsedMs` of the budget's clock have passed (checked when the clock is
   * read); `tick` then resumes where it paused, so a paused and resumed search makes the same
   * moves as one that never paused. Clears `paused`.
   */
  pauseAt(iterations: number, elapsedMs: number): void {
    this.paused = false;
    this.iterationLimit = Math.min(this.maxIterations, iterations);
    this.pauseMs = elapsedMs;
  }

  private reachLimit(): boolean {
    if (this.iterations >= this.maxIterations) {
      this.stoppedBy = "iterations";
      return true;
    }
    return this.pause();
  }

  /** The iteration that reached the pause is not counted: it is run after the pause. */
  private pause(): boolean {
    this.iterations--;
    this.paused = true;
    return true;
  }

  /** Says whether the search must stop, reading the clock and signal now (no iteration counted). */
  shouldStop(): boolean {
    if (this.stoppedBy !== null) return true;
    return this.check();
  }

  /**
   * Lets progress be reported from work that runs before the search and must complete whatever
   * the limits (the first composition): reads the clock every `stride` calls, as `tick` does,
   * and reports progress when due, but counts no iteration and never stops anything.
   */
  pulse(): void {
    if (this.onProgress === undefined || --this.countdown > 0) return;
    const t = this.now();
    this.adaptStride(t);
    if (t - this.lastProgress >= PROGRESS_SPACING_MS) {
      this.lastProgress = t;
      this.onProgress(this.progressAt(t));
    }
  }

  private progressAt(t: number): BudgetProgress {
    const progress: BudgetProgress = { iterations: this.iterations, elapsedMs: t - this.start, bestObjective: this.bestObjective };
    if (this.countPlaced !== null) progress.placed = this.countPlaced();
    return progress;
  }

  /** Records a new best objective for progress reports. */
  reportBest(objective: number): void {
    if (objective > this.bestObjective) this.bestObjective = objective;
  }

  /** Marks the search as finished by itself, unless a limit already stopped it. */
  complete(): void {
    if (this.stoppedBy === null) this.stoppedBy = "completed";
  }

  private check(): boolean {
    if (this.signal?.aborted || this.aborted?.() === true) {
      this.stoppedBy = "signal";
      return true;
    }
    const t = this.now();
    this.adaptStride(t);
    if (t - this.start >= this.timeLimitMs - this.keepBack(t)) {
      this.stoppedBy = "time";
      return true;
    }
    if (this.onProgress !== undefined && t - this.lastProgress >= PROGRESS_SPACING_MS) {
      this.lastProgress = t;
      this.onProgress(this.progressAt(t));
    }
    return false;
  }

  /** The time kept back for the caller, re-read when due. */
  private keepBack(t: number): number {
    if (this.keepBackMs === undefined) return 0;
    if (t - this.lastKeepBack >= KEEP_BACK_SPACING_MS) {
      this.lastKeepBack = t;
      this.keptBack = this.keepBackMs(this.countPlaced?.());
    }
    return this.keptBack;
  }

  /** Adapts the stride so the next clock read lands about CHECK_SPACING_MS after this one (at `t`). */
  private adaptStride(t: number): void {
    const since = t - this.lastCheck;
    this.lastCheck = t;
    if (since < CHECK_SPACING_MS / 2) this.stride = Math.min(MAX_STRIDE, this.stride * 2);
    else if (since > CHECK_SPACING_MS * 2) this.stride = Math.max(1, this.stride >> 1);
    this.countdown = this.stride;
  }
}
