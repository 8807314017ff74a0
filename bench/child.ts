/**
 * One benchmark run in a fresh Node process: the worker script gets its request as JSON on the
 * command line and prints one JSON report line. Shared by the benchmarks that time `compose`
 * cold (bench/compose.ts, bench/starters.ts).
 */
import { spawnSync } from "node:child_process";

/** How long a child may take beyond its own limit, and how much it may print. */
export interface ChildLimits {
  timeoutMs: number;
  maxBuffer: number;
}

/**
 * Runs `workerPath` with `request` and parses its report.
 * @returns the report, or why the child gave none (its exit, signal and last lines of stderr)
 */
export function runJsonChild<Request, Report>(
  workerPath: string,
  cwd: string,
  request: Request,
  limits: ChildLimits,
  parse: (stdout: string) => Report | null,
): { report: Report } | { failure: string } {
  const child = spawnSync(process.execPath, ["--import", "tsx", workerPath, JSON.stringify(request)], {
    cwd,
    encoding: "utf8",
    // A hung child must not hang the benchmark.
    timeout: limits.timeoutMs,
    maxBuffer: limits.maxBuffer,
  });
  const report = parse(child.stdout ?? "");
  if (report !== null) return { report };
  const why = child.error?.message ?? `exit ${String(child.status)}${child.signal ? ` (${child.signal})` : ""}`;
  const stderr = (child.stderr ?? "").trim().split("\n").slice(-5).join(" | ");
  return { failure: `child failed: ${why}${stderr ? `: ${stderr}` : ""}` };
}
