/**
 * `npx tsx bench/workers.ts [--reps 3] [--baseline DIR]`: what the `workers` option of
 * `composeAsync` buys. For n = 1,000 and 10,000 (`generatePool(n, 1)`) and time limits of 1 s
 * and 2 s, runs the worker API (the sources, through test/helpers/workerFromSources.ts) with 1
 * worker and with every core (`os.availableParallelism()`), seeds 1..reps, alternating, all in
 * one run so the load on the machine is shared alike; prints the objective of each and the
 * medians. With `--baseline DIR` (another version's checkout, e.g. `git archive main | tar -x -C
 * DIR` with `node_modules` linked in) its worker API runs too, alternating with this one's.
 * Every result is checked. Prints the load average (1 min) before and after each cell: on a
 * shared machine, say it with the figures.
 *
 * `--iterations N` measures instead what sharing buys at a fixed amount of work, the same on any
 * machine: on `generatePool(1000, 1)`, for seeds 1..reps, every core sharing its best with
 * `maxIterations` N each, against the same seeds (s .. s + cores - 1) searched alone with N
 * iterations each (the better of them is what a portfolio without sharing returns).
 */
import { availableParallelism, loadavg } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { check, type ComposeInput, type ComposeResult } from "../src/index.js";
import type { ComposeAsyncOptions } from "../src/worker/protocol.js";
import { generatePool } from "../test/helpers/pools.js";
import { composeAsyncFromSources } from "../test/helpers/workerFromSources.js";
import { median } from "./stats.js";

type ComposeAsync = (input: ComposeInput, options: ComposeAsyncOptions) => Promise<ComposeResult>;

const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const REPS = Number(flag("--reps") ?? 3);
const baselineDir = flag("--baseline");
const ALL = availableParallelism();
const load = (): number => loadavg()[0]!;

const versions: { name: string; run: ComposeAsync }[] = [{ name: "this", run: composeAsyncFromSources }];
if (baselineDir !== undefined) {
  const helper = pathToFileURL(resolve(baselineDir, "test/helpers/workerFromSources.ts")).href;
  const { composeAsyncFromSources: baseline } = (await import(helper)) as { composeAsyncFromSources: ComposeAsync };
  versions.unshift({ name: `baseline (${baselineDir})`, run: baseline });
}

const fixedWork = flag("--iterations");
if (fixedWork !== undefined) {
  const input = generatePool(1_000, 1);
  const maxIterations = Number(fixedWork);
  console.log(`cores ${ALL}; maxIterations ${maxIterations} per worker; generatePool(1000, 1)`);
  console.log("| seed | alone (seeds s ..) | best alone | shared | shared - best alone |");
  console.log("|---|---|---|---|---|");
  const gains: number[] = [];
  for (let seed = 1; seed <= REPS; seed++) {
    const options = { maxIterations, timeLimitMs: 3_600_000 };
    const alone: number[] = [];
    for (let k = 0; k < ALL; k++) alone.push((await composeAsyncFromSources(input, { ...options, seed: seed + k, workers: 1 })).stats.objective);
    const shared = await composeAsyncFromSources(input, { ...options, seed, workers: ALL });
    if (!check(input, shared).ok || shared.stats.stoppedBy !== "iterations") throw new Error(`seed ${seed}: the shared run was rejected or not bounded by iterations`);
    const best = Math.max(...alone);
    gains.push(shared.stats.objective - best);
    console.log(`| ${seed} | ${alone.map(Math.round).join(", ")} | ${Math.round(best)} | ${Math.round(shared.stats.objective)} | ${Math.round(shared.stats.objective - best)} |`);
  }
  console.log(`median gain ${Math.round(median(gains))}; shared ahead in ${gains.filter((g) => g > 0).length} of ${gains.length}`);
  process.exit(0);
}

console.log(`cores ${ALL}; load average before: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log("| n | limit | version | workers | objective (median) | placed (median) | wall ms (median) | objectives | load (1 min) |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const n of [1_000, 10_000]) {
  const input = generatePool(n, 1);
  for (const limit of [1_000, 2_000]) {
    const cells = versions.flatMap((version) => [1, ALL].map((workers) => ({ version, workers, runs: [] as { objective: number; placed: number; wall: number; load: number }[] })));
    for (let seed = 1; seed <= REPS; seed++) {
      for (const cell of cells) {
        const started = performance.now();
        const result = await cell.version.run(input, { seed, workers: cell.workers, timeLimitMs: limit });
        const wall = performance.now() - started;
        if (!check(input, result).ok) throw new Error(`n=${n} ${cell.version.name} workers=${cell.workers} seed=${seed}: the checker rejected the result`);
        cell.runs.push({ objective: result.stats.objective, placed: result.stats.placed, wall, load: load() });
      }
    }
    for (const { version, workers, runs } of cells) {
      const objectives = runs.map((r) => Math.round(r.objective));
      const loads = runs.map((r) => r.load);
      console.log(
        `| ${n} | ${limit} ms | ${version.name} | ${workers} | ${Math.round(median(runs.map((r) => r.objective)))} | ${median(runs.map((r) => r.placed))} | ${Math.round(median(runs.map((r) => r.wall)))} | ${objectives.join(", ")} | ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} |`,
      );
    }
  }
}
console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
