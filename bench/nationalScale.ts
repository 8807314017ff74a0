/**
 * `npx tsx bench/nationalScale.ts [--sizes 50000] [--limit-ms 60000] [--runs 1] [--no-write]`:
 * the schema's largest national list in one call (issue 21: 50,000 people within 60 s, peak RSS
 * under 2 GB). Each run is a fresh process (this file, given a JSON request), so its peak memory is its
 * own: it generates `nationalPool(n, 1)`, times `compose` with the limit and the phases by their
 * progress reports, reads the peak RSS, and only then checks the answer with `check`.
 */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { loadavg } from "node:os";
import { check, compose } from "../src/index.js";
import { machine, sectionMarkers, writeSection } from "./benchmarksFile.js";
import { runJsonChild } from "./child.js";
import { commandLine } from "./flags.js";
import { nationalPool } from "./nationalPool.js";

interface Request {
  n: number;
  seed: number;
  limitMs: number;
}

interface Report {
  n: number;
  seed: number;
  wallMs: number;
  /** Wall ms at which each phase was first reported, from the call's start. */
  phases: Record<string, number>;
  placed: number;
  waiting: number;
  iterations: number;
  stoppedBy: string;
  peakRssMb: number;
  valid: boolean;
  load: number;
}

function child(request: Request): Report {
  const input = nationalPool(request.n, 1);
  const phases: Record<string, number> = {};
  const started = performance.now();
  const result = compose(input, { seed: request.seed, timeLimitMs: request.limitMs, onProgress: (p) => void (phases[p.phase ?? ""] ??= Math.round(performance.now() - started)) });
  const wallMs = performance.now() - started;
  // Read before the check, so the checker's own memory does not count as the call's.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const valid = check(input, result).ok;
  const { placed, waiting, iterations, stoppedBy } = result.stats;
  return { n: request.n, seed: request.seed, wallMs, phases, placed, waiting, iterations, stoppedBy, peakRssMb, valid, load: loadavg()[0]! };
}

function parent(args: readonly string[]): void {
  const { flag, count } = commandLine(args);
  const sizes = (flag("sizes") ?? "50000").split(",").map((x) => count("sizes", x, 1));
  const limitMs = count("limit-ms", flag("limit-ms") ?? "60000", 1);
  const runs = count("runs", flag("runs") ?? "1", 1);
  const here = fileURLToPath(import.meta.url);
  const rows: string[] = [];
  for (const n of sizes) {
    for (let seed = 1; seed <= runs; seed++) {
      const outcome = runJsonChild(here, join(dirname(here), ".."), { n, seed, limitMs }, { timeoutMs: limitMs * 4 + 300_000, maxBuffer: 1 << 20 }, (stdout) => {
        const line = stdout.trim().split("\n").at(-1);
        return line?.startsWith("{") === true ? (JSON.parse(line) as Report) : null;
      });
      if ("failure" in outcome) throw new Error(`n = ${n}, seed ${seed}: ${outcome.failure}`);
      const r = outcome.report;
      if (!r.valid) throw new Error(`n = ${n}, seed ${seed}: the answer fails check`);
      const p = r.phases;
      const phase = (name: string): string => (p[name] === undefined ? "—" : (p[name] / 1000).toFixed(1));
      rows.push(`| ${n.toLocaleString("en")} | ${seed} | ${(limitMs / 1000).toFixed(0)} s | ${(r.wallMs / 1000).toFixed(1)} s | ${phase("search")} | ${phase("rooms")} | ${phase("explanations")} | ${phase("check")} | ${r.iterations.toLocaleString("en")} | ${r.placed.toLocaleString("en")} / ${r.waiting.toLocaleString("en")} | ${Math.round(r.peakRssMb)} | ${r.stoppedBy} | ${r.load.toFixed(1)} |`);
      console.log(rows.at(-1));
    }
  }
  const table = ["| n | seed | limit | wall | search from (s) | rooms from | explanations from | check from | iterations | placed / waiting | peak RSS (MB) | stopped by | load (1 min) |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|", ...rows].join("\n");
  console.log(table);
  if (args.includes("--no-write")) return;
  const body = [
    "`compose` on `nationalPool(n, 1)` (bench/nationalPool.ts: venues of one to three rooms, running groups, scarce starters, two disaster events), each run in a fresh process; phases are the wall seconds from the call's start at which each was first reported. Peak RSS is the process's, read before the answer is checked (every answer passed `check`).",
    "",
    `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}.`,
    `Command: \`npx tsx bench/nationalScale.ts --sizes ${sizes.join(",")} --limit-ms ${limitMs} --runs ${runs}\``,
    "",
    table,
  ].join("\n");
  console.log(`wrote ${writeSection(sectionMarkers("national-scale", "## national scale", "bench/nationalScale.ts"), body)}`);
}

const args = process.argv.slice(2);
if (args[0]?.startsWith("{") === true) process.stdout.write(`${JSON.stringify(child(JSON.parse(args[0]) as Request))}\n`);
else parent(args);
