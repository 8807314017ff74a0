/**
 * `npx tsx bench/afterStopCpu.ts`: the CPU time (process.cpuUsage, so less swayed by other work on
 * the machine than wall time) of the phases after the search — rooms, explanations, check — at
 * 5,000 candidates (`generatePool(5000, 11)`), for a search stopped early (3,000 iterations, as
 * after an abort) and later (30,000); the least of 3 runs each. Also prints a hash of the results,
 * to show a change to those phases left them byte-identical.
 */
import { createHash } from "node:crypto";
import { compose } from "../src/index.js";
import { generatePool } from "../test/helpers/pools.js";

const input = generatePool(5_000, 11);
const best: Record<string, number> = {};
const cpu = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const hash = createHash("sha256");
for (let rep = 0; rep < 3; rep++) {
  for (const iterations of [3_000, 30_000]) {
    const at: Record<string, number> = {};
    const result = compose(input, { seed: 1, maxIterations: iterations, timeLimitMs: 600_000, stopWhenIdle: false, onProgress: (p) => void (at[p.phase ?? ""] ??= cpu()) });
    at["end"] = cpu();
    if (rep === 0) hash.update(JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } }));
    const keep = (key: string, ms: number): void => void (best[key] = Math.min(best[key] ?? Number.POSITIVE_INFINITY, ms));
    keep(`${iterations} it: rooms`, at["explanations"]! - at["rooms"]!);
    keep(`${iterations} it: explanations`, at["check"]! - at["explanations"]!);
    keep(`${iterations} it: check`, at["end"] - at["check"]!);
  }
}
console.log(`${Object.entries(best).map(([key, ms]) => `${key} ${Math.round(ms)} ms`).join("; ")}; results sha256 ${hash.digest("hex").slice(0, 12)}`);
