/**
 * Exact-method benchmark: seeded course lists (`coursePool`: one problem area, seeds 1..k) of n = 10, 15,
 * 20, 25, 30 and 40 people. For each pool it measures the time each MIP backend takes to prove
 * the optimum (the bundled javascript-lp-solver and HiGHS, each given the search's answer as its
 * start, as `compose` does), and the search engine's gap to the proven optimum when given 0.1 s
 * and 1 s. Every proof is re-checked (decoded, checked against the rules, re-scored by the
 * engine) and every search answer passes `check`; a proof below a search answer fails the run.
 * Prints one table and writes the "exact" section of BENCHMARKS.md.
 *
 *   npx tsx bench/exact.ts [--sizes 10,15,20,25,30,40] [--pools 5] [--bundled-ms 5000]
 *                          [--highs-ms 30000] [--no-write]
 */
import { compilePool } from "../src/compile/compilePool.js";
import { toPoolModel } from "../src/compile/toPoolModel.js";
import { solvePool } from "../src/core/poolSearch.js";
import { loadHighsSolver } from "../src/exact/highs.js";
import { javascriptLpSolver } from "../src/exact/jsLpSolver.js";
import type { MipSolver } from "../src/exact/mipSolver.js";
import { solveExact } from "../src/exact/solveExact.js";
import { check, compose, parse } from "../src/index.js";
import { coursePool } from "../test/helpers/pools.js";
import { machine, sectionMarkers, writeSection } from "./benchmarksFile.js";
import { median } from "./stats.js";

const MARKERS = sectionMarkers("exact", "## exact", "bench/exact.ts");

interface Settings {
  sizes: number[];
  pools: number;
  bundledMs: number;
  highsMs: number;
  write: boolean;
}

function readSettings(args: readonly string[]): Settings {
  const flag = (name: string, fallback: string): string => {
    const k = args.indexOf(`--${name}`);
    return k >= 0 && args[k + 1] !== undefined ? args[k + 1]! : fallback;
  };
  return {
    sizes: flag("sizes", "10,15,20,25,30,40").split(",").map(Number),
    pools: Number(flag("pools", "5")),
    bundledMs: Number(flag("bundled-ms", "5000")),
    highsMs: Number(flag("highs-ms", "30000")),
    write: !args.includes("--no-write"),
  };
}

/** One backend on one pool: milliseconds to proof, or null when its limit came first. */
interface Proof {
  ms: number | null;
  objective: number | null;
}

interface PoolFigures {
  n: number;
  seed: number;
  units: number;
  bundled: Proof;
  highs: Proof;
  optimum: number | null;
  /** Search objective at 0.1 s and 1 s (compose, method "search"). */
  search: [number, number];
}

const clock = (): number => performance.now();

function prove(solver: MipSolver, n: number, seed: number, limitMs: number): Proof {
  const pool = compilePool(parse(coursePool(n, seed)));
  const model = toPoolModel(pool);
  // The start the library gives the solver: a short search's answer.
  const start = solvePool(model, { seed: 1, maxIterations: 20_000, timeLimitMs: 60_000 }).groups;
  const started = clock();
  const outcome = solveExact(pool, model, { solver, maxUnits: 1_000, timeLimitMs: limitMs, clock, start });
  const ms = clock() - started;
  return outcome.status === "optimal" ? { ms, objective: outcome.objective } : { ms: null, objective: null };
}

