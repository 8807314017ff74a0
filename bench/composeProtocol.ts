/**
 * The messages between the compose benchmark (`bench/compose.ts`) and its per-run child
 * process (`bench/composeWorker.ts`): a JSON request on the command line, one JSON report
 * line on stdout.
 */
import type { ComposeStats, ComposeStatus } from "../src/index.js";

/** What one child process runs: one `compose` call on `generatePool(n, poolSeed)`. */
export interface WorkerRequest {
  /** Pool size given to `generatePool`. */
  n: number;
  /** Seed of the pool generator (the same for every run of one size). */
  poolSeed: number;
  /** Seed given to `compose`. */
  seed: number;
  /** `timeLimitMs` given to `compose`. */
  timeLimitMs: number;
  /** Search until the time limit instead of stopping when idle (the quality reference). */
  fullLength: boolean;
}

/** The figures of `ComposeStats` the benchmark reports. */
export type WorkerStats = Pick<
  ComposeStats,
  "objective" | "placed" | "waiting" | "elapsedMs" | "iterations" | "stoppedBy" | "method"
>;

/** What one child process reports, after checking the answer. */
export interface WorkerReport {
  request: WorkerRequest;
  /** True only when `compose` returned, `check` passed and every candidate appears exactly once. */
  valid: boolean;
  /** Checker violations, membership problems or the error thrown (at most a few, for the log). */
  problems: string[];
  /** `result.status`, or "error" when `compose` threw or the child failed. */
  status: ComposeStatus | "error";
  /** Null when `compose` threw or the child failed. */
  stats: WorkerStats | null;
  /** Number of groups in the answer. */
  groups: number;
  /** Wall time around the `compose` call, in ms. */
  wallMs: number;
  /** Time to generate the pool, in ms (not part of `wallMs`). */
  generateMs: number;
  /** Time `check` took, in ms (not part of `wallMs`). */
  checkMs: number;
  /** `maxRSS` after the pool is generated and before `compose` runs, in MB: Node, tsx and the pool. */
  baselineRssMb: number;
  /** `maxRSS` right after `compose` returns (before `check`), in MB: the peak of the whole child. */
  peakRssMb: number;
}

/** True when `x` is a finite number that is a non-negative integer. */
function isCount(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 0;
}

/**
 * Parses the child's command-line argument.
 * @param text - the JSON text of a `WorkerRequest`
 * @returns the request
 * @throws Error naming the field when the text is not a valid request
 */
export function parseWorkerRequest(text: string): WorkerRequest {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== "object" || raw === null) throw new Error("worker request: expected a JSON object");
  const record = raw as Record<string, unknown>;
  for (const key of ["n", "poolSeed", "seed", "timeLimitMs"] as const) {
    if (!isCount(record[key])) throw new Error(`worker request: ${key} must be a non-negative integer`);
  }
  return {
    n: record.n as number,
    poolSeed: record.poolSeed as number,
    seed: record.seed as number,
    timeLimitMs: record.timeLimitMs as number,
    fullLength: record.fullLength === true,
  };
}

/**
 * Finds and parses the report line in the child's stdout.
 * @param stdout - everything the child printed on stdout
 * @returns the last line that parses as a report, or null when there is none
 */
export function parseWorkerReport(stdout: string): WorkerReport | null {
  const lines = stdout.split("\n").filter((l) => l.trimStart().startsWith("{"));
  for (let k = lines.length - 1; k >= 0; k--) {
    try {
      const raw: unknown = JSON.parse(lines[k] ?? "");
      // Both ends are ours, so a shape check on the key fields is enough.
      if (typeof raw === "object" && raw !== null && typeof (raw as Record<string, unknown>).valid === "boolean" && "request" in raw) {
        return raw as WorkerReport;
      }
    } catch {
      // A stray line that looks like JSON but is not: keep looking.
    }
  }
  return null;
}
