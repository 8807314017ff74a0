/**
 * One run of the deadline benchmark, in a fresh process as an app's first call would be
 * (started by `bench/deadline.ts`): builds the pool, times `compose`, checks the answer, and
 * prints one JSON `DeadlineReport` line.
 */
import { check, compose, loadHighsSolver, type ComposeOptionsInput } from "../src/index.js";
import { coursePool, generatePool } from "../test/helpers/pools.js";
import type { DeadlineReport, DeadlineRequest } from "./deadlineProtocol.js";
import { nationalPool } from "./nationalPool.js";

const request = JSON.parse(process.argv[2] ?? "{}") as DeadlineRequest;
const build = { national: nationalPool, plain: generatePool, course: coursePool }[request.pool];
const input = build(request.n, request.poolSeed);
const phases: Record<string, number> = {};
const options: ComposeOptionsInput = {
  seed: request.seed,
  timeLimitMs: request.timeLimitMs,
  onProgress: (p) => {
    if (p.phase !== undefined && !(p.phase in phases)) phases[p.phase] = Math.round(p.elapsedMs);
  },
  ...(request.highs ? { method: "auto" as const, mipSolver: await loadHighsSolver() } : {}),
};
const start = performance.now();
const result = compose(input, options);
const wallMs = performance.now() - start;
const report: DeadlineReport = {
  request,
  valid: check(input, result).ok,
  wallMs,
  phases,
  waiting: result.stats.waiting,
  iterations: result.stats.iterations,
  stoppedBy: result.stats.stoppedBy,
  method: result.stats.method,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
