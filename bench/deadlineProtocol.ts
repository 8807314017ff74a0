/**
 * The messages between the deadline benchmark (`bench/deadline.ts`) and its per-run child
 * (`bench/deadlineWorker.ts`): a JSON request on the command line, one JSON report line on stdout.
 */

/** One `compose` call in a fresh process. */
export interface DeadlineRequest {
  /** `national`: bench/nationalPool.ts (rooms and starters bind); `plain`: test/helpers' generatePool; `course`: its coursePool (small, dense: what `auto` proves). */
  pool: "national" | "plain" | "course";
  n: number;
  poolSeed: number;
  seed: number;
  timeLimitMs: number;
  /** Run `method: "auto"` with HiGHS as the MIP solver (the exact phase on small pools). */
  highs: boolean;
}

/** What one run measured; `valid` is the checker's verdict on the answer. */
export interface DeadlineReport {
  request: DeadlineRequest;
  valid: boolean;
  /** Wall time around the `compose` call, in ms. */
  wallMs: number;
  /** The time each phase began, in ms from the call (from `onProgress`). */
  phases: Record<string, number>;
  waiting: number;
  iterations: number;
  stoppedBy: string;
  method: string;
}

export function parseDeadlineReport(stdout: string): DeadlineReport | null {
  const line = stdout.trim().split("\n").pop();
  if (line === undefined || line === "") return null;
  try {
    return JSON.parse(line) as DeadlineReport;
  } catch {
    return null;
  }
}
