/**
 * Whether `compose` ends by its time limit with another CPU-bound process on the machine: each run
 * is a fresh process (an app's first call), while a busy child spins on another core. Reports the
 * overshoot (wall time past the limit; negative when the call ended early) at p50, p95 and max for
 * each pool, after checking every answer.
 *
 *   npx tsx bench/deadline.ts [--runs 10] [--no-competitor] [--no-write]
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { machine, sectionMarkers, writeSection } from "./benchmarksFile.js";
import { runJsonChild } from "./child.js";
import { parseDeadlineReport, type DeadlineReport, type DeadlineRequest } from "./deadlineProtocol.js";
import { commandLine } from "./flags.js";
import { median } from "./stats.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MARKERS = sectionMarkers("deadline", "## deadline", "bench/deadline.ts");

/**
 * The pools: three sizes, each as a plain and a national list, and a small pool that `auto` hands
 * to HiGHS. Each limit leaves room for what a call never skips (reading, the first composition,
 * the verdict on it: about a third of the limit in a fresh process here), so the table shows where
 * the search stops, not that floor (BENCHMARKS.md, "Shortest call").
 */
const CONFIGS: readonly Omit<DeadlineRequest, "seed">[] = [
  { pool: "plain", n: 1000, poolSeed: 3, timeLimitMs: 2000, highs: false },
  { pool: "national", n: 1000, poolSeed: 1, timeLimitMs: 2000, highs: false },
  { pool: "plain", n: 5000, poolSeed: 3, timeLimitMs: 5000, highs: false },
  { pool: "national", n: 5000, poolSeed: 1, timeLimitMs: 5000, highs: false },
  { pool: "plain", n: 10000, poolSeed: 3, timeLimitMs: 10000, highs: false },
  { pool: "national", n: 10000, poolSeed: 1, timeLimitMs: 10000, highs: false },
  { pool: "course", n: 36, poolSeed: 3, timeLimitMs: 2000, highs: true },
];

const args = process.argv.slice(2);
const known = new Set(["--runs", "--no-competitor", "--no-write"]);
for (const a of args) if (a.startsWith("--") && !known.has(a)) throw new Error(`unknown flag ${a}`);
const { flag, count } = commandLine(args);
const runs = count("runs", flag("runs") ?? "10", 1);
const competitor = !args.includes("--no-competitor");
const write = !args.includes("--no-write");

/** Nearest-rank quantile of a sorted list. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

// The competitor: one process spinning on a core for the whole benchmark. It looks every few
// milliseconds whether this process still runs, so an interrupted benchmark leaves no spinner behind.
const SPIN = "const parent = process.ppid; for (let i = 1; ; i++) if (i % 4_000_000 === 0) { try { process.kill(parent, 0); } catch { process.exit(0); } }";
const busy = competitor ? spawn(process.execPath, ["-e", SPIN], { stdio: "ignore" }) : null;
const reports = new Map<number, DeadlineReport[]>();
const failures: string[] = [];
try {
  // Round-robin over the pools so that a noisy minute spreads over all of them.
  for (let run = 0; run < runs; run++) {
    CONFIGS.forEach((config, k) => {
      const request: DeadlineRequest = { ...config, seed: run + 1 };
      const out = runJsonChild(join(root, "bench/deadlineWorker.ts"), root, request, { timeoutMs: config.timeLimitMs + 120_000, maxBuffer: 1 << 20 }, parseDeadlineReport);
      if ("failure" in out) failures.push(`${config.pool} ${config.n}: ${out.failure}`);
      else if (!out.report.valid) failures.push(`${config.pool} ${config.n} seed ${request.seed}: the checker rejected the answer`);
      else (reports.get(k) ?? reports.set(k, []).get(k)!).push(out.report);
    });
  }
} finally {
  busy?.kill();
}
if (failures.length > 0) throw new Error(`runs failed:\n${failures.join("\n")}`);

const rows = CONFIGS.map((config, k) => {
  const rs = reports.get(k)!;
  const over = rs.map((r) => r.wallMs - config.timeLimitMs).sort((a, b) => a - b);
  const verdict = rs.map((r) => r.wallMs - (r.phases.rooms ?? r.phases.explanations ?? 0));
  const exact = rs.filter((r) => r.phases.exact !== undefined).length;
  const pool = `${config.pool}${config.highs ? `, auto + HiGHS (HiGHS ran in ${exact} of ${rs.length})` : ""}`;
  const f = (x: number): string => String(Math.round(x));
  return `| ${pool} | ${config.n} | ${config.timeLimitMs} | ${rs.length} | ${f(quantile(over, 0.5))} | ${f(quantile(over, 0.95))} | ${f(over[over.length - 1]!)} | ${f(median(verdict))} | ${f(median(rs.map((r) => r.waiting)))} | ${f(median(rs.map((r) => r.iterations)))} |`;
});
const body = [
  `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}.`,
  `Command: \`npx tsx bench/deadline.ts --runs ${runs}${competitor ? "" : " --no-competitor"}\`. Each run is a fresh process${competitor ? ", with one busy process (`for (;;) {}`) spinning beside it the whole time" : ""}; every answer passed \`check\`. Overshoot is the wall time of the call past its limit (negative: it ended early); p95 is the nearest rank.`,
  "",
  "| pool | n | limit (ms) | runs | overshoot p50 (ms) | p95 (ms) | max (ms) | after the search, median (ms) | waiting, median | iterations, median |",
  "|---|---|---|---|---|---|---|---|---|---|",
  ...rows,
].join("\n");
console.log(body);
if (write) console.log(`\nwritten to ${writeSection(MARKERS, body)}`);
