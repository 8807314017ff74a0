/**
 * `npx tsx bench/workers.ts [--reps 3]`: what the `workers` option of `composeAsync` buys. For
 * n = 1,000 and 10,000 (`generatePool(n, 1)`) and time limits of 1 s and 2 s, runs the worker API
 * (the sources, through test/helpers/workerFromSources.ts) with 1 worker and with every core
 * (`os.availableParallelism()`), seeds 1..reps, alternating, all in one run so the load on the
 * machine is shared alike; prints the objective of each and the medians. Every result is
 * checked. Prints the load average before and after: on a shared machine, say it with the figures.
 */
import { availableParallelism, loadavg } from "node:os";
import { check } from "../src/index.js";
import { generatePool } from "../test/helpers/pools.js";
import { composeAsyncFromSources } from "../test/helpers/workerFromSources.js";
import { median } from "./stats.js";

const repsAt = process.argv.indexOf("--reps");
const REPS = repsAt > 0 ? Number(process.argv[repsAt + 1]) : 3;
const ALL = availableParallelism();
const load = (): string => loadavg().map((x) => x.toFixed(1)).join(" ");

console.log(`cores ${ALL}; load average before: ${load()}`);
console.log("| n | limit | workers | objective (median) | placed (median) | wall ms (median) | objectives |");
console.log("|---|---|---|---|---|---|---|");
for (const n of [1_000, 10_000]) {
  const input = generatePool(n, 1);
  for (const limit of [1_000, 2_000]) {
    const rows = new Map<number, { objective: number; placed: number; wall: number }[]>([[1, []], [ALL, []]]);
    for (let seed = 1; seed <= REPS; seed++) {
      for (const workers of [1, ALL]) {
        const started = performance.now();
        const result = await composeAsyncFromSources(input, { seed, workers, timeLimitMs: limit });
        const wall = performance.now() - started;
        if (!check(input, result).ok) throw new Error(`n=${n} workers=${workers} seed=${seed}: the checker rejected the result`);
        rows.get(workers)!.push({ objective: result.stats.objective, placed: result.stats.placed, wall });
      }
    }
    for (const [workers, runs] of rows) {
      const objectives = runs.map((r) => Math.round(r.objective));
      console.log(
        `| ${n} | ${limit} ms | ${workers} | ${Math.round(median(runs.map((r) => r.objective)))} | ${median(runs.map((r) => r.placed))} | ${Math.round(median(runs.map((r) => r.wall)))} | ${objectives.join(", ")} |`,
      );
    }
  }
}
console.log(`load average after: ${load()}`);
