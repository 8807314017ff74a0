/**
 * The calling thread's side of a portfolio that shares its best: a barrier at each pause of the
 * workers' searches. Free of any platform and of time: what it decides depends only on the
 * reports (objective, worker index), so a run bounded by `maxIterations`, whose searches pause
 * at the same iterations on any machine, decides the same way every time.
 */
import type { ExchangeReport, FoundGroup } from "../core/poolSearch.js";

/** Two objectives this close are a tie (the incremental totals of one composition may differ in the last bits). */
function better(a: number, b: number): boolean {
  return a > b + 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * Collects one report from every worker still searching (a worker whose search has stopped
 * stands by its last one), then answers them all at once: those whose best is worse than the
 * best one (the lowest worker index on a tie) go on from it, the others from their own. When
 * every search has stopped, the worker holding the best is the one to finish (`onFinish`), and
 * only it is answered. After `abort` there is no barrier: only the keeper is answered, at once.
 * Without `barrier` (searches paused by time, which no run repeats anyway) a searching worker is
 * answered at once, from the best of the latest reports, so none waits for a slower one.
 */
export class BestExchange {
  private readonly latest: (ExchangeReport | null)[];
  private readonly resumes: (((adopt: FoundGroup[] | null) => void) | null)[];
  private keeper = -1;

  constructor(
    count: number,
    private readonly onFinish: (winner: number) => void,
    private readonly barrier = true,
  ) {
    this.latest = new Array<ExchangeReport | null>(count).fill(null);
    this.resumes = new Array<((adopt: FoundGroup[] | null) => void) | null>(count).fill(null);
  }

  /** Worker `k` paused (or stopped) with `report`; its search waits for `resume`. */
  report(k: number, report: ExchangeReport, resume: (adopt: FoundGroup[] | null) => void): void {
    this.latest[k] = report;
    this.resumes[k] = resume;
    if (this.keeper >= 0) {
      if (k === this.keeper) this.release(k, null);
      return;
    }
    if (!this.barrier && report.searching) {
      const best = this.latest[this.leader()]!;
      this.release(k, better(best.objective, report.objective) ? best.groups : null);
      return;
    }
    if (this.resumes.some((waiting) => waiting === null)) return;
    const reports = this.latest as ExchangeReport[];
    const leader = this.leader();
    if (reports.every((r) => !r.searching)) {
      this.keeper = leader;
      this.onFinish(leader);
      this.release(leader, null);
      return;
    }
    const best = reports[leader]!;
    reports.forEach((r, j) => r.searching && this.release(j, better(best.objective, r.objective) ? best.groups : null));
  }

  /**
   * The calling thread aborted: `keeper` alone finishes, without waiting for the others, unless
   * a worker was already chosen to finish. Returns the worker that finishes.
   */
  abort(keeper: number): number {
    if (this.keeper >= 0) return this.keeper;
    this.keeper = keeper;
    if (this.resumes[keeper] !== null) this.release(keeper, null);
    return keeper;
  }

  /** The worker with the best report so far: the highest objective, the lowest index on a tie (-1 before any report). */
  leader(): number {
    let leader = -1;
    this.latest.forEach((r, k) => {
      if (r !== null && (leader < 0 || better(r.objective, this.latest[leader]!.objective))) leader = k;
    });
    return leader;
  }

  private release(k: number, adopt: FoundGroup[] | null): void {
    const resume = this.resumes[k]!;
    this.resumes[k] = null;
    resume(adopt);
  }
}
