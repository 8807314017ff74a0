/**
 * The child process of `bench/searchCurve.ts`. Its one argument is a JSON `CurveRequest`; it
 * prints one JSON line per `compose` call and exits 1 when an answer fails `check` or the
 * membership count.
 *
 *   node --import tsx bench/searchCurveWorker.ts '{"kind":"work","n":1000,"poolSeed":1,"seeds":[1],"budgets":[200000]}'
 */
import { check, compose, type ComposeResult } from "../src/index.js";
import { generatePool } from "../test/helpers/pools.js";
import { membershipProblems } from "./membership.js";

/** Fixed-work runs (every seed at every iteration budget), or timed runs of one seed in one process. */
export type CurveRequest =
  | { kind: "work"; n: number; poolSeed: number; seeds: number[]; budgets: number[] }
  | { kind: "warmup"; n: number; poolSeed: number; seed: number; timeLimitMs: number; calls: number };

/** One `compose` call as the child reports it. */
export interface CurveLine {
  seed: number;
  /** The iteration budget, or 0 for a timed call. */
  budget: number;
  /** 1-based position of the call in its process. */
  call: number;
  iterations: number;
  objective: number;
  placed: number;
  wallMs: number;
  valid: boolean;
}

/** The longest limit `compose` accepts: fixed-work runs must end on their budget, never on time. */
const NO_TIME_LIMIT_MS = 3_600_000;

function report(seed: number, budget: number, call: number, ids: readonly string[], input: Parameters<typeof check>[0], run: () => ComposeResult): boolean {
  const start = performance.now();
  const result = run();
  const wallMs = performance.now() - start;
  const valid = check(input, result).ok && membershipProblems(ids, result).length === 0;
  const { iterations, objective, placed } = result.stats;
  const line: CurveLine = { seed, budget, call, iterations, objective, placed, wallMs, valid };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  return valid;
}

function main(request: CurveRequest): boolean {
  const input = generatePool(request.n, request.poolSeed);
  const ids = input.candidates.map((c) => c.id);
  let allValid = true;
  if (request.kind === "work") {
    for (const seed of request.seeds) {
      for (const budget of request.budgets) {
        const options = { seed, maxIterations: budget, timeLimitMs: NO_TIME_LIMIT_MS, stopWhenIdle: false };
        allValid = report(seed, budget, 1, ids, input, () => compose(input, options)) && allValid;
      }
    }
  } else {
    for (let call = 1; call <= request.calls; call++) {
      const options = { seed: request.seed, timeLimitMs: request.timeLimitMs, stopWhenIdle: false };
      allValid = report(request.seed, 0, call, ids, input, () => compose(input, options)) && allValid;
    }
  }
  return allValid;
}

process.exitCode = main(JSON.parse(process.argv[2] ?? "") as CurveRequest) ? 0 : 1;