function searchObjective(n: number, seed: number, timeLimitMs: number): number {
  const input = coursePool(n, seed);
  const result = compose(input, { seed: 1, timeLimitMs, method: "search" });
  if (!check(input, result).ok) throw new Error(`n=${n} seed=${seed}: the search's answer failed check`);
  return result.stats.objective;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

function measure(n: number, seed: number, settings: Settings, bundled: MipSolver, highs: MipSolver): PoolFigures {
  const pool = compilePool(parse(coursePool(n, seed)));
  const units = toPoolModel(pool).units.length;
  const b = prove(bundled, n, seed, settings.bundledMs);
  const h = prove(highs, n, seed, settings.highsMs);
  if (b.objective !== null && h.objective !== null && !close(b.objective, h.objective)) throw new Error(`n=${n} seed=${seed}: the backends prove different optima`);
  const optimum = h.objective ?? b.objective;
  const search: [number, number] = [searchObjective(n, seed, 100), searchObjective(n, seed, 1_000)];
  for (const s of search) if (optimum !== null && s > optimum + 1e-6 * Math.max(1, Math.abs(optimum))) throw new Error(`n=${n} seed=${seed}: the search beat a proven optimum`);
  return { n, seed, units, bundled: b, highs: h, optimum, search };
}

const ms = (x: number): string => (Number.isNaN(x) ? "—" : x < 10 ? x.toFixed(1) : x.toFixed(0));
const pct = (x: number): string => (Number.isNaN(x) ? "—" : `${Math.abs(x) < 5e-4 ? "0.000" : x.toFixed(3)} %`);

function table(rows: readonly PoolFigures[], settings: Settings): string[] {
  const lines = [
    `| n | pools | bundled: proved | bundled: median / max ms to proof | HiGHS: proved | HiGHS: median / max ms to proof | search gap at 0.1 s (mean / max) | search gap at 1 s (mean / max) |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|`,
  ];
  for (const n of settings.sizes) {
    const group = rows.filter((r) => r.n === n);
    const times = (pick: (r: PoolFigures) => Proof): number[] => group.flatMap((r) => (pick(r).ms === null ? [] : [pick(r).ms!]));
    const gaps = (k: 0 | 1): number[] => group.flatMap((r) => (r.optimum === null ? [] : [(100 * (r.optimum - r.search[k])) / Math.max(1, Math.abs(r.optimum))]));
    const b = times((r) => r.bundled);
    const h = times((r) => r.highs);
    const g0 = gaps(0);
    const g1 = gaps(1);
    const mean = (xs: number[]): number => (xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length);
    lines.push(
      `| ${n} | ${group.length} | ${b.length} / ${group.length} | ${ms(median(b))} / ${ms(b.length ? Math.max(...b) : Number.NaN)} | ${h.length} / ${group.length} | ${ms(median(h))} / ${ms(h.length ? Math.max(...h) : Number.NaN)} | ${pct(mean(g0))} / ${pct(g0.length ? Math.max(...g0) : Number.NaN)} | ${pct(mean(g1))} / ${pct(g1.length ? Math.max(...g1) : Number.NaN)} |`,
    );
  }
  return lines;
}

async function main(): Promise<number> {
  const settings = readSettings(process.argv.slice(2));
  const bundled = javascriptLpSolver();
  const highs = await loadHighsSolver();
  const rows: PoolFigures[] = [];
  for (const n of settings.sizes) {
    for (let seed = 1; seed <= settings.pools; seed++) {
      const r = measure(n, seed, settings, bundled, highs);
      rows.push(r);
      const proof = (p: Proof): string => (p.ms === null ? "no proof" : `${ms(p.ms)} ms`);
      console.error(`n=${n} seed=${seed} units=${r.units}: bundled ${proof(r.bundled)}, HiGHS ${proof(r.highs)}, search ${r.search.map((s) => s.toFixed(2)).join(" / ")} vs optimum ${r.optimum?.toFixed(2) ?? "unknown"}`);
    }
  }
  const lines = table(rows, settings);
  console.log(lines.join("\n"));
  if (settings.write) {
    const body = [
      `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}. Command: \`npx tsx bench/exact.ts ${process.argv.slice(2).join(" ")}\`.`,
      "",
      `Pools: \`coursePool(n, seed)\`, seeds 1–${settings.pools}. Time to proof: \`solveExact\` with the search's answer (20,000 iterations) as the start, limits ${settings.bundledMs / 1000} s (bundled) and ${settings.highsMs / 1000} s (HiGHS); a pool without proof within its limit counts as not proved. Search gap: \`compose\` with method "search" and a 0.1 s or 1 s time limit, against the proven optimum. Every proof is decoded, checked against the rules and re-scored by the engine; every search answer passes \`check\`.`,
      "",
      ...lines,
    ].join("\n");
    console.error(`updated ${writeSection(MARKERS, body)} (${MARKERS.heading})`);
  }
  return 0;
}

process.exitCode = await main();
