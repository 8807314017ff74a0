/**
 * One run of the compose benchmark, in its own process so that its peak memory is its own.
 * Started by `bench/compose.ts`:
 *
 *   node --import tsx bench/composeWorker.ts '{"n":1000,"poolSeed":1,"seed":1,"timeLimitMs":1000}'
 *
 * Generates the pool, times `compose`, reads the peak RSS, then checks the answer with `check`
 * and an independent membership count, and prints one JSON `WorkerReport` line. Exits 1 when
 * the answer is invalid or `compose` threw.
 */
import { check, compose } from "../src/index.js";
import type { ComposeResult } from "../src/index.js";
import { generatePool } from "../test/helpers/pools.js";
import { parseWorkerRequest, type WorkerReport, type WorkerRequest } from "./composeProtocol.js";
import { membershipProblems } from "./membership.js";

/** How many problems a report carries; the count says the rest. */
const MAX_PROBLEMS = 10;

/** Peak resident set size of this process so far, in MB (`maxRSS` is in KB on Linux). */
function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Runs one request and builds its report; never throws for a failing `compose`. */
function run(request: WorkerRequest): WorkerReport {
  const t0 = performance.now();
  const input = generatePool(request.n, request.poolSeed);
  const generateMs = performance.now() - t0;
  // Copied before compose so the membership count does not trust an input compose might touch.
  const ids = input.candidates.map((c) => c.id);
  const baselineRssMb = maxRssMb();
  const base = { request, generateMs, baselineRssMb };

  let result: ComposeResult;
  const start = performance.now();
  try {
    result = compose(input, { seed: request.seed, timeLimitMs: request.timeLimitMs, stopWhenIdle: !request.fullLength });
  } catch (error) {
    const wallMs = performance.now() - start;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...base, valid: false, problems: [`compose threw: ${message}`], status: "error", stats: null, groups: 0, wallMs, checkMs: 0, peakRssMb: maxRssMb() };
  }
  const wallMs = performance.now() - start;
  // Read before check so the checker's own allocations do not count as the solver's peak.
  const peakRssMb = maxRssMb();

  const c0 = performance.now();
  const report = check(input, result);
  const checkMs = performance.now() - c0;
  const problems = [...report.violations.map((v) => `${v.rule}: ${v.message}`), ...membershipProblems(ids, result)];
  const { objective, placed, waiting, elapsedMs, iterations, stoppedBy, method } = result.stats;
  return {
    ...base,
    valid: report.ok && problems.length === 0,
    problems: problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `… ${problems.length - MAX_PROBLEMS} more`] : problems,
    status: result.status,
    stats: { objective, placed, waiting, elapsedMs, iterations, stoppedBy, method },
    groups: result.groups.length,
    wallMs,
    checkMs,
    peakRssMb,
  };
}

const report = run(parseWorkerRequest(process.argv[2] ?? ""));
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exitCode = report.valid ? 0 : 1;
